#pragma once

#include "service/servicesnapshot.h"

#include <QAbstractHttpServer>

#include <functional>

class QHostAddress;
class QTcpServer;

// The --serve HTTP endpoint (Qt HTTP Server): GET /metrics, /status, /healthz. Lives on the
// thread that runs the engine (headless: the main thread) and asks `snapshot` for the data of
// each request. With a token every request needs "Authorization: Bearer TOKEN" (compared in
// constant time), else 401. Owned by its parent (the service).
class ServiceEndpoint final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceEndpoint)

public:
    using SnapshotFunction = std::function<ServiceSnapshot()>;
    ServiceEndpoint(SnapshotFunction snapshot, QObject *parent = nullptr);

    // Empty: no authentication (loopback only; the command line enforces that).
    void setToken(const QByteArray &token) { m_token = token; }
    // False with a reason (port in use, address not available) when it cannot listen.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // Equal without an early exit, so the time taken says nothing about where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool authorized(const QHttpServerRequest &request) const;

    SnapshotFunction m_snapshot;
    QByteArray m_token;
    quint16 m_port = 0;
};
