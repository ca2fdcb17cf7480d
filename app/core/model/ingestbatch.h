#pragma once

#include "model/feedstats.h"
#include "model/logrecord.h"
#include "model/samplepoint.h"
#include "model/seriesinfo.h"

#include <QMetaType>

#include <vector>

// What the ingest engine hands the GUI every flush interval (16-33 ms): new series first,
// then samples and log records in receive order, and a snapshot of every feed's counters.
struct IngestBatch
{
    std::vector<SeriesInfo> newSeries;
    std::vector<SamplePoint> samples;
    std::vector<LogRecord> logs;
    std::vector<FeedStats> stats;
    qint64 captureBytes = -1; // size of the capture file so far; < 0 when not recording

    bool hasData() const { return !newSeries.empty() || !samples.empty() || !logs.empty(); }
};
Q_DECLARE_METATYPE(IngestBatch)
