#include "candlesview.h"

#include "panelchart.h"

#include "store/axisplan.h"
#include "store/seriesstore.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr int kMinCandles = 30; // a window shorter than that many intervals still shows them
constexpr int kMaxCandles = 240; // more would be thinner than a few pixels
// The volume bars take the lowest quarter of the plot; the candles stay above them.
constexpr double kVolumeShare = 0.25;

bool sameValues(const QCandlestickSet *set, double open, double high, double low, double close)
{
    return set->open() == open && set->high() == high && set->low() == low && set->close() == close;
}

void setValues(QCandlestickSet *set, double open, double high, double low, double close)
{
    if (sameValues(set, open, high, low, close))
        return; // each setter relays the candle out
    set->setOpen(open);
    set->setHigh(high);
    set->setLow(low);
    set->setClose(close);
}
} // namespace

CandlesView::CandlesView(const SeriesStore &store, QWidget *parent)
    : PanelView(store, parent)
    , m_chart(createChart())
    , m_timeAxis(new QDateTimeAxis)
    , m_priceAxis(new QValueAxis)
    , m_volumeAxis(new QValueAxis)
    , m_prices(new QCandlestickSeries)
    , m_volumes(new QCandlestickSeries)
{
    setObjectName(QStringLiteral("candlesView"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_priceAxis, Qt::AlignLeft);
    m_chart->addAxis(m_volumeAxis, Qt::AlignRight);
    m_timeAxis->setFormat(QStringLiteral("hh:mm:ss"));
    m_timeAxis->setTickCount(7);
    // A valid range before the first candle: an axis shown with none never draws its labels
    // (Qt Charts 6.4), not even once it gets one.
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-60), now);
    m_volumeAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_volumeAxis->setGridLineVisible(false);
    m_chart->legend()->hide();
    m_prices->setIncreasingColor(QColor(0x26, 0xa6, 0x9a));
    m_prices->setDecreasingColor(QColor(0xef, 0x53, 0x50));
    m_prices->setBodyWidth(0.7);
    m_volumes->setName(tr("Volume"));
    m_volumes->setIncreasingColor(QColor(0x80, 0x8a, 0x96, 150));
    m_volumes->setDecreasingColor(QColor(0x80, 0x8a, 0x96, 150));
    m_volumes->setBodyOutlineVisible(false);
    m_volumes->setCapsVisible(false);
    m_volumes->setBodyWidth(0.7);
    for (QCandlestickSeries *series : { m_volumes, m_prices }) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
    }
    m_prices->attachAxis(m_priceAxis);
    m_volumes->attachAxis(m_volumeAxis);
    themeChanged();
}

CandlesView::~CandlesView() = default;

QChart *CandlesView::createChart()
{
    QChartView *view = PanelChart::createView(this);
    // Candle bodies, wicks and volume bars are axis-aligned: antialiasing changes none of their
    // pixels worth having, yet it made each paint of a 60-candle chart cost ~4.5 ms, and eight
    // such charts blocked the event loop for ~40 ms a tick (guibench --panels p99 36-45 ms
    // with it, 11-14 ms without). Text keeps its own antialiasing.
    view->setRenderHint(QPainter::Antialiasing, false);
    return view->chart();
}

void CandlesView::inputsChanged()
{
    m_stale = true;
}

void CandlesView::themeChanged()
{
    PanelChart::applyTheme(m_chart, m_dark);
    QPen pen(m_dark ? QColor(0xc9, 0xd1, 0xd9) : QColor(0x39, 0x42, 0x4e));
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    m_prices->setPen(pen); // wicks and outlines
}

void CandlesView::render(const std::vector<int> &)
{
    if (m_stale) {
        m_stale = false;
        m_priceId = resolve({}, 0);
        const bool haveVolume = m_priceId >= 0 && !m_settings.volumeField.isEmpty();
        m_volumeId = haveVolume ? m_store.find(m_store.info(m_priceId).feed,
                                               m_store.info(m_priceId).key, m_settings.volumeField)
                                : -1;
        m_candles.setIntervalMs(m_settings.candleIntervalMs);
        m_priceCursor.reset();
        m_volumeCursor.reset();
        clearSets();
        // Axis titles rather than a legend: Qt Charts 6.4's candlestick legend marker keeps
        // the name the series had when it was added (none).
        const QString name = m_priceId >= 0 ? m_store.info(m_priceId).displayName() : QString();
        m_prices->setName(name);
        m_priceAxis->setTitleText(name);
        m_volumeAxis->setTitleText(m_volumeId >= 0 ? m_store.info(m_volumeId).displayName()
                                                   : QString());
        m_volumeAxis->setVisible(m_volumeId >= 0);
        m_chart->setTitle(m_priceId < 0 ? tr("Check a series in the list to see its candles")
                                        : QString());
    }
    readNewTicks();
    if (m_candles.revision() == m_shownRevision)
        return; // nothing arrived: nothing to redraw
    m_shownRevision = m_candles.revision();
    // The newest candles that fit the window; each is looked at, none of the history.
    const std::deque<Candle> &all = m_candles.candles();
    std::vector<const Candle *> shown;
    const int wanted = candlesInView();
    for (auto it = all.rbegin(); it != all.rend() && int(shown.size()) < wanted; ++it) {
        if (it->ticks > 0)
            shown.push_back(&*it);
    }
    std::reverse(shown.begin(), shown.end());
    syncSets(shown);
    updateAxes(shown);
}

