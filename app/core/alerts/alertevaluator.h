#pragma once

#include "alerts/alertevent.h"
#include "alerts/alertrule.h"
#include "model/logrecord.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <limits>
#include <memory>
#include <vector>

// Evaluates alert rules on the decode side, in data time (contract: "Alerts"), and collects
// their transitions. Plain class used from one thread at a time (the engine's decode stage,
// or the engine's thread once decoding is drained).
//
// Instances: a series rule gets one instance per matching series, made once when the series
// is registered (globs are matched then, never per sample); a feed rule one per matching
// feed. A sample of a series no rule watches costs one bounds check and one test.
//
// Every sample is evaluated, but a steady one is cheap: each watched series keeps the band of
// values in which none of its threshold or stale instances would change state, each change
// instance the reference its window compares with, each feed whether a frame can change any
// of its stale instances. Only what could change is looked at in full; anything that changes
// an instance's state from elsewhere (a deadline) makes its next sample a full one again.
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
    // A series of no connected feed (a derived series of feed "derived": feedIndex -1).
    void addSeries(int seriesId, int feedIndex, const QString &feed, const QString &key,
                   const QString &field);

    // Per frame, before its samples and logs: advances data time to `arrivalMs` and counts
    // the frame as an arrival (and a decode error when `error`) of its feed.
    void onFrame(int feedIndex, double arrivalMs, bool error)
    {
        if (m_rules.isEmpty())
            return;
        advanceTo(arrivalMs);
        if (size_t(feedIndex) >= m_feedArrivals.size())
            return;
        FeedArrivals &feed = m_feedArrivals[size_t(feedIndex)];
        // A frame in order, no error, no stale instance firing: every stale deadline of the
        // feed only moves later (the next deadline noted stays a lower bound).
        if (feed.quiet && !error && arrivalMs >= feed.lastArrivalMs)
            feed.lastArrivalMs = arrivalMs;
        else if (feed.watched)
            feedArrival(feedIndex, arrivalMs, error);
    }
    // Per sample: the hot path. Inside the series' band and in order (a stale instance's
    // deadline then only moves later: the one noted stays a bound), only the change
    // instances are evaluated; else every instance.
    void onSample(int seriesId, double timeMs, double value, double arrivalMs)
    {
        if (size_t(seriesId) >= m_series.size())
            return;
        Series &series = m_series[size_t(seriesId)];
        if (series.count == 0)
            return;
        if (value >= series.lo && value <= series.hi && arrivalMs >= series.lastArrivalMs) {
            series.lastValue = value;
            series.lastArrivalMs = arrivalMs;
            if (series.changeCount > 0)
                evaluateChanges(series, timeMs, value);
        } else {
            evaluateSample(series, timeMs, value, arrivalMs);
        }
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
    // A kept sample of a change window: the first of its bucket.
    struct Kept
    {
        double timeMs = 0;
        double value = 0;
    };
    // One rule applied to one series or feed. A steady sample touches none of it (see Series
    // and ChangeWindow); what a transition reads comes first, the names and rings last.
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
        double staleAfterMs = 0; // stale: staleMs + forMs
        int feedIndex = -1;
        int seriesId = -1;
        int changeWindow = -1; // change rules: index into m_changes
        double lastValue = std::numeric_limits<double>::quiet_NaN(); // feed instances
        double lastNotifyMs = -kNever;
        double sinceMs = 0; // last transition
        double notOpenSinceMs = -1; // notOpen: -1 while open
        QString feed, key, field;
        TimeRing ring; // log match and error rate
    };

    // A series some rule watches: its instances (made together when it was registered, so
    // consecutive), its last sample, and the band [lo, hi] of values for which no threshold
    // instance would fire, resolve or start its forMs, and no stale one is firing. A sample
    // inside the band (arriving in order) evaluates only the series' change instances; any
    // other one evaluates every instance, in rule order, and finds the band again.
    struct alignas(64) Series
    {
        double lo = kNever; // empty: the first sample evaluates everything
        double hi = -kNever;
        double lastValue = std::numeric_limits<double>::quiet_NaN();
        double lastArrivalMs = -1; // stale instances count from here; -1: no sample yet
        int first = 0; // into m_instances
        int count = 0;
        int changeFirst = 0; // into m_changes
        int changeCount = 0;
    };

    // A change instance's window, its first cache line all that a sample needs while the
    // newest bucket and the window's reference stay: ref* is a copy of the reference (the
    // oldest kept sample), so such a sample reads nothing else. The kept samples, at most
    // one per bucket and in time order, are a FIFO in one contiguous ring: a live feed (each
    // sample in a new bucket) writes at the tail and moves the head on by one, touching one
    // or two cache lines, with no search over empty buckets.
    struct alignas(64) ChangeWindow
    {
        enum class Steady : quint8 { No, Quiet, Firing }; // Quiet: not firing, not pending
        int instance = -1;
        bool isPercent = false;
        bool refValid = false; // ref* is the FIFO's head
        Steady steady = Steady::No;
        quint8 head = 0; // FIFO of kept samples: first index and size, in a ring of kChangeSlots
        quint8 size = 0;
        double change = 0; // changePercent or changeBy
        double withinMs = 0;
        double newestTimeMs = -kNever;
        double nextBucketMs = -kNever; // where the bucket after the newest starts
        double refTimeMs = 0;
        double refValue = 0;
        double bucketWidthMs = 0; // withinMs / kChangeBuckets
        qint64 newestBucket = std::numeric_limits<qint64>::min();
        std::unique_ptr<Kept[]> kept; // the ring, kChangeSlots long
    };

    // Per feed: its last arrival (for every stale instance of the feed: they are made
    // together and see the same frames and opens) and whether a frame can be counted by that
    // alone: no stale instance firing, and an arrival seen since the last full count.
    struct FeedArrivals
    {
        double lastArrivalMs = -1; // -1: none yet
        bool quiet = false;
        bool watched = false; // the feed has stale or error-rate instances
    };

    void addFeedInstances(int feedIndex);
    // Every instance of the series, in rule order, and the band they allow now.
    void evaluateSample(Series &series, double timeMs, double value, double arrivalMs);
    void evaluateChanges(const Series &series, double timeMs, double value);
    // A change instance's condition at the sample (timeMs, value).
    void evaluateChange(ChangeWindow &window, double timeMs, double value);
    // A threshold or stale instance: fire, resolve or wait.
    void evaluateLevel(Instance &instance, const Series &series, double timeMs, double value,
                       double arrivalMs);
    // Narrows the series' band to the values that leave the instance as it is.
    static void narrowBand(const Instance &instance, Series &series);
    // The instance's state changed outside its own sample or frame: the next one is a full one.
    void wake(const Instance &instance);
    // The value a status row or a transition shows.
    double lastValueOf(const Instance &instance) const;
    // A series instance's status is "no data yet".
    bool noSeriesData(const Instance &instance) const;
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
    static const Kept &changeReference(ChangeWindow &window, double timeMs, double value);

    QList<AlertRule> m_rules;
    std::vector<QRegularExpression> m_feedGlobs;
    std::vector<QRegularExpression> m_keyGlobs;
    std::vector<Instance> m_instances;
    std::vector<Series> m_series; // series id -> its instances and last sample
    std::vector<ChangeWindow> m_changes; // each series' change instances together, in rule order
    std::vector<FeedArrivals> m_feedArrivals; // by feed index
    std::vector<std::vector<int>> m_byFeed; // feed index -> feed-rule instances
    std::vector<std::vector<int>> m_arrivalsByFeed; // the stale and error-rate ones of those
    std::vector<int> m_deadlineInstances; // instances with deadlines (stale, notOpen, windows)
    std::vector<QString> m_feedNames; // by feed index
    std::vector<AlertEvent> m_events;
    double m_nowMs = -kNever;
    double m_startMs = -kNever;
    double m_nextDeadline = kNever;
};
