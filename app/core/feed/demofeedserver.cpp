#include "feed/demofeedserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kTimerIntervalMs = 20; // 50 sends a second, bursts like a real exchange

struct SymbolSeed
{
    const char *name;
    double price;
    double volatility; // per-tick standard deviation, relative
};
// Prices and volatilities in the range of large-cap stocks; distinct levels so each line is
// easy to tell apart on one chart.
constexpr SymbolSeed kSymbols[] = {
    { "ACME", 182.40, 0.0009 },  { "GLOBX", 143.10, 0.0011 }, { "INITECH", 121.75, 0.0013 },
    { "UMBRL", 164.20, 0.0010 }, { "HOOLI", 198.05, 0.0008 }, { "STARK", 132.60, 0.0012 },
};

struct LogTemplate
{
    const char *level;
    const char *service;
    const char *message;
};
// Weighted by repetition: mostly INFO, some WARN, rare ERROR, like a healthy service.
constexpr LogTemplate kLogTemplates[] = {
    { "INFO", "orders", "order accepted id=%1 qty=%2" },
    { "INFO", "orders", "order filled id=%1 qty=%2" },
    { "INFO", "gateway", "GET /v1/quotes 200 in %2 ms" },
    { "INFO", "gateway", "GET /v1/positions 200 in %2 ms" },
    { "DEBUG", "pricing", "recomputed fair value for %3 in %2 us" },
    { "INFO", "risk", "exposure check passed for account %1" },
    { "WARN", "gateway", "slow upstream response: %2 ms for /v1/quotes" },
    { "INFO", "auth", "session refreshed for user %1" },
    { "WARN", "risk", "position limit at %4% for account %1" },
    { "ERROR", "orders", "order rejected id=%1: insufficient margin" },
    { "INFO", "marketdata", "snapshot sent for %3" },
    { "TRACE", "marketdata", "heartbeat seq=%1" },
};
} // namespace

DemoFeedServer::DemoFeedServer(QObject *parent)
    : DemoFeedServer(Options(), parent)
{ }

DemoFeedServer::DemoFeedServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(new QWebSocketServer(QStringLiteral("FeedBoard demo"),
                                    QWebSocketServer::NonSecureMode, this))
    , m_timer(new QTimer(this))
    , m_rng(options.seed)
{
    for (const SymbolSeed &seed : kSymbols)
        m_symbols.push_back({ QLatin1String(seed.name), seed.price, seed.volatility });
    connect(m_server, &QWebSocketServer::newConnection, this, &DemoFeedServer::onNewConnection);
    connect(m_timer, &QTimer::timeout, this, &DemoFeedServer::onTick);
    m_timer->setTimerType(Qt::PreciseTimer);
}

DemoFeedServer::~DemoFeedServer()
{
    m_server->close();
}

QStringList DemoFeedServer::symbols()
{
    QStringList names;
    for (const SymbolSeed &seed : kSymbols)
        names << QLatin1String(seed.name);
    return names;
}

bool DemoFeedServer::listen(QString *error, quint16 port)
{
    // Loopback only: the demo never listens on a network interface.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    m_lastTickMs = QDateTime::currentMSecsSinceEpoch();
    m_timer->start(kTimerIntervalMs);
    return true;
}

quint16 DemoFeedServer::port() const
{
    return m_server->serverPort();
}

QUrl DemoFeedServer::ticksUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/ticks").arg(port()));
}

QUrl DemoFeedServer::logsUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/logs").arg(port()));
}

QList<FeedSpec> DemoFeedServer::feedSpecs() const
{
    FeedSpec ticks;
    ticks.name = QStringLiteral("ticks");
    ticks.url = ticksUrl();
    QString error;
    ticks.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/symbol") },
                      { QStringLiteral("time"), QStringLiteral("/ts") },
                      { QStringLiteral("fields"),
                        QJsonArray { QStringLiteral("/price"), QStringLiteral("/bid"),
                                     QStringLiteral("/ask"), QStringLiteral("/volume") } } },
        &error);
    ticks.subscribe = { QStringLiteral(R"({"op":"subscribe","channel":"ticks"})") };
    ticks.pingIntervalMs = 1000;

    FeedSpec logs;
    logs.name = QStringLiteral("logs");
    logs.url = logsUrl();
    logs.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("time"), QStringLiteral("/time") },
                      { QStringLiteral("level"), QStringLiteral("/level") },
                      { QStringLiteral("message"), QStringLiteral("/message") },
                      { QStringLiteral("fields"), QJsonArray { QStringLiteral("/latency_ms") } } },
        &error);
    logs.pingIntervalMs = 1000;
    return { ticks, logs };
}

void DemoFeedServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const QString path = socket->requestUrl().path();
        auto &clients = path.startsWith(QLatin1String("/logs")) ? m_logClients : m_tickClients;
        clients.push_back(socket);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            for (auto *list : { &m_tickClients, &m_logClients })
                list->erase(std::remove(list->begin(), list->end(), socket), list->end());
            socket->deleteLater();
        });
    }
}

void DemoFeedServer::onTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double elapsed = std::clamp(double(now - m_lastTickMs) / 1000.0, 0.0, 1.0);
    m_lastTickMs = now;
    m_tickBudget += elapsed * m_options.ticksPerSecond;
    m_logBudget += elapsed * m_options.logsPerSecond;
    while (m_tickBudget >= 1.0) {
        m_tickBudget -= 1.0;
        const QByteArray tick = nextTick(now);
        for (QWebSocket *client : m_tickClients)
            client->sendTextMessage(QString::fromUtf8(tick));
        ++m_ticksSent;
    }
    while (m_logBudget >= 1.0) {
        m_logBudget -= 1.0;
        const QByteArray log = nextLog(now);
        for (QWebSocket *client : m_logClients)
            client->sendTextMessage(QString::fromUtf8(log));
        ++m_logsSent;
    }
}

QByteArray DemoFeedServer::nextTick(qint64 nowMs)
{
    std::uniform_int_distribution<size_t> pick(0, m_symbols.size() - 1);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::uniform_int_distribution<int> lots(1, 40);
    Symbol &s = m_symbols[pick(m_rng)];
    // Geometric random walk with a weak pull back to the start so prices stay plausible.
    s.price *= std::exp(s.volatility * gauss(m_rng));
    const double spread = std::max(0.01, std::round(s.price * 0.0002 * 100.0) / 100.0);
    const double mid = std::round(s.price * 100.0) / 100.0;
    const double bid = std::round((mid - spread / 2.0) * 100.0) / 100.0;
    const double ask = std::round((mid + spread / 2.0) * 100.0) / 100.0;
    QJsonObject tick { { QStringLiteral("type"), QStringLiteral("tick") },
                       { QStringLiteral("symbol"), s.name },
                       { QStringLiteral("price"), mid },
                       { QStringLiteral("bid"), bid },
                       { QStringLiteral("ask"), ask },
                       { QStringLiteral("volume"), lots(m_rng) * 100 },
                       { QStringLiteral("ts"), double(nowMs) } };
    return QJsonDocument(tick).toJson(QJsonDocument::Compact);
}

QByteArray DemoFeedServer::nextLog(qint64 nowMs)
{
    constexpr size_t count = sizeof(kLogTemplates) / sizeof(kLogTemplates[0]);
    std::uniform_int_distribution<size_t> pick(0, count - 1);
    std::uniform_int_distribution<int> small(2, 480);
    std::lognormal_distribution<double> latency(3.0, 0.6);
    const LogTemplate &t = kLogTemplates[pick(m_rng)];
    const int number = small(m_rng);
    const QString symbol = m_symbols[size_t(number) % m_symbols.size()].name;
    // Explicit replacement: QString::arg() would renumber templates that skip %1.
    QString message = QString::fromLatin1(t.message);
    message.replace(QLatin1String("%1"), QString::number(100000 + ++m_requestId));
    message.replace(QLatin1String("%2"), QString::number(number));
    message.replace(QLatin1String("%3"), symbol);
    message.replace(QLatin1String("%4"), QString::number(50 + number % 50));
    const double latencyMs = std::round(latency(m_rng) * 10.0) / 10.0;
    QJsonObject log {
        { QStringLiteral("time"),
          QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("level"), QLatin1String(t.level) },
        { QStringLiteral("service"), QLatin1String(t.service) },
        { QStringLiteral("message"),
          QString(QLatin1String(t.service) + QStringLiteral(": ") + message) },
        { QStringLiteral("latency_ms"), latencyMs }
    };
    return QJsonDocument(log).toJson(QJsonDocument::Compact);
}
