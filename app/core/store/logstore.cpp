#include "store/logstore.h"

#include <algorithm>

LogStore::LogStore(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{ }

void LogStore::append(const LogRecord &record)
{
    if (m_size < m_capacity) {
        if (qsizetype(m_records.size()) < m_capacity)
            m_records.push_back(record);
        else
            m_records[size_t((m_head + m_size) % m_capacity)] = record;
        ++m_size;
        return;
    }
    m_records[size_t(m_head)] = record;
    m_head = (m_head + 1) % m_capacity;
    ++m_dropped;
}

void LogStore::clear()
{
    m_dropped += quint64(m_size);
    m_records.clear();
    m_head = 0;
    m_size = 0;
}

const LogRecord &LogStore::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    return m_records[size_t((m_head + i) % m_capacity)];
}
