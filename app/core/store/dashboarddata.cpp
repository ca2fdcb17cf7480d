#include "store/dashboarddata.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

DashboardData::DashboardData(qsizetype samplesPerSeries, qsizetype logCapacity, QObject *parent)
    : QObject(parent)
    , m_series(samplesPerSeries)
    , m_logs(logCapacity)
{ }

void DashboardData::ingest(const IngestBatch &batch)
{
    ingestAt(batch, QDateTime::currentMSecsSinceEpoch());
}

void DashboardData::ingestAt(const IngestBatch &batch, qint64 nowMs)
{
    if (batch.rewound)
        dropRetained();
    for (const SeriesInfo &info : batch.newSeries) {
        if (m_series.contains(info.id))
            continue;
        m_series.addSeries(info);
        if (size_t(info.id) >= m_dirtyFlags.size()) {
            m_dirtyFlags.resize(size_t(info.id) + 1, 0);
            m_summaries.resize(size_t(info.id) + 1);
        }
        Q_EMIT seriesAdded(info);
    }
    for (const SamplePoint &sample : batch.samples) {
        m_series.append(sample);
        const auto id = size_t(sample.seriesId);
        if (id >= m_dirtyFlags.size())
            continue; // unknown to the store as well
        SeriesSummary &summary = m_summaries[id];
        summary.previous = summary.count ? summary.last : sample.value;
        summary.last = sample.value;
        summary.min = summary.count ? std::min(summary.min, sample.value) : sample.value;
        summary.max = summary.count ? std::max(summary.max, sample.value) : sample.value;
        summary.sum += sample.value;
        ++summary.count;
        summary.lastUpdateMs = nowMs;
        if (!m_dirtyFlags[id]) {
            m_dirtyFlags[id] = 1;
            m_dirtyIds.push_back(sample.seriesId);
        }
    }

    // Log records wait for the render tick: the store and the model then change together, so
    // a view never asks the model for a row the store has already dropped. Between two ticks
    // only the batches of one tick arrive (same thread), which bounds this queue.
    if (!batch.logs.isEmpty())
        m_pendingLogs.push_back(batch.logs); // shared, not copied record by record
    m_pendingFrames.insert(m_pendingFrames.end(), batch.rawFrames.begin(), batch.rawFrames.end());
    m_pendingAlerts.insert(m_pendingAlerts.end(), batch.alerts.begin(), batch.alerts.end());
    m_pendingNotes.insert(m_pendingNotes.end(), batch.notes.begin(), batch.notes.end());
    for (const FeedStats &stats : batch.stats) {
        mergeStats(stats);
        m_outages.update(stats, double(nowMs));
    }
}

qsizetype DashboardData::commitPendingLogs()
{
    // Cleared here, not on ingest, so the store and the log model change in the same tick.
    if (std::exchange(m_clearLogs, false))
        m_logs.clear();
    qsizetype count = 0;
    for (const LogRecords &records : m_pendingLogs) {
        m_logs.append(records);
        count += records.size();
    }
    m_pendingLogs.clear();
    return count;
}

void DashboardData::takeRawFrames(std::vector<RawFrame> &out)
{
    out.clear();
    std::swap(out, m_pendingFrames);
}

void DashboardData::takeDirtySeries(std::vector<int> &out)
{
    out.clear();
    std::swap(out, m_dirtyIds);
    for (int id : out)
        m_dirtyFlags[size_t(id)] = 0;
}

bool DashboardData::takeAlerts(std::vector<AlertEvent> &alerts, std::vector<NoteMarker> &notes)
{
    alerts.clear();
    notes.clear();
    std::swap(alerts, m_pendingAlerts);
    std::swap(notes, m_pendingNotes);
    return std::exchange(m_alertsRewound, false);
}

bool DashboardData::takeStatsChanged()
{
    return std::exchange(m_statsChanged, false);
}

void DashboardData::mergeStats(const FeedStats &stats)
{
    m_statsChanged = true;
    for (FeedStats &known : m_stats) {
        if (known.feed == stats.feed) {
            known = stats;
            return;
        }
    }
    m_stats.push_back(stats);
}

void DashboardData::clear()
{
    m_series.clear();
    m_summaries.clear();
    m_pendingFrames.clear();
    m_pendingAlerts.clear();
    m_pendingNotes.clear();
    m_alertsRewound = true;
    m_logs.clear();
    m_pendingLogs.clear();
    m_stats.clear();
    m_outages.clear();
    m_dirtyIds.clear();
    m_dirtyFlags.clear();
    m_statsChanged = true;
}

void DashboardData::dropRetained()
{
    m_series.clearSamples();
    // The replay plays these samples again: figures over them would count them twice.
    std::fill(m_summaries.begin(), m_summaries.end(), SeriesSummary {});
    m_pendingLogs.clear();
    m_clearLogs = true;
    m_pendingAlerts.clear();
    m_pendingNotes.clear();
    m_alertsRewound = true;
    // Every series changed (it is empty now): each is redrawn at the next tick.
    for (int id : m_series.seriesIds()) {
        if (size_t(id) < m_dirtyFlags.size() && !m_dirtyFlags[size_t(id)]) {
            m_dirtyFlags[size_t(id)] = 1;
            m_dirtyIds.push_back(id);
        }
    }
}
