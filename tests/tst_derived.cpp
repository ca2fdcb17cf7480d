// Derived series (contract: "Derived series"): expressions compiled or refused with their
// position, exact values against hand-computed ones (same-record spread, cross-feed ratio with
// sample-and-hold, ema/sma/rate/delta on known sequences), not-finite results counted, and the
// headless recorder on the demo feed: the exported derived rows agree with the raw rows they
// came from, and a replay of the capture exports the same file.
#include "derived/derivedevaluator.h"
#include "derived/derivedexpression.h"
#include "feedboardrun.h"
#include "profiles/profile.h"
#include "testsupport.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <deque>

namespace {

// An evaluator over a few named series, fed record by record like the engine feeds it.
class Harness
{
public:
    explicit Harness(const QList<DerivedRule> &rules)
    {
        m_evaluator.setRules(rules);
        m_evaluator.setRegisterSeries(
            [this](const QString &feed, const QString &key, const QString &field) {
                const int id = m_next++;
                m_names.insert(id, feed + QLatin1Char('|') + key + QLatin1Char('|') + field);
                return id;
            });
    }

    // One record: its samples (field -> value) of feed `feed` (index), key and time. The
    // evaluator reads the key until the frame ends (as the decoder's strings live in the
    // engine), so the harness keeps each key of the frame alive until endFrame().
    void record(int feedIndex, const QString &feed, const QString &keyOfRecord, double timeMs,
                const QList<std::pair<QString, double>> &fields)
    {
        m_frameKeys.push_back(keyOfRecord);
        const QString &key = m_frameKeys.back();
        for (const auto &[field, value] : fields) {
            const QString name = feed + QLatin1Char('|') + key + QLatin1Char('|') + field;
            int id = m_ids.value(name, -1);
            if (id < 0) {
                id = m_next++;
                m_ids.insert(name, id);
                m_names.insert(id, name);
                m_evaluator.addSeries(id, feed, key, field);
            }
            m_evaluator.onSample(id, feedIndex, key, timeMs, value);
        }
    }
    void endFrame()
    {
        m_evaluator.endRecord();
        m_frameKeys.clear();
    }

    // Results so far as "feed|key|name@time=value".
    QStringList take()
    {
        QStringList out;
        for (const DerivedSample &s : m_evaluator.results())
            out << QStringLiteral("%1@%2=%3")
                       .arg(m_names.value(s.seriesId))
                       .arg(s.timeMs, 0, 'f', 0)
                       .arg(s.value, 0, 'g', 17);
        m_evaluator.results().clear();
        return out;
    }
    DerivedEvaluator &evaluator() { return m_evaluator; }

private:
    DerivedEvaluator m_evaluator;
    QHash<QString, int> m_ids;
    QHash<int, QString> m_names;
    std::deque<QString> m_frameKeys; // stable addresses until endFrame()
    int m_next = 0;
};

DerivedRule rule(const QString &name, const QString &expr, const QString &feed = QString(),
                 const QString &key = QString())
{
    DerivedRule r;
    r.name = name;
    r.expr = expr;
    r.feed = feed;
    r.key = key;
    return r;
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

class TestDerived : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badExpressionsRefusedWithPosition_data();
    void badExpressionsRefusedWithPosition();
    void profileNamesThePointerOfABadRule();
    void functionsOfMuParser();
    void sameRecordSpreadPerKey();
    void crossFeedRatioHoldsTheOtherInput();
    void windowsOverDataTime();
    void notFiniteResultsAreCountedNotSamples();
    void recordsOfOneFrameEvaluatedEach();
    void headlessExportAgreesWithRawRowsAndReplay();
};

void TestDerived::badExpressionsRefusedWithPosition_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<int>("position"); // counted from 1, in the user's text
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QStringLiteral("  ") << 1 << QStringLiteral("empty");
    QTest::newRow("dangling operator")
        << QStringLiteral("{/a} + ") << 8 << QStringLiteral("end of expression");
    QTest::newRow("two operators")
        << QStringLiteral("{/a} * * 2") << 8 << QStringLiteral("operator");
    QTest::newRow("unknown function")
        << QStringLiteral("2 * foo({/a})") << 5 << QStringLiteral("foo");
    QTest::newRow("not a pointer")
        << QStringLiteral("1 + {a}") << 5 << QStringLiteral("{/pointer}");
    QTest::newRow("unclosed reference") << QStringLiteral("{/a + 1") << 1 << QStringLiteral("}");
    QTest::newRow("closing without opening")
        << QStringLiteral("{/a} }") << 6 << QStringLiteral("without");
    QTest::newRow("ema without seconds")
        << QStringLiteral("1 + ema({/a})") << 5 << QStringLiteral("two arguments");
    QTest::newRow("window from data")
        << QStringLiteral("sma({/a}, {/b})") << 11 << QStringLiteral("constant");
    QTest::newRow("window of zero")
        << QStringLiteral("ema({/a}, 0)") << 11 << QStringLiteral("above 0");
    QTest::newRow("assignment") << QStringLiteral("{/a} = 3") << 6 << QStringLiteral("compare");
    QTest::newRow("reserved name")
        << QStringLiteral("_r0 + 1") << 1 << QStringLiteral("unknown name");
    QTest::newRow("inside a window")
        << QStringLiteral("rate({/a} +)") << 12 << QStringLiteral("end of expression");
    QTest::newRow("two results") << QStringLiteral("{/a}, {/b}") << 5 << QStringLiteral("one");
}

