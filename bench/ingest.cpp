// fb_ingest: FeedBoard's headless pipeline under load. One IngestEngine (FeedConnection ->
// optional capture -> FrameDecoder -> batches) feeding a SeriesStore and a LogStore, exactly
// as the GUI's worker and DashboardData do, but on one thread. Counts until every frame sent
// arrived and was decoded and stored, then prints the shared result line plus a check line.
//
//   fb_ingest --url ws://127.0.0.1:PORT/ --connections 1 --expect 3000000 [--record FILE]
//             [--auto | --decode '{"root":"/data","key":"/s"}']
#include "benchclock.h"
#include "model/ingestbatch.h"
#include "session/ingestengine.h"
#include "store/logstore.h"
#include "store/seriesstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("feed URL"),
                                 QStringLiteral("URL"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("feeds"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("frames in total"),
                                    QStringLiteral("N"));
    const QCommandLineOption record(QStringLiteral("record"), QStringLiteral("capture file"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption autoFields(
        QStringLiteral("auto"), QStringLiteral("discover fields instead of mapping /p /b /a /v"));
    const QCommandLineOption decodeJson(
        QStringLiteral("decode"),
        QStringLiteral(
            "the feed's decode object as JSON (a profile's \"decode\"); overrides --auto"),
        QStringLiteral("JSON"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("give up after S seconds"), QStringLiteral("S"),
                                     QStringLiteral("120"));
    parser.addOptions({ url, connections, expect, record, autoFields, decodeJson, timeout });
    parser.process(app);

    const long long expected = parser.value(expect).toLongLong();
    const int n = std::max(1, parser.value(connections).toInt());
    QJsonObject decode { { QStringLiteral("key"), QStringLiteral("/s") },
                         { QStringLiteral("time"), QStringLiteral("/t") } };
    if (!parser.isSet(autoFields))
        decode.insert(QStringLiteral("fields"),
                      QJsonArray { QStringLiteral("/p"), QStringLiteral("/b"), QStringLiteral("/a"),
                                   QStringLiteral("/v") });
    if (parser.isSet(decodeJson))
        decode = QJsonDocument::fromJson(parser.value(decodeJson).toUtf8()).object();
    QString error;
    const auto config = DecodeConfig::fromJson(decode, &error);
    if (!config) {
        std::fprintf(stderr, "fb_ingest: --decode: %s\n", qPrintable(error));
        return 1;
    }
    IngestEngine engine;
    for (int i = 0; i < n; ++i) {
        FeedSpec spec;
        spec.name = QStringLiteral("bench%1").arg(i);
        spec.url = QUrl(parser.value(url));
        spec.decode = *config;
        spec.pingIntervalMs = 0;
        engine.addFeed(spec);
    }
    if (parser.isSet(record) && !engine.startCapture(parser.value(record), &error)) {
        std::fprintf(stderr, "fb_ingest: %s\n", qPrintable(error));
        return 1;
    }
    SeriesStore store; // the GUI's default cap per series
    LogStore logs; // the GUI's default capacity
    QObject::connect(&engine, &IngestEngine::batchReady, &app,
                     [&store, &logs](const IngestBatch &batch) {
                         for (const SeriesInfo &info : batch.newSeries)
                             store.addSeries(info);
                         for (const SamplePoint &sample : batch.samples)
                             store.append(sample);
                         logs.append(batch.logs);
                     });

    QElapsedTimer clock;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    const auto totals = [&engine](quint64 FeedStats::*member) {
        quint64 sum = 0;
        for (const FeedStats &s : engine.stats())
            sum += s.*member;
        return sum;
    };
    const auto finish = [&] {
        poll.stop();
        engine.stop(); // flushes the last batch into the store and closes the capture
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const long long frames = (long long)totals(&FeedStats::frames);
        long long stored = 0; // appended, not retained: the rings may have wrapped
        for (int id : store.seriesIds())
            stored += (long long)store.buffer(id).appended();
        BenchClock::printResult(parser.isSet(record) ? "feedboard+capture" : "feedboard", frames,
                                expected, seconds);
        std::printf("check decoded=%llu errors=%llu samples=%llu logs=%llu slow_path=%llu "
                    "stored=%lld series=%d\n",
                    (unsigned long long)totals(&FeedStats::decoded),
                    (unsigned long long)totals(&FeedStats::errors),
                    (unsigned long long)totals(&FeedStats::samples),
                    (unsigned long long)totals(&FeedStats::logRecords),
                    (unsigned long long)totals(&FeedStats::slowPathFrames), stored,
                    store.seriesCount());
        std::fflush(stdout);
        QCoreApplication::exit(frames == expected ? 0 : 3);
    };
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (clock.isValid() && (long long)totals(&FeedStats::frames) >= expected)
            finish();
    });
    // The generator sends once every client is connected: start the clock at the last open.
    QObject::connect(&engine, &IngestEngine::feedEvent, &app, [&] {
        int open = 0;
        for (const FeedStats &s : engine.stats())
            open += s.state == FeedState::Open ? 1 : 0;
        if (open == n && !clock.isValid())
            clock.start();
    });
    poll.start();
    QTimer::singleShot(parser.value(timeout).toInt() * 1000, &app, finish);
    engine.start();
    return app.exec();
}
