#include "chartpanel.h"
#include "chartpanel_p.h"

#include "alertoverlay.h"
#include "chartstyle.h"
#include "outagebands.h"
#include "timeaxislabels.h"

#include "store/feedoutages.h"
#include "store/seriesbuffer.h"
#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {
constexpr double kMinSpanMs = 1000.0; // the narrowest time axis while the data is younger
// An outage still going on moves the axis on to now, if the samples' clock is the wall clock
// (a live feed's event times); a replay or a feed with another clock keeps its own.
constexpr double kMaxClockLagMs = 3600.0 * 1000.0;
} // namespace

ChartPanel::ChartPanel(const SeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_chart(new QChart)
    // Given the chart at construction: QChartView(parent) makes a default chart that
    // setChart() would release, not delete.
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis)
    , m_timeRoom(new QDateTimeAxis)
    , m_bands(std::make_unique<OutageBands>(m_chart))
    , m_timeLabels(std::make_unique<TimeAxisLabels>(m_chart))
    , m_plot(new LinePlotItem(m_chart, [this](LinePlotItem::Frame &frame) { plotFrame(frame); }))
    , m_overlay(std::make_unique<AlertOverlay>(m_chart))
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 6, 6, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation); // animations would redraw per tick
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(ChartStyle::smallerFont(font()));

    // The time axis maps the lines' times and is hidden: a visible one lays out the whole
    // chart again on every new range (Qt Charts 6.4 compares a cached size hint with a fresh
    // one and they never match), every value axis's HTML labels included, 5-7 ms of each
    // render tick at 1 M msg/s. A second axis that never moves and has empty labels keeps
    // their line of height under the plot, where TimeAxisLabels draws labels, ticks and grid
    // at round times.
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setVisible(false);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom); // first: axes(Qt::Horizontal) names it
    m_timeAxis->setRange(now.addMSecs(-m_windowMs), now);
    m_timeRoom->setFormat(QString());
    m_timeRoom->setTickCount(2);
    m_timeRoom->setGridLineVisible(false);
    m_timeRoom->setLineVisible(false);
    m_chart->addAxis(m_timeRoom, Qt::AlignBottom);
    m_timeRoom->setRange(QDateTime::fromMSecsSinceEpoch(0), QDateTime::fromMSecsSinceEpoch(1000));
    m_timeRoom->setLabelsFont(ChartStyle::smallerFont(font()));
    m_timeLabels->setFont(ChartStyle::smallerFont(font()));
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &ChartPanel::onTimeRangeChanged);
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartPanel::updateTimeLabels);
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF &plotArea) { m_plot->setPlotArea(plotArea); });

    m_crossLine = new QGraphicsLineItem(m_chart);
    m_crossBox = new QGraphicsRectItem(m_chart);
    m_crossText = new QGraphicsSimpleTextItem(m_crossBox);
    m_crossText->setFont(ChartStyle::smallerFont(font()));
    for (QGraphicsItem *item :
         { static_cast<QGraphicsItem *>(m_crossLine), static_cast<QGraphicsItem *>(m_crossBox) }) {
        item->setZValue(20); // above the lines
        item->hide();
    }
    applyColors();
    createContextMenu();

    // The view owns the chart; the chart owns its series and axes.
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setSeriesVisible(int id, bool visible)
{
    if (visible == isSeriesVisible(id) || !m_store.contains(id))
        return;
    if (visible)
        addLine(id);
    else
        removeLine(id);
}

bool ChartPanel::isSeriesVisible(int id) const
{
    return findLine(id) != nullptr;
}

QColor ChartPanel::seriesColor(int id) const
{
    const Line *line = findLine(id);
    return line ? ChartStyle::lineColor(line->colorSlot) : QColor();
}

void ChartPanel::setWindowMs(qint64 ms)
{
    if (ms < 0 || ms == m_windowMs)
        return;
    m_windowMs = ms;
    // A new window replaces a zoomed or frozen range.
    m_shownFromMs = m_shownToMs = 0.0;
    if (std::exchange(m_zoomed, false))
        Q_EMIT zoomChanged(false);
    markAllStale();
}

