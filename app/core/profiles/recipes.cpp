#include "profiles/recipes.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <iterator>

namespace {
struct Entry
{
    const char *id;
    const char *title;
    const char *description;
    const char *documentation;
};

// Titles and descriptions are translated where they are shown (the "Recipes" context).
constexpr Entry kEntries[] = {
    { "binance-trades", QT_TRANSLATE_NOOP("Recipes", "Binance: trades (combined streams)"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Every trade of BTCUSDT and ETHUSDT: price and quantity per symbol, at "
                        "the trade time. Change the streams in the URL for other symbols. No "
                        "key needed."),
      "https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams" },
    { "coinbase-ticker", QT_TRANSLATE_NOOP("Recipes", "Coinbase Exchange: ticker"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Last price, best bid and ask and last size of BTC-USD and ETH-USD, "
                        "after a subscribe message. Change product_ids for other products. No "
                        "key needed."),
      "https://docs.cdp.coinbase.com/exchange/websocket-feed/channels" },
    { "kraken-ticker", QT_TRANSLATE_NOOP("Recipes", "Kraken: ticker (WebSocket v1)"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Last trade price, best bid, best ask and 24-hour volume of XBT/USD and "
                        "ETH/USD, read from Kraken's positional arrays (/1/c/0 is the last "
                        "price). No key needed."),
      "https://docs.kraken.com/api/docs/websocket-v1/ticker" },
    { "finnhub-trades", QT_TRANSLATE_NOOP("Recipes", "Finnhub: trades"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Trades of AAPL and BINANCE:BTCUSDT, batched under /data. Needs your "
                        "Finnhub API token as the secret FINNHUB_TOKEN."),
      "https://finnhub.io/docs/api/websocket-trades" },
    { "alpaca-trades", QT_TRANSLATE_NOOP("Recipes", "Alpaca: stock trades"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Trades of AAPL and MSFT from the IEX feed, after logging in with an "
                        "auth message. Needs the secrets APCA_API_KEY_ID and "
                        "APCA_API_SECRET_KEY."),
      "https://docs.alpaca.markets/docs/real-time-stock-pricing-data" },
    { "home-assistant", QT_TRANSLATE_NOOP("Recipes", "Home Assistant: state changes"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Every numeric entity state (sensors) as it changes, after Home "
                        "Assistant's login handshake. Needs a long-lived access token as the "
                        "secret HA_TOKEN; change the host in the URL. States that are not "
                        "numbers (on, off) are counted as decode errors."),
      "https://developers.home-assistant.io/docs/api/websocket" },
    { "loki-tail", QT_TRANSLATE_NOOP("Recipes", "Grafana Loki: tail logs"),
      QT_TRANSLATE_NOOP("Recipes",
                        "Every log line of the query {job=\"varlogs\"} as it arrives, at its own "
                        "time, the level from the stream's level label or the line's text. "
                        "Change the host and the query (URL-encoded) in the URL."),
      "https://grafana.com/docs/loki/latest/reference/loki-http-api/#stream-logs" },
    { "socketio-events", QT_TRANSLATE_NOOP("Recipes", "Socket.IO: event stream"),
      QT_TRANSLATE_NOOP("Recipes",
                        "The \"trade\" events of a Socket.IO server (Engine.IO 4), such as a "
                        "Node.js dashboard backend: price and size per symbol from each event's "
                        "first argument. The namespace connect sends the secret SOCKETIO_TOKEN "
                        "as its auth token. Change the host, namespace, events and pointers."),
      "https://socket.io/docs/v4/socket-io-protocol/" },
};
} // namespace

namespace Recipes {

QList<Recipe> all()
{
    QList<Recipe> recipes;
    for (const Entry &entry : kEntries) {
        recipes.append({ QString::fromLatin1(entry.id),
                         QCoreApplication::translate("Recipes", entry.title),
                         QCoreApplication::translate("Recipes", entry.description),
                         QString::fromLatin1(entry.documentation) });
    }
    return recipes;
}

std::optional<Profile> profile(const QString &id, QString *error)
{
    const bool known
        = std::any_of(std::begin(kEntries), std::end(kEntries),
                      [&](const Entry &entry) { return id == QLatin1String(entry.id); });
    if (!known) {
        if (error)
            *error = QStringLiteral("no recipe named %1").arg(id);
        return std::nullopt;
    }
    return Profile::load(QStringLiteral(":/recipes/%1.json").arg(id), error);
}

} // namespace Recipes
