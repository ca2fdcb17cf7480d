#include "capture/captureindex.h"

#include <algorithm>

qint64 CaptureIndex::note(const QString &feed, qint64 timeUs, qint64 offset)
{
    std::lock_guard lock(m_mutex);
    if (!m_last || feed != m_lastFeed) {
        // Inserting a feed may move the others' entries: m_last is only kept while the same
        // feed keeps coming, and no other feed was inserted meanwhile.
        m_last = &m_feeds[feed];
        m_lastFeed = feed;
    }
    FeedIndex &index = *m_last;
    if (timeUs < index.nextDueUs)
        return index.nextDueUs;
    index.entries.push_back(Entry { timeUs, offset });
    index.nextDueUs = (timeUs / kStepUs + 1) * kStepUs;
    return index.nextDueUs;
}

qint64 CaptureIndex::offsetBefore(const QString &feed, qint64 timeUs, qint64 fallback) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_feeds.constFind(feed);
    if (it == m_feeds.cend() || it->entries.empty())
        return -1;
    const auto &entries = it->entries;
    // The last entry not after timeUs: its frame and every later one of the feed follow it.
    auto after = std::upper_bound(entries.begin(), entries.end(), timeUs,
                                  [](qint64 t, const Entry &e) { return t < e.timeUs; });
    if (after == entries.begin())
        return fallback;
    return std::prev(after)->offset;
}

qsizetype CaptureIndex::entryCount(const QString &feed) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_feeds.constFind(feed);
    return it == m_feeds.cend() ? 0 : qsizetype(it->entries.size());
}

void CaptureIndex::clear()
{
    std::lock_guard lock(m_mutex);
    m_feeds.clear();
    m_last = nullptr;
    m_lastFeed.clear();
}
