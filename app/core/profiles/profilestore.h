#pragma once

#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One file of the profile folder as listed: its profile, or why it could not be read.
struct ProfileEntry
{
    QString path;
    QString name; // the profile's name, else the file's base name
    std::optional<Profile> profile; // empty when the file is bad
    QString error; // "<file>: <JSON Pointer>: <reason>" when bad
};

// The user's saved profiles: one JSON file per profile in <root>/profiles (root: the per-user
// config location), written atomically; secret header values go to the SecretStore, never
// into a profile file. Also import, export for sharing, and the recent-profiles list. A bad
// file is listed with its error and never rewritten. Plain object, one thread.
class ProfileStore final
{
public:
    // root defaults to QStandardPaths::AppConfigLocation.
    explicit ProfileStore(const QString &root = QString(),
                          SecretStore::Backend backend = SecretStore::Backend::Auto);

    static QString defaultRoot();
    QString directory() const { return m_root + QStringLiteral("/profiles"); }
    // The file a profile of this name is saved to (name made safe for a file name).
    QString pathForName(const QString &name) const;

    // Every *.json of the folder, sorted by name; bad files carry their error.
    QList<ProfileEntry> list() const;

    // Reads a profile file (in the folder or anywhere) and fills in its secret headers.
    std::optional<Profile> load(const QString &path, QString *error);
    // Writes the profile to pathForName(name): secrets to the SecretStore, the rest to the
    // file via QSaveFile. Returns the path, or nullopt with the reason.
    std::optional<QString> save(const Profile &profile, QString *error);
    bool remove(const QString &name, QString *error);
    // Replaces the "layout" of the profile file at `path` (in the folder or anywhere), keeping
    // all else as the file has it; secrets are not touched. False with the reason when the file
    // is not a readable profile or cannot be written.
    static bool saveLayout(const QString &path, const QJsonObject &layout, QString *error);

    // A copy for a colleague: secret header values left out (their names stay listed).
    static bool exportShared(const Profile &profile, const QString &path, QString *error);
    // Copies a profile file into the folder (renamed "name (2)" if the name is taken).
    std::optional<QString> importFile(const QString &path, QString *error);

    // Most recent first; at most kMaxRecent paths that still exist.
    QStringList recent() const;
    void addRecent(const QString &path);
    static constexpr int kMaxRecent = 8;

    SecretStore &secrets() { return m_secrets; }
    // Fills feed.storedSecrets with what the secret store holds for the ${secret:NAME}
    // placeholders the feed uses (names already there are kept); names in `known` are taken
    // from there without asking the store again.
    void readNamedSecrets(FeedSpec &feed, const QHash<QString, QString> *known = nullptr);

private:
    QString recentPath() const { return m_root + QStringLiteral("/recent-profiles.json"); }

    QString m_root;
    SecretStore m_secrets;
};

// Writes bytes to path atomically (QSaveFile), creating the folder; false with the reason.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);
