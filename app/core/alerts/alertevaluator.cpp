#include "alerts/alertevaluator.h"

#include "util/globpattern.h"

#include <algorithm>
#include <cmath>

namespace {
using Condition = AlertRule::Condition;

bool isFeedCondition(const AlertRule &rule)
{
    return !rule.isSeriesCondition();
}

// What a status row takes from its rule (state: NoData until the caller knows better).
AlertStatus ruleStatus(const AlertRule &rule, const QString &feed, const QString &key,
                       const QString &field)
{
    AlertStatus s;
    s.rule = rule.name;
    s.severity = rule.severity;
    s.condition = rule.condition;
    s.feed = feed;
    s.key = key;
    s.field = field;
    if (rule.isThreshold()) {
        s.level = rule.level;
        s.clear = rule.clear;
    }
    return s;
}

bool hasDeadline(const AlertRule &rule)
{
    return rule.condition == Condition::Stale || rule.condition == Condition::NotOpen
        || rule.condition == Condition::LogMatch || rule.condition == Condition::ErrorRate;
}
} // namespace

void AlertEvaluator::TimeRing::push(double t)
{
    if (times.empty())
        return;
    if (full())
        pop();
    times[(head + size) % times.size()] = t;
    ++size;
}

void AlertEvaluator::TimeRing::pop()
{
    head = (head + 1) % times.size();
    --size;
}

void AlertEvaluator::setRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    m_feedGlobs.clear();
    m_keyGlobs.clear();
    for (const AlertRule &rule : m_rules) {
        m_feedGlobs.push_back(globPattern(rule.feed));
        m_keyGlobs.push_back(globPattern(rule.key));
    }
}

void AlertEvaluator::setStartTime(double timeMs)
{
    m_startMs = timeMs;
    m_nowMs = std::max(m_nowMs, timeMs);
    for (Instance &instance : m_instances) {
        if (m_rules.at(instance.rule).condition == Condition::NotOpen
            && instance.notOpenSinceMs >= 0) {
            instance.notOpenSinceMs = timeMs;
            noteDeadline(deadlineOf(instance));
        }
    }
}

void AlertEvaluator::addFeed(int feedIndex, const QString &name)
{
    if (size_t(feedIndex) >= m_feedNames.size()) {
        m_feedNames.resize(size_t(feedIndex) + 1);
        m_byFeed.resize(size_t(feedIndex) + 1);
        m_arrivalsByFeed.resize(size_t(feedIndex) + 1);
        m_feedArrivals.resize(size_t(feedIndex) + 1);
    }
    m_feedNames[size_t(feedIndex)] = name;
    addFeedInstances(feedIndex);
}

void AlertEvaluator::addFeedInstances(int feedIndex)
{
    const QString &name = m_feedNames[size_t(feedIndex)];
    for (int r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules.at(r);
        if (!isFeedCondition(rule) || !m_feedGlobs[size_t(r)].match(name).hasMatch())
            continue;
        const int id = addInstance(r, feedIndex, -1, name);
        Instance &instance = m_instances.back();
        if (rule.condition == Condition::NotOpen)
            instance.notOpenSinceMs = std::isfinite(m_nowMs) ? m_nowMs : 0.0;
        if (rule.condition == Condition::LogMatch)
            instance.ring.times.resize(size_t(rule.count));
        if (rule.condition == Condition::ErrorRate)
            instance.ring.times.resize(size_t(std::floor(rule.errorsPerSecond)) + 1);
        m_byFeed[size_t(feedIndex)].push_back(id);
        if (rule.condition == Condition::Stale || rule.condition == Condition::ErrorRate) {
            m_arrivalsByFeed[size_t(feedIndex)].push_back(id);
            m_feedArrivals[size_t(feedIndex)].watched = true;
        }
        m_deadlineInstances.push_back(id);
        noteDeadline(deadlineOf(m_instances.back()));
    }
}

void AlertEvaluator::addSeries(int seriesId, int feedIndex, const QString &key,
                               const QString &field)
{
    addSeries(seriesId, feedIndex,
              size_t(feedIndex) < m_feedNames.size() ? m_feedNames[size_t(feedIndex)] : QString(),
              key, field);
}

