#pragma once

#include "model/feedstats.h"
#include "model/ingestbatch.h"
#include "model/logrecord.h"
#include "model/seriesinfo.h"
#include "store/logstore.h"
#include "store/seriesstore.h"

#include <QObject>

#include <vector>

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

    const SeriesStore &seriesStore() const { return m_series; }
    const LogStore &logStore() const { return m_logs; }
    // Feeds in the order they first reported, each with its newest counters.
    const std::vector<FeedStats> &feedStats() const { return m_stats; }

    // Moves the log records received since the last call into the log store and returns
    // how many; the caller tells its LogModel right after, in the same tick.
    qsizetype commitPendingLogs();
    // Fills `out` with the ids of series that received samples since the last call, once each.
    void takeDirtySeries(std::vector<int> &out);
    // True once after stats changed.
    bool takeStatsChanged();

Q_SIGNALS:
    void seriesAdded(const SeriesInfo &info);

private:
    void dropRetained();
    void mergeStats(const FeedStats &stats);

    SeriesStore m_series;
    LogStore m_logs;
    std::vector<LogRecord> m_pendingLogs;
    std::vector<FeedStats> m_stats;
    std::vector<int> m_dirtyIds;
    std::vector<char> m_dirtyFlags; // indexed by series id; avoids a set lookup per sample
    bool m_statsChanged = false;
    bool m_clearLogs = false; // a rewind: the log store empties at the next commit
};
