#pragma once

#include "alerts/alertevent.h"
#include "alerts/alertrule.h"
#include "model/logrecord.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <limits>
#include <vector>

// Evaluates alert rules on the decode side, in data time (contract: "Alerts"), and collects
// their transitions. Plain class used from one thread at a time (the engine's decode stage,
// or the engine's thread once decoding is drained).
//
// Instances: a series rule gets one instance per matching series, made once when the series
// is registered (globs are matched then, never per sample); a feed rule one per matching
// feed. A sample of a series no rule watches costs one bounds check and one empty() test.
//
// Time: value conditions use the sample's time. Stale, not-open, log-match and error-rate
// conditions have deadlines (last arrival + staleMs, left open + notOpenMs, oldest match +
// withinMs), and a deadline that has passed is reported at the deadline's time whatever
// noticed it: a later frame of any feed, a replayed capture record, or (live) the engine's
// wall clock through advanceTo(). So a replay of a capture reports the live run's alerts.
class AlertEvaluator final
{
public:
    // Change windows keep the first sample of each 1/63 of the window; one slot more than
    // that, so the bucket where the window starts (inclusive) is never the newest one's.
    static constexpr int kChangeBuckets = 63;
    static constexpr int kChangeSlots = kChangeBuckets + 1; // a power of two: a mask, no modulo
    static constexpr double kNever = std::numeric_limits<double>::infinity();

    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Data time before anything arrived: feeds count as "not open" from here.
    void setStartTime(double timeMs);

    // A feed (index as the engine's) and a series (id as the batch's), once each.
    void addFeed(int feedIndex, const QString &name);
    void addSeries(int seriesId, int feedIndex, const QString &key, const QString &field);

    // Per frame, before its samples and logs: advances data time to `arrivalMs` and counts
    // the frame as an arrival (and a decode error when `error`) of its feed.
    void onFrame(int feedIndex, double arrivalMs, bool error)
    {
        if (m_rules.isEmpty())
            return;
        advanceTo(arrivalMs);
        if (size_t(feedIndex) < m_arrivalsByFeed.size()
            && !m_arrivalsByFeed[size_t(feedIndex)].empty())
            feedArrival(feedIndex, arrivalMs, error);
    }
    // Per sample: the hot path.
    void onSample(int seriesId, double timeMs, double value, double arrivalMs)
    {
        if (size_t(seriesId) < m_seriesSpans.size() && m_seriesSpans[size_t(seriesId)].count > 0)
            evaluateSample(m_seriesSpans[size_t(seriesId)], timeMs, value, arrivalMs);
    }
    void onLog(int feedIndex, const LogRecord &log)
    {
        if (size_t(feedIndex) < m_byFeed.size() && !m_byFeed[size_t(feedIndex)].empty())
            evaluateLog(feedIndex, log);
    }
    // The feed left the run (a reload removed it): its firing instances resolve now, and
    // none of its instances is evaluated again (no stale deadline for a feed that is gone).
    void removeFeed(int feedIndex);
    // The feed was opened (connected) or left open (lost, failed) at `timeMs`.
    void onFeedOpen(int feedIndex, bool open, double timeMs);
    // Data time moves on without data (a wall clock live, a capture record in a replay).
    void advanceTo(double timeMs)
    {
        if (timeMs > m_nowMs) {
            m_nowMs = timeMs;
            if (timeMs >= m_nextDeadline)
                scanDeadlines();
        }
    }
    double now() const { return m_nowMs; }

    // The GUI acknowledged a firing instance: an Acknowledged transition at the current data
    // time. False when the instance is not firing or already acknowledged.
    bool acknowledge(int instance);
    // The same for a replayed capture's acknowledged event (rule, feed, key and field as the
    // line had them; spaces in the rule's name as '_').
    bool acknowledge(const AlertEvent &captured);

