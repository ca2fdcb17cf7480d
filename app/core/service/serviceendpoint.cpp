#include "service/serviceendpoint.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

#include <algorithm>
#include <memory>

namespace {
using Status = QHttpServerResponder::StatusCode;
const QByteArray kPrometheusType = "text/plain; version=0.0.4; charset=utf-8";
const QByteArray kTextType = "text/plain; charset=utf-8";
} // namespace

ServiceEndpoint::ServiceEndpoint(SnapshotFunction snapshot, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_snapshot(std::move(snapshot))
{ }

bool ServiceEndpoint::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer, listening before it is handed over, so a failure has its reason
    // (QAbstractHttpServer::listen() only returns 0).
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(address, port)) {
        *error = server->errorString();
        return false;
    }
    m_port = server->serverPort();
    server->setParent(this);
    bind(server.release()); // now a child of this
    return true;
}

bool ServiceEndpoint::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Runs over the longer of the two whatever their contents; only lengths leak.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? uchar(a[i]) : 0;
        const unsigned char y = i < b.size() ? uchar(b[i]) : 0;
        diff |= unsigned(x ^ y);
    }
    return diff == 0;
}

bool ServiceEndpoint::authorized(const QHttpServerRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    return constantTimeEquals(request.value("Authorization"), "Bearer " + m_token);
}

bool ServiceEndpoint::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!authorized(request)) {
        responder.write("unauthorized\n",
                        { { "Content-Type", kTextType }, { "WWW-Authenticate", "Bearer" } },
                        Status::Unauthorized);
        return true;
    }
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (path == QLatin1String("/healthz") && get) {
        responder.write("ok\n", kTextType);
    } else if (path == QLatin1String("/metrics") && get) {
        responder.write(ServiceFormat::prometheusText(m_snapshot()), kPrometheusType);
    } else if (path == QLatin1String("/status") && get) {
        responder.write(ServiceFormat::statusJson(m_snapshot()), "application/json");
    } else if (path == QLatin1String("/healthz") || path == QLatin1String("/metrics")
               || path == QLatin1String("/status")) {
        responder.write("method not allowed\n",
                        { { "Content-Type", kTextType }, { "Allow", "GET" } },
                        Status::MethodNotAllowed);
    } else {
        responder.write("not found: try /metrics, /status or /healthz\n", kTextType,
                        Status::NotFound);
    }
    return true;
}

void ServiceEndpoint::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write("not found\n", kTextType, Status::NotFound);
}