void AlertEvaluator::addSeries(int seriesId, int feedIndex, const QString &feed, const QString &key,
                               const QString &field)
{
    Series series;
    series.first = int(m_instances.size());
    series.changeFirst = int(m_changes.size());
    for (int r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules.at(r);
        if (!rule.isSeriesCondition() || rule.field != field
            || !m_feedGlobs[size_t(r)].match(feed).hasMatch()
            || !m_keyGlobs[size_t(r)].match(key).hasMatch())
            continue;
        const int id = addInstance(r, feedIndex, seriesId, feed, key, field);
        if (rule.condition == Condition::Change) {
            ChangeWindow window;
            window.instance = id;
            window.isPercent = rule.changeIsPercent;
            window.change = rule.change;
            window.withinMs = double(rule.withinMs);
            window.bucketWidthMs = double(rule.withinMs) / kChangeBuckets;
            window.kept = std::make_unique<Kept[]>(kChangeSlots);
            m_instances.back().changeWindow = int(m_changes.size());
            m_changes.push_back(std::move(window));
            ++series.changeCount;
        }
        ++series.count;
        if (hasDeadline(rule))
            m_deadlineInstances.push_back(id);
    }
    if (series.count == 0)
        return;
    if (size_t(seriesId) >= m_series.size())
        m_series.resize(size_t(seriesId) + 1);
    m_series[size_t(seriesId)] = series;
}

int AlertEvaluator::addInstance(int rule, int feedIndex, int seriesId, const QString &feed,
                                const QString &key, const QString &field)
{
    const AlertRule &r = m_rules.at(rule);
    Instance instance;
    instance.condition = r.condition;
    instance.rule = rule;
    instance.level = r.level;
    instance.clear = r.clear;
    instance.forMs = double(r.forMs);
    instance.staleAfterMs = double(r.staleMs + r.forMs);
    instance.feedIndex = feedIndex;
    instance.seriesId = seriesId;
    instance.feed = feed;
    instance.key = key;
    instance.field = field;
    m_instances.push_back(std::move(instance));
    return int(m_instances.size()) - 1;
}

void AlertEvaluator::evaluateSample(Series &series, double timeMs, double value, double arrivalMs)
{
    series.lastValue = value;
    series.lastArrivalMs = arrivalMs;
    // Rule order: so are the transitions.
    Instance *const end = m_instances.data() + series.first + series.count;
    for (Instance *it = m_instances.data() + series.first; it != end; ++it) {
        if (it->condition == Condition::Change)
            evaluateChange(m_changes[size_t(it->changeWindow)], timeMs, value);
        else
            evaluateLevel(*it, series, timeMs, value, arrivalMs);
    }
    series.lo = -kNever;
    series.hi = kNever;
    for (Instance *it = m_instances.data() + series.first; it != end; ++it)
        narrowBand(*it, series);
}

void AlertEvaluator::evaluateChanges(const Series &series, double timeMs, double value)
{
    ChangeWindow *const end = m_changes.data() + series.changeFirst + series.changeCount;
    for (ChangeWindow *window = m_changes.data() + series.changeFirst; window != end; ++window)
        evaluateChange(*window, timeMs, value);
}

void AlertEvaluator::evaluateLevel(Instance &instance, const Series &series, double timeMs,
                                   double value, double arrivalMs)
{
    switch (instance.condition) {
    case Condition::Above:
    case Condition::Below: {
        const bool above = instance.condition == Condition::Above;
        if (instance.firing) {
            if (above ? value < instance.clear : value > instance.clear)
                resolve(instance, timeMs, value);
        } else if (above ? value > instance.level : value < instance.level) {
            holds(instance, timeMs, value);
        } else {
            instance.pendingSinceMs = -1;
        }
        break;
    }
    case Condition::Stale:
        if (instance.firing)
            resolve(instance, arrivalMs, value);
        noteDeadline(series.lastArrivalMs + instance.staleAfterMs);
        break;
    default:
        break;
    }
}

