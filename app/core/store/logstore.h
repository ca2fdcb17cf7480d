#pragma once

#include "model/logrecord.h"

#include <deque>

// A bounded store of log records. Each record gets a sequence number (0, 1, 2... over the
// store's life) so views can tell which rows were dropped. Owned by one thread; no locking.
//
// Records are kept in the blocks they arrived in (an ingest batch's LogRecords), shared, not
// copied: taking a batch of a million records costs one reference count, where copying each
// record touched its message text, allocated on the decode thread's core. The oldest block
// goes once all its records are past the cap, so what is kept beyond the cap is bounded by
// one block.
class LogStore final
{
public:
    explicit LogStore(qsizetype capacity = 100000);

    void append(const LogRecord &record);
    void append(const LogRecords &records);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    quint64 dropped() const { return m_dropped; }
    // Sequence number of the oldest retained record (== dropped()).
    quint64 firstSequence() const { return m_dropped; }
    quint64 totalAppended() const { return m_dropped + quint64(m_size); }

    // i = 0 is the oldest retained record.
    const LogRecord &at(qsizetype i) const;

private:
    struct Block
    {
        LogRecords records;
        quint64 firstSequence; // of records[0], dropped or not
    };
    // Single records go into a block of their own making, up to this many, so a stream of
    // them cannot grow one block (kept whole while any of it is retained) without bound.
    static constexpr qsizetype kSingleRecordsPerBlock = 1024;

    void dropPastCapacity();

    std::deque<Block> m_blocks;
    qsizetype m_capacity;
    qsizetype m_size = 0;
    quint64 m_dropped = 0;
};
