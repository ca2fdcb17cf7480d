#include "store/logstore.h"

#include <algorithm>

LogStore::LogStore(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{ }

void LogStore::append(const LogRecord &record)
{
    // Only a block no one else shares may grow: a batch's block is also the batch's.
    if (!m_blocks.empty() && m_blocks.back().records.isDetached()
        && m_blocks.back().records.size() < kSingleRecordsPerBlock) {
        m_blocks.back().records.push_back(record);
    } else {
        LogRecords block;
        block.reserve(16);
        block.push_back(record);
        m_blocks.push_back(Block { std::move(block), totalAppended() });
    }
    ++m_size;
    dropPastCapacity();
}

void LogStore::append(const LogRecords &records)
{
    if (records.isEmpty())
        return;
    m_blocks.push_back(Block { records, totalAppended() });
    m_size += records.size();
    dropPastCapacity();
}

void LogStore::dropPastCapacity()
{
    while (m_size > m_capacity) {
        const Block &oldest = m_blocks.front();
        const quint64 retainedInOldest
            = oldest.firstSequence + quint64(oldest.records.size()) - m_dropped;
        const quint64 excess = quint64(m_size - m_capacity);
        if (retainedInOldest <= excess) {
            m_dropped += retainedInOldest;
            m_size -= qsizetype(retainedInOldest);
            m_blocks.pop_front();
        } else {
            m_dropped += excess;
            m_size = m_capacity;
        }
    }
}

void LogStore::clear()
{
    m_dropped += quint64(m_size);
    m_blocks.clear();
    m_size = 0;
}

const LogRecord &LogStore::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    const quint64 sequence = m_dropped + quint64(i);
    // Views ask for the newest rows most: try the last block before searching.
    const Block &last = m_blocks.back();
    if (sequence >= last.firstSequence)
        return last.records.at(qsizetype(sequence - last.firstSequence));
    const auto after = std::upper_bound(
        m_blocks.cbegin(), m_blocks.cend(), sequence,
        [](quint64 wanted, const Block &block) { return wanted < block.firstSequence; });
    const Block &block = *std::prev(after);
    return block.records.at(qsizetype(sequence - block.firstSequence));
}
