#include "sessionactions.h"

#include "exportdialog.h"
#include "profileeditor.h"
#include "replaybar.h"

#include "capture/capturereader.h"

#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

SessionActions::SessionActions(QMainWindow *window, SessionController *session, ProfileStore *store)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_store(store)
    , m_captureLabel(new QLabel(window))
{
    QMenu *file = nullptr;
    const QList<QAction *> menus = window->menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu())
        file = menus.first()->menu();
    else
        file = window->menuBar()->addMenu(tr("&File"));
    QAction *quit = window->findChild<QAction *>(QStringLiteral("actionQuit"));
    m_file = file;
    m_before = file->actions().contains(quit) ? quit : nullptr;
    installActions(file, m_before);

    m_captureLabel->setObjectName(QStringLiteral("captureSize"));
    m_captureLabel->setText(tr("Capture off"));
    window->statusBar()->addPermanentWidget(m_captureLabel);
    if (m_session)
        connect(m_session, &SessionController::captureSizeChanged, this, &SessionActions::onCaptureSize);
}

void SessionActions::installActions(QMenu *file, QAction *before)
{
    const auto add = [&](const QString &text, const char *name, auto slot) {
        auto *action = new QAction(text, file);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(before, action);
        return action;
    };
    add(tr("&Open Profile…"), "actionOpenProfile", &SessionActions::openProfile)
        ->setShortcut(QKeySequence::Open);
    add(tr("&New Profile…"), "actionNewProfile", &SessionActions::newProfile)->setShortcut(QKeySequence::New);
    add(tr("E&dit Profile…"), "actionEditProfile", &SessionActions::editProfile);
    m_recent = new QMenu(tr("Recent &Profiles"), file);
    m_recent->setObjectName(QStringLiteral("menuRecentProfiles"));
    connect(m_recent, &QMenu::aboutToShow, this, &SessionActions::fillRecentMenu);
    file->insertMenu(before, m_recent);
    fillRecentMenu();
    add(tr("&Import Profile…"), "actionImportProfile", &SessionActions::importProfile);
    add(tr("&Export Profile for Sharing…"), "actionExportProfile", &SessionActions::exportProfile);
    file->insertSeparator(before);
    add(tr("Open &Capture for Replay…"), "actionOpenCapture", &SessionActions::openCapture);
    m_capture = add(tr("&Record Capture"), "actionRecordCapture", [this](bool on) {
        if (m_session)
            m_session->setCaptureEnabled(on);
        m_captureLabel->setText(on ? tr("Capture on") : tr("Capture paused"));
    });
    m_capture->setCheckable(true);
    m_capture->setChecked(true);
    add(tr("Capture &File…"), "actionCaptureFile", &SessionActions::chooseCaptureFile);
    file->insertSeparator(before);
}

void SessionActions::setCapturePath(const QString &path)
{
    m_capturePath = path;
    m_capture->setEnabled(!path.isEmpty());
    m_captureLabel->setText(path.isEmpty() ? tr("Capture off") : tr("Capture on"));
    m_captureLabel->setToolTip(path);
}

void SessionActions::setExportSources(const DashboardData *data, QWidget *chart)
{
    auto *action = new QAction(tr("&Export…"), m_file);
    action->setObjectName(QStringLiteral("actionExport"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(action, &QAction::triggered, this, [this, data, chart] {
        ExportDialog dialog(*data, chart, m_window);
        // A replay exports from its capture; a live session from the capture it records.
        const QString capture = m_session && m_session->hasReplay() ? m_session->replayPath() : m_capturePath;
        dialog.setCaptureSource(capture, m_session ? m_session->feedSpecs() : QList<FeedSpec>());
        dialog.exec();
    });
    m_file->insertAction(m_before, action);
    m_file->insertSeparator(m_before);
}

void SessionActions::onCaptureSize(const QString &path, qint64 bytes)
{
    m_capturePath = path;
    m_captureLabel->setToolTip(path);
    const QString size = QLocale().formattedDataSize(bytes, 1);
    m_captureLabel->setText(m_capture->isChecked() ? tr("Capture: %1").arg(size)
                                                   : tr("Capture paused: %1").arg(size));
}

QString SessionActions::startDefaultCapture(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/captures");
    const QString path = folder + QStringLiteral("/session-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral(".capture.jsonl");
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(folder);
        return QString();
    }
    return m_session && m_session->setCapture(path, error) ? path : QString();
}

void SessionActions::updateReplayBar(double speed)
{
    if (m_replayBar) {
        m_window->removeToolBar(m_replayBar);
        m_replayBar->deleteLater();
        m_replayBar = nullptr;
    }
    if (!m_session || !m_session->hasReplay())
        return;
    m_replayBar = new ReplayBar(m_session, m_window);
    m_window->addToolBar(Qt::BottomToolBarArea, m_replayBar);
    m_replayBar->show(); // a tool bar added to a visible window stays hidden otherwise
    m_replayBar->setSpeed(speed);
}

bool SessionActions::switchToProfile(const QString &path)
{
    QString error;
    const auto profile = m_store->load(path, &error);
    if (!profile) {
        showError(tr("Cannot Open Profile"), error);
        return false;
    }
    m_store->addRecent(path);
    m_profilePath = path;
    replaceSession(profile->feeds, QString(),
                   profile->name.isEmpty() ? QFileInfo(path).completeBaseName() : profile->name);
    restoreLayout(*profile);
    return true;
}

bool SessionActions::switchToCapture(const QString &path)
{
    CaptureReader reader; // refuse a bad file before the running session is given up
    QString error;
    if (!reader.open(path, &error)) {
        showError(tr("Cannot Open Capture"), error);
        return false;
    }
    m_profilePath.clear();
    replaceSession({}, path, QFileInfo(path).fileName());
    return true;
}

void SessionActions::replaceSession(const QList<FeedSpec> &feeds, const QString &replayPath,
                                    const QString &title)
{
    if (!m_session)
        return;
    m_session->reset();
    for (const FeedSpec &feed : feeds)
        m_session->addFeed(feed);
    QString error;
    QString capture;
    if (!replayPath.isEmpty()) {
        if (!m_session->setReplay(replayPath, 1.0, &error))
            showError(tr("Cannot Open Capture"), error);
    } else {
        capture = startDefaultCapture(&error);
        if (capture.isEmpty())
            m_window->statusBar()->showMessage(tr("No capture this session: %1").arg(error), 10000);
    }
    m_capture->setChecked(true);
    setCapturePath(capture);
    updateReplayBar(1.0);
    m_window->setWindowTitle(tr("FeedBoard — %1").arg(title));
    // Nothing of the new session has arrived yet (it starts below; the old one's batches
    // were dropped), and the window can read the new feeds' decode settings.
    Q_EMIT sessionCleared();
    m_session->start();
}

void SessionActions::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Profile"), m_store->directory(),
                                                      tr("Profiles (*.json)"));
    if (!path.isEmpty())
        switchToProfile(path);
}