void AlertEvaluator::narrowBand(const Instance &instance, Series &series)
{
    // The values for which the next evaluation would leave the instance as it is (NaN is
    // never inside: it takes the full evaluation, which handles it as before).
    const auto atLeast = [&series](double v) { series.lo = std::max(series.lo, v); };
    const auto atMost = [&series](double v) { series.hi = std::min(series.hi, v); };
    // Empty, even for an infinite value (and it stays empty whatever narrows it further).
    const auto empty = [&series] {
        series.lo = kNever;
        series.hi = -kNever;
    };
    switch (instance.condition) {
    case Condition::Above:
        if (instance.pendingSinceMs >= 0) // forMs running: time decides, every sample counts
            empty();
        else if (instance.firing)
            atLeast(instance.clear); // below clear resolves
        else
            atMost(instance.level); // above level holds
        break;
    case Condition::Below:
        if (instance.pendingSinceMs >= 0)
            empty();
        else if (instance.firing)
            atMost(instance.clear);
        else
            atLeast(instance.level);
        break;
    case Condition::Stale:
        if (instance.firing) // the next sample resolves it
            empty();
        break;
    default:
        break;
    }
}

void AlertEvaluator::evaluateChange(ChangeWindow &window, double timeMs, double value)
{
    // What changeReference() would find without storing or moving anything: the sample falls
    // before the next bucket and the reference bucket is still within the window.
    double reference = 0;
    bool known = false;
    if (timeMs < window.nextBucketMs && window.refValid) {
        window.newestTimeMs = std::max(window.newestTimeMs, timeMs);
        known = window.refTimeMs >= window.newestTimeMs - window.withinMs;
        reference = window.refValue;
    }
    if (!known) {
        const Kept &oldest = changeReference(window, timeMs, value);
        reference = oldest.value;
        window.refValid = true;
        window.refTimeMs = oldest.timeMs;
        window.refValue = oldest.value;
    }
    const double diff = std::abs(value - reference);
    const bool exceeds = window.isPercent
        ? diff > 0 && (reference == 0 || diff / std::abs(reference) * 100.0 > window.change)
        : diff > window.change;
    // Steady: firing and still exceeding, or quiet and still not: nothing to do.
    if (window.steady == (exceeds ? ChangeWindow::Steady::Firing : ChangeWindow::Steady::Quiet))
        return;
    Instance &instance = m_instances[size_t(window.instance)];
    if (instance.firing) {
        if (!exceeds)
            resolve(instance, timeMs, value);
    } else if (exceeds) {
        holds(instance, timeMs, value);
    } else {
        instance.pendingSinceMs = -1;
    }
    window.steady = instance.firing   ? ChangeWindow::Steady::Firing
        : instance.pendingSinceMs < 0 ? ChangeWindow::Steady::Quiet
                                      : ChangeWindow::Steady::No;
}

const AlertEvaluator::Kept &AlertEvaluator::changeReference(ChangeWindow &window, double timeMs,
                                                            double value)
{
    constexpr unsigned kMask = kChangeSlots - 1; // a power of two
    Kept *const kept = window.kept.get();
    // A sample older than the newest counts as at the newest time (trades arrive out of
    // order): the window never moves back. Within the newest bucket nothing is stored.
    if (timeMs >= window.nextBucketMs) {
        const double width = window.bucketWidthMs;
        const auto index = qint64(std::floor(timeMs / width));
        if (index > window.newestBucket) {
            // Full: the head is at least kChangeSlots buckets older than this sample, so
            // before the window's start whatever it holds; it gives way.
            if (window.size == kChangeSlots) {
                window.head = quint8((window.head + 1) & kMask);
                --window.size;
            }
            kept[(window.head + window.size) & kMask] = Kept { timeMs, value };
            ++window.size;
            window.newestBucket = index;
            window.nextBucketMs = double(index + 1) * width;
        }
    }
    window.newestTimeMs = std::max(window.newestTimeMs, timeMs);
    // The oldest kept sample within the window. Kept samples only leave from the head, so a
    // steady series pays O(1) per sample. The newest one is always within the window (its
    // bucket is), so the FIFO never empties; the window's first bucket can hold a sample
    // from before the window, hence the time check rather than the bucket's index.
    const double from = window.newestTimeMs - window.withinMs;
    while (window.size > 1 && kept[window.head].timeMs < from) {
        window.head = quint8((window.head + 1) & kMask);
        --window.size;
    }
    return kept[window.head];
}

