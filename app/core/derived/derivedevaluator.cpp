#include "derived/derivedevaluator.h"

#include "util/globpattern.h"

#include <cmath>

void DerivedEvaluator::setRules(const QList<DerivedRule> &rules)
{
    m_rules.clear();
    m_instances.clear();
    m_targets.clear();
    m_dirty.clear();
    m_results.clear();
    m_inRecord = false;
    for (const DerivedRule &source : rules) {
        QString error;
        auto expression = DerivedExpression::compile(source.expr, &error);
        if (!expression)
            continue; // DerivedRules::fromJson refused it already; never evaluate a bad one
        Rule rule;
        rule.rule = source;
        rule.perKey = expression->hasSameRecordReference();
        const QString glob = source.key.isEmpty() ? QStringLiteral("*") : source.key;
        rule.keyGlob = globPattern(glob);
        const size_t refs = expression->references().size();
        rule.shared.assign(refs, 0.0);
        rule.sharedStamp.assign(refs, 0);
        rule.expression = std::move(expression);
        m_rules.push_back(std::move(rule));
        if (!m_rules.back().perKey)
            instanceFor(int(m_rules.size()) - 1, QString());
    }
}

int DerivedEvaluator::instanceFor(int ruleIndex, const QString &key)
{
    Rule &rule = m_rules[size_t(ruleIndex)];
    const auto found = rule.instanceByKey.constFind(key);
    if (found != rule.instanceByKey.constEnd())
        return found.value();
    const size_t refs = rule.expression->references().size();
    Instance instance;
    instance.rule = ruleIndex;
    instance.key = key;
    instance.values.assign(refs, 0.0);
    instance.stamp.assign(refs, 0);
    instance.state = rule.expression->newState();
    const int index = int(m_instances.size());
    m_instances.push_back(std::move(instance));
    rule.instanceByKey.insert(key, index);
    rule.instances.push_back(index);
    return index;
}

void DerivedEvaluator::addSeries(int seriesId, const QString &feed, const QString &key,
                                 const QString &field)
{
    if (seriesId < 0 || !field.startsWith(QLatin1Char('/')))
        return; // derived results (named without a slash) are never inputs
    std::vector<Target> targets;
    for (size_t r = 0; r < m_rules.size(); ++r) {
        const Rule &rule = m_rules[r];
        const auto &refs = rule.expression->references();
        for (size_t slot = 0; slot < refs.size(); ++slot) {
            const DerivedReference &ref = refs[slot];
            if (ref.pointer != field)
                continue;
            if (ref.sameRecord) {
                if (feed == rule.rule.feed && rule.keyGlob.match(key).hasMatch())
                    targets.push_back(Target { -1, instanceFor(int(r), key), int(slot) });
            } else if (ref.feed == feed && ref.key == key) {
                targets.push_back(Target { int(r), -1, int(slot) });
            }
        }
    }
    if (targets.empty())
        return;
    if (size_t(seriesId) >= m_targets.size())
        m_targets.resize(size_t(seriesId) + 1);
    m_targets[size_t(seriesId)] = std::move(targets);
}

void DerivedEvaluator::takeSample(int seriesId, int feedIndex, const QString &key, double timeMs,
                                  double value)
{
    const std::vector<Target> &targets = m_targets[size_t(seriesId)];
    // A new record begins where the feed, key or time changes, or a field comes again (a
    // record holds each field once).
    bool newRecord = m_inRecord
        && (feedIndex != m_recordFeed || timeMs != m_recordTimeMs
            || (&key != m_recordKey && key != *m_recordKey));
    for (size_t i = 0; i < targets.size() && m_inRecord && !newRecord; ++i) {
        const Target &t = targets[i];
        newRecord = t.instance >= 0
            ? m_instances[size_t(t.instance)].stamp[size_t(t.slot)] == m_stamp
            : m_rules[size_t(t.rule)].sharedStamp[size_t(t.slot)] == m_stamp;
    }
    if (newRecord)
        evaluateDirty();
    if (!m_inRecord) {
        m_inRecord = true;
        m_recordFeed = feedIndex;
        m_recordTimeMs = timeMs;
        m_recordKey = &key;
    }
    for (const Target &t : targets) {
        if (t.instance >= 0) {
            Instance &instance = m_instances[size_t(t.instance)];
            instance.values[size_t(t.slot)] = value;
            if (instance.stamp[size_t(t.slot)] == 0)
                ++instance.have;
            instance.stamp[size_t(t.slot)] = m_stamp;
            markDirty(t.instance);
        } else {
            Rule &rule = m_rules[size_t(t.rule)];
            rule.shared[size_t(t.slot)] = value;
            if (rule.sharedStamp[size_t(t.slot)] == 0)
                ++rule.sharedHave;
            rule.sharedStamp[size_t(t.slot)] = m_stamp;
            for (int instance : rule.instances)
                markDirty(instance);
        }
    }
}

void DerivedEvaluator::markDirty(int index)
{
    Instance &instance = m_instances[size_t(index)];
    if (instance.dirtyStamp == m_stamp)
        return;
    instance.dirtyStamp = m_stamp;
    m_dirty.push_back(index);
}

void DerivedEvaluator::evaluateDirty()
{
    for (int index : m_dirty) {
        Instance &instance = m_instances[size_t(index)];
        Rule &rule = m_rules[size_t(instance.rule)];
        const auto &refs = rule.expression->references();
        if (instance.have + rule.sharedHave < refs.size())
            continue; // nothing until every input has a value
        m_inputs.resize(refs.size());
        for (size_t i = 0; i < refs.size(); ++i)
            m_inputs[i] = refs[i].sameRecord ? instance.values[i] : rule.shared[i];
        double value = 0.0;
        if (!rule.expression->evaluate(m_inputs.data(), m_recordTimeMs, instance.state, &value))
            continue;
        if (!std::isfinite(value)) {
            ++instance.notFinite;
            ++m_notFiniteTotal;
            continue;
        }
        if (instance.seriesId < 0 && m_register)
            instance.seriesId = m_register(rule.rule.resultFeed(),
                                           rule.perKey ? instance.key : QString(), rule.rule.name);
        ++instance.samples;
        instance.lastValue = value;
        if (instance.seriesId >= 0)
            m_results.push_back(DerivedSample { instance.seriesId, m_recordTimeMs, value });
    }
    m_dirty.clear();
    if (++m_stamp == 0)
        m_stamp = 1; // 0 means "never updated"
    m_inRecord = false;
}

std::vector<DerivedStatus> DerivedEvaluator::status() const
{
    std::vector<DerivedStatus> out;
    out.reserve(m_instances.size());
    for (const Instance &instance : m_instances) {
        const Rule &rule = m_rules[size_t(instance.rule)];
        out.push_back(DerivedStatus { rule.rule.resultFeed(), instance.key, rule.rule.name,
                                      instance.samples, instance.notFinite, instance.lastValue });
    }
    return out;
}
