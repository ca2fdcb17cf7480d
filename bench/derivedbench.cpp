// fb_derivedbench: what derived series cost the ingest pipeline (issue 15's floor: ingest
// with 20 derived series on a flat feed >= 0.85x ingest without them, same run). Two
// IngestEngines in one process decode the same frames (see enginepair.h): one without derived
// series, one with 20: twelve over one symbol's own record (spread, mid, notional, ema, sma,
// rate, delta, ...) and eight across symbols (ratios and differences of two held prices).
// `--per-key` makes every rule one series per symbol (20 x 64 = 1,280 series, every record
// evaluating 20 expressions): the heavy case, for information. `--a-a`: no rules on either
// engine, the bench's own noise.
//
//   fb_derivedbench [--frames 1000000] [--rounds 5] [--per-key] [--a-a]
#include "derived/derivedrule.h"
#include "enginepair.h"

#include <QCommandLineParser>

namespace {

QJsonArray rulesJson(bool perKey)
{
    const char *own[] = {
        "{/a} - {/b}",  "({/a} + {/b}) / 2",
        "{/p} * {/v}",  "ema({/p}, 5)",
        "sma({/p}, 2)", "rate({/v})",
        "delta({/p})",  "abs({/p} - ({/a} + {/b}) / 2) / {/p} * 10000",
        "ln({/p})",     "max({/a}, {/b}) - min({/a}, {/b})",
        "sqrt({/v})",   "ema(({/a} - {/b}) / {/p}, 10)",
    };
    QJsonArray rules;
    int n = 0;
    for (const char *expr : own) {
        rules.append(
            QJsonObject { { QStringLiteral("name"), QStringLiteral("own%1").arg(n) },
                          { QStringLiteral("feed"), QStringLiteral("bench") },
                          { QStringLiteral("key"),
                            perKey ? QStringLiteral("*")
                                   : QStringLiteral("SYM%1").arg(n, 3, 10, QLatin1Char('0')) },
                          { QStringLiteral("expr"), QLatin1String(expr) } });
        ++n;
    }
    for (int i = 0; i < 8; ++i) {
        const QString a
            = QStringLiteral("{bench:SYM%1:/p}").arg(12 + 2 * i, 3, 10, QLatin1Char('0'));
        const QString b
            = QStringLiteral("{bench:SYM%1:/p}").arg(13 + 2 * i, 3, 10, QLatin1Char('0'));
        QJsonObject rule { { QStringLiteral("name"), QStringLiteral("cross%1").arg(i) },
                           { QStringLiteral("expr"),
                             QString(a + (i % 2 ? QStringLiteral(" / ") : QStringLiteral(" - "))
                                     + b) } };
        if (perKey) { // one per symbol: the record's price against a held one
            rule.insert(QStringLiteral("feed"), QStringLiteral("bench"));
            rule.insert(QStringLiteral("key"), QStringLiteral("*"));
            rule.insert(QStringLiteral("expr"), QString(QStringLiteral("{/p} / ") + b));
        }
        rules.append(rule);
    }
    return rules;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption perKeyOpt(QStringLiteral("per-key"),
                                       QStringLiteral("every rule one series per symbol"));
    const QCommandLineOption sameOpt(
        QStringLiteral("a-a"),
        QStringLiteral("give the second engine no derived series either: the bench's noise"));
    parser.addOptions({ perKeyOpt, sameOpt });
    const auto [frames, rounds] = EnginePair::parseArgs(parser, app);
    const bool perKey = parser.isSet(perKeyOpt);

    QString error;
    const auto rules = DerivedRules::fromJson(rulesJson(perKey), &error);
    if (!rules || rules->size() != 20) {
        std::fprintf(stderr, "fb_derivedbench: %s\n", qPrintable(error));
        return 1;
    }
    IngestEngine plain;
    IngestEngine deriving;
    for (IngestEngine *engine : { &plain, &deriving })
        engine->addReplayFeed(EnginePair::tickFeed());
    if (!parser.isSet(sameOpt))
        deriving.setDerivedRules(*rules);

    const EnginePair::Result r = EnginePair::run(plain, deriving, frames, rounds);
    const std::vector<DerivedStatus> status = deriving.derivedStatus();
    quint64 results = 0, notFinite = 0;
    for (const DerivedStatus &s : status) {
        results += s.samples;
        notFinite += s.notFinite;
    }
    const double a = r.referenceRate;
    const double b = r.loadedRate;
    std::printf("derived: %lld frames x %d rounds, %d symbols x 4 fields%s\n", frames, rounds,
                EnginePair::kSymbols, perKey ? ", every rule per symbol" : "");
    std::printf("ingest without derived series  %12.0f msg/s\n", a);
    std::printf("ingest with %4zu derived series %12.0f msg/s  (%llu results, %llu not finite)\n",
                status.size(), b, static_cast<unsigned long long>(results),
                static_cast<unsigned long long>(notFinite));
    std::printf("ratio %.3f  (floor >= 0.85 with 20 series: %s)\n", b / a,
                b / a >= 0.85 ? "met" : "NOT met");
    std::printf("cpu per message: %.0f ns without, %.0f ns with: ratio %.3f\n", r.referenceCpuNs,
                r.loadedCpuNs, r.referenceCpuNs / r.loadedCpuNs);
    std::printf("rss_kb after first derived round %lld, after last %lld\n", r.rssFirstKb,
                r.rssLastKb);
    // The line scripts/bench.sh reads.
    std::printf("derived series=%zu none_rate=%.0f derived_rate=%.0f ratio=%.3f cpu_ratio=%.3f "
                "rss_growth_kb=%lld\n",
                status.size(), a, b, b / a, r.referenceCpuNs / r.loadedCpuNs,
                r.rssLastKb - r.rssFirstKb);
    std::fflush(stdout);
    return 0;
}
