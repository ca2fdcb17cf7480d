#pragma once

#include "model/samplepoint.h"
#include "model/seriesinfo.h"
#include "store/seriesbuffer.h"
#include "store/seriesenvelope.h"

#include <QHash>

#include <memory>
#include <vector>

// All series of a session, indexed by the ids the ingest engine assigns, each with a bounded
// buffer of its newest samples and a min/max envelope of the whole run (SeriesEnvelope), so a
// chart over everything stays drawable when the buffer has dropped the older samples. Lives on the
// GUI thread (fed from IngestBatch) or in a test; no locking.
class SeriesStore final
{
public:
    explicit SeriesStore(qsizetype capacityPerSeries = 100000);

    // Registers a series under info.id; a repeated id keeps the existing buffer.
    void addSeries(const SeriesInfo &info);
    // Appends a sample; unknown ids are counted in unknownSamples() and otherwise ignored.
    void append(const SamplePoint &sample);

    int seriesCount() const { return int(m_infos.size()); }
    bool contains(int id) const;
    const SeriesInfo &info(int id) const;
    const SeriesBuffer &buffer(int id) const;
    const SeriesEnvelope &envelope(int id) const;
    std::vector<int> seriesIds() const;
    // The id of (feed, key, field), or -1.
    int find(const QString &feed, const QString &key, const QString &field) const;

    // Forgets every series (a new session starts its ids at 0 again).
    void clear();
    // Empties every buffer; the series stay registered (a replay that jumped back).
    void clearSamples();

    qsizetype capacityPerSeries() const { return m_capacity; }
    void setCapacityPerSeries(qsizetype capacity);
    quint64 totalDropped() const;
    quint64 unknownSamples() const { return m_unknownSamples; }
    qsizetype retainedSamples() const;
    // Bytes the envelopes take, all series together.
    qsizetype envelopeBytes() const;

private:
    qsizetype m_capacity;
    // Indexed by series id; ids are dense (0, 1, 2...) as the engine hands them out.
    std::vector<SeriesInfo> m_infos;
    std::vector<std::unique_ptr<SeriesBuffer>> m_buffers;
    std::vector<std::unique_ptr<SeriesEnvelope>> m_envelopes;
    QHash<QString, int> m_byName;
    quint64 m_unknownSamples = 0;
};
