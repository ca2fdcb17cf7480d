#pragma once

#include <QHash>
#include <QString>

#include <optional>

// Keeps the values of secret headers out of profile files: in the system keychain through
// QtKeychain where a Secret Service answers, otherwise in one JSON file readable only by the
// user (mode 0600). Keys are "profile/feed/header". Synchronous (a keychain job runs in a
// short local event loop): secrets are read and written only when a profile is loaded or
// saved. Use on one thread; plain object owned by its user.
class SecretStore final
{
public:
    enum class Backend { Auto, FileOnly };

    // fallbackPath: the 0600 file; backend FileOnly skips the keychain (tests, --portable).
    explicit SecretStore(QString fallbackPath, Backend backend = Backend::Auto);

    static QString keyFor(const QString &profile, const QString &feed, const QString &header);
    // The key of a named secret, ${secret:NAME}: one value per name for every profile.
    static QString keyForName(const QString &name);

    bool write(const QString &key, const QString &value, QString *error);
    std::optional<QString> read(const QString &key);
    bool remove(const QString &key, QString *error);

    // True once a keychain job failed because no keychain service runs; later calls go
    // straight to the file.
    bool usingFallback() const { return m_keychainUnavailable || m_backend == Backend::FileOnly; }
    QString fallbackPath() const { return m_fallbackPath; }

private:
    bool keychainWrite(const QString &key, const QString &value);
    std::optional<QString> keychainRead(const QString &key);
    void keychainRemove(const QString &key);
    bool loadFile(QString *error);
    bool saveFile(QString *error);

    QString m_fallbackPath;
    Backend m_backend;
    bool m_keychainUnavailable = false;
    bool m_fileLoaded = false;
    QHash<QString, QString> m_fileSecrets;
};
