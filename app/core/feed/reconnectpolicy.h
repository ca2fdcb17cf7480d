#pragma once

#include <QtGlobal>

#include <random>

// Exponential backoff with full jitter between an initial and a maximum delay; reset after a
// connection stayed up for a while. Plain value, no timers: the connection asks it for delays.
class ReconnectPolicy final
{
public:
    ReconnectPolicy(int initialDelayMs = 500, int maxDelayMs = 30000, quint32 seed = 0);

    // The delay before the next attempt; each call doubles the ceiling up to the maximum.
    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    // A connection that stayed open this long resets the backoff.
    static constexpr int kStableConnectionMs = 10000;

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
    std::mt19937 m_rng;
};
