// fb_pushbench: --push throughput into a real VictoriaMetrics on 127.0.0.1 (issue 17 floor:
// >= 500k samples/s sustained, nothing dropped). Starts `victoria-metrics` on a free loopback
// port with a temporary data folder, then offers InfluxPusher (the class --push uses) samples
// of 1,000 series on 8 feeds at --rate per second for --seconds, as the engine would (a batch
// every 10 ms), drains it, and queries the store for how many samples it holds. Prints the
// offered and sustained rates, pushed, dropped and the count read back.
//
//   fb_pushbench [--rate N] [--seconds S]
#include "model/ingestbatch.h"
#include "service/influxpusher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int kFeeds = 8;
constexpr int kSeries = 1000;
constexpr double kFloor = 500'000.0;

QByteArray httpGet(QNetworkAccessManager &manager, const QUrl &url)
{
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("Samples offered per second."),
                       QStringLiteral("N"), QStringLiteral("600000") });
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("Seconds of offering."),
                       QStringLiteral("S"), QStringLiteral("10") });
    parser.process(app);
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();

    const QString binary = QStandardPaths::findExecutable(QStringLiteral("victoria-metrics"));
    if (binary.isEmpty()) {
        std::fprintf(stderr, "fb_pushbench: victoria-metrics missing (scripts/install-deps.sh)\n");
        return 1;
    }
    QTemporaryDir data(QDir::tempPath() + QStringLiteral("/fb-pushbench-XXXXXX"));
    const quint16 port = freePort();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QProcess store;
    store.start(binary,
                { QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(port),
                  QStringLiteral("-storageDataPath=%1").arg(data.path()),
                  QStringLiteral("-loggerLevel=ERROR"), QStringLiteral("-search.latencyOffset=0s"),
                  QStringLiteral("-search.disableCache") });
    QNetworkAccessManager manager;
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        up = httpGet(manager, QUrl(base + QStringLiteral("/health"))).startsWith("OK");
        if (!up)
            QThread::msleep(100);
    }
    if (!up) {
        std::fprintf(stderr, "fb_pushbench: victoria-metrics did not start\n");
        return 1;
    }

    InfluxPusher pusher(QUrl(base + QStringLiteral("/write")));
    IngestBatch batch;
    for (int id = 0; id < kSeries; ++id)
        batch.newSeries.push_back({ id, QStringLiteral("feed%1").arg(id % kFeeds),
                                    QStringLiteral("SYM%1").arg(id / kFeeds),
                                    QStringLiteral("/p") });
    pusher.addBatch(batch);
    batch.newSeries.clear();

    // Sample n: series n % 1000 at start + n / 1000 ms, so each series has one sample a ms.
    const double startMs = double(QDateTime::currentMSecsSinceEpoch()) - 60'000.0;
    const qint64 total = qint64(rate * seconds);
    qint64 offered = 0;
    qint64 peakBuffered = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer offer;
    offer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&offer, &QTimer::timeout, [&] {
        const qint64 owed
            = std::min(total, qint64(rate * double(clock.nsecsElapsed()) / 1e9)) - offered;
        batch.samples.resize(size_t(std::max<qint64>(0, owed)));
        for (SamplePoint &s : batch.samples) {
            s.seriesId = int(offered % kSeries);
            s.timeMs = startMs + double(offered / kSeries);
            s.value = double(offered % 100'000) * 0.25;
            ++offered;
        }
        pusher.addBatch(batch);
        peakBuffered = std::max(peakBuffered, pusher.bufferedPoints());
        if (offered >= total) {
            offer.stop();
            pusher.drain(120000);
        }
    });
    QEventLoop done;
    QObject::connect(&pusher, &InfluxPusher::drained, &done, &QEventLoop::quit);
    offer.start(10);
    done.exec();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;

    quint64 pushed = 0, dropped = 0;
    for (int f = 0; f < kFeeds; ++f) {
        pushed += pusher.pushed(QStringLiteral("feed%1").arg(f));
        dropped += pusher.dropped(QStringLiteral("feed%1").arg(f));
    }
    httpGet(manager, QUrl(base + QStringLiteral("/internal/force_flush")));
    QThread::msleep(1500);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"),
                       QStringLiteral("sum(count_over_time({__name__=~\"feed[0-7]_p\"}[1d]))"));
    query.addQueryItem(
        QStringLiteral("time"),
        QString::number(qint64(startMs / 1000.0 + seconds * rate / kSeries / 1000.0 + 120.0)));
    QUrl url(base + QStringLiteral("/api/v1/query"));
    url.setQuery(query);
    const QJsonArray result = QJsonDocument::fromJson(httpGet(manager, url))
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("result"))
                                  .toArray();
    const double stored = result.isEmpty() ? 0.0
                                           : result.first()
                                                 .toObject()
                                                 .value(QStringLiteral("value"))
                                                 .toArray()
                                                 .at(1)
                                                 .toString()
                                                 .toDouble();
    store.terminate();
    store.waitForFinished(15000);

    const double sustained = double(pushed) / elapsed;
    std::printf("fb_pushbench: %d series on %d feeds into victoria-metrics on 127.0.0.1\n", kSeries,
                kFeeds);
    std::printf("  offered   %.0f samples/s for %.1f s (%lld samples)\n", rate, seconds,
                static_cast<long long>(total));
    std::printf("  sustained %.0f samples/s (pushed %llu in %.2f s, until drained; floor >= %.0f: "
                "%.2fx)\n",
                sustained, static_cast<unsigned long long>(pushed), elapsed, kFloor,
                sustained / kFloor);
    std::printf("  dropped   %llu, peak buffered %lld points\n",
                static_cast<unsigned long long>(dropped), static_cast<long long>(peakBuffered));
    std::printf("  read back %.0f samples (%s)\n", stored,
                qint64(stored) == qint64(pushed) ? "all" : "MISMATCH");
    const bool ok = sustained >= kFloor && dropped == 0 && qint64(stored) == qint64(pushed);
    std::printf("  %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 2;
}
