#include "feed/reconnectpolicy.h"

#include <algorithm>

ReconnectPolicy::ReconnectPolicy(int initialDelayMs, int maxDelayMs, quint32 seed)
    : m_initialMs(std::max(1, initialDelayMs))
    , m_maxMs(std::max(std::max(1, initialDelayMs), maxDelayMs))
    , m_rng(seed ? seed : std::random_device {}())
{ }

int ReconnectPolicy::nextDelayMs()
{
    // ceiling = initial * 2^attempt, capped; the delay is drawn from [ceiling/2, ceiling] so
    // many clients restarted together do not reconnect in lock step, yet never busy-loop.
    const int shift = std::min(m_attempt, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_initialMs) << shift, m_maxMs);
    ++m_attempt;
    std::uniform_int_distribution<qint64> jitter(ceiling / 2, ceiling);
    return int(std::max<qint64>(1, jitter(m_rng)));
}
