#include "profiles/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecrets, "feedboard.secrets")

namespace {
const QString kService = QStringLiteral("FeedBoard");
// A Secret Service that hangs (a locked keyring waiting for a prompt nobody sees) must not
// hang the app: after this long the job counts as failed and the file takes over.
constexpr int kKeychainTimeoutMs = 5000;

// Runs a keychain job to its end. False when no keychain could do it.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied
        || error == QKeychain::AccessDeniedByUser;
}
} // namespace

SecretStore::SecretStore(QString fallbackPath, Backend backend)
    : m_fallbackPath(std::move(fallbackPath))
    , m_backend(backend)
{ }

QString SecretStore::keyFor(const QString &profile, const QString &feed, const QString &header)
{
    return profile + QLatin1Char('/') + feed + QLatin1Char('/') + header.toLower();
}

QString SecretStore::keyForName(const QString &name)
{
    return QStringLiteral("secret:") + name;
}

bool SecretStore::keychainWrite(const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(value);
    if (runJob(job) && job.error() == QKeychain::NoError)
        return true;
    // Never log the value; the key names only profile, feed and header.
    qCInfo(lcSecrets) << "keychain unavailable, using" << m_fallbackPath << ":"
                      << job.errorString();
    m_keychainUnavailable = true;
    return false;
}

std::optional<QString> SecretStore::keychainRead(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job)) {
        m_keychainUnavailable = true;
        return std::nullopt;
    }
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (keychainMissing(job.error()))
        m_keychainUnavailable = true;
    return std::nullopt;
}

void SecretStore::keychainRemove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job) || keychainMissing(job.error()))
        m_keychainUnavailable = true;
}

bool SecretStore::write(const QString &key, const QString &value, QString *error)
{
    if (!usingFallback() && keychainWrite(key, value)) {
        // A copy left in the file from a time without keychain would outlive this value.
        if (loadFile(nullptr) && m_fileSecrets.remove(key) > 0)
            return saveFile(error);
        return true;
    }
    if (!loadFile(error))
        return false;
    m_fileSecrets.insert(key, value);
    return saveFile(error);
}

std::optional<QString> SecretStore::read(const QString &key)
{
    if (!usingFallback()) {
        if (auto value = keychainRead(key))
            return value;
    }
    if (!loadFile(nullptr))
        return std::nullopt;
    const auto it = m_fileSecrets.constFind(key);
    if (it == m_fileSecrets.constEnd())
        return std::nullopt;
    return *it;
}

bool SecretStore::remove(const QString &key, QString *error)
{
    if (!usingFallback())
        keychainRemove(key);
    if (!loadFile(error))
        return false;
    if (m_fileSecrets.remove(key) == 0)
        return true;
    return saveFile(error);
}

bool SecretStore::loadFile(QString *error)
{
    if (m_fileLoaded)
        return true;
    QFile file(m_fallbackPath);
    if (!file.exists()) {
        m_fileLoaded = true;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_fallbackPath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Refuse to overwrite a damaged file: it may hold the only copy of a secret.
        if (error)
            *error = QStringLiteral("%1: not a secrets file (%2)")
                         .arg(m_fallbackPath, parseError.errorString());
        return false;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        m_fileSecrets.insert(it.key(), it.value().toString());
    m_fileLoaded = true;
    return true;
}

bool SecretStore::saveFile(QString *error)
{
    QJsonObject object;
    for (auto it = m_fileSecrets.constBegin(); it != m_fileSecrets.constEnd(); ++it)
        object.insert(it.key(), it.value());
    if (!QDir().mkpath(QFileInfo(m_fallbackPath).absolutePath())) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(m_fallbackPath);
        return false;
    }
    QSaveFile file(m_fallbackPath);
    // Permissions go on the temporary file before any byte is written, so no moment exists
    // in which the secrets are readable by others.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
    if (!ok && error)
        *error = QStringLiteral("%1: %2").arg(m_fallbackPath, file.errorString());
    return ok;
}
