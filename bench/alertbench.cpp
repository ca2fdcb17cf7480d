// fb_alertbench: what alert rules cost the ingest pipeline (issue 14's floor: >= 0.9x). Two
// IngestEngines in one process decode the same frames (see enginepair.h): one without rules,
// one with 50 rules, 10 of them globbed over every key and most of them true on every sample
// (an alert that fires on every sample and stays firing). `--a-a` gives both engines no rules: the
// bench's own noise. Resident memory is printed after the first and the last rules round: the
// evaluator must not grow with samples.
//
// `--monotonic-times`: every frame a later data time, as a live feed has (the pool's own times
// repeat every 64k frames, and a time going back is the change windows' cheapest case).
//
//   fb_alertbench [--frames 1000000] [--rounds 5] [--a-a] [--monotonic-times]
#include "alerts/alertrule.h"
#include "enginepair.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace {
using EnginePair::kSymbols;

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sameOpt(
        QStringLiteral("a-a"),
        QStringLiteral("give the second engine no rules either: the bench's own noise"));
    const QCommandLineOption monotonicOpt(
        QStringLiteral("monotonic-times"),
        QStringLiteral("data times that never go back (a live feed), not the pool's cycle"));
    parser.addOptions({ sameOpt, monotonicOpt });
    const auto [frames, rounds] = EnginePair::parseArgs(parser, app);

    QString error;
    const auto rules = AlertRules::fromJson(QJsonDocument::fromJson(rulesJson()).array(), &error);
    if (!rules || rules->size() != 50) {
        std::fprintf(stderr, "fb_alertbench: %s\n", qPrintable(error));
        return 1;
    }
    IngestEngine plain;
    IngestEngine alerting;
    for (IngestEngine *engine : { &plain, &alerting })
        engine->addReplayFeed(EnginePair::tickFeed());
    if (!parser.isSet(sameOpt))
        alerting.setAlertRules(*rules);
    long long transitions = 0;
    QObject::connect(&alerting, &IngestEngine::alertTransition, &app,
                     [&transitions](const AlertEvent &) { ++transitions; });

    const EnginePair::Result r
        = EnginePair::run(plain, alerting, frames, rounds, parser.isSet(monotonicOpt));
    const std::vector<AlertStatus> status = alerting.alertStatus();
    const long long firing = std::count_if(status.begin(), status.end(), [](const AlertStatus &s) {
        return s.state == AlertStatus::State::Firing;
    });
    const double a = r.referenceRate;
    const double b = r.loadedRate;
    std::printf("alerts: %lld frames x %d rounds, %d symbols x 4 fields\n", frames, rounds,
                kSymbols);
    std::printf("ingest without rules      %12.0f msg/s\n", a);
    std::printf("ingest with 50 rules      %12.0f msg/s  (%zu instances, %lld firing, %lld "
                "transitions)\n",
                b, status.size(), firing, transitions);
    std::printf("ratio %.3f  (floor >= 0.9: %s)\n", b / a, b / a >= 0.9 ? "met" : "NOT met");
    const double ca = r.referenceCpuNs;
    const double cb = r.loadedCpuNs;
    std::printf("cpu per message: %.0f ns without rules, %.0f ns with 50 rules: ratio %.3f\n", ca,
                cb, ca / cb);
    std::printf("best rounds: %.0f msg/s without rules, %.0f with: ratio %.3f; cpu per message "
                "%.0f ns / %.0f ns: ratio %.3f\n",
                r.referenceBestRate, r.loadedBestRate, r.loadedBestRate / r.referenceBestRate,
                r.referenceBestCpuNs, r.loadedBestCpuNs, r.referenceBestCpuNs / r.loadedBestCpuNs);
    std::printf("rss_kb after first rules round %lld, after last %lld\n", r.rssFirstKb,
                r.rssLastKb);
    // The line scripts/bench.sh reads.
    std::printf("alerts none_rate=%.0f rules_rate=%.0f ratio=%.3f cpu_ratio=%.3f "
                "rss_growth_kb=%lld\n",
                a, b, b / a, ca / cb, r.rssLastKb - r.rssFirstKb);
    std::fflush(stdout);
    return 0;
}