void AlertEvaluator::evaluateLog(int feedIndex, const LogRecord &log)
{
    const double timeMs = double(log.timeUs) / 1000.0;
    for (const int id : m_byFeed[size_t(feedIndex)]) {
        Instance &instance = m_instances[size_t(id)];
        const AlertRule &rule = m_rules.at(instance.rule);
        if (rule.condition != Condition::LogMatch || log.level < rule.logLevel)
            continue;
        if (!rule.match.pattern().isEmpty() && !rule.match.match(log.message).hasMatch())
            continue;
        TimeRing &ring = instance.ring;
        // Matches that left the window resolve (at the time they left) before this one counts.
        while (ring.size > 0 && ring.front() + double(rule.withinMs) <= timeMs) {
            const double left = ring.front() + double(rule.withinMs);
            ring.pop();
            if (instance.firing && ring.size < size_t(rule.count))
                resolve(instance, left, double(ring.size));
        }
        ring.push(timeMs);
        instance.lastValue = double(ring.size);
        if (!instance.firing && ring.full())
            fire(instance, timeMs, double(ring.size));
        noteDeadline(deadlineOf(instance));
    }
}

void AlertEvaluator::feedArrival(int feedIndex, double arrivalMs, bool error)
{
    FeedArrivals &feed = m_feedArrivals[size_t(feedIndex)];
    feed.lastArrivalMs = arrivalMs;
    for (const int id : m_arrivalsByFeed[size_t(feedIndex)]) {
        Instance &instance = m_instances[size_t(id)];
        if (instance.condition == Condition::Stale) {
            if (instance.firing)
                resolve(instance, arrivalMs, std::numeric_limits<double>::quiet_NaN());
            noteDeadline(deadlineOf(instance));
        } else if (instance.condition == Condition::ErrorRate && error) {
            TimeRing &ring = instance.ring;
            ring.push(arrivalMs);
            instance.lastValue = double(ring.size);
            // More than errorsPerSecond within the last second: the ring is full and its
            // oldest entry less than a second old.
            if (!instance.firing && ring.full() && arrivalMs - ring.front() < 1000.0)
                fire(instance, arrivalMs, double(ring.size));
            noteDeadline(deadlineOf(instance));
        }
    }
    feed.quiet = true; // no stale instance is firing now, and their deadlines are noted
}

void AlertEvaluator::onFeedOpen(int feedIndex, bool open, double timeMs)
{
    advanceTo(timeMs);
    if (size_t(feedIndex) >= m_byFeed.size())
        return;
    for (const int id : m_byFeed[size_t(feedIndex)]) {
        Instance &instance = m_instances[size_t(id)];
        const AlertRule &rule = m_rules.at(instance.rule);
        if (rule.condition == Condition::NotOpen) {
            if (open) {
                instance.notOpenSinceMs = -1;
                if (instance.firing)
                    resolve(instance, timeMs, std::numeric_limits<double>::quiet_NaN());
            } else if (instance.notOpenSinceMs < 0) {
                instance.notOpenSinceMs = timeMs;
            }
        } else if (rule.condition == Condition::Stale && open) {
            // Silence counts from the moment the feed opened.
            double &lastArrivalMs = m_feedArrivals[size_t(feedIndex)].lastArrivalMs;
            lastArrivalMs = std::max(lastArrivalMs, timeMs);
        }
        noteDeadline(deadlineOf(instance));
    }
}

double AlertEvaluator::deadlineOf(const Instance &instance) const
{
    const AlertRule &rule = m_rules.at(instance.rule);
    switch (rule.condition) {
    case Condition::Stale: {
        // A series' stale instances count from its last sample, a feed's from its last frame.
        const double lastArrivalMs = instance.seriesId >= 0
            ? m_series[size_t(instance.seriesId)].lastArrivalMs
            : m_feedArrivals[size_t(instance.feedIndex)].lastArrivalMs;
        return instance.firing || lastArrivalMs < 0 ? kNever
                                                    : lastArrivalMs + instance.staleAfterMs;
    }
    case Condition::NotOpen:
        return instance.firing || instance.notOpenSinceMs < 0
            ? kNever
            : instance.notOpenSinceMs + double(rule.notOpenMs + rule.forMs);
    case Condition::LogMatch:
        return instance.ring.size > 0 ? instance.ring.front() + double(rule.withinMs) : kNever;
    case Condition::ErrorRate:
        return instance.firing && instance.ring.size > 0 ? instance.ring.front() + 1000.0 : kNever;
    default:
        return kNever;
    }
}

