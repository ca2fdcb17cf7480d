// fb_servicebench: the cost of a /metrics scrape (issue 17 floor: <= 10 ms with 8 feeds and
// 1,000 exposed series). An IngestEngine with 8 feeds and 1,000 series chosen by
// --metrics-series globs, served by MetricsService on 127.0.0.1; scraped over HTTP with
// QNetworkAccessManager --scrapes times. Prints the median and p99 scrape time, and the time of
// formatting alone for reference.
// Then ingest while scraped (floor: >= 0.95x): the same engine setup fed frames of 8 feeds x
// 125 keys (1,000 series) as fast as it takes them for --ingest-seconds, without (A) and with
// (B) a scraper thread GETting /metrics every second, in the order A B B A, --rounds times;
// prints frames/s of each and the ratio B/A of the sums.
//
//   fb_servicebench [--scrapes N] [--ingest-seconds S] [--rounds R]
#include "model/ingestbatch.h"
#include "service/metricsservice.h"
#include "session/ingestengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
// GETs /metrics every second from its own thread, as Prometheus would from outside.
class Scraper final : public QObject
{
public:
    explicit Scraper(const QUrl &url)
        : m_url(url)
    { }
    void start()
    {
        m_manager = new QNetworkAccessManager(this);
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            QNetworkReply *reply = m_manager->get(QNetworkRequest(m_url));
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                if (reply->readAll().count("feedboard_series_value{") == 1000)
                    m_complete.fetchAndAddRelaxed(1);
                reply->deleteLater();
            });
        });
        timer->start(1000);
    }
    int complete() const { return m_complete.loadRelaxed(); }

private:
    QUrl m_url;
    QNetworkAccessManager *m_manager = nullptr;
    QAtomicInt m_complete;
};

FeedSpec keyedFeed(int f)
{
    FeedSpec spec;
    spec.name = QStringLiteral("feed%1").arg(f);
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:1/%1").arg(f));
    QString error;
    spec.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } },
        &error);
    return spec;
}

