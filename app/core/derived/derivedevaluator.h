#pragma once

#include "derived/derivedexpression.h"
#include "derived/derivedrule.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// A result of a derived series, for the engine to publish like a decoded sample.
struct DerivedSample
{
    int seriesId = -1;
    double timeMs = 0.0;
    double value = 0.0;
};

// What one derived series has done so far (shown in the window and at the end of a run).
struct DerivedStatus
{
    QString feed; // of the result series
    QString key;
    QString name;
    quint64 samples = 0;
    quint64 notFinite = 0; // results that were NaN or infinite: not samples
    double lastValue = 0.0;
};

// Computes the profile's derived series (contract: "Derived series") on the decode side, from
// the samples as they are decoded. Series are matched to references once, when registered
// (never per sample); a sample no rule reads costs one bounds check. A record's samples update
// inputs; its end (a sample of another feed, key or time, a field seen again, or the end of
// the frame) evaluates every series whose inputs it changed, once. Outputs are not inputs.
// Single-threaded (the engine's decode side).
class DerivedEvaluator final
{
public:
    // Registers a result series (feed, key, field) and returns its id, -1 to refuse it.
    using RegisterSeries
        = std::function<int(const QString &feed, const QString &key, const QString &field)>;

    void setRules(const QList<DerivedRule> &rules); // rules already checked by DerivedRules
    void setRegisterSeries(RegisterSeries registerSeries)
    {
        m_register = std::move(registerSeries);
    }
    bool isEmpty() const { return m_rules.empty(); }

    // A series appeared: note which references read it.
    void addSeries(int seriesId, const QString &feed, const QString &key, const QString &field);

    void onSample(int seriesId, int feedIndex, const QString &key, double timeMs, double value)
    {
        if (size_t(seriesId) >= m_targets.size() || m_targets[size_t(seriesId)].empty())
            return;
        takeSample(seriesId, feedIndex, key, timeMs, value);
    }
    // The frame is over, and with it the record (every frame must end with this call: the
    // record's key is the frame's).
    void endRecord()
    {
        if (!m_dirty.empty())
            evaluateDirty();
        m_inRecord = false;
        m_recordKey = nullptr; // the frame's strings may go now
    }

    // Results since the last call; the caller empties the vector.
    std::vector<DerivedSample> &results() { return m_results; }
    std::vector<DerivedStatus> status() const;
    quint64 notFiniteTotal() const { return m_notFiniteTotal; }

private:
    struct Rule
    {
        DerivedRule rule;
        std::unique_ptr<DerivedExpression> expression;
        QRegularExpression keyGlob;
        bool perKey = false; // has {/pointer} references: one series per key
        std::vector<double> shared; // named references' latest values (per-key slots unused)
        std::vector<quint32> sharedStamp; // record of the last update; 0: never updated
        size_t sharedHave = 0;
        QHash<QString, int> instanceByKey;
        std::vector<int> instances;
    };
    struct Instance
    {
        int rule = 0;
        QString key;
        std::vector<double> values; // same-record references' latest values
        std::vector<quint32> stamp; // record of the last update; 0: never updated
        size_t have = 0;
        DerivedExpression::State state;
        int seriesId = -1; // the result series, registered at its first result
        quint32 dirtyStamp = 0;
        quint64 samples = 0;
        quint64 notFinite = 0;
        double lastValue = 0.0;
    };
    struct Target
    {
        int rule = -1; // a named reference of this rule...
        int instance = -1; // ...or a same-record one of this instance
        int slot = 0;
    };

    int instanceFor(int rule, const QString &key);
    void takeSample(int seriesId, int feedIndex, const QString &key, double timeMs, double value);
    void markDirty(int instance);
    void evaluateDirty();

    std::vector<Rule> m_rules;
    std::vector<Instance> m_instances;
    std::vector<std::vector<Target>> m_targets; // by series id
    std::vector<int> m_dirty;
    std::vector<double> m_inputs; // scratch
    std::vector<DerivedSample> m_results;
    RegisterSeries m_register;
    quint32 m_stamp = 1; // the current record's
    bool m_inRecord = false;
    int m_recordFeed = -1;
    double m_recordTimeMs = 0.0;
    // The record's key: the decoder's string, alive until the frame ends (endRecord()), so it
    // is compared without copying it per record.
    const QString *m_recordKey = nullptr;
    quint64 m_notFiniteTotal = 0;
};
