#include "session/sessionswitcher.h"

#include "capture/capturereader.h"
#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

SessionSwitcher::SessionSwitcher(SessionController *session, ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{ }

QString SessionSwitcher::defaultCaptureFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/captures");
}

QString SessionSwitcher::startDefaultCapture(QString *error)
{
    const QString folder = defaultCaptureFolder();
    const QString path = folder + QStringLiteral("/session-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral(".capture.jsonl");
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(folder);
        return QString();
    }
    if (!m_session->setCapture(path, error))
        return QString();
    CaptureRetention::prune(folder, m_retention, path);
    return path;
}

std::optional<Profile> SessionSwitcher::switchToProfile(const QString &path, QString *error)
{
    auto profile = m_store->load(path, error);
    if (!profile)
        return std::nullopt;
    m_store->addRecent(path);
    m_profilePath = path;
    const QString title
        = profile->name.isEmpty() ? QFileInfo(path).completeBaseName() : profile->name;
    if (!replaceSession(profile->feeds, profile->alerts, profile->derived, QString(), title, error))
        return std::nullopt;
    return profile;
}

bool SessionSwitcher::switchToCapture(const QString &path, QString *error)
{
    CaptureReader reader; // refuse a bad file before the running session is given up
    if (!reader.open(path, error))
        return false;
    m_profilePath.clear();
    return replaceSession({}, {}, {}, path, QFileInfo(path).fileName(), error);
}

bool SessionSwitcher::switchToFeeds(const QList<FeedSpec> &feeds, const QString &title,
                                    QString *error)
{
    m_profilePath.clear();
    return replaceSession(feeds, {}, {}, QString(), title, error);
}

bool SessionSwitcher::replaceSession(const QList<FeedSpec> &feeds, const QList<AlertRule> &rules,
                                     const QList<DerivedRule> &derived, const QString &replayPath,
                                     const QString &title, QString *error)
{
    m_session->reset();
    for (const FeedSpec &feed : feeds)
        m_session->addFeed(feed);
    // Before the capture starts: its header carries the rules (a replay brings its own).
    m_session->setAlertRules(rules);
    m_session->setDerivedRules(derived);
    m_capturePath.clear();
    m_captureError.clear();
    bool ok = true;
    if (!replayPath.isEmpty()) {
        ok = m_session->setReplay(replayPath, 1.0, error);
    } else {
        m_capturePath = startDefaultCapture(&m_captureError);
    }
    // Nothing of the new session has arrived yet (it starts below; the old one's batches
    // were dropped), and the views can read the new feeds' decode settings.
    Q_EMIT sessionReplaced(title);
    m_session->start();
    return ok;
}
