#pragma once

#include "alerts/alertevent.h"
#include "model/feedstats.h"
#include "model/logrecord.h"
#include "model/notemarker.h"
#include "model/rawframe.h"
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
    LogRecords logs;
    std::vector<FeedStats> stats;
    // A replay jumped back: the receiver drops the samples and logs it kept (series stay
    // registered) before taking this batch, so times never go backwards in a store.
    bool rewound = false;
    // The newest frames of each feed since the last batch, at most kRawFramesPerFeed per feed,
    // oldest first: the message inspector's raw view.
    std::vector<RawFrame> rawFrames;
    static constexpr int kRawFramesPerFeed = 50;
    // Alert transitions found since the last batch (firing, resolved, acknowledged), in the
    // order the evaluator found them, and the markers added since (user's or replayed notes).
    std::vector<AlertEvent> alerts;
    std::vector<NoteMarker> notes;

    bool hasData() const
    {
        return rewound || !newSeries.empty() || !samples.empty() || !logs.empty()
            || !rawFrames.empty() || !alerts.empty() || !notes.empty();
    }
};
Q_DECLARE_METATYPE(IngestBatch)
