#pragma once

#include "model/feedstats.h"
#include "model/ingestbatch.h"
#include "model/logrecord.h"
#include "model/seriesinfo.h"
#include "store/feedoutages.h"
#include "store/logstore.h"
#include "store/seriesstore.h"

#include <QObject>

#include <vector>

// Running figures of one series since it appeared (not only the retained samples): for the
// latest values table. lastUpdateMs is the wall clock when its newest sample arrived.
struct SeriesSummary
{
    double last = 0.0;
    double previous = 0.0;
    double min = 0.0;
    double max = 0.0;
    double sum = 0.0;
    quint64 count = 0;
    qint64 lastUpdateMs = -1;

    double mean() const { return count ? sum / double(count) : 0.0; }
    double change() const { return count > 1 ? last - previous : 0.0; }
};

// The GUI thread's copy of a session: series and log stores fed from IngestBatch, the latest
// counters of every feed, and what changed since the last render tick. Owned by MainWindow.
class DashboardData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardData)

public:
    explicit DashboardData(qsizetype samplesPerSeries = 100000, qsizetype logCapacity = 100000,
                           QObject *parent = nullptr);

    // Forgets the session: series, logs, counters (when the window switches sessions).
    void clear();
    // Takes one batch from the session (queued connection from the worker thread).
    void ingest(const IngestBatch &batch);
    // The same with the wall clock given, for tests.
    void ingestAt(const IngestBatch &batch, qint64 nowMs);

    const SeriesStore &seriesStore() const { return m_series; }
    // How many samples each series keeps in memory (the capture keeps them all).
    void setSamplesPerSeries(qsizetype samples) { m_series.setCapacityPerSeries(samples); }
    const LogStore &logStore() const { return m_logs; }
    // Feeds in the order they first reported, each with its newest counters.
    const std::vector<FeedStats> &feedStats() const { return m_stats; }
    // When each feed was not open, from the state changes in the batches' counters.
    const FeedOutages &outages() const { return m_outages; }
    // Indexed by series id (ids are dense).
    const std::vector<SeriesSummary> &summaries() const { return m_summaries; }

    // Moves the log records received since the last call into the log store and returns
    // how many; the caller tells its LogModel right after, in the same tick.
    qsizetype commitPendingLogs();
    // Moves the raw frames received since the last call into `out` (cleared first).
    void takeRawFrames(std::vector<RawFrame> &out);
    // Fills `out` with the ids of series that received samples since the last call, once each.
    void takeDirtySeries(std::vector<int> &out);
    // True once after stats changed.
    bool takeStatsChanged();
    // Moves the alert transitions and markers received since the last call into the outs
    // (cleared first). True when a replay jumped back since: the receiver forgets the alerts
    // and markers it kept, as the replay brings them again.
    bool takeAlerts(std::vector<AlertEvent> &alerts, std::vector<NoteMarker> &notes);

Q_SIGNALS:
    void seriesAdded(const SeriesInfo &info);

private:
    void dropRetained();
    void mergeStats(const FeedStats &stats);

    SeriesStore m_series;
    LogStore m_logs;
    std::vector<LogRecords> m_pendingLogs; // one block per batch
    std::vector<RawFrame> m_pendingFrames; // bounded like the logs: one tick's batches
    std::vector<AlertEvent> m_pendingAlerts; // the same
    std::vector<NoteMarker> m_pendingNotes;
    bool m_alertsRewound = false;
    std::vector<FeedStats> m_stats;
    FeedOutages m_outages;
    std::vector<int> m_dirtyIds;
    std::vector<char> m_dirtyFlags; // indexed by series id; avoids a set lookup per sample
    std::vector<SeriesSummary> m_summaries;
    bool m_statsChanged = false;
    bool m_clearLogs = false; // a rewind: the log store empties at the next commit
};
