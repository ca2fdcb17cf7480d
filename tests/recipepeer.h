#pragma once

// The service side of each recipe (resources/recipes), as its documentation describes it:
// frames sent on connect, and replies to the client's messages. Used by tst_recipes (headless)
// and tst_startpage (the window's template flow). Test-only, one thread.
#include <QHostAddress>
#include <QStringList>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace RecipeService {
// A service's side of one recipe: frames sent on connect, and replies to each message.
struct Script
{
    QStringList onConnect;
    std::function<QStringList(const QString &)> reply
        = [](const QString &) { return QStringList(); };
};

class RecipePeer final : public QObject
{
public:
    explicit RecipePeer(Script script)
        : m_server(QStringLiteral("recipe"), QWebSocketServer::NonSecureMode)
        , m_script(std::move(script))
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                requests << QUrl::fromPercentEncoding(
                    socket->requestUrl().toString(QUrl::FullyEncoded).toUtf8());
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString &text) {
                            received << text;
                            for (const QString &frame : m_script.reply(text))
                                socket->sendTextMessage(frame);
                        });
                for (const QString &frame : std::as_const(m_script.onConnect))
                    socket->sendTextMessage(frame);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    QStringList requests; // each connection's URL, decoded
    QStringList received; // messages from the client, in order

private:
    QWebSocketServer m_server;
    Script m_script;
};

inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The documented exchange of recipe `id`.
inline Script scriptFor(const QString &id)
{
    if (id == QLatin1String("binance-trades"))
        return {
            { s(R"({"stream":"btcusdt@trade","data":{"e":"trade","E":1764547200123,"s":"BTCUSDT","t":5127002,"p":"91234.56000000","q":"0.01200000","T":1764547200120,"m":true,"M":true}})"),
              s(R"({"stream":"ethusdt@trade","data":{"e":"trade","E":1764547200125,"s":"ETHUSDT","t":2220133,"p":"3012.50000000","q":"1.50000000","T":1764547200124,"m":false,"M":true}})") }
        };
    if (id == QLatin1String("coinbase-ticker"))
        return {
            {},
            [](const QString &text) -> QStringList {
                if (!text.contains(QLatin1String("\"type\":\"subscribe\"")))
                    return { s(R"({"type":"error","message":"Failed to subscribe"})") };
                return {
                    s(R"({"type":"subscriptions","channels":[{"name":"ticker","product_ids":["BTC-USD","ETH-USD"],"account_ids":null}]})"),
                    s(R"({"type":"ticker","sequence":37475248783,"product_id":"BTC-USD","price":"91234.56","open_24h":"90000.00","volume_24h":"12345.67","low_24h":"89000.00","high_24h":"92000.00","volume_30d":"456789.12","best_bid":"91234.55","best_bid_size":"0.10000000","best_ask":"91234.57","best_ask_size":"0.20000000","side":"buy","time":"2025-11-30T23:59:59.061769Z","trade_id":612345,"last_size":"0.00100000"})"),
                    s(R"({"type":"ticker","sequence":37475248790,"product_id":"ETH-USD","price":"3012.5","open_24h":"3000","volume_24h":"99","low_24h":"2900","high_24h":"3100","volume_30d":"9999","best_bid":"3012.4","best_bid_size":"1","best_ask":"3012.6","best_ask_size":"2","side":"sell","time":"2025-11-30T23:59:59.5Z","trade_id":612346,"last_size":"0.25"})")
                };
            }
        };
    if (id == QLatin1String("kraken-ticker"))
        return {
            { s(R"({"connectionID":8628615390848610000,"event":"systemStatus","status":"online","version":"1.9.0"})") },
            [](const QString &text) -> QStringList {
                if (!text.contains(QLatin1String("\"event\":\"subscribe\"")))
                    return {};
                return {
                    s(R"({"channelID":340,"channelName":"ticker","event":"subscriptionStatus","pair":"XBT/USD","status":"subscribed","subscription":{"name":"ticker"}})"),
                    s(R"([340,{"a":["91234.60000",0,"0.50000000"],"b":["91234.50000",1,"1.00000000"],"c":["91234.55000","0.00100000"],"v":["120.50000000","1534.12345678"],"p":["91000.00000","90900.00000"],"t":[1200,24000],"l":["90000.00000","89000.00000"],"h":["92000.00000","92500.00000"],"o":["90500.00000","90100.00000"]},"ticker","XBT/USD"])"),
                    s(R"({"event":"heartbeat"})")
                };
            }
        };
    if (id == QLatin1String("finnhub-trades"))
        return {
            {},
            [](const QString &text) -> QStringList {
                if (!text.contains(QLatin1String("BINANCE:BTCUSDT")))
                    return {};
                return {
                    s(R"({"type":"ping"})"),
                    s(R"({"data":[{"c":null,"p":91234.5,"s":"BINANCE:BTCUSDT","t":1764547199123,"v":0.011},{"c":["1","12"],"p":234.56,"s":"AAPL","t":1764547199200,"v":100}],"type":"trade"})")
                };
            }
        };
    if (id == QLatin1String("alpaca-trades"))
        return {
            { s(R"([{"T":"success","msg":"connected"}])") },
            [](const QString &text) -> QStringList {
                if (text.contains(QLatin1String("\"action\":\"auth\""))) {
                    if (text.contains(QLatin1String("\"key\":\"test-key-id\""))
                        && text.contains(QLatin1String("\"secret\":\"test-secret-key\"")))
                        return { s(R"([{"T":"success","msg":"authenticated"}])") };
                    return { s(R"([{"T":"error","code":402,"msg":"auth failed"}])") };
                }
                if (!text.contains(QLatin1String("\"action\":\"subscribe\"")))
                    return {};
                return {
                    s(R"([{"T":"subscription","trades":["AAPL","MSFT"],"quotes":[],"bars":[]}])"),
                    s(R"([{"T":"t","S":"AAPL","i":52983525029461,"x":"V","p":234.56,"s":100,"t":"2025-11-30T23:59:59.123456789Z","c":["@"],"z":"C"},{"T":"t","S":"MSFT","i":52983525029462,"x":"V","p":434.5,"s":5,"t":"2025-11-30T23:59:59.2Z","c":["@","I"],"z":"C"}])")
                };
            }
        };
    if (id == QLatin1String("loki-tail"))
        return {
            { s(R"({"streams":[{"stream":{"filename":"/var/log/api.log","job":"varlogs","level":"error"},"values":[["1764547199100000000","db connection refused"],["1764547199200000000","db still down"]]},{"stream":{"filename":"/var/log/web.log","job":"varlogs"},"values":[["1764547199300000000","WARN slow request /api/orders 2.3s"]]}]})"),
              s(R"({"streams":[],"dropped_entries":[{"labels":{"job":"varlogs"},"timestamp":"1764547199000000000"}]})") }
        };
    if (id == QLatin1String("socketio-events"))
        return {
            { s(R"(0{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000})") },
            [](const QString &text) -> QStringList {
                if (!text.startsWith(QLatin1String("40")))
                    return {};
                if (!text.contains(QLatin1String("\"token\":\"test-sio-token\"")))
                    return { s(R"(44{"message":"invalid token"})") };
                return {
                    s(R"(40{"sid":"wZX3oN0bSVIhsaknAAAI"})"), s("2"),
                    s(R"(42["trade",{"symbol":"BTC","price":91234.5,"size":0.25,"time":1764547199100}])"),
                    s(R"(42["status",{"ok":true}])"),
                    s(R"(4217["trade",{"symbol":"ETH","price":3012.5,"size":1.5,"time":1764547199200}])")
                };
            }
        };
    if (id == QLatin1String("home-assistant"))
        return {
            { s(R"({"type":"auth_required","ha_version":"2025.11.0"})") },
            [](const QString &text) -> QStringList {
                if (text.contains(QLatin1String("\"type\":\"auth\""))) {
                    if (text.contains(QLatin1String("\"access_token\":\"test-ha-token\"")))
                        return { s(R"({"type":"auth_ok","ha_version":"2025.11.0"})") };
                    return {
                        s(R"({"type":"auth_invalid","message":"Invalid access token or password"})")
                    };
                }
                if (!text.contains(QLatin1String("subscribe_events")))
                    return {};
                return {
                    s(R"({"id":1,"type":"result","success":true,"result":null})"),
                    s(R"({"id":1,"type":"event","event":{"event_type":"state_changed","data":{"entity_id":"sensor.living_room_temperature","old_state":null,"new_state":{"entity_id":"sensor.living_room_temperature","state":"21.5","attributes":{"unit_of_measurement":"°C"},"last_changed":"2025-11-30T23:59:59.500000+00:00","last_updated":"2025-11-30T23:59:59.500000+00:00"}},"origin":"LOCAL","time_fired":"2025-11-30T23:59:59.500000+00:00"}})"),
                    s(R"({"id":1,"type":"event","event":{"event_type":"state_changed","data":{"entity_id":"light.kitchen","old_state":null,"new_state":{"entity_id":"light.kitchen","state":"on","attributes":{},"last_changed":"2025-11-30T23:59:59.600000+00:00","last_updated":"2025-11-30T23:59:59.600000+00:00"}},"origin":"LOCAL","time_fired":"2025-11-30T23:59:59.600000+00:00"}})")
                };
            }
        };
    return {};
}

} // namespace RecipeService
