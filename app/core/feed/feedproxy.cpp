#include "feed/feedproxy.h"

#include "profiles/secretplaceholders.h"

#include <QNetworkProxyFactory>
#include <QUrl>

#include <mutex>
#include <optional>

namespace FeedProxy {
namespace {
QNetworkProxy::ProxyType typeOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http"))
        return QNetworkProxy::HttpProxy;
    if (scheme == QLatin1String("socks5"))
        return QNetworkProxy::Socks5Proxy;
    return QNetworkProxy::DefaultProxy; // refused by problem()
}
} // namespace

namespace {
// Stands in for a ${secret:NAME} password while the proxy's form is checked.
const QString kSecretStandIn = QStringLiteral("feedboard-secret-stand-in");

// Why `url` is no proxy this build can use, leaving its password aside; empty when it is one.
QString formProblem(const QUrl &url, const QString &shown)
{
    if (!url.isValid() || url.scheme().isEmpty())
        return QStringLiteral("%1: expected \"system\", \"none\", http://[user@]host:port or "
                              "socks5://[user@]host:port")
            .arg(shown);
    if (typeOf(url) == QNetworkProxy::DefaultProxy)
        return QStringLiteral("%1: the scheme must be http or socks5").arg(shown);
    if (url.host().isEmpty())
        return QStringLiteral("%1: no host").arg(shown);
    if (url.port() < 1)
        return QStringLiteral("%1: a port from 1 to 65535 is required").arg(shown);
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return QStringLiteral("%1: a proxy URL has no path").arg(shown);
    return {};
}

// The proxy text parsed with each ${secret:NAME} replaced by the stand-in (QUrl refuses the
// braces); *placeholders: how many distinct names it had.
QUrl parseWithStandIns(const QString &trimmed, qsizetype *placeholders = nullptr)
{
    QHash<QString, QString> standIns;
    for (const QString &name : SecretPlaceholders::namesIn(trimmed))
        standIns.insert(name, kSecretStandIn);
    if (placeholders)
        *placeholders = standIns.size();
    return QUrl(SecretPlaceholders::substitute(trimmed, standIns), QUrl::StrictMode);
}
} // namespace

QString problem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == kSystem || trimmed == kNone)
        return {};
    // A password may only be a ${secret:NAME} placeholder: the value comes at connect time.
    qsizetype placeholders = 0;
    const QUrl url = parseWithStandIns(trimmed, &placeholders);
    // Messages echo the text, never a password in it.
    const QString shown = url.password().isEmpty() ? text : url.toString(QUrl::RemovePassword);
    if (const QString problem = formProblem(url, shown); !problem.isEmpty())
        return problem;
    if (placeholders > 0
        && (url.password() != kSecretStandIn || placeholders > 1
            || url.toString(QUrl::RemovePassword).contains(kSecretStandIn)))
        return QStringLiteral("%1: a ${secret:NAME} placeholder may stand only for the whole "
                              "password")
            .arg(shown);
    if (!url.password().isEmpty() && placeholders == 0)
        // A password in a profile would be written in clear wherever the profile goes.
        return QStringLiteral("%1: a password does not belong in the proxy URL; write "
                              "${secret:NAME} in its place")
            .arg(shown);
    return {};
}

QNetworkProxy toProxy(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == kNone)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (trimmed == kSystem)
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    // `text` has its secret put in already (FeedConnection), so only the form is checked.
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!formProblem(url, QString()).isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    QNetworkProxy proxy(typeOf(url), url.host(), quint16(url.port()), url.userName(),
                        url.password());
    // A tunnel only: the WebSocket's own bytes go through untouched.
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability
                          | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

namespace {
QByteArray environment(const char *lower, const char *upper)
{
    const QByteArray value = qgetenv(lower).trimmed();
    return value.isEmpty() ? qgetenv(upper).trimmed() : value;
}

// no_proxy: a comma list of host names, domain suffixes (".example.com" or "example.com")
// and "*" for every host, as curl and most tools read it.
bool excluded(const QString &host)
{
    const QByteArray list = environment("no_proxy", "NO_PROXY");
    for (const QByteArray &item : list.split(',')) {
        QString entry = QString::fromUtf8(item.trimmed()).toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (!entry.isEmpty() && (host == entry || host.endsWith(QLatin1Char('.') + entry)))
            return true;
    }
    return false;
}

// The proxy the environment names for a feed URL, as curl reads it: https_proxy for wss,
// http_proxy for ws, all_proxy for either; nullopt when it names none.
std::optional<QNetworkProxy> environmentProxy(const QUrl &feed)
{
    const bool secure = feed.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    QByteArray value = secure ? environment("https_proxy", "HTTPS_PROXY")
                              : environment("http_proxy", "HTTP_PROXY");
    if (value.isEmpty())
        value = environment("all_proxy", "ALL_PROXY");
    if (value.isEmpty())
        return std::nullopt;
    QUrl url = QUrl::fromUserInput(QString::fromUtf8(value));
    if (!value.contains("://"))
        url.setScheme(QStringLiteral("http"));
    const QString scheme = url.scheme().toLower();
    const QNetworkProxy::ProxyType type = scheme.startsWith(QLatin1String("socks5"))
        ? QNetworkProxy::Socks5Proxy
        : QNetworkProxy::HttpProxy;
    const int fallbackPort = type == QNetworkProxy::Socks5Proxy ? 1080 : 80;
    QNetworkProxy proxy(type, url.host(), quint16(url.port(fallbackPort)), url.userName(),
                        url.password());
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability
                          | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}
} // namespace

QNetworkProxy forFeed(const QString &text, const QUrl &url)
{
    if (text.trimmed() != kSystem)
        return toProxy(text);
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1") || excluded(host))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // The environment first: it is what a server or a terminal session sets, and Qt's own
    // lookup (libproxy on Debian) may prefer a desktop's settings over it. Without it, Qt's.
    if (const auto proxy = environmentProxy(url))
        return *proxy;
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void useSystemConfiguration()
{
    static std::once_flag once;
    std::call_once(once, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
}

QString describe(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == kSystem || trimmed == kNone || !problem(trimmed).isEmpty())
        return {};
    const QUrl url = parseWithStandIns(trimmed);
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}
} // namespace FeedProxy