void TestDerived::badExpressionsRefusedWithPosition()
{
    QFETCH(QString, expr);
    QFETCH(int, position);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!DerivedExpression::compile(expr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("at position %1: ").arg(position)), qPrintable(error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    // muParser's names for our variables never reach the user.
    QVERIFY2(!error.contains(QLatin1String("_r0")) || expr.startsWith(QLatin1String("_r0")),
             qPrintable(error));
}

void TestDerived::profileNamesThePointerOfABadRule()
{
    QString error;
    const QByteArray bad = "{\"version\":1,\"feeds\":[],\"derived\":["
                           "{\"name\":\"ok\",\"feed\":\"t\",\"expr\":\"{/a}\"},"
                           "{\"name\":\"bad\",\"feed\":\"t\",\"expr\":\"{/a} * / 2\"}]}";
    QVERIFY(!Profile::fromJson(bad, &error));
    QVERIFY2(error.startsWith(QLatin1String("/derived/1/expr: at position 8: ")),
             qPrintable(error));
    const QByteArray noFeed = "{\"version\":1,\"feeds\":[],\"derived\":["
                              "{\"name\":\"s\",\"expr\":\"{/ask} - {/bid}\"}]}";
    QVERIFY(!Profile::fromJson(noFeed, &error));
    QVERIFY2(error.startsWith(QLatin1String("/derived/0/feed: ")), qPrintable(error));
    const QByteArray twice = "{\"version\":1,\"feeds\":[],\"derived\":["
                             "{\"name\":\"r\",\"expr\":\"{a:b:/p}\"},"
                             "{\"name\":\"r\",\"expr\":\"{a:b:/q}\"}]}";
    QVERIFY(!Profile::fromJson(twice, &error));
    QVERIFY2(error.startsWith(QLatin1String("/derived/1/name: ")), qPrintable(error));
    const QByteArray slash = "{\"version\":1,\"feeds\":[],\"derived\":["
                             "{\"name\":\"a/b\",\"expr\":\"1\"}]}";
    QVERIFY(!Profile::fromJson(slash, &error));
    QVERIFY2(error.startsWith(QLatin1String("/derived/0/name: ")), qPrintable(error));

    // A good one round-trips, unknown keys kept.
    const QByteArray good = "{\"version\":1,\"feeds\":[],\"derived\":["
                            "{\"name\":\"mid\",\"feed\":\"t\",\"key\":\"BTC*\","
                            "\"expr\":\"({/ask} + {/bid}) / 2\",\"colour\":\"red\"}]}";
    const auto profile = Profile::fromJson(good, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->derived.size(), 1);
    QCOMPARE(profile->derived.first().key, QStringLiteral("BTC*"));
    const auto again = Profile::fromJson(profile->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->derived.first().toJson().value(QStringLiteral("colour")).toString(),
             QStringLiteral("red"));
}

void TestDerived::functionsOfMuParser()
{
    // The contract's functions, each against the C library.
    const struct
    {
        const char *expr;
        double expected;
    } cases[] = {
        { "abs({/a})", 2.5 },
        { "sqrt(16) + {/a}", 4.0 - 2.5 },
        { "ln(exp(1))", 1.0 },
        { "log(1000)", std::log10(1000.0) },
        { "min({/a}, 3, -7)", -7.0 },
        { "max({/a}, 3, -7)", 3.0 },
        { "2 ^ 10 / 4 - {/a} * 2", 256.0 + 5.0 },
    };
    for (const auto &c : cases) {
        QString error;
        auto e = DerivedExpression::compile(QString::fromLatin1(c.expr), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->references().size(), size_t(e->references().empty() ? 0 : 1));
        auto state = e->newState();
        const double input = -2.5;
        double value = 0.0;
        QVERIFY(e->evaluate(&input, 0.0, state, &value));
        QVERIFY2(std::abs(value - c.expected) < 1e-12,
                 qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(c.expr)).arg(value)));
    }
}

