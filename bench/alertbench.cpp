// fb_alertbench: what alert rules cost the ingest pipeline (issue 14's floor: >= 0.9x). Two
// IngestEngines in one process decode the same frames (64 symbols, fields /p /b /a /v, as
// fb_loadgen's ticks), handed in as a replay hands them (ingestText: no sockets, so the
// figure is the decode side, where rules run): one without rules, one with 50 rules, 10 of
// them globbed over every key and most of them true on every sample (an alert that fires on
// every sample and stays firing). Rounds alternate between the two (ABBA); each figure is
// the median round. `--a-a` gives both engines no rules: the bench's own noise. Resident
// memory is printed after the first and the last rules round: the evaluator must not grow
// with samples.
//
//   fb_alertbench [--frames 1000000] [--rounds 5]
#include "alerts/alertrule.h"
#include "benchclock.h"
#include "session/ingestengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
constexpr int kSymbols = 64;

QByteArray rulesJson()
{
    QJsonArray rules;
    const auto series = [](const QString &key, const QString &field) {
        return QJsonObject { { QStringLiteral("feed"), QStringLiteral("bench") },
                             { QStringLiteral("key"), key },
                             { QStringLiteral("field"), field } };
    };
    const auto add = [&rules](QJsonObject rule) {
        rule.insert(QStringLiteral("name"), QStringLiteral("rule %1").arg(rules.size()));
        rules.append(rule);
    };
    // 10 over every key.
    for (const char *field : { "/p", "/b", "/a", "/v" })
        add({ { QStringLiteral("series"), series(QStringLiteral("*"), QLatin1String(field)) },
              { QStringLiteral("above"), -1 } });
    for (const char *field : { "/p", "/a" })
        add({ { QStringLiteral("series"), series(QStringLiteral("SYM*"), QLatin1String(field)) },
              { QStringLiteral("below"), 1e12 } });
    for (const char *field : { "/p", "/b" })
        add({ { QStringLiteral("series"), series(QStringLiteral("*"), QLatin1String(field)) },
              { QStringLiteral("changePercent"), 50 },
              { QStringLiteral("withinMs"), 1000 } });
    for (const char *field : { "/v", "/a" })
        add({ { QStringLiteral("series"), series(QStringLiteral("*"), QLatin1String(field)) },
              { QStringLiteral("staleMs"), 60000 } });
    // 40 on one symbol or on the feed.
    for (int i = 0; i < 20; ++i)
        add({ { QStringLiteral("series"),
                series(QStringLiteral("SYM%1").arg(i, 3, 10, QLatin1Char('0')),
                       QStringLiteral("/p")) },
              { QStringLiteral("above"), 0 },
              { QStringLiteral("forMs"), 10 } });
    for (int i = 20; i < 30; ++i)
        add({ { QStringLiteral("series"),
                series(QStringLiteral("SYM%1").arg(i, 3, 10, QLatin1Char('0')),
                       QStringLiteral("/p")) },
              { QStringLiteral("changeBy"), 1000 },
              { QStringLiteral("withinMs"), 5000 } });
    for (int i = 0; i < 2; ++i) {
        add({ { QStringLiteral("feed"), QStringLiteral("bench") },
              { QStringLiteral("staleMs"), 60000 } });
        add({ { QStringLiteral("feed"), QStringLiteral("bench") },
              { QStringLiteral("notOpenMs"), 600000 } });
        add({ { QStringLiteral("feed"), QStringLiteral("bench") },
              { QStringLiteral("errorsPerSecond"), 100 } });
        add({ { QStringLiteral("feed"), QStringLiteral("bench") },
              { QStringLiteral("logLevel"), QStringLiteral("ERROR") },
              { QStringLiteral("match"), QStringLiteral("timeout|refused") } });
        add({ { QStringLiteral("feed"), QStringLiteral("*") },
              { QStringLiteral("logLevel"), QStringLiteral("WARN") },
              { QStringLiteral("count"), 10 } });
    }
    return QJsonDocument(rules).toJson(QJsonDocument::Compact);
}

