// IngestEngine's derived series (contract: "Derived series"): kept apart from the decoding
// and capture plumbing of ingestengine.cpp. Everything here runs on the decode side.
#include "session/ingestengine.h"

#include "capture/exportwriters.h"

void IngestEngine::setDerivedRules(const QList<DerivedRule> &rules)
{
    drainDecoding(); // the evaluator is the decode thread's
    m_derivedRules = rules;
    rebuildDerived();
}

QList<DerivedRule> IngestEngine::derivedRules() const
{
    return m_derivedRules;
}

std::vector<DerivedStatus> IngestEngine::derivedStatus() const
{
    drainDecoding();
    return m_derived.status();
}

void IngestEngine::rebuildDerived()
{
    m_derived = DerivedEvaluator();
    m_derived.setRules(m_derivedRules);
    m_derived.setRegisterSeries(
        [this](const QString &feed, const QString &key, const QString &field) {
            return registerDerivedSeries(feed, key, field);
        });
    for (const SeriesInfo &info : m_seriesInfos)
        m_derived.addSeries(info.id, info.feed, info.key, info.field);
}

int IngestEngine::registerDerivedSeries(const QString &feed, const QString &key,
                                        const QString &field)
{
    // A replay's rewind or a new rule set computes the same series again: same id, so charts
    // and exports keep one series.
    const QString name = feed + QLatin1Char('\n') + key + QLatin1Char('\n') + field;
    const auto known = m_derivedSeriesIds.constFind(name);
    if (known != m_derivedSeriesIds.constEnd())
        return known.value();
    const int index = feedIndex(feed);
    const int id = int(m_seriesInfos.size());
    SeriesInfo info { id, feed, key, field };
    m_alerts.addSeries(id, index, feed, key, field); // usable by alert rules like any series
    m_seriesInfos.push_back(info);
    m_pending.newSeries.push_back(std::move(info));
    m_derivedSeriesIds.insert(name, id);
    return id;
}

void IngestEngine::publishDerived(double arrivalMs)
{
    std::vector<DerivedSample> &results = m_derived.results();
    for (const DerivedSample &sample : results) {
        m_pending.samples.push_back(SamplePoint { sample.seriesId, sample.timeMs, sample.value });
        m_alerts.onSample(sample.seriesId, sample.timeMs, sample.value, arrivalMs);
        if (m_sampleExport) {
            const SeriesInfo &info = m_seriesInfos[size_t(sample.seriesId)];
            m_sampleExport->write(sample.timeMs, info.feed, info.key, info.field, sample.value);
        }
    }
    results.clear();
}