void TestDerived::sameRecordSpreadPerKey()
{
    Harness h({ rule(QStringLiteral("spread"), QStringLiteral("{/ask} - {/bid}"),
                     QStringLiteral("trades"), QStringLiteral("BTC*")) });
    h.record(0, QStringLiteral("trades"), QStringLiteral("BTCUSDT"), 1000,
             { { QStringLiteral("/bid"), 100.25 }, { QStringLiteral("/ask"), 100.75 } });
    h.record(0, QStringLiteral("trades"), QStringLiteral("ETHUSDT"), 1000,
             { { QStringLiteral("/bid"), 7 }, { QStringLiteral("/ask"), 8 } });
    h.record(0, QStringLiteral("trades"), QStringLiteral("BTCEUR"), 1001,
             { { QStringLiteral("/ask"), 50 } }); // no bid yet: nothing
    h.record(0, QStringLiteral("trades"), QStringLiteral("BTCUSDT"), 1002,
             { { QStringLiteral("/ask"), 101.5 } }); // bid held at its latest value
    h.endFrame();
    QCOMPARE(h.take(),
             QStringList({ QStringLiteral("trades|BTCUSDT|spread@1000=0.5"),
                           QStringLiteral("trades|BTCUSDT|spread@1002=1.25") }));
    const auto status = h.evaluator().status();
    QCOMPARE(status.size(), size_t(2)); // BTCUSDT and BTCEUR; ETH does not match the glob
}

void TestDerived::crossFeedRatioHoldsTheOtherInput()
{
    Harness h({ rule(QStringLiteral("ratio"),
                     QStringLiteral("{trades:BTCUSDT:/p} / {spot:ETHUSDT:/p}")) });
    const QString p = QStringLiteral("/p");
    h.record(0, QStringLiteral("trades"), QStringLiteral("BTCUSDT"), 10, { { p, 100 } });
    h.endFrame(); // ETH has no value yet: nothing
    h.record(1, QStringLiteral("spot"), QStringLiteral("ETHUSDT"), 20, { { p, 4 } });
    h.endFrame();
    h.record(0, QStringLiteral("trades"), QStringLiteral("BTCUSDT"), 30, { { p, 110 } });
    h.record(0, QStringLiteral("trades"), QStringLiteral("XRPUSDT"), 31, { { p, 1 } }); // not read
    h.endFrame();
    h.record(1, QStringLiteral("spot"), QStringLiteral("ETHUSDT"), 40, { { p, 5 } });
    h.endFrame();
    QCOMPARE(h.take(),
             QStringList({ QStringLiteral("derived||ratio@20=25"),
                           QStringLiteral("derived||ratio@30=27.5"),
                           QStringLiteral("derived||ratio@40=22") }));
}

