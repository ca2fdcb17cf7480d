// The change rule's window (issue 14) against a plain model of the contract's bucket rule: a
// window keeps the first sample of each 1/63 of its span, and a sample is compared with the
// oldest kept sample not older than (newest data time - withinMs). The model keeps every
// bucket in a vector and searches it; the evaluator keeps a bounded FIFO and moves its head.
// Random streams, dense (more buckets than the FIFO holds, so it wraps and evicts), sparse,
// with gaps and with out-of-order times, must give the same transitions at the same times.
#include "alerts/alertevaluator.h"
#include "alerts/alertrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <vector>

namespace {
struct Transition
{
    bool firing = false;
    double timeMs = 0;
    double value = 0;
    bool operator==(const Transition &o) const
    {
        return firing == o.firing && timeMs == o.timeMs && value == o.value;
    }
};

// The contract's change condition, written for clarity rather than speed.
class ChangeModel
{
public:
    ChangeModel(double withinMs, bool isPercent, double change)
        : m_withinMs(withinMs)
        , m_widthMs(withinMs / AlertEvaluator::kChangeBuckets)
        , m_isPercent(isPercent)
        , m_change(change)
    { }

    void sample(double timeMs, double value, std::vector<Transition> &out)
    {
        const auto bucket = qint64(std::floor(timeMs / m_widthMs));
        if (m_kept.empty() || bucket > m_newestBucket) {
            m_kept.push_back({ timeMs, value });
            m_newestBucket = bucket;
        }
        m_newestMs = std::max(m_newestMs, timeMs);
        const double from = m_newestMs - m_withinMs;
        const Sample *reference = &m_kept.back();
        for (const Sample &kept : m_kept) {
            if (kept.timeMs >= from) {
                reference = &kept;
                break;
            }
        }
        const double diff = std::abs(value - reference->value);
        const bool exceeds = m_isPercent ? diff > 0
                && (reference->value == 0 || diff / std::abs(reference->value) * 100.0 > m_change)
                                         : diff > m_change;
        if (exceeds != m_firing) {
            m_firing = exceeds;
            out.push_back({ exceeds, timeMs, value });
        }
    }

private:
    struct Sample
    {
        double timeMs;
        double value;
    };
    double m_withinMs;
    double m_widthMs;
    bool m_isPercent;
    double m_change;
    std::vector<Sample> m_kept;
    qint64 m_newestBucket = 0;
    double m_newestMs = -AlertEvaluator::kNever;
    bool m_firing = false;
};

QList<AlertRule> changeRule(bool isPercent, double change, int withinMs)
{
    QJsonObject rule { { QStringLiteral("name"), QStringLiteral("move") },
                       { QStringLiteral("series"),
                         QJsonObject { { QStringLiteral("feed"), QStringLiteral("f") },
                                       { QStringLiteral("key"), QStringLiteral("K") },
                                       { QStringLiteral("field"), QStringLiteral("/p") } } },
                       { isPercent ? QStringLiteral("changePercent") : QStringLiteral("changeBy"),
                         change },
                       { QStringLiteral("withinMs"), withinMs },
                       { QStringLiteral("notifyEveryMs"), 0 } };
    QString error;
    const auto rules = AlertRules::fromJson(QJsonArray { rule }, &error);
    if (!rules)
        qFatal("rule refused: %s", qPrintable(error));
    return *rules;
}

struct Stream
{
    const char *name;
    double stepMinMs; // time between samples
    double stepMaxMs;
    double backProbability; // a sample this much earlier than the newest (out of order)
    double gapProbability; // a silence longer than the window
};
} // namespace

class TestChangeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheModel_data();
    void matchesTheModel();
};

void TestChangeWindow::matchesTheModel_data()
{
    QTest::addColumn<int>("streamIndex");
    QTest::addColumn<bool>("isPercent");
    static const char *const names[] = { "dense", "sparse", "out of order", "gaps", "mixed" };
    for (int s = 0; s < 5; ++s) {
        QTest::addRow("%s, percent", names[s]) << s << true;
        QTest::addRow("%s, absolute", names[s]) << s << false;
    }
}

void TestChangeWindow::matchesTheModel()
{
    QFETCH(int, streamIndex);
    QFETCH(bool, isPercent);
    // withinMs 630: buckets of 10 ms. Dense streams fill more buckets than the FIFO holds.
    const Stream streams[] = {
        { "dense", 0.5, 12.0, 0.0, 0.0 },        { "sparse", 40.0, 300.0, 0.0, 0.0 },
        { "out of order", 1.0, 30.0, 0.2, 0.0 }, { "gaps", 2.0, 20.0, 0.0, 0.01 },
        { "mixed", 0.1, 80.0, 0.1, 0.005 },
    };
    const Stream &stream = streams[streamIndex];
    const int withinMs = 630;
    const double change = 1.5; // percent of ~100, or absolute: about the same size
    QRandomGenerator random(quint32(1000 + streamIndex * 2 + int(isPercent)));

    for (int run = 0; run < 20; ++run) {
        AlertEvaluator evaluator;
        evaluator.setRules(changeRule(isPercent, change, withinMs));
        evaluator.setStartTime(0);
        evaluator.addFeed(0, QStringLiteral("f"));
        evaluator.addSeries(7, 0, QStringLiteral("K"), QStringLiteral("/p"));
        ChangeModel model(withinMs, isPercent, change);
        std::vector<Transition> expected;
        std::vector<Transition> actual;

        double newest = 1.7e12 + random.bounded(1000.0);
        double value = 100.0;
        for (int i = 0; i < 3000; ++i) {
            double timeMs
                = newest + stream.stepMinMs + random.bounded(stream.stepMaxMs - stream.stepMinMs);
            if (random.bounded(1.0) < stream.gapProbability)
                timeMs += withinMs * (1.0 + random.bounded(3.0));
            if (random.bounded(1.0) < stream.backProbability)
                timeMs = newest - random.bounded(double(withinMs) * 1.5);
            newest = std::max(newest, timeMs);
            // A random walk with occasional jumps: both sides of the threshold, often.
            value += random.bounded(1.0) < 0.05 ? random.bounded(6.0) - 3.0
                                                : random.bounded(0.4) - 0.2;
            // Arrival in order (so the series' fast band is used as live); data time as above.
            evaluator.onFrame(0, newest, false);
            evaluator.onSample(7, timeMs, value, newest);
            model.sample(timeMs, value, expected);
            for (const AlertEvent &event : evaluator.events()) {
                if (event.state != AlertEvent::State::Acknowledged)
                    actual.push_back({ event.state == AlertEvent::State::Firing, event.dataTimeMs,
                                       event.value });
            }
            evaluator.events().clear();
        }
        QVERIFY2(expected.size() > 20, "the stream should cross the threshold often");
        QCOMPARE(actual.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            if (!(actual[i] == expected[i]))
                QFAIL(qPrintable(QStringLiteral("run %1, transition %2: %3 at %4 (%5), expected "
                                                "%6 at %7 (%8)")
                                     .arg(run)
                                     .arg(i)
                                     .arg(actual[i].firing ? "firing" : "resolved")
                                     .arg(actual[i].timeMs, 0, 'f', 3)
                                     .arg(actual[i].value)
                                     .arg(expected[i].firing ? "firing" : "resolved")
                                     .arg(expected[i].timeMs, 0, 'f', 3)
                                     .arg(expected[i].value)));
        }
    }
}

QTEST_APPLESS_MAIN(TestChangeWindow)
#include "tst_changewindow.moc"
