#pragma once

#include "profiles/feedspec.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <random>
#include <vector>

class QTimer;
class QWebSocket;
class QWebSocketServer;

// The built-in demo feed: a WebSocket server on 127.0.0.1 (free port) with two paths.
// /ticks streams stock ticks, a random walk per symbol with price, bid, ask, volume and an
// event time in ms; /logs streams JSON log records (level, service, message). Lives on the
// thread that created it (the main thread); owned by its parent.
class DemoFeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFeedServer)

public:
    struct Options
    {
        int ticksPerSecond = 400; // all symbols together
        int logsPerSecond = 6;
        quint32 seed = 20261126;
    };

    explicit DemoFeedServer(QObject *parent = nullptr);
    DemoFeedServer(const Options &options, QObject *parent = nullptr);
    ~DemoFeedServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. False with a reason on failure.
    bool listen(QString *error, quint16 port = 0);
    quint16 port() const;
    QUrl ticksUrl() const;
    QUrl logsUrl() const;
    quint64 ticksSent() const { return m_ticksSent; }
    quint64 logsSent() const { return m_logsSent; }
    static QStringList symbols();

    // The feeds (with their decode mappings) that connect to this server.
    QList<FeedSpec> feedSpecs() const;

private:
    struct Symbol
    {
        QString name;
        double price;
        double volatility; // per-tick standard deviation, relative
    };
    void onNewConnection();
    void onTick();
    QByteArray nextTick(qint64 nowMs);
    QByteArray nextLog(qint64 nowMs);

    Options m_options;
    QWebSocketServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    std::vector<QWebSocket *> m_tickClients;
    std::vector<QWebSocket *> m_logClients;
    std::vector<Symbol> m_symbols;
    std::mt19937 m_rng;
    double m_tickBudget = 0.0;
    double m_logBudget = 0.0;
    qint64 m_lastTickMs = 0;
    quint64 m_ticksSent = 0;
    quint64 m_logsSent = 0;
    quint64 m_requestId = 0;
};
