#pragma once

#include <QtGlobal>

#include <deque>
#include <vector>

// One candle: open, high, low, close and volume of the ticks in [startMs, startMs + interval).
struct Candle
{
    double startMs = 0.0;
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    double volume = 0.0;
    double openTimeMs = 0.0; // time of the tick that opened it (the earliest)
    double closeTimeMs = 0.0; // time of the tick that closes it (the latest so far)
    int ticks = 0; // price ticks; 0: only volume arrived for this interval
};

// Builds candles from price ticks (and volume ticks) as they arrive, at one interval: each
// tick updates only its own candle, so a tick costs the same after 1 k or 1 M of them. An
// interval with no tick has no candle (a gap stays a gap). A tick older than the newest goes
// into its own interval's candle: it can raise the high or lower the low, and becomes the open
// only if it is the earliest of that candle (the close only if the latest). Keeps the newest
// maxCandles candles. Plain value; any thread.
class CandleAggregator final
{
public:
    explicit CandleAggregator(qint64 intervalMs = 60000, qsizetype maxCandles = 20000);

    // The intervals offered: 1 s, 5 s, 1 min, 5 min, 1 h.
    static std::vector<qint64> intervalChoices();

    qint64 intervalMs() const { return m_intervalMs; }
    // A new interval forgets the candles built (the caller feeds the ticks again).
    void setIntervalMs(qint64 intervalMs);
    void clear();

    void addPrice(double timeMs, double price);
    void addVolume(double timeMs, double volume);

    // Oldest first; the last one is the forming candle.
    const std::deque<Candle> &candles() const { return m_candles; }
    // Bumped by every change, so a view redraws only when something changed.
    quint64 revision() const { return m_revision; }

private:
    Candle &candleAt(double timeMs);

    qint64 m_intervalMs;
    qsizetype m_maxCandles;
    std::deque<Candle> m_candles; // by startMs, ascending, no duplicates
    quint64 m_revision = 0;
};