void TestDerived::windowsOverDataTime()
{
    const QString f = QStringLiteral("f");
    Harness h({ rule(QStringLiteral("ema"), QStringLiteral("ema({/x}, 1)"), f),
                rule(QStringLiteral("sma"), QStringLiteral("sma({/x}, 2)"), f),
                rule(QStringLiteral("rate"), QStringLiteral("rate({/x})"), f),
                rule(QStringLiteral("delta"), QStringLiteral("delta({/x} * 2)"), f) });
    const double xs[] = { 1, 3, 4, 8 };
    const double ts[] = { 0, 500, 1500, 3500 };
    for (int i = 0; i < 4; ++i) {
        h.record(0, f, QString(), ts[i], { { QStringLiteral("/x"), xs[i] } });
        h.endFrame();
    }
    // ema: alpha = 1 - exp(-dt / 1 s), from the first value.
    double ema = 1;
    QStringList expected { QStringLiteral("f||ema@0=1"), QStringLiteral("f||sma@0=1") };
    ema += (1 - std::exp(-0.5)) * (3 - ema);
    expected << QStringLiteral("f||ema@500=") + number(ema) << QStringLiteral("f||sma@500=2")
             << QStringLiteral("f||rate@500=4") << QStringLiteral("f||delta@500=4");
    ema += (1 - std::exp(-1.0)) * (4 - ema);
    // sma over (t - 2 s, t]: at 1500 all three values; at 3500 only 8 (1500 is 2 s back).
    expected << QStringLiteral("f||ema@1500=") + number(ema)
             << QStringLiteral("f||sma@1500=") + number((1.0 + 3 + 4) / 3)
             << QStringLiteral("f||rate@1500=1") << QStringLiteral("f||delta@1500=2");
    ema += (1 - std::exp(-2.0)) * (8 - ema);
    expected << QStringLiteral("f||ema@3500=") + number(ema) << QStringLiteral("f||sma@3500=8")
             << QStringLiteral("f||rate@3500=2") << QStringLiteral("f||delta@3500=8");
    QCOMPARE(h.take(), expected);
}

void TestDerived::notFiniteResultsAreCountedNotSamples()
{
    const QString f = QStringLiteral("f");
    Harness h({ rule(QStringLiteral("q"), QStringLiteral("{/a} / {/b}"), f),
                rule(QStringLiteral("root"), QStringLiteral("sqrt({/a})"), f) });
    h.record(0, f, QString(), 1, { { QStringLiteral("/a"), 1 }, { QStringLiteral("/b"), 0 } });
    h.endFrame();
    h.record(0, f, QString(), 2, { { QStringLiteral("/a"), -4 }, { QStringLiteral("/b"), 2 } });
    h.endFrame();
    QCOMPARE(h.take(), QStringList({ QStringLiteral("f||root@1=1"), QStringLiteral("f||q@2=-2") }));
    quint64 q = 0, root = 0;
    for (const DerivedStatus &s : h.evaluator().status())
        (s.name == QLatin1String("q") ? q : root) = s.notFinite;
    QCOMPARE(q, quint64(1));
    QCOMPARE(root, quint64(1));
    QCOMPARE(h.evaluator().notFiniteTotal(), quint64(2));
}

void TestDerived::recordsOfOneFrameEvaluatedEach()
{
    // A batch frame: two records of one key at one time (a field comes again: a new record),
    // then another key. Each record is evaluated once, after all its samples.
    const QString f = QStringLiteral("f");
    Harness h({ rule(QStringLiteral("sum"), QStringLiteral("{/a} + {/b}"), f) });
    h.record(0, f, QStringLiteral("K"), 5,
             { { QStringLiteral("/a"), 1 }, { QStringLiteral("/b"), 2 } });
    h.record(0, f, QStringLiteral("K"), 5,
             { { QStringLiteral("/a"), 10 }, { QStringLiteral("/b"), 20 } });
    h.record(0, f, QStringLiteral("L"), 5,
             { { QStringLiteral("/a"), 100 }, { QStringLiteral("/b"), 200 } });
    h.endFrame();
    QCOMPARE(h.take(),
             QStringList({ QStringLiteral("f|K|sum@5=3"), QStringLiteral("f|K|sum@5=30"),
                           QStringLiteral("f|L|sum@5=300") }));
}