void AlertEvaluator::removeFeed(int feedIndex)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (Instance &instance : m_instances) {
        if (instance.feedIndex != feedIndex)
            continue;
        if (instance.firing)
            resolve(instance, m_nowMs, nan);
        instance.pendingSinceMs = -1;
    }
    if (size_t(feedIndex) < m_byFeed.size())
        m_byFeed[size_t(feedIndex)].clear();
    if (size_t(feedIndex) < m_arrivalsByFeed.size()) {
        m_arrivalsByFeed[size_t(feedIndex)].clear();
        m_feedArrivals[size_t(feedIndex)].watched = false;
    }
    m_deadlineInstances.erase(std::remove_if(m_deadlineInstances.begin(), m_deadlineInstances.end(),
                                             [this, feedIndex](int id) {
                                                 return m_instances[size_t(id)].feedIndex
                                                     == feedIndex;
                                             }),
                              m_deadlineInstances.end());
    for (Series &series : m_series) {
        if (series.count > 0 && m_instances[size_t(series.first)].feedIndex == feedIndex)
            series.count = 0;
    }
}

void AlertEvaluator::scanDeadlines()
{
    // Deadlines move only later with new data, so m_nextDeadline is a lower bound: this scan
    // runs when data time has passed it, and finds the next one.
    m_nextDeadline = kNever;
    const double now = m_nowMs;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const int id : m_deadlineInstances) {
        Instance &instance = m_instances[size_t(id)];
        const AlertRule &rule = m_rules.at(instance.rule);
        for (double deadline = deadlineOf(instance); deadline <= now;
             deadline = deadlineOf(instance)) {
            if (rule.condition == Condition::Stale || rule.condition == Condition::NotOpen) {
                fire(instance, deadline, nan);
            } else {
                instance.ring.pop(); // its oldest match left the window at `deadline`
                // Error rate: a ring that is no longer full holds at most errorsPerSecond.
                const bool below = rule.condition != Condition::LogMatch
                    || instance.ring.size < size_t(rule.count);
                instance.lastValue = double(instance.ring.size);
                if (instance.firing && below)
                    resolve(instance, deadline, double(instance.ring.size));
            }
        }
        noteDeadline(deadlineOf(instance));
    }
}

void AlertEvaluator::holds(Instance &instance, double timeMs, double value)
{
    if (instance.pendingSinceMs < 0)
        instance.pendingSinceMs = timeMs;
    if (timeMs - instance.pendingSinceMs >= instance.forMs)
        fire(instance, timeMs, value);
}

void AlertEvaluator::fire(Instance &instance, double timeMs, double value)
{
    const AlertRule &rule = m_rules.at(instance.rule);
    wake(instance);
    instance.firing = true;
    instance.acknowledged = false;
    instance.pendingSinceMs = -1;
    const bool notify = timeMs - instance.lastNotifyMs >= double(rule.notifyEveryMs);
    if (notify)
        instance.lastNotifyMs = timeMs;
    report(instance, AlertEvent::State::Firing, timeMs, value, notify);
}

void AlertEvaluator::resolve(Instance &instance, double timeMs, double value)
{
    wake(instance);
    instance.firing = false;
    instance.acknowledged = false;
    instance.pendingSinceMs = -1;
    report(instance, AlertEvent::State::Resolved, timeMs, value, false);
}

void AlertEvaluator::report(Instance &instance, AlertEvent::State state, double timeMs,
                            double value, bool notify)
{
    const AlertRule &rule = m_rules.at(instance.rule);
    instance.sinceMs = timeMs;
    AlertEvent event;
    event.instance = int(&instance - m_instances.data());
    event.state = state;
    event.rule = rule.name;
    event.severity = rule.severity;
    event.feed = instance.feed;
    event.key = instance.key;
    event.field = instance.field;
    event.seriesId = instance.seriesId;
    event.value = value;
    event.dataTimeMs = timeMs;
    if (rule.isThreshold()) {
        event.level = rule.level;
        event.clear = rule.clear;
    }
    event.notify = notify;
    m_events.push_back(std::move(event));
}