    // Transitions since the last take, in the order they were found.
    std::vector<AlertEvent> &events() { return m_events; }
    // Every instance, and each rule that has none yet (NoData, instance -1).
    std::vector<AlertStatus> status() const;
    // Threshold instances of one series: level and clear per rule, for bands on a chart.
    std::vector<AlertStatus> thresholdsForSeries(int seriesId) const;

private:
    // Times of the last matches of a log-match or error-rate instance: a ring of at most
    // `capacity` entries, allocated once.
    struct TimeRing
    {
        std::vector<double> times;
        size_t head = 0;
        size_t size = 0;
        void push(double t);
        double front() const { return times[head]; }
        void pop();
        bool full() const { return size == times.size(); }
    };
    struct Bucket
    {
        qint64 index = std::numeric_limits<qint64>::min();
        double timeMs = 0;
        double value = 0;
    };
    // What a sample touches comes first, copied from the rule: a steady threshold instance
    // is evaluated from this one cache line, without reading its rule.
    struct Instance
    {
        AlertRule::Condition condition = AlertRule::Condition::Above;
        bool firing = false;
        bool acknowledged = false;
        int rule = -1;
        double level = 0; // above / below
        double clear = 0;
        double forMs = 0;
        double pendingSinceMs = -1; // forMs: since when the condition holds
        double lastValue = std::numeric_limits<double>::quiet_NaN();
        double staleAfterMs = 0; // stale: staleMs + forMs
        int feedIndex = -1;
        int seriesId = -1;
        QString feed, key, field;
        double lastNotifyMs = -kNever;
        double sinceMs = 0; // last transition
        double lastArrivalMs = -1; // stale: last arrival (or open); -1: none yet
        double notOpenSinceMs = -1; // notOpen: -1 while open
        std::vector<Bucket> buckets; // change rules: a ring of kChangeSlots
        qint64 newestBucket = std::numeric_limits<qint64>::min();
        qint64 oldestBucket = std::numeric_limits<qint64>::min(); // the window's reference
        double newestTimeMs = -kNever;
        double nextBucketMs = -kNever; // where the bucket after the newest starts
        TimeRing ring; // log match and error rate
    };

    void addFeedInstances(int feedIndex);
    // The instances of one series: made together when it was registered, so consecutive.
    struct Span
    {
        int first = 0;
        int count = 0;
    };
    void evaluateSample(Span span, double timeMs, double value, double arrivalMs);
    // A new instance of `rule` with its hot fields filled in; returns its id.
    int addInstance(int rule, int feedIndex, int seriesId, const QString &feed,
                    const QString &key = QString(), const QString &field = QString());
    void evaluateLog(int feedIndex, const LogRecord &log);
    void feedArrival(int feedIndex, double arrivalMs, bool error);
    void scanDeadlines();
    // The next deadline of an instance (kNever without one).
    double deadlineOf(const Instance &instance) const;
    void noteDeadline(double deadlineMs)
    {
        if (deadlineMs < m_nextDeadline)
            m_nextDeadline = deadlineMs;
    }
    // The condition holds at `timeMs`: fires once forMs has passed.
    void holds(Instance &instance, double timeMs, double value);
    void fire(Instance &instance, double timeMs, double value);
    void resolve(Instance &instance, double timeMs, double value);
    void report(Instance &instance, AlertEvent::State state, double timeMs, double value,
                bool notify);
    // Oldest sample within the window of a change rule, after adding (timeMs, value).
    const Bucket *changeReference(Instance &instance, double timeMs, double value) const;

    QList<AlertRule> m_rules;
    std::vector<QRegularExpression> m_feedGlobs;
    std::vector<QRegularExpression> m_keyGlobs;
    std::vector<Instance> m_instances;
    std::vector<Span> m_seriesSpans; // series id -> its instances
    std::vector<std::vector<int>> m_byFeed; // feed index -> feed-rule instances
    std::vector<std::vector<int>> m_arrivalsByFeed; // the stale and error-rate ones of those
    std::vector<int> m_deadlineInstances; // instances with deadlines (stale, notOpen, windows)
    std::vector<QString> m_feedNames; // by feed index
    std::vector<AlertEvent> m_events;
    double m_nowMs = -kNever;
    double m_startMs = -kNever;
    double m_nextDeadline = kNever;
};