void TestDerived::headlessExportAgreesWithRawRowsAndReplay()
{
    // The demo's ticks: /price /bid /ask /volume per symbol (key). Derived: a spread per key,
    // a ratio of two symbols across records, and an ema.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("derived.json"));
    QVERIFY(TestSupport::writeFile(
        profile,
        "{\"version\":1,\"name\":\"derived\",\"feeds\":[],\"derived\":["
        "{\"name\":\"spread\",\"feed\":\"ticks\",\"key\":\"*\",\"expr\":\"{/ask} - {/bid}\"},"
        "{\"name\":\"ratio\",\"expr\":\"{ticks:ACME:/price} / {ticks:GLOBX:/price}\"},"
        "{\"name\":\"mid_ema\",\"feed\":\"ticks\",\"key\":\"ACME\","
        "\"expr\":\"ema(({/ask} + {/bid}) / 2, 2)\"}]}"));
    const QString capture = dir.filePath(QStringLiteral("run.capture.jsonl"));
    const QString live = dir.filePath(QStringLiteral("live.csv"));
    const auto run = TestSupport::runFeedboard(
        { QStringLiteral("--demo"), QStringLiteral("--profile"), profile,
          QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("2"),
          QStringLiteral("--record"), capture, QStringLiteral("--export"), live });
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // Row by row, in export order: each derived row equals its expression over the latest raw
    // values before it (the record's own for spread, held values for ratio).
    QHash<QString, double> latest; // key|field
    int spreads = 0, ratios = 0, emas = 0;
    const QList<QByteArray> rows = TestSupport::readLines(live);
    QVERIFY(rows.size() > 100);
    for (const QByteArray &row : rows.mid(1)) {
        const QList<QByteArray> c = row.split(',');
        QCOMPARE(c.size(), 6);
        const QString key = QString::fromUtf8(c[3]);
        const QString field = QString::fromUtf8(c[4]);
        const double value = c[5].toDouble();
        if (field.startsWith(QLatin1Char('/'))) {
            latest.insert(key + QLatin1Char('|') + field, value);
        } else if (field == QLatin1String("spread")) {
            QCOMPARE(c[2], QByteArray("ticks"));
            QCOMPARE(value,
                     latest.value(key + QStringLiteral("|/ask"))
                         - latest.value(key + QStringLiteral("|/bid")));
            ++spreads;
        } else if (field == QLatin1String("ratio")) {
            QCOMPARE(c[2] + "|" + c[3], QByteArray("derived|"));
            QCOMPARE(value,
                     latest.value(QStringLiteral("ACME|/price"))
                         / latest.value(QStringLiteral("GLOBX|/price")));
            ++ratios;
        } else {
            QCOMPARE(field, QStringLiteral("mid_ema"));
            QCOMPARE(key, QStringLiteral("ACME"));
            ++emas;
        }
    }
    QVERIFY(spreads > 20 && ratios > 20 && emas > 5);

    // The capture carries the rules: a replay without the profile exports the same file.
    const QString replayed = dir.filePath(QStringLiteral("replay.csv"));
    const auto replay = TestSupport::runFeedboard({ QStringLiteral("--replay"), capture,
                                                    QStringLiteral("--headless"),
                                                    QStringLiteral("--export"), replayed });
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    QCOMPARE(TestSupport::readFile(replayed), TestSupport::readFile(live));
}

QTEST_GUILESS_MAIN(TestDerived)
#include "tst_derived.moc"