double AlertEvaluator::lastValueOf(const Instance &instance) const
{
    return instance.seriesId >= 0 ? m_series[size_t(instance.seriesId)].lastValue
                                  : instance.lastValue;
}

bool AlertEvaluator::noSeriesData(const Instance &instance) const
{
    // No sample yet, or (but for a stale rule, which counts arrivals) one without a value.
    const Series &series = m_series[size_t(instance.seriesId)];
    return std::isnan(series.lastValue)
        && (instance.condition != Condition::Stale || series.lastArrivalMs < 0);
}

void AlertEvaluator::wake(const Instance &instance)
{
    // Called on every transition, wherever it comes from; a full evaluation finds the band,
    // the steady state or the quiet again.
    if (instance.seriesId >= 0 && size_t(instance.seriesId) < m_series.size()) {
        m_series[size_t(instance.seriesId)].lo = kNever;
        m_series[size_t(instance.seriesId)].hi = -kNever;
    }
    if (instance.changeWindow >= 0)
        m_changes[size_t(instance.changeWindow)].steady = ChangeWindow::Steady::No;
    if (instance.seriesId < 0 && size_t(instance.feedIndex) < m_feedArrivals.size())
        m_feedArrivals[size_t(instance.feedIndex)].quiet = false;
}

bool AlertEvaluator::acknowledge(int id)
{
    if (id < 0 || size_t(id) >= m_instances.size())
        return false;
    Instance &instance = m_instances[size_t(id)];
    if (!instance.firing || instance.acknowledged)
        return false;
    instance.acknowledged = true;
    report(instance, AlertEvent::State::Acknowledged, std::isfinite(m_nowMs) ? m_nowMs : 0.0,
           lastValueOf(instance), false);
    return true;
}

bool AlertEvaluator::acknowledge(const AlertEvent &captured)
{
    advanceTo(captured.dataTimeMs);
    for (size_t id = 0; id < m_instances.size(); ++id) {
        const Instance &instance = m_instances[id];
        QString rule = m_rules.at(instance.rule).name;
        rule.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (rule == captured.rule && instance.feed == captured.feed && instance.key == captured.key
            && instance.field == captured.field)
            return acknowledge(int(id));
    }
    return false;
}

std::vector<AlertStatus> AlertEvaluator::status() const
{
    std::vector<AlertStatus> all;
    std::vector<bool> seen(size_t(m_rules.size()), false);
    for (size_t id = 0; id < m_instances.size(); ++id) {
        const Instance &instance = m_instances[id];
        const AlertRule &rule = m_rules.at(instance.rule);
        seen[size_t(instance.rule)] = true;
        AlertStatus s = ruleStatus(rule, instance.feed, instance.key, instance.field);
        s.instance = int(id);
        s.seriesId = instance.seriesId;
        s.lastValue = lastValueOf(instance);
        s.sinceMs = instance.sinceMs;
        if (instance.acknowledged)
            s.state = AlertStatus::State::Acknowledged;
        else if (instance.firing)
            s.state = AlertStatus::State::Firing;
        else if (instance.pendingSinceMs >= 0)
            s.state = AlertStatus::State::Pending;
        else if (instance.seriesId >= 0 && noSeriesData(instance))
            s.state = AlertStatus::State::NoData;
        else
            s.state = AlertStatus::State::Ok;
        all.push_back(std::move(s));
    }
    for (int r = 0; r < m_rules.size(); ++r) {
        if (seen[size_t(r)])
            continue;
        const AlertRule &rule = m_rules.at(r);
        // Waits for a matching series or feed: "no data yet".
        all.push_back(ruleStatus(rule, rule.feed, rule.key, rule.field));
    }
    return all;
}

std::vector<AlertStatus> AlertEvaluator::thresholdsForSeries(int seriesId) const
{
    std::vector<AlertStatus> bands;
    for (const AlertStatus &s : status()) {
        if (s.seriesId == seriesId && s.instance >= 0
            && (s.condition == Condition::Above || s.condition == Condition::Below))
            bands.push_back(s);
    }
    return bands;
}