long long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("frames per round"),
                                       QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
                                       QStringLiteral("rounds per configuration"),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sameOpt(
        QStringLiteral("a-a"),
        QStringLiteral("give the second engine no rules either: the bench's own noise"));
    parser.addOptions({ framesOpt, roundsOpt, sameOpt });
    parser.process(app);
    const long long frames = std::max(1000LL, parser.value(framesOpt).toLongLong());
    const int rounds = std::max(1, parser.value(roundsOpt).toInt());

    // 64k distinct frames, cycled: every symbol, prices that move.
    std::vector<QByteArray> pool;
    const long long startMs = BenchClock::epochUs() / 1000;
    for (int i = 0; i < 65536; ++i) {
        char buf[200];
        const double price = 100.0 + (i % 977) * 0.01;
        std::snprintf(buf, sizeof buf,
                      R"({"s":"SYM%03d","t":%lld,"p":%.4f,"b":%.4f,"a":%.4f,"v":%d})", i % kSymbols,
                      startMs + i, price, price - 0.01, price + 0.01, 100 + i % 50);
        pool.emplace_back(buf);
    }

    QString error;
    const auto decode = DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("time"), QStringLiteral("/t") },
                      { QStringLiteral("fields"),
                        QJsonArray { QStringLiteral("/p"), QStringLiteral("/b"),
                                     QStringLiteral("/a"), QStringLiteral("/v") } } },
        &error);
    const auto rules = AlertRules::fromJson(QJsonDocument::fromJson(rulesJson()).array(), &error);
    if (!decode || !rules || rules->size() != 50) {
        std::fprintf(stderr, "fb_alertbench: %s\n", qPrintable(error));
        return 1;
    }
    FeedSpec spec;
    spec.name = QStringLiteral("bench");
    spec.decode = *decode;
    IngestEngine plain;
    IngestEngine alerting;
    for (IngestEngine *engine : { &plain, &alerting }) {
        engine->addReplayFeed(spec);
        engine->setFlushIntervalMs(1000000); // batches by size, as under load
    }
    if (!parser.isSet(sameOpt))
        alerting.setAlertRules(*rules);
    long long transitions = 0;
    QObject::connect(&alerting, &IngestEngine::alertTransition, &app,
                     [&transitions](const AlertEvent &) { ++transitions; });

    long long receiveUs = startMs * 1000;
    // Wall-clock rate and CPU per message (both threads), per round: on a shared machine the
    // CPU figure is the steadier of the two.
    std::vector<double> cpuNone, cpuRules;
    const auto round = [&](IngestEngine &engine, std::vector<double> *cpuNs = nullptr) {
        const double cpuBefore = BenchClock::cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        for (long long i = 0; i < frames; ++i)
            engine.ingestText(0, pool[size_t(i) % pool.size()], ++receiveUs);
        (void)engine.stats(); // waits for the decode stage
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (cpuNs)
            cpuNs->push_back((BenchClock::cpuSeconds() - cpuBefore) * 1e9 / double(frames));
        QCoreApplication::processEvents(); // the sealed batches' queued emits
        return double(frames) / seconds;
    };
    round(plain); // warm-up: series registered, buffers grown
    round(alerting);
    std::vector<double> none, withRules;
    long long rssFirst = -1;
    for (int r = 0; r < rounds; ++r) {
        // ABBA: which engine runs first alternates, so neither gains from going first.
        if (r % 2 == 0) {
            none.push_back(round(plain, &cpuNone));
            withRules.push_back(round(alerting, &cpuRules));
        } else {
            withRules.push_back(round(alerting, &cpuRules));
            none.push_back(round(plain, &cpuNone));
        }
        if (r == 0)
            rssFirst = rssKb();
    }
    const long long rssLast = rssKb();
    const std::vector<AlertStatus> status = alerting.alertStatus();
    const long long firing = std::count_if(status.begin(), status.end(), [](const AlertStatus &s) {
        return s.state == AlertStatus::State::Firing;
    });
    const double a = median(none);
    const double b = median(withRules);
    std::printf("alerts: %lld frames x %d rounds, %d symbols x 4 fields\n", frames, rounds,
                kSymbols);
    std::printf("ingest without rules      %12.0f msg/s\n", a);
    std::printf("ingest with 50 rules      %12.0f msg/s  (%zu instances, %lld firing, %lld "
                "transitions)\n",
                b, status.size(), firing, transitions);
    std::printf("ratio %.3f  (floor >= 0.9: %s)\n", b / a, b / a >= 0.9 ? "met" : "NOT met");
    const double ca = median(cpuNone);
    const double cb = median(cpuRules);
    std::printf("cpu per message: %.0f ns without rules, %.0f ns with 50 rules: ratio %.3f\n", ca,
                cb, ca / cb);
    std::printf("rss_kb after first rules round %lld, after last %lld\n", rssFirst, rssLast);
    // The line scripts/bench.sh reads.
    std::printf("alerts none_rate=%.0f rules_rate=%.0f ratio=%.3f cpu_ratio=%.3f "
                "rss_growth_kb=%lld\n",
                a, b, b / a, ca / cb, rssLast - rssFirst);
    std::fflush(stdout);
    return 0;
}