void ChartPanel::render(const std::vector<int> &dirtyIds)
{
    // While paused new samples only wait in the store; resuming redraws every line.
    if (!m_paused) {
        for (int id : dirtyIds) {
            if (Line *line = findLine(id))
                line->stale = true;
        }
    }
    double fromMs = 0.0;
    double toMs = 0.0;
    bool userRange = false;
    const bool haveData = visibleRange(fromMs, toMs, userRange);
    if (m_lines.empty() && m_store.seriesCount() > 0)
        setPlaceholder(Placeholder::NoSeries);
    else
        setPlaceholder(haveData ? Placeholder::None : Placeholder::Waiting);
    if (!haveData) {
        m_overlay->hide();
        return;
    }
    if (needsRegroup())
        regroupAxes();
    const int columns = plotColumns();
    for (const auto &line : m_lines) {
        if (line->stale)
            refreshLine(*line, fromMs, toMs, columns, userRange);
    }
    updateAntialiasing(columns);
    // A zoom keeps the value ranges the rubber band chose; a frozen range is scaled for.
    if (!userRange)
        updateTimeAxis(fromMs, toMs);
    if (!m_zoomed)
        updateValueAxes(fromMs);
    updateOutageBands();
    updateAlertOverlay();
    refreshCrosshair();
}

void ChartPanel::plotFrame(LinePlotItem::Frame &frame) const
{
    frame.fromMs = double(m_timeAxis->min().toMSecsSinceEpoch());
    frame.toMs = double(m_timeAxis->max().toMSecsSinceEpoch());
    for (const auto &line : m_lines) {
        if (!line->hidden)
            frame.traces.push_back({ line->shown, ChartStyle::lineColor(line->colorSlot),
                                     line->group->axis->min(), line->group->axis->max() });
    }
}

// The time range to draw: the zoomed range, the frozen range while paused, else the window
// ending at the newest sample (or everything retained). False when there is nothing to show.
bool ChartPanel::visibleRange(double &fromMs, double &toMs, bool &userRange) const
{
    userRange = m_zoomed || (m_paused && m_shownToMs > m_shownFromMs);
    if (userRange) {
        fromMs = double(m_timeAxis->min().toMSecsSinceEpoch());
        toMs = double(m_timeAxis->max().toMSecsSinceEpoch());
        return toMs > fromMs && !m_lines.empty();
    }
    double newest = -std::numeric_limits<double>::infinity();
    double oldest = std::numeric_limits<double>::infinity();
    for (const auto &line : m_lines) {
        const SeriesBuffer &buffer = m_store.buffer(line->id);
        if (!buffer.isEmpty()) {
            newest = std::max(newest, buffer.lastTime());
            oldest = std::min(oldest, buffer.timeAt(0));
            // What the buffer dropped is still drawable from its envelope.
            const double envelopeStart = m_store.envelope(line->id).firstTimeMs();
            if (buffer.dropped() > 0 && envelopeStart < oldest)
                oldest = envelopeStart;
        }
    }
    if (!std::isfinite(newest))
        return false;
    toMs = newest;
    if (m_outages) {
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        for (const auto &line : m_lines) {
            const auto &spans = m_outages->spans(m_store.info(line->id).feed);
            if (!spans.empty() && spans.back().isOpen() && now > toMs
                && now - toMs < kMaxClockLagMs)
                toMs = now;
        }
    }
    // Data younger than the window is spread over the width (the axis starts at its first
    // sample) rather than drawn as a sliver at the right edge.
    const double dataFrom = std::min(oldest, toMs - kMinSpanMs);
    fromMs = m_windowMs > 0 ? std::max(toMs - double(m_windowMs), dataFrom) : dataFrom;
    return true;
}

void ChartPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_pausedFromMs = m_shownFromMs;
        m_pausedToMs = m_shownToMs;
        Q_EMIT pausedChanged(true);
        return;
    }
    // Following again: the zoom goes too, and the newest samples show at once.
    const bool wasZoomed = std::exchange(m_zoomed, false);
    m_shownFromMs = m_shownToMs = 0.0;
    for (const auto &group : m_axisGroups)
        group->min = group->max = 0.0;
    markAllStale();
    render({});
    Q_EMIT pausedChanged(false);
    if (wasZoomed)
        Q_EMIT zoomChanged(false);
}

void ChartPanel::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    for (const auto &group : m_axisGroups)
        group->min = group->max = 0.0;
    if (m_paused && m_pausedToMs > m_pausedFromMs) {
        // Paused: back to the moment following stopped, not to now.
        m_shownFromMs = m_shownToMs = 0.0;
        updateTimeAxis(m_pausedFromMs, m_pausedToMs);
    } else {
        m_shownFromMs = m_shownToMs = 0.0; // the next render sets both axes again
    }
    markAllStale();
    render({});
    Q_EMIT zoomChanged(false);
}

