#include "profiles/profilestore.h"

#include "profiles/secretplaceholders.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
// Characters that are not safe in a file name on any desktop system.
QString safeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.trimmed()) {
        const bool bad = c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c);
        out += bad ? QLatin1Char('_') : c;
    }
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1String("profile"));
    return out;
}
} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder %2").arg(path, folder);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ProfileStore::ProfileStore(const QString &root, SecretStore::Backend backend)
    : m_root(root.isEmpty() ? defaultRoot() : root)
    , m_secrets(m_root + QStringLiteral("/secrets.json"), backend)
{ }

QString ProfileStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString ProfileStore::pathForName(const QString &name) const
{
    return directory() + QLatin1Char('/') + safeFileName(name) + QStringLiteral(".json");
}

QList<ProfileEntry> ProfileStore::list() const
{
    QList<ProfileEntry> entries;
    const QFileInfoList files
        = QDir(directory()).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        ProfileEntry entry;
        entry.path = info.absoluteFilePath();
        entry.profile = Profile::load(entry.path, &entry.error);
        entry.name = entry.profile && !entry.profile->name.isEmpty() ? entry.profile->name
                                                                     : info.completeBaseName();
        entries.append(entry);
    }
    // By the name the user sees, not the file name ("desk (2).json" sorts before "desk.json").
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ProfileEntry &a, const ProfileEntry &b) {
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return entries;
}

std::optional<Profile> ProfileStore::load(const QString &path, QString *error)
{
    auto profile = Profile::load(path, error);
    if (!profile)
        return profile;
    const QString owner
        = profile->name.isEmpty() ? QFileInfo(path).completeBaseName() : profile->name;
    for (FeedSpec &feed : profile->feeds) {
        for (const QString &header : std::as_const(feed.secretHeaders)) {
            const bool present
                = std::any_of(feed.headers.cbegin(), feed.headers.cend(), [&](const auto &h) {
                      return h.first.compare(header, Qt::CaseInsensitive) == 0;
                  });
            if (present)
                continue; // a hand-written file may hold the value itself
            if (const auto value = m_secrets.read(SecretStore::keyFor(owner, feed.name, header)))
                feed.headers.append({ header, *value });
        }
    }
    // Named secrets are shared by every feed using the name: one keychain read each.
    QHash<QString, QString> known;
    for (FeedSpec &feed : profile->feeds) {
        readNamedSecrets(feed, &known);
        known.insert(feed.storedSecrets);
    }
    return profile;
}

std::optional<QString> ProfileStore::save(const Profile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a profile needs a name to be saved");
        return std::nullopt;
    }
    for (const FeedSpec &feed : profile.feeds) {
        for (const auto &header : feed.headers) {
            if (feed.isSecretHeader(header.first)
                && !m_secrets.write(SecretStore::keyFor(profile.name, feed.name, header.first),
                                    header.second, error))
                return std::nullopt;
        }
    }
    // Named secrets are one value per name, however many feeds use it: written once each.
    QHash<QString, QString> named;
    for (const FeedSpec &feed : profile.feeds)
        named.insert(feed.storedSecrets);
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (SecretPlaceholders::isValidName(it.key())
            && !m_secrets.write(SecretStore::keyForName(it.key()), it.value(), error))
            return std::nullopt;
    }
    const QString path = pathForName(profile.name);
    if (!writeFileAtomically(path, profile.toJson(false), error))
        return std::nullopt;
    return path;
}

void ProfileStore::readNamedSecrets(FeedSpec &feed, const QHash<QString, QString> *known)
{
    for (const QString &name : SecretPlaceholders::namesIn(feed)) {
        if (feed.storedSecrets.contains(name))
            continue;
        if (known && known->contains(name))
            feed.storedSecrets.insert(name, known->value(name));
        else if (const auto value = m_secrets.read(SecretStore::keyForName(name)))
            feed.storedSecrets.insert(name, *value);
    }
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    const QString path = pathForName(name);
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = QStringLiteral("%1: cannot remove").arg(path);
        return false;
    }
    return true;
}

bool ProfileStore::saveLayout(const QString &path, const QJsonObject &layout, QString *error)
{
    auto profile = Profile::load(path, error);
    if (!profile)
        return false;
    profile->extra.insert(QStringLiteral("layout"), layout);
    return writeFileAtomically(path, profile->toJson(false), error);
}

bool ProfileStore::exportShared(const Profile &profile, const QString &path, QString *error)
{
    return writeFileAtomically(path, profile.toJson(false), error);
}

std::optional<QString> ProfileStore::importFile(const QString &path, QString *error)
{
    auto profile = Profile::load(path, error);
    if (!profile)
        return std::nullopt;
    if (profile->name.trimmed().isEmpty())
        profile->name = QFileInfo(path).completeBaseName();
    const QString base = profile->name;
    for (int n = 2; QFile::exists(pathForName(profile->name)); ++n)
        profile->name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return save(*profile, error);
}

QStringList ProfileStore::recent() const
{
    QFile file(recentPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList paths;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : array) {
        const QString path = value.toString();
        if (!path.isEmpty() && QFileInfo::exists(path) && !paths.contains(path))
            paths << path;
    }
    return paths.mid(0, kMaxRecent);
}

void ProfileStore::addRecent(const QString &path)
{
    QStringList paths = recent();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    // The list is a convenience: failing to write it is not worth bothering the user.
    writeFileAtomically(
        recentPath(), QJsonDocument(QJsonArray::fromStringList(paths.mid(0, kMaxRecent))).toJson(),
        nullptr);
}