void CandlesView::readNewTicks()
{
    if (m_priceId < 0 || !m_store.contains(m_priceId))
        return;
    const auto addPrice = [this](double t, double v) { m_candles.addPrice(t, v); };
    const auto addVolume = [this](double t, double v) { m_candles.addVolume(t, v); };
    if (!m_priceCursor.readNew(m_store.buffer(m_priceId), addPrice)) {
        // The buffer went back (a replay's jump): build the candles again from it.
        m_candles.clear();
        m_volumeCursor.reset();
        clearSets();
        m_priceCursor.readNew(m_store.buffer(m_priceId), addPrice);
    }
    if (m_volumeId >= 0 && m_store.contains(m_volumeId)
        && !m_volumeCursor.readNew(m_store.buffer(m_volumeId), addVolume))
        m_volumeCursor.readNew(m_store.buffer(m_volumeId), addVolume);
}

int CandlesView::candlesInView() const
{
    if (m_windowMs <= 0)
        return kMaxCandles;
    const qint64 n = m_windowMs / std::max<qint64>(1, m_candles.intervalMs());
    return int(std::clamp<qint64>(n, kMinCandles, kMaxCandles));
}

// The sets follow the shown candles: those scrolled off the left go, new ones are appended,
// and only candles whose numbers changed are set again (the forming one, most ticks).
void CandlesView::syncSets(const std::vector<const Candle *> &shown)
{
    const double first
        = shown.empty() ? std::numeric_limits<double>::infinity() : shown.front()->startMs;
    while (!m_sets.empty() && m_sets.front()->timestamp() < first) {
        // Deleted later, as QCandlestickSeries::remove() does: the chart's items may still
        // hold the set until their next update.
        m_prices->take(m_sets.front());
        m_sets.front()->deleteLater();
        m_sets.pop_front();
        m_volumes->take(m_volumeSets.front());
        m_volumeSets.front()->deleteLater();
        m_volumeSets.pop_front();
    }
    const bool volume = m_volumeId >= 0;
    for (size_t i = 0; i < shown.size(); ++i) {
        const Candle &c = *shown[i];
        if (i < m_sets.size() && m_sets[i]->timestamp() != c.startMs) {
            clearSets(); // an older candle appeared between shown ones: rebuild
            syncSets(shown);
            return;
        }
        if (i == m_sets.size()) {
            m_sets.push_back(new QCandlestickSet(c.startMs));
            m_volumeSets.push_back(new QCandlestickSet(c.startMs));
            setValues(m_sets.back(), c.open, c.high, c.low, c.close);
            setValues(m_volumeSets.back(), 0, volume ? c.volume : 0, 0, volume ? c.volume : 0);
            m_prices->append(m_sets.back());
            m_volumes->append(m_volumeSets.back());
            continue;
        }
        setValues(m_sets[i], c.open, c.high, c.low, c.close);
        setValues(m_volumeSets[i], 0, volume ? c.volume : 0, 0, volume ? c.volume : 0);
    }
}

void CandlesView::clearSets()
{
    m_prices->clear(); // deletes the sets
    m_volumes->clear();
    m_sets.clear();
    m_volumeSets.clear();
    m_shownRevision = 0;
    m_firstShownMs = m_lastShownMs = std::numeric_limits<double>::quiet_NaN(); // axes anew
}

// The value axes move when a candle starts or leaves the view, or when the forming candle
// leaves their range (with room to grow: 10 % of the span above and below); a new high inside
// the range, most ticks, moves nothing, so the chart is not laid out again.
void CandlesView::updateAxes(const std::vector<const Candle *> &shown)
{
    if (shown.empty())
        return;
    const double interval = double(m_candles.intervalMs());
    const bool moved
        = shown.front()->startMs != m_firstShownMs || shown.back()->startMs != m_lastShownMs;
    if (moved) {
        m_firstShownMs = shown.front()->startMs;
        m_lastShownMs = shown.back()->startMs;
        const double spanMs = double(shown.size()) * interval;
        const QString format = AxisPlan::timeLabelFormat(spanMs, m_timeAxis->tickCount());
        if (format != m_timeAxis->format())
            m_timeAxis->setFormat(format); // only on a change: a new format relayouts the chart
        // Each candle is centred on its start: half an interval of room at both ends.
        m_timeAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(qint64(shown.front()->startMs - interval / 2)),
            QDateTime::fromMSecsSinceEpoch(qint64(shown.back()->startMs + interval / 2)));
    }
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    double volume = 0.0;
    for (const Candle *c : shown) {
        low = std::min(low, c->low);
        high = std::max(high, c->high);
        volume = std::max(volume, c->volume);
    }
    if (!moved && low >= m_low && high <= m_high && volume <= m_volumeTop)
        return;
    double span = high - low;
    if (span <= 0)
        span = std::max(1e-9, std::abs(high) * 0.01);
    m_low = low - span * 0.1;
    m_high = high + span * 0.1;
    m_volumeTop = std::max(volume * 1.2, 1e-12);
    double bottom = m_low;
    if (m_volumeId >= 0) {
        // Room below the candles for the volume pane.
        bottom = m_low - (m_high - m_low) * kVolumeShare / (1.0 - kVolumeShare);
        m_volumeAxis->setRange(0.0, m_volumeTop / kVolumeShare);
    }
    m_priceAxis->setRange(bottom, m_high);
}
