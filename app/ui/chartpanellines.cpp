// ChartPanel's lines: what each draws for the visible range. The buffer's samples decimated to
// the plot's columns, the envelope left of what the buffer holds, and raw samples read back
// from the capture for a zoom finer than the envelope. The rest of the panel is in
// chartpanel.cpp.
#include "chartpanel.h"
#include "chartpanel_p.h"

#include "chartstyle.h"
#include "incrementaldecimator.h"

#include "store/seriesbuffer.h"
#include "store/seriesenvelope.h"
#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>

#include <algorithm>

int ChartPanel::plotColumns() const
{
    const int width = int(m_chart->plotArea().width());
    // Before the first layout the plot area is empty; the view's width is a fair guess.
    return width > 16 ? width : std::max(200, m_view->width());
}

void ChartPanel::refreshLine(Line &line, double fromMs, double toMs, int columns, bool fixedRange)
{
    const SeriesBuffer &buffer = m_store.buffer(line.id);
    const double columnMs = (toMs - fromMs) / std::max(1, columns);
    const double gapMs = ChartStyle::gapThresholdMs(buffer, columnMs);
    line.decimator.update(buffer, fromMs, toMs, columns, gapMs, line.spare);
    // Left of what the buffer still holds, the run goes on in the series' envelope.
    const SeriesEnvelope &envelope = m_store.envelope(line.id);
    const double bufferStartMs = buffer.isEmpty() ? toMs : buffer.timeAt(0);
    if (buffer.dropped() > 0 && fromMs < bufferStartMs && !envelope.isEmpty()) {
        line.older.clear();
        const double olderToMs = std::min(toMs, bufferStartMs);
        // Zoomed in (or paused) finer than the envelope's buckets: the raw samples, read back
        // once for the range. Never while following the newest samples: the range moves every
        // tick, and a 1 min window over a fast feed would read a minute of frames back each
        // time (seconds of the GUI thread); the envelope's 100 ms buckets draw it instead.
        if (!(fixedRange && m_rawSource && columnMs < SeriesEnvelope::kBaseWidthMs
              && readRaw(line, fromMs - columnMs, toMs, olderToMs, columnMs, line.older)))
            envelope.appendPoints(fromMs - columnMs, olderToMs, columnMs, gapMs, line.older);
        if (!line.older.isEmpty()) {
            line.older += line.spare;
            line.spare.swap(line.older);
        }
    }
    line.shown.swap(line.spare); // LinePlotItem draws it; the series stays empty
    line.stale = false;
    m_plot->update(); // only when something it draws changed: a paused chart is not repainted
}

void ChartPanel::setRawSource(RawSource source)
{
    m_rawSource = std::move(source);
    for (const auto &line : m_lines)
        line->rawRead = false;
    markAllStale();
}

void ChartPanel::rawSamplesArrived()
{
    bool waiting = false;
    for (const auto &line : m_lines) {
        if (!line->rawRead && line->rawToMs > line->rawFromMs) {
            line->stale = true;
            waiting = true;
        }
    }
    if (waiting)
        render({});
}

// The whole zoomed range is asked for, the same for every line of the chart (the session
// decodes a feed's stretch once for all its series); points from untilMs on are the buffer's.
bool ChartPanel::readRaw(Line &line, double fromMs, double toMs, double untilMs, double columnMs,
                         QList<QPointF> &out)
{
    if (!line.rawRead || line.rawFromMs != fromMs || line.rawToMs != toMs) {
        line.raw.clear();
        ++m_rawReads;
        line.rawRead = m_rawSource(line.id, fromMs, toMs, line.raw);
        line.rawFromMs = fromMs;
        line.rawToMs = toMs;
        if (!line.rawRead)
            line.raw.clear();
    }
    const auto until = std::lower_bound(line.raw.cbegin(), line.raw.cend(), untilMs,
                                        [](const QPointF &p, double t) { return p.x() < t; });
    if (until == line.raw.cbegin())
        return false;
    ChartStyle::appendMinMax(line.raw.first(until - line.raw.cbegin()), columnMs, out);
    return true;
}
