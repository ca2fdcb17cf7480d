// Recipes (issue 16): every ready profile of File > New Profile from Template... is run by the
// real `feedboard --headless` against a local server that speaks that feed's documented format
// (the documentation each recipe names: connect greeting, subscribe or login replies, data
// frames written as the documentation shows them). The recipe must send what the service
// expects, in order, and decode the documented frames into the documented series.
#include "profiles/profilestore.h"
#include "recipepeer.h"
#include "profiles/recipes.h"
#include "profiles/secretplaceholders.h"
#include "testpaths.h"
#include "testsupport.h"

#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace {
using RecipeService::RecipePeer;
using RecipeService::s;
using RecipeService::scriptFor;

struct Expected
{
    QString requestContains; // in the request URL
    QStringList receivedInOrder; // substrings of the client's messages, in this order
    QStringList rows; // ",feed,key,field,value" endings of CSV rows
    int errors = 0; // decode errors the documented frames give
    QStringList logs; // substrings of lines of the log export
};

Expected expectedFor(const QString &id)
{
    if (id == QLatin1String("binance-trades"))
        return { s("streams=btcusdt@trade/ethusdt@trade"),
                 {},
                 { s(",binance,BTCUSDT,/p,91234.56"), s(",binance,BTCUSDT,/q,0.012"),
                   s(",binance,ETHUSDT,/p,3012.5"), s(",binance,ETHUSDT,/q,1.5") },
                 0,
                 {} };
    if (id == QLatin1String("coinbase-ticker"))
        return { QString(),
                 { s(R"("product_ids":["BTC-USD","ETH-USD"],"channels":["ticker"])") },
                 { s(",coinbase,BTC-USD,/price,91234.56"),
                   s(",coinbase,BTC-USD,/best_bid,91234.55"),
                   s(",coinbase,BTC-USD,/best_ask,91234.57"),
                   s(",coinbase,BTC-USD,/last_size,0.001"), s(",coinbase,ETH-USD,/price,3012.5") },
                 0,
                 {} };
    if (id == QLatin1String("kraken-ticker"))
        return { QString(),
                 { s(R"("subscription":{"name":"ticker"})") },
                 { s(",kraken,XBT/USD,/1/c/0,91234.55"), s(",kraken,XBT/USD,/1/b/0,91234.5"),
                   s(",kraken,XBT/USD,/1/a/0,91234.6"), s(",kraken,XBT/USD,/1/v/1,1534.12345678") },
                 0,
                 {} };
    if (id == QLatin1String("finnhub-trades"))
        return { s("token=test-finnhub-token"),
                 { s(R"("symbol":"AAPL")"), s(R"("symbol":"BINANCE:BTCUSDT")") },
                 { s(",finnhub,BINANCE:BTCUSDT,/p,91234.5"), s(",finnhub,BINANCE:BTCUSDT,/v,0.011"),
                   s(",finnhub,AAPL,/p,234.56"), s(",finnhub,AAPL,/v,100") },
                 0,
                 {} };
    if (id == QLatin1String("alpaca-trades"))
        return { s("/v2/iex"),
                 { s(R"("action":"auth")"), s(R"("action":"subscribe")") },
                 { s(",alpaca,AAPL,/p,234.56"), s(",alpaca,AAPL,/s,100"),
                   s(",alpaca,MSFT,/p,434.5") },
                 0,
                 {} };
    if (id == QLatin1String("loki-tail"))
        return {
            s(R"(query={job="varlogs"})"),
            {},
            {},
            0,
            { s(R"("feed":"loki","level":"ERROR","message":"db connection refused")"),
              s(R"("feed":"loki","level":"ERROR","message":"db still down")"),
              s(R"("feed":"loki","level":"WARN","message":"WARN slow request /api/orders 2.3s")") }
        };
    if (id == QLatin1String("socketio-events"))
        return { s("/socket.io/?EIO=4&transport=websocket"),
                 { s("40{"), s("3") },
                 { s(",socketio,BTC,/price,91234.5"), s(",socketio,BTC,/size,0.25"),
                   s(",socketio,ETH,/price,3012.5") },
                 0,
                 {} };
    if (id == QLatin1String("home-assistant"))
        return { s("/api/websocket"),
                 { s(R"("type":"auth")"), s("subscribe_events") },
                 { s(",home,sensor.living_room_temperature,/state,21.5") },
                 1, // "on" is not a number
                 {} };
    return {};
}

const QHash<QString, QString> kSecrets {
    { QStringLiteral("FINNHUB_TOKEN"), QStringLiteral("test-finnhub-token") },
    { QStringLiteral("APCA_API_KEY_ID"), QStringLiteral("test-key-id") },
    { QStringLiteral("APCA_API_SECRET_KEY"), QStringLiteral("test-secret-key") },
    { QStringLiteral("HA_TOKEN"), QStringLiteral("test-ha-token") },
    { QStringLiteral("SOCKETIO_TOKEN"), QStringLiteral("test-sio-token") },
};
} // namespace

class TestRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileIsARecipe();
    void recipeSpeaksItsService_data();
    void recipeSpeaksItsService();
};

void TestRecipes::everyFileIsARecipe()
{
    QStringList ids;
    for (const Recipes::Recipe &recipe : Recipes::all()) {
        ids << recipe.id + QStringLiteral(".json");
        QVERIFY(!recipe.title.isEmpty() && !recipe.description.isEmpty());
        QVERIFY2(recipe.documentation.startsWith(QLatin1String("https://")), qPrintable(recipe.id));
        QString error;
        const auto profile = Recipes::profile(recipe.id, &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(!profile->feeds.isEmpty());
        // Every secret a recipe needs is named in its description, so the user knows.
        for (const FeedSpec &feed : profile->feeds) {
            for (const QString &name : SecretPlaceholders::namesIn(feed))
                QVERIFY2(recipe.description.contains(name), qPrintable(recipe.id + name));
        }
    }
    QStringList files
        = QDir(TestPaths::source("/resources/recipes")).entryList({ QStringLiteral("*.json") });
    ids.sort();
    files.sort();
    QCOMPARE(ids, files);
    QString error;
    QVERIFY(!Recipes::profile(QStringLiteral("no-such-recipe"), &error));
    QVERIFY(error.contains(QStringLiteral("no-such-recipe")));
}

void TestRecipes::recipeSpeaksItsService_data()
{
    QTest::addColumn<QString>("id");
    for (const Recipes::Recipe &recipe : Recipes::all())
        QTest::newRow(qPrintable(recipe.id)) << recipe.id;
}

void TestRecipes::recipeSpeaksItsService()
{
    QFETCH(QString, id);
    QString error;
    auto profile = Recipes::profile(id, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->feeds.size(), 1);
    RecipePeer peer(scriptFor(id));
    const Expected expected = expectedFor(id);
    QVERIFY(!expected.rows.isEmpty() || !expected.logs.isEmpty());
    // The public host swapped for the local server; path and query as the recipe has them.
    FeedSpec &feed = profile->feeds[0];
    feed.url.setScheme(QStringLiteral("ws"));
    feed.url.setHost(QStringLiteral("127.0.0.1"));
    feed.url.setPort(peer.port());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipe.json"));
    QVERIFY2(writeFileAtomically(path, profile->toJson(true), &error), qPrintable(error));
    const QString csv = dir.filePath(QStringLiteral("recipe.csv"));
    const QString logs = dir.filePath(QStringLiteral("recipe.logs.jsonl"));
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    for (auto it = kSecrets.cbegin(); it != kSecrets.cend(); ++it)
        env.insert(SecretPlaceholders::environmentVariable(it.key()), it.value());
    run.setProcessEnvironment(env);
    run.start(TestPaths::binary(),
              { QStringLiteral("--headless"), QStringLiteral("--profile"), path,
                QStringLiteral("--duration"), QStringLiteral("1.5"), QStringLiteral("--export"),
                csv, QStringLiteral("--export-logs"), logs });
    QVERIFY(run.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 20000);
    const QByteArray output = run.readAllStandardOutput() + run.readAllStandardError();
    QVERIFY2(run.exitCode() == 0, output.constData());

    if (!expected.requestContains.isEmpty())
        QVERIFY2(peer.requests.value(0).contains(expected.requestContains),
                 qPrintable(peer.requests.value(0)));
    qsizetype from = 0;
    for (const QString &message : expected.receivedInOrder) {
        const auto at = std::find_if(peer.received.cbegin() + from, peer.received.cend(),
                                     [&](const QString &m) { return m.contains(message); });
        QVERIFY2(at != peer.received.cend(),
                 qPrintable(message + QStringLiteral(" not sent (in order): ")
                            + peer.received.join(QStringLiteral(" | "))));
        from = at - peer.received.cbegin() + 1;
    }
    // The secrets went to the service as values, never as placeholders.
    for (const QString &message : std::as_const(peer.received))
        QVERIFY2(!message.contains(QStringLiteral("${secret:")), qPrintable(message));
    const QString rows = QString::fromUtf8(TestSupport::readFile(csv));
    for (const QString &row : expected.rows)
        QVERIFY2(rows.contains(row + QLatin1Char('\n')),
                 qPrintable(row + QStringLiteral(" not in\n") + rows));
    const QString logLines = QString::fromUtf8(TestSupport::readFile(logs));
    for (const QString &line : expected.logs)
        QVERIFY2(logLines.contains(line),
                 qPrintable(line + QStringLiteral(" not in\n") + logLines));
    const QByteArray errors = " errors=" + QByteArray::number(expected.errors) + ' ';
    QVERIFY2(output.contains(errors), output.constData());
}

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
