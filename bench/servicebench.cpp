// fb_servicebench: the cost of a /metrics scrape (issue 17 floor: <= 10 ms with 8 feeds and
// 1,000 exposed series). An IngestEngine with 8 feeds and 1,000 series chosen by
// --metrics-series globs, served by MetricsService on 127.0.0.1; scraped over HTTP with
// QNetworkAccessManager --scrapes times. Prints the median and p99 scrape time, and the time of
// formatting alone for reference.
//
//   fb_servicebench [--scrapes N]
#include "model/ingestbatch.h"
#include "service/metricsservice.h"
#include "session/ingestengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scrapesOpt(QStringLiteral("scrapes"), QStringLiteral("scrapes"),
                                        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOption(scrapesOpt);
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
    return 0;
}
