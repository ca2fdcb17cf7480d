#include "store/seriesstore.h"

namespace {
QString nameKey(const QString &feed, const QString &key, const QString &field)
{
    return feed + QChar(0x1f) + key + QChar(0x1f) + field;
}
} // namespace

SeriesStore::SeriesStore(qsizetype capacityPerSeries)
    : m_capacity(capacityPerSeries)
{ }

void SeriesStore::addSeries(const SeriesInfo &info)
{
    if (info.id < 0)
        return;
    const auto index = size_t(info.id);
    if (index >= m_infos.size()) {
        m_infos.resize(index + 1);
        m_buffers.resize(index + 1);
        m_envelopes.resize(index + 1);
    }
    if (m_buffers[index])
        return;
    m_infos[index] = info;
    m_buffers[index] = std::make_unique<SeriesBuffer>(m_capacity);
    m_envelopes[index] = std::make_unique<SeriesEnvelope>();
    m_byName.insert(nameKey(info.feed, info.key, info.field), info.id);
}

void SeriesStore::append(const SamplePoint &sample)
{
    if (!contains(sample.seriesId)) {
        ++m_unknownSamples;
        return;
    }
    SeriesBuffer &buffer = *m_buffers[size_t(sample.seriesId)];
    buffer.append(sample.timeMs, sample.value);
    // The buffer's time: a sample older than the newest was moved up to it there as well.
    m_envelopes[size_t(sample.seriesId)]->append(buffer.lastTime(), sample.value);
}

bool SeriesStore::contains(int id) const
{
    return id >= 0 && size_t(id) < m_buffers.size() && m_buffers[size_t(id)];
}

const SeriesInfo &SeriesStore::info(int id) const
{
    Q_ASSERT(contains(id));
    return m_infos[size_t(id)];
}

const SeriesBuffer &SeriesStore::buffer(int id) const
{
    Q_ASSERT(contains(id));
    return *m_buffers[size_t(id)];
}

std::vector<int> SeriesStore::seriesIds() const
{
    std::vector<int> ids;
    ids.reserve(m_buffers.size());
    for (size_t i = 0; i < m_buffers.size(); ++i) {
        if (m_buffers[i])
            ids.push_back(int(i));
    }
    return ids;
}

int SeriesStore::find(const QString &feed, const QString &key, const QString &field) const
{
    return m_byName.value(nameKey(feed, key, field), -1);
}

void SeriesStore::setCapacityPerSeries(qsizetype capacity)
{
    m_capacity = capacity;
    for (auto &buffer : m_buffers) {
        if (buffer)
            buffer->setCapacity(capacity);
    }
}

quint64 SeriesStore::totalDropped() const
{
    quint64 total = 0;
    for (const auto &buffer : m_buffers) {
        if (buffer)
            total += buffer->dropped();
    }
    return total;
}

qsizetype SeriesStore::retainedSamples() const
{
    qsizetype total = 0;
    for (const auto &buffer : m_buffers) {
        if (buffer)
            total += buffer->size();
    }
    return total;
}

void SeriesStore::clear()
{
    m_infos.clear();
    m_buffers.clear();
    m_envelopes.clear();
    m_byName.clear();
    m_unknownSamples = 0;
}

void SeriesStore::clearSamples()
{
    for (const auto &buffer : m_buffers) {
        if (buffer)
            buffer->clear();
    }
    for (const auto &envelope : m_envelopes) {
        if (envelope)
            envelope->clear();
    }
}

const SeriesEnvelope &SeriesStore::envelope(int id) const
{
    Q_ASSERT(contains(id));
    return *m_envelopes[size_t(id)];
}

qsizetype SeriesStore::envelopeBytes() const
{
    qsizetype bytes = 0;
    for (const auto &envelope : m_envelopes) {
        if (envelope)
            bytes += envelope->memoryBytes();
    }
    return bytes;
}
