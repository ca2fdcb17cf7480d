#pragma once

// IngestEngine's per-feed state and the frame chunks handed to its decode thread, shared by
// the files the engine is written in: ingestengine.cpp (feeds, frames, flush),
// ingestenginedecode.cpp (the decode thread's side), ingestenginecapture.cpp (capture and
// exports), ingestenginealerts.cpp (alert rules and markers) and ingestenginederived.cpp.
#include "decode/framedecoder.h"
#include "model/feedstats.h"
#include "profiles/feedspec.h"
#include "session/connectionlog.h"
#include "session/feedseriesindex.h"
#include "session/ingestengine.h"
#include "session/recentframes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>

#include <vector>

class FeedConnection;

namespace IngestEngineDetail {
// Decode error reasons kept per feed for the GUI (FeedStats::recentErrors).
constexpr qsizetype kRecentErrors = 8;

inline void pushRecentError(QStringList &ring, const QString &reason)
{
    if (ring.size() >= kRecentErrors)
        ring.removeFirst();
    ring.append(reason);
}

// Powers of two: the first refusal and then ever fewer, so a hostile feed cannot flood the
// error list with cap reports.
inline bool isPowerOfTwo(quint64 n)
{
    return n && !(n & (n - 1));
}
} // namespace IngestEngineDetail

// Frames on their way to the decode thread: their bytes back to back, and where each is.
struct IngestEngine::FrameChunk
{
    struct Frame
    {
        int feed = 0;
        bool binary = false;
        qint64 receiveUs = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    std::vector<Frame> frames;
    QByteArray bytes;
};

struct IngestEngine::Feed
{
    // The engine's thread: connection, frame counters, the raw-frame ring.
    FeedSpec spec; // read by both threads, written by neither after addFeed
    int index = 0; // in m_feeds
    FeedConnection *connection = nullptr; // child of the engine; null for replay feeds
    FeedStats stats; // all but the decode counters, which are decodeStats'
    quint64 framesAtCheck = 0; // stats.frames when the stale check last saw it move
    QElapsedTimer quietSince; // since the last frame (or since the connection opened)
    RecentFrames recent; // for the message inspector
    ConnectionLog connectionLog; // losses and restorations as log records of the feed
    bool openedBefore = false; // a later open counts as a reconnect
    // Removed by a reload: kept (the decode thread and series ids index m_feeds) but out of
    // stats(), feedNames() and feedIndex().
    bool removed = false;

    // The decode thread, from a cache line of its own on: two cores writing one line (a
    // frame counter here, a decoded counter there) would pass it back and forth per frame.
    alignas(64) FrameDecoder decoder;
    // decoded, errors, samples, logRecords, refusedSeries, lastError, recentErrors; stats()
    // merges them into `stats` once the decode thread is drained.
    FeedStats decodeStats;
    FrameDecodeResult scratch; // reused for every frame of this feed
    FeedSeriesIndex series;
    int seriesCount = 0; // series created for this feed, capped by spec.maxSeries
};
