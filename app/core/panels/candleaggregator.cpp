#include "candleaggregator.h"

#include <algorithm>
#include <cmath>

CandleAggregator::CandleAggregator(qint64 intervalMs, qsizetype maxCandles)
    : m_intervalMs(std::max<qint64>(1, intervalMs))
    , m_maxCandles(std::max<qsizetype>(1, maxCandles))
{ }

std::vector<qint64> CandleAggregator::intervalChoices()
{
    return { 1000, 5000, 60000, 300000, 3600000 };
}

void CandleAggregator::setIntervalMs(qint64 intervalMs)
{
    m_intervalMs = std::max<qint64>(1, intervalMs);
    clear();
}

void CandleAggregator::clear()
{
    m_candles.clear();
    ++m_revision;
}

// The candle of timeMs's interval, made if needed. In order, that is the last one (or a new
// last one): constant time. An older tick finds its candle by binary search.
Candle &CandleAggregator::candleAt(double timeMs)
{
    const double startMs = std::floor(timeMs / double(m_intervalMs)) * double(m_intervalMs);
    if (!m_candles.empty() && m_candles.back().startMs == startMs)
        return m_candles.back();
    if (m_candles.empty() || m_candles.back().startMs < startMs) {
        m_candles.push_back(Candle { startMs });
        if (qsizetype(m_candles.size()) > m_maxCandles)
            m_candles.pop_front();
        return m_candles.back();
    }
    const auto it = std::lower_bound(m_candles.begin(), m_candles.end(), startMs,
                                     [](const Candle &c, double t) { return c.startMs < t; });
    if (it != m_candles.end() && it->startMs == startMs)
        return *it;
    return *m_candles.insert(it, Candle { startMs });
}

void CandleAggregator::addPrice(double timeMs, double price)
{
    if (!std::isfinite(timeMs) || !std::isfinite(price))
        return;
    // Older than every candle kept: it belongs to a candle already let go.
    if (qsizetype(m_candles.size()) == m_maxCandles && timeMs < m_candles.front().startMs)
        return;
    Candle &c = candleAt(timeMs);
    if (c.ticks == 0) {
        c.open = c.high = c.low = c.close = price;
        c.openTimeMs = c.closeTimeMs = timeMs;
    } else {
        c.high = std::max(c.high, price);
        c.low = std::min(c.low, price);
        if (timeMs < c.openTimeMs) {
            c.open = price;
            c.openTimeMs = timeMs;
        }
        if (timeMs >= c.closeTimeMs) {
            c.close = price;
            c.closeTimeMs = timeMs;
        }
    }
    ++c.ticks;
    ++m_revision;
}

void CandleAggregator::addVolume(double timeMs, double volume)
{
    if (!std::isfinite(timeMs) || !std::isfinite(volume))
        return;
    if (qsizetype(m_candles.size()) == m_maxCandles && timeMs < m_candles.front().startMs)
        return;
    candleAt(timeMs).volume += volume;
    ++m_revision;
}
