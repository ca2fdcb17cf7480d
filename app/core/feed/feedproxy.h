#pragma once

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

// A feed's `proxy` (contract, section Reach): "system" (the default: the environment's
// http_proxy / https_proxy / all_proxy / no_proxy as curl reads them, else Qt's system
// settings), "none", or
// "http://[user@]host:port" (HTTP CONNECT) / "socks5://[user@]host:port", where the password, if
// any, is a ${secret:NAME} placeholder ("http://alice:${secret:PROXY_PASSWORD}@host:3128").
namespace FeedProxy {
inline const QString kSystem = QStringLiteral("system");
inline const QString kNone = QStringLiteral("none");

// Empty when `text` is a proxy this build can use; else why not (for "/proxy: <reason>").
QString problem(const QString &text);
// The proxy for a text problem() accepts, its secret put in (SecretPlaceholders::substitute);
// "system" gives QNetworkProxy::DefaultProxy, which follows the application's factory
// (useSystemConfiguration() makes that the system's).
QNetworkProxy toProxy(const QString &text);
// The proxy a feed at `url` uses: toProxy(), except for "system": the environment's proxy for
// the URL's scheme (no_proxy honoured), else Qt's system settings; never a proxy for
// localhost, 127.0.0.1 or [::1] (as browsers do): a local feed must not break because the
// environment names a proxy for the internet.
QNetworkProxy forFeed(const QString &text, const QUrl &url);
// Makes "system" mean the system's settings: once per process, before the first connection.
void useSystemConfiguration();
// host:port of an explicit proxy, for messages ("through proxy 127.0.0.1:3128"); empty for
// "system" and "none". Never the user name.
QString describe(const QString &text);
} // namespace FeedProxy