void SessionActions::newProfile()
{
    Profile profile;
    FeedSpec feed;
    feed.name = tr("feed 1");
    profile.feeds.append(feed);
    runEditor(profile);
}

void SessionActions::editSessionProfile()
{
    if (!m_profilePath.isEmpty()) {
        editProfile();
        return;
    }
    Profile profile;
    profile.name = tr("New profile");
    profile.feeds = m_session->feedSpecs();
    runEditor(profile);
}

void SessionActions::editProfile()
{
    QString path = m_profilePath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(m_window, tr("Edit Profile"), m_store->directory(), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto profile = m_store->load(path, &error);
    if (!profile) {
        showError(tr("Cannot Open Profile"), error);
        return;
    }
    runEditor(*profile);
}

void SessionActions::runEditor(const Profile &profile)
{
    ProfileEditor editor(m_store, withCurrentLayout(profile), m_window);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_store->addRecent(editor.savedPath());
    m_window->statusBar()->showMessage(tr("Profile saved: %1").arg(editor.savedPath()), 5000);
    // The saved profile is what the user wants to see running.
    switchToProfile(editor.savedPath());
}

void SessionActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_store->recent();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).completeBaseName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { switchToProfile(path); });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void SessionActions::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Profile"), QString(),
                                                      tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto saved = m_store->importFile(path, &error);
    if (!saved) {
        showError(tr("Cannot Import Profile"), error);
        return;
    }
    m_store->addRecent(*saved);
    m_window->statusBar()->showMessage(tr("Imported as %1").arg(*saved), 5000);
}

void SessionActions::exportProfile()
{
    const QString source = QFileDialog::getOpenFileName(m_window, tr("Profile to Export"), m_store->directory(),
                                                        tr("Profiles (*.json)"));
    if (source.isEmpty())
        return;
    QString error;
    const auto profile = m_store->load(source, &error);
    if (!profile) {
        showError(tr("Cannot Export Profile"), error);
        return;
    }
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Export Profile for Sharing"),
                                                        QFileInfo(source).fileName(), tr("Profiles (*.json)"));
    if (target.isEmpty())
        return;
    if (!ProfileStore::exportShared(*profile, target, &error))
        showError(tr("Cannot Export Profile"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported without secret header values: %1").arg(target), 5000);
}

void SessionActions::openCapture()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Capture"), QFileInfo(m_capturePath).path(),
                                                      tr("Captures (*.jsonl);;All Files (*)"));
    if (!path.isEmpty())
        switchToCapture(path);
}

void SessionActions::chooseCaptureFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Capture File"), m_capturePath,
                                                      tr("Captures (*.jsonl)"));
    if (path.isEmpty() || !m_session)
        return;
    QString error;
    if (!m_session->setCapture(path, &error)) {
        showError(tr("Cannot Record Capture"), error);
        return;
    }
    m_capture->setChecked(true);
    m_session->setCaptureEnabled(true);
    setCapturePath(path);
}

void SessionActions::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

ReplayBar *SessionActions::replayBar() const
{
    return m_replayBar;
}

void SessionActions::setLayoutHooks(std::function<QJsonObject()> save,
                                    std::function<bool(const QJsonObject &)> restore)
{
    m_saveLayout = std::move(save);
    m_restoreLayout = std::move(restore);
}

Profile SessionActions::withCurrentLayout(Profile profile) const
{
    if (m_saveLayout) {
        const QJsonObject layout = m_saveLayout();
        if (!layout.isEmpty())
            profile.extra.insert(QStringLiteral("layout"), layout);
    }
    return profile;
}

void SessionActions::restoreProfileLayout()
{
    if (m_profilePath.isEmpty() || !m_restoreLayout)
        return;
    QString error;
    if (const auto profile = m_store->load(m_profilePath, &error))
        restoreLayout(*profile);
}

void SessionActions::restoreLayout(const Profile &profile)
{
    const QJsonValue layout = profile.extra.value(QStringLiteral("layout"));
    if (m_restoreLayout && layout.isObject() && !m_restoreLayout(layout.toObject()))
        m_window->statusBar()->showMessage(tr("The profile's layout could not be restored."), 5000);
}