void ChartPanel::onTimeRangeChanged()
{
    updateTimeLabels();
    m_plot->update();
    if (m_settingRange)
        return;
    // The user zoomed (rubber band, wheel, right-click): keep the range, re-decimate for it.
    // A zoom stops following, as a pause does, so the Pause button shows it.
    markAllStale();
    if (!m_paused) {
        m_paused = true;
        m_pausedFromMs = m_shownFromMs;
        m_pausedToMs = m_shownToMs;
        Q_EMIT pausedChanged(true);
    }
    if (!m_zoomed) {
        m_zoomed = true;
        Q_EMIT zoomChanged(true);
    }
    // The read-out under a still mouse belongs to the new range.
    QMetaObject::invokeMethod(this, &ChartPanel::refreshCrosshair, Qt::QueuedConnection);
}

void ChartPanel::updateTimeLabels()
{
    m_timeLabels->update(double(m_timeAxis->min().toMSecsSinceEpoch()),
                         double(m_timeAxis->max().toMSecsSinceEpoch()), m_chart->plotArea());
}

QStringList ChartPanel::timeLabels() const
{
    return m_timeLabels->texts();
}

void ChartPanel::setFeedOutages(const FeedOutages *outages)
{
    m_outages = outages;
}

int ChartPanel::outageBandCount() const
{
    return m_bands->visibleCount();
}

void ChartPanel::updateOutageBands()
{
    if (!m_outages || m_lines.empty()) {
        m_bands->hide();
        return;
    }
    QStringList feeds;
    for (const auto &line : m_lines) {
        const QString &feed = m_store.info(line->id).feed;
        if (!feeds.contains(feed))
            feeds << feed;
    }
    m_bands->update(*m_outages, feeds, double(m_timeAxis->min().toMSecsSinceEpoch()),
                    double(m_timeAxis->max().toMSecsSinceEpoch()), m_chart->plotArea(),
                    double(QDateTime::currentMSecsSinceEpoch()));
}

void ChartPanel::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyColors();
}

void ChartPanel::applyColors()
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(m_dark);
    m_chart->setBackgroundBrush(colors.background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(colors.text);
    m_chart->legend()->setLabelColor(colors.text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setGridLineColor(colors.grid);
        axis->setLinePenColor(colors.axisLine);
    }
    QPen crossPen(colors.crossLine);
    crossPen.setStyle(Qt::DashLine);
    m_crossLine->setPen(crossPen);
    m_crossBox->setBrush(colors.crossBox);
    m_crossBox->setPen(QPen(colors.axisLine));
    m_crossText->setBrush(colors.text);
    m_timeLabels->setColors(colors.text, colors.grid, colors.axisLine);
    m_bands->setColor(colors.outage);
    m_overlay->setTextColor(colors.text);
    for (const auto &line : m_lines)
        connectLegendMarker(*line); // refreshes the dimmed labels of hidden lines
}

void ChartPanel::setLineHidden(int id, bool hidden)
{
    Line *line = findLine(id);
    if (!line || line->hidden == hidden)
        return;
    line->hidden = hidden;
    // A transparent pen rather than setVisible(false): a hidden series takes its legend
    // entry with it, and the entry must stay to be clicked back on.
    QPen pen = line->series->pen();
    QColor color = ChartStyle::lineColor(line->colorSlot);
    color.setAlpha(hidden ? 0 : 255);
    pen.setColor(color);
    line->series->setPen(pen);
    connectLegendMarker(*line);
    m_plot->update();
    for (const auto &group : m_axisGroups)
        group->min = group->max = 0.0; // rescale without the hidden line
    render({});
}

bool ChartPanel::isLineHidden(int id) const
{
    const Line *line = findLine(id);
    return line && line->hidden;
}

std::vector<int> ChartPanel::visibleSeriesIds() const
{
    std::vector<int> ids;
    ids.reserve(m_lines.size());
    for (const auto &line : m_lines)
        ids.push_back(line->id);
    return ids;
}

QList<QPointF> ChartPanel::shownPoints(int id) const
{
    const Line *line = findLine(id);
    return line ? line->shown : QList<QPointF>();
}

void ChartPanel::connectLegendMarker(Line &line)
{
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(line.series);
    if (markers.isEmpty())
        return;
    QLegendMarker *marker = markers.constFirst();
    QColor label = ChartStyle::chartColors(m_dark).text;
    label.setAlphaF(line.hidden ? 0.4 : 1.0);
    marker->setLabelBrush(label);
    QColor swatch = ChartStyle::lineColor(line.colorSlot);
    swatch.setAlphaF(line.hidden ? 0.25 : 1.0);
    marker->setBrush(swatch);
    marker->setPen(Qt::NoPen);
    const int id = line.id;
    marker->disconnect(this);
    connect(marker, &QLegendMarker::clicked, this,
            [this, id] { setLineHidden(id, !isLineHidden(id)); });
}

