#include "store/feedoutages.h"

#include <algorithm>

void FeedOutages::update(const FeedStats &stats, double nowMs)
{
    auto it = std::find_if(m_feeds.begin(), m_feeds.end(),
                           [&stats](const Feed &f) { return f.name == stats.feed; });
    if (it == m_feeds.end()) {
        m_feeds.push_back(Feed { stats.feed, false, {} });
        it = m_feeds.end() - 1;
    }
    Feed &feed = *it;
    // A replay has no connection to lose; a feed that never opened has no data to gap.
    const bool open = stats.state == FeedState::Open || stats.state == FeedState::Replaying;
    const bool out = !feed.spans.empty() && feed.spans.back().isOpen();
    if (open) {
        feed.wasOpen = true;
        if (out) {
            feed.spans.back().toMs = std::max(nowMs, feed.spans.back().fromMs);
            ++m_revision;
        }
        return;
    }
    if (!feed.wasOpen || out)
        return;
    feed.spans.push_back(Span { nowMs, -1.0 });
    if (feed.spans.size() > size_t(kMaxSpansPerFeed))
        feed.spans.erase(feed.spans.begin());
    ++m_revision;
}

void FeedOutages::clear()
{
    m_feeds.clear();
    ++m_revision;
}

const std::vector<FeedOutages::Span> &FeedOutages::spans(const QString &feed) const
{
    static const std::vector<Span> kNone;
    const auto it = std::find_if(m_feeds.begin(), m_feeds.end(),
                                 [&feed](const Feed &f) { return f.name == feed; });
    return it == m_feeds.end() ? kNone : it->spans;
}
