#pragma once

#include "model/logrecord.h"

#include <vector>

// A bounded ring of log records. Each record gets a sequence number (0, 1, 2... over the
// store's life) so views can tell which rows were dropped. Owned by one thread; no locking.
class LogStore final
{
public:
    explicit LogStore(qsizetype capacity = 100000);

    void append(const LogRecord &record);
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
    std::vector<LogRecord> m_records;
    qsizetype m_capacity;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    quint64 m_dropped = 0;
};