// Frames per second an engine with 8 feeds, 1,000 series and --serve takes in `seconds`
// (drained to the end), scraped every second from another thread when `scraped`.
double ingestRate(const std::vector<QByteArray> &frames, double seconds, bool scraped, int *scrapes)
{
    IngestEngine engine;
    for (int f = 0; f < 8; ++f)
        engine.addReplayFeed(keyedFeed(f));
    ServiceOptions options;
    QString error;
    options.serve = ServeAddress::parse(QStringLiteral("127.0.0.1:0"), &error);
    options.metricsSeries << *SeriesPattern::parse(QStringLiteral("*/*/*"), &error);
    MetricsService service(&engine, options);
    if (!service.start(&error))
        return 0;
    QThread thread;
    Scraper scraper(QUrl(service.url() + QStringLiteral("metrics")));
    if (scraped) {
        scraper.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(&scraper, [&scraper] { scraper.start(); });
    }
    engine.start();
    QElapsedTimer clock;
    clock.start();
    qint64 n = 0;
    qint64 timeUs = 1'795'687'200'000'000;
    while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 5000; ++i, ++n)
            engine.ingestText(int(n % 8), frames[size_t(n % qint64(frames.size()))], timeUs += 10);
        QCoreApplication::processEvents(); // the engine's timers and the HTTP server
    }
    engine.stop();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    if (scraped) {
        // Its timer and network objects go on the thread they live on.
        QMetaObject::invokeMethod(
            &scraper, [&scraper] { qDeleteAll(scraper.children()); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        *scrapes += scraper.complete();
    }
    return double(n) / elapsed;
}

void ingestWhileScraped(double seconds, int rounds)
{
    // Frame i goes to feed i % 8 with key K(i / 8 % 125): every series gets a value.
    std::vector<QByteArray> frames;
    for (int i = 0; i < 8 * 125 * 4; ++i)
        frames.push_back(R"({"s":"K)" + QByteArray::number(i / 8 % 125) + R"(","p":)"
                         + QByteArray::number(100.0 + i * 0.01, 'f', 2) + '}');
    double plain = 0, scraped = 0;
    int scrapes = 0;
    // A discarded warm-up run: the first one pays for caches and allocations.
    ingestRate(frames, seconds / 2, false, &scrapes);
    for (int r = 0; r < rounds; ++r) {
        for (const bool withScrape : { false, true, true, false }) {
            const double rate = ingestRate(frames, seconds, withScrape, &scrapes);
            (withScrape ? scraped : plain) += rate;
            std::printf("  ingest %s %.0f frames/s\n",
                        withScrape ? "B (scraped):  " : "A (no scrape):", rate);
            std::fflush(stdout);
        }
    }
    std::printf("ingest while scraped every 1 s, 8 feeds, 1000 series, ABBA x %d, %.0f s each: "
                "scraped/unscraped = %.3f (floor 0.95) %s; %d complete scrapes\n",
                rounds, seconds, scraped / plain, scraped / plain >= 0.95 ? "ok" : "BELOW",
                scrapes);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scrapesOpt(QStringLiteral("scrapes"), QStringLiteral("scrapes"),
                                        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOption(scrapesOpt);
    parser.addOption({ QStringLiteral("ingest-seconds"),
                       QStringLiteral("Seconds of each ingest run (0: none)."), QStringLiteral("S"),
                       QStringLiteral("4") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("ABBA rounds."),
                       QStringLiteral("R"), QStringLiteral("2") });
    parser.process(app);
    const int scrapes = std::max(10, parser.value(scrapesOpt).toInt());

    IngestEngine engine;
    for (int f = 0; f < 8; ++f) {
        FeedSpec spec;
        spec.name = QStringLiteral("feed%1").arg(f);
        spec.url = QUrl(QStringLiteral("ws://127.0.0.1:1/%1").arg(f));
        engine.addReplayFeed(spec);
    }
    ServiceOptions options;
    QString error;
    options.serve = ServeAddress::parse(QStringLiteral("127.0.0.1:0"), &error);
    options.metricsSeries << *SeriesPattern::parse(QStringLiteral("*/*/*"), &error);
    MetricsService service(&engine, options);
    if (!service.start(&error)) {
        std::fprintf(stderr, "fb_servicebench: %s\n", qPrintable(error));
        return 1;
    }
    // 1,000 series (125 keys per feed), each with a value, as the engine would announce them.
    IngestBatch batch;
    for (int id = 0; id < 1000; ++id) {
        batch.newSeries.push_back({ id, QStringLiteral("feed%1").arg(id % 8),
                                    QStringLiteral("SYMBOL%1").arg(id / 8), QStringLiteral("/p") });
        batch.samples.push_back({ id, 1795687200123.0 + id, 100.0 + id * 0.01 });
    }
    Q_EMIT engine.batchReady(batch);

    QElapsedTimer clock;
    clock.start();
    qsizetype bytes = 0;
    for (int i = 0; i < scrapes; ++i)
        bytes = ServiceFormat::prometheusText(service.snapshot()).size();
    const double formatMs = double(clock.nsecsElapsed()) / 1e6 / scrapes;

    QNetworkAccessManager manager;
    const QUrl url(service.url() + QStringLiteral("metrics"));
    std::vector<double> times;
    for (int i = 0; i < scrapes; ++i) {
        clock.restart();
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (reply->readAll().count("feedboard_series_value{") != 1000) {
            std::fprintf(stderr, "fb_servicebench: a scrape lacked series\n");
            return 1;
        }
        reply->deleteLater();
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    const double p99 = times[std::min(times.size() - 1, times.size() * 99 / 100)];
    std::printf("metrics scrape, 8 feeds, 1000 series, %lld B: median=%.2f ms p99=%.2f ms "
                "(floor 10 ms) %s; formatting alone, mean %.2f ms\n",
                static_cast<long long>(bytes), median, p99, p99 <= 10.0 ? "ok" : "ABOVE", formatMs);
    std::fflush(stdout);
    const double ingestSeconds = parser.value(QStringLiteral("ingest-seconds")).toDouble();
    if (ingestSeconds > 0)
        ingestWhileScraped(ingestSeconds,
                           std::max(1, parser.value(QStringLiteral("rounds")).toInt()));
    return 0;
}