int ChartPanel::visibleSeriesCount() const
{
    return int(m_lines.size());
}

int ChartPanel::pointCount(int id) const
{
    const Line *line = findLine(id);
    return line ? int(line->shown.size()) : 0;
}

QStringList ChartPanel::visibleSeriesNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_lines.size()));
    for (const auto &line : m_lines)
        names << line->series->name();
    return names;
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    markAllStale(); // the plot's pixel width sets the decimation's columns
}

ChartPanel::Line *ChartPanel::findLine(int id) const
{
    for (const auto &line : m_lines) {
        if (line->id == id)
            return line.get();
    }
    return nullptr;
}

void ChartPanel::addLine(int id)
{
    auto line = std::make_unique<Line>();
    line->id = id;
    line->colorSlot = freeColorSlot();
    line->group = &axisGroupFor(m_store.info(id).field, 0);
    line->series = new QLineSeries;
    line->series->setName(m_store.info(id).displayName());
    // One pixel, cosmetic: Qt's raster engine draws such lines (antialiased too) with its
    // cosmetic stroker, while any wider pen goes through the general path stroker, several
    // times the cost per segment on a chart that repaints 30 times a second.
    QPen pen(ChartStyle::lineColor(line->colorSlot));
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    line->series->setPen(pen); // before addSeries, so the theme keeps it
    m_chart->addSeries(line->series);
    line->series->attachAxis(m_timeAxis);
    line->series->attachAxis(line->group->axis);
    ++line->group->users;
    connectLegendMarker(*line);
    m_lines.push_back(std::move(line));
    m_groupingDirty = true;
}

void ChartPanel::removeLine(int id)
{
    const auto it = std::find_if(m_lines.begin(), m_lines.end(),
                                 [id](const auto &line) { return line->id == id; });
    if (it == m_lines.end())
        return;
    m_chart->removeSeries((*it)->series); // hands ownership back
    const std::unique_ptr<QLineSeries> series((*it)->series);
    AxisGroup *group = (*it)->group;
    m_lines.erase(it);
    releaseAxisGroup(group);
    m_groupingDirty = true;
    m_plot->update();
}

int ChartPanel::freeColorSlot() const
{
    for (int slot = 0;; ++slot) {
        const bool used = std::any_of(m_lines.begin(), m_lines.end(),
                                      [slot](const auto &line) { return line->colorSlot == slot; });
        if (!used)
            return slot;
    }
}

void ChartPanel::updateAntialiasing(int columns)
{
    // A line with a point in every pixel column is a dense trace: antialiasing it changes
    // little on screen but costs most of the repaint (on a fast feed every column's minimum
    // and maximum make a stroke the chart's height: 3x the loop time at 200 k msg/s). Sparse
    // lines keep smooth edges. The margin keeps a line near the limit from flipping per tick.
    qsizetype densest = 0;
    for (const auto &line : m_lines) {
        if (line->series->isVisible())
            densest = std::max(densest, line->shown.size());
    }
    const bool smooth = m_view->renderHints().testFlag(QPainter::Antialiasing);
    const bool wanted = smooth ? densest <= columns : densest < columns * 3 / 4;
    if (wanted != smooth)
        m_view->setRenderHint(QPainter::Antialiasing, wanted);
}

void ChartPanel::updateTimeAxis(double fromMs, double toMs)
{
    if (fromMs == m_shownFromMs && toMs == m_shownToMs)
        return;
    m_shownFromMs = fromMs;
    m_shownToMs = toMs;
    if (m_paused) { // a new window while paused freezes anew
        m_pausedFromMs = fromMs;
        m_pausedToMs = toMs;
    }
    m_settingRange = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(fromMs)),
                         QDateTime::fromMSecsSinceEpoch(qint64(toMs)));
    m_settingRange = false;
}

void ChartPanel::setPlaceholder(Placeholder placeholder)
{
    // Only on a change: a new title relayouts the chart.
    if (placeholder == m_placeholder)
        return;
    m_placeholder = placeholder;
    switch (placeholder) {
    case Placeholder::Unset:
    case Placeholder::None:
        m_chart->setTitle(QString());
        break;
    case Placeholder::Waiting:
        m_chart->setTitle(tr("Waiting for samples\u2026"));
        break;
    case Placeholder::NoSeries:
        m_chart->setTitle(tr("No series shown: check series in the list"));
        break;
    }
}

void ChartPanel::markAllStale()
{
    for (const auto &line : m_lines)
        line->stale = true;
}
