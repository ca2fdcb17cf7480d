// IngestEngine's decode thread: frame chunks into samples, log records and series, sealed
// into batches the engine's thread emits. Kept apart from the connection and capture
// plumbing of ingestengine.cpp.
#include "session/ingestengine.h"
#include "session/ingestengine_p.h"

#include "capture/exportwriters.h"
#include "util/backgroundqueue.h"

#include <algorithm>

using namespace IngestEngineDetail;

void IngestEngine::decodeChunk(FrameChunk &chunk)
{
    for (const FrameChunk::Frame &frame : chunk.frames) {
        Feed &feed = *m_feeds[size_t(frame.feed)];
        // Not a copy: the chunk's bytes outlive the decode.
        const QByteArray data
            = QByteArray::fromRawData(chunk.bytes.constData() + frame.offset, frame.size);
        if (frame.binary)
            feed.decoder.decodeBinary(data, frame.receiveUs, feed.scratch);
        else
            feed.decoder.decodeText(data, frame.receiveUs, feed.scratch);
        processResult(frame.feed, feed.scratch, frame.receiveUs);
    }
    chunk.frames.clear();
    chunk.bytes.resize(0); // both keep their capacity for the next chunk
}

void IngestEngine::sealPendingBatch()
{
    // Decode thread: the samples, logs and new series so far become a batch of their own; the
    // engine's thread adds the counters and emits it. Raw frames stay with the timed flush.
    IngestBatch batch;
    batch.newSeries = std::move(m_pending.newSeries);
    const size_t sealedSamples = m_pending.samples.size();
    batch.samples = std::move(m_pending.samples);
    batch.logs = std::move(m_pending.logs);
    batch.alerts = std::move(m_pending.alerts);
    batch.notes = std::move(m_pending.notes);
    batch.rewound = m_pending.rewound;
    m_pending.newSeries.clear();
    m_pending.samples.clear();
    // The next batch is likely as big: one allocation now instead of a doubling series of
    // reallocations and copies while it fills (batches of many records per frame).
    m_pending.samples.reserve(sealedSamples);
    m_pending.logs.clear();
    m_pending.alerts.clear();
    m_pending.notes.clear();
    m_pending.rewound = false;
    bool first = false;
    {
        std::lock_guard<std::mutex> lock(m_sealedMutex);
        first = m_sealed.empty();
        m_sealed.push_back(std::move(batch));
        m_haveSealed.store(true, std::memory_order_release);
    }
    // No frame may follow to notice them (the burst ended): the event loop will.
    if (first)
        QMetaObject::invokeMethod(this, &IngestEngine::emitSealedBatches, Qt::QueuedConnection);
}

void IngestEngine::emitSealedBatches()
{
    std::vector<IngestBatch> sealed;
    {
        std::lock_guard<std::mutex> lock(m_sealedMutex);
        sealed.swap(m_sealed);
        m_haveSealed.store(false, std::memory_order_relaxed);
    }
    if (sealed.empty())
        return;
    const std::vector<FeedStats> counters = stats();
    for (IngestBatch &batch : sealed) {
        batch.stats = counters;
        publishAlerts(batch.alerts);
        Q_EMIT batchReady(batch);
    }
}

void IngestEngine::processResult(int index, FrameDecodeResult &result, qint64 receiveUs)
{
    Feed &feed = *m_feeds[size_t(index)];
    if (result.slowPath)
        ++feed.decodeStats.slowPathFrames;
    const double arrivalMs = double(receiveUs) / 1000.0;
    m_alerts.onFrame(index, arrivalMs, !result.ok());
    if (result.ok()) {
        ++feed.decodeStats.decoded;
    } else {
        ++feed.decodeStats.errors;
        feed.decodeStats.lastError = result.errors.constFirst();
        pushRecentError(feed.decodeStats.recentErrors, feed.decodeStats.lastError);
    }
    const quint64 refusedBefore = feed.decodeStats.refusedSeries;
    for (const DecodedSample &sample : result.samples) {
        const int id
            = feed.series.idFor(sample, [this, &feed](const QString &key, const QString &field) {
                  return registerSeries(feed, key, field);
              });
        if (id < 0) {
            refuseSample(feed, sample);
            continue;
        }
        // A sample of the next record ends the one before: its derived results go first.
        m_derived.onSample(id, index, sample.key(), sample.timeMs, sample.value);
        if (!m_derived.results().empty())
            publishDerived(arrivalMs);
        m_pending.samples.push_back(SamplePoint { id, sample.timeMs, sample.value });
        m_alerts.onSample(id, sample.timeMs, sample.value, arrivalMs);
        if (m_sampleExport)
            m_sampleExport->write(sample.timeMs, feed.spec.name, sample.key(), sample.field(),
                                  sample.value);
    }
    feed.decodeStats.samples
        += quint64(result.samples.size()) - (feed.decodeStats.refusedSeries - refusedBefore);
    if (!m_derived.isEmpty()) {
        m_derived.endRecord(); // the frame's last record
        publishDerived(arrivalMs);
    }
    for (LogRecord &log : result.logs) {
        m_alerts.onLog(index, log);
        if (m_logExport)
            m_logExport->write(log);
        m_pending.logs.push_back(std::move(log)); // the decoder clears its result next frame
    }
    feed.decodeStats.logRecords += quint64(result.logs.size());
    if (!m_alerts.events().empty())
        takeAlertEvents();
    if (m_pending.samples.size() >= m_maxPendingSamples
        || size_t(m_pending.logs.size()) >= m_maxPendingSamples)
        sealPendingBatch();
}

int IngestEngine::registerSeries(Feed &feed, const QString &key, const QString &field)
{
    // Rare: only for a series not seen before. Over the feed's cap it is refused (and, not
    // being cached, refused again on every sample, each counted).
    if (feed.seriesCount >= feed.spec.maxSeries)
        return -1;
    ++feed.seriesCount;
    const int id = int(m_seriesInfos.size());
    SeriesInfo info { id, feed.spec.name, key, field };
    m_alerts.addSeries(id, feed.index, key, field); // globs matched once, here
    m_derived.addSeries(id, feed.spec.name, key, field);
    m_seriesInfos.push_back(info);
    m_pending.newSeries.push_back(std::move(info));
    return id;
}

void IngestEngine::refuseSample(Feed &feed, const DecodedSample &sample)
{
    ++feed.decodeStats.refusedSeries;
    if (!isPowerOfTwo(feed.decodeStats.refusedSeries))
        return;
    const QString series = sample.key().isEmpty()
        ? sample.field()
        : sample.key() + QLatin1Char(' ') + sample.field();
    pushRecentError(feed.decodeStats.recentErrors,
                    tr("series cap of %1 reached: refused %2 (%3 samples refused so far)")
                        .arg(feed.spec.maxSeries)
                        .arg(series)
                        .arg(feed.decodeStats.refusedSeries));
}
