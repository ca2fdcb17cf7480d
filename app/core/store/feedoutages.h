#pragma once

#include "model/feedstats.h"

#include <QString>

#include <vector>

// When each feed was not open: a span starts when a feed that had been open leaves the open
// state (the connection dropped) and ends when it is open again. Fed with the feed counters
// of every batch and the wall clock; charts shade these spans. Bounded per feed. Plain value
// on the GUI thread (inside DashboardData); not thread-safe.
class FeedOutages final
{
public:
    struct Span
    {
        double fromMs = 0.0;
        double toMs = -1.0; // < 0 while the feed is still not open
        bool isOpen() const { return toMs < 0.0; }
    };
    static constexpr int kMaxSpansPerFeed = 200;

    // Takes a feed's newest counters at wall-clock time nowMs.
    void update(const FeedStats &stats, double nowMs);
    void clear();
    // The spans of a feed, oldest first; empty for a feed never seen.
    const std::vector<Span> &spans(const QString &feed) const;
    // Changes whenever a span starts or ends, so a chart moves its bands only then.
    quint64 revision() const { return m_revision; }

private:
    struct Feed
    {
        QString name;
        bool wasOpen = false; // open at least once since the session started
        std::vector<Span> spans;
    };
    std::vector<Feed> m_feeds;
    quint64 m_revision = 0;
};
