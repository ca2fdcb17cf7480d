#include "chartpanel.h"

#include "store/incrementaldecimator.h"
#include "store/seriesbuffer.h"
#include "store/seriesstore.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

struct ChartPanel::AxisGroup
{
    QString field;
    QValueAxis *axis = nullptr; // owned by the chart
    int users = 0;
    double min = 0.0;
    double max = 0.0;
    double step = 0.0;
    int decimals = -1;
};

struct ChartPanel::Line
{
    int id = -1;
    AxisGroup *group = nullptr;
    QLineSeries *series = nullptr; // owned by the chart
    // The series shares `shown`; the next tick decimates into `spare` and swaps, so a steady
    // stream reuses two buffers instead of allocating a list per tick.
    QList<QPointF> shown;
    QList<QPointF> spare;
    IncrementalDecimator decimator; // folds in only what arrived since the last tick
    int colorSlot = 0;
    bool stale = true;
};

namespace {
// Distinct on white, and none of them the log pane's error red or warning amber.
const QColor kPalette[] = {
    QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
    QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf), QColor(0x8c, 0x56, 0x4b),
    QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22),
};
constexpr int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));
constexpr double kPadding = 0.05; // of the visible value range, above and below
constexpr int kTargetValueTicks = 6;

// A step of 1, 2 or 5 times a power of ten, so axis labels are round numbers.
double niceStep(double span)
{
    const double raw = span / kTargetValueTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    double nice = 10.0;
    if (residual <= 1.0)
        nice = 1.0;
    else if (residual <= 2.0)
        nice = 2.0;
    else if (residual <= 5.0)
        nice = 5.0;
    return nice * magnitude;
}

QFont smallerFont(QFont font)
{
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.0));
    return font;
}
} // namespace

ChartPanel::ChartPanel(const SeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_chart(new QChart)
    // Given the chart at construction: QChartView(parent) makes a default chart that
    // setChart() would release, not delete.
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis)
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 6, 6, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation); // animations would redraw per tick
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(smallerFont(font()));

    m_timeAxis->setFormat(QStringLiteral("hh:mm:ss"));
    m_timeAxis->setTickCount(7);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeAxis->setLabelsFont(smallerFont(font()));
    m_timeAxis->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addMSecs(-m_windowMs), now);

    // The view owns the chart; the chart owns its series and axes.
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
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
    return line ? kPalette[line->colorSlot % kPaletteSize] : QColor();
}

void ChartPanel::setWindowMs(qint64 ms)
{
    if (ms <= 0 || ms == m_windowMs)
        return;
    m_windowMs = ms;
    markAllStale();
}

void ChartPanel::render(const std::vector<int> &dirtyIds)
{
    for (int id : dirtyIds) {
        if (Line *line = findLine(id))
            line->stale = true;
    }
    double newest = -std::numeric_limits<double>::infinity();
    for (const auto &line : m_lines) {
        const SeriesBuffer &buffer = m_store.buffer(line->id);
        if (!buffer.isEmpty())
            newest = std::max(newest, buffer.lastTime());
    }
    if (m_lines.empty() && m_store.seriesCount() > 0)
        setPlaceholder(Placeholder::NoSeries);
    else
        setPlaceholder(std::isfinite(newest) ? Placeholder::None : Placeholder::Waiting);
    if (!std::isfinite(newest))
        return;
    const double toMs = newest;
    const double fromMs = toMs - double(m_windowMs);
    const int columns = plotColumns();
    for (const auto &line : m_lines) {
        if (line->stale)
            refreshLine(*line, fromMs, toMs, columns);
    }
    updateTimeAxis(fromMs, toMs);
    updateValueAxes(fromMs);
}

int ChartPanel::visibleSeriesCount() const
{
    return int(m_lines.size());
}

int ChartPanel::pointCount(int seriesIndex) const
{
    if (seriesIndex < 0 || size_t(seriesIndex) >= m_lines.size())
        return 0;
    return m_lines[size_t(seriesIndex)]->series->count();
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
    line->group = &axisGroupFor(m_store.info(id).field);
    line->series = new QLineSeries;
    line->series->setName(m_store.info(id).displayName());
    QPen pen(kPalette[line->colorSlot % kPaletteSize]);
    pen.setWidthF(1.0);
    line->series->setPen(pen); // before addSeries, so the theme keeps it
    m_chart->addSeries(line->series);
    line->series->attachAxis(m_timeAxis);
    line->series->attachAxis(line->group->axis);
    ++line->group->users;
    m_lines.push_back(std::move(line));
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
}

ChartPanel::AxisGroup &ChartPanel::axisGroupFor(const QString &field)
{
    for (const auto &group : m_axisGroups) {
        if (group->field == field)
            return *group;
    }
    auto group = std::make_unique<AxisGroup>();
    group->field = field;
    group->axis = new QValueAxis;
    // Alternate sides so two fields (say /price and /latency_ms) get one axis each side.
    m_chart->addAxis(group->axis, m_axesCreated++ % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    group->axis->setTitleText(field);
    group->axis->setTitleFont(smallerFont(font()));
    group->axis->setLabelsFont(smallerFont(font()));
    group->axis->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    group->axis->setTickType(QValueAxis::TicksDynamic);
    group->axis->setTickAnchor(0.0);
    // Only the first axis draws a grid: two grids on different scales read as noise.
    group->axis->setGridLineVisible(m_axisGroups.empty());
    m_axisGroups.push_back(std::move(group));
    return *m_axisGroups.back();
}

void ChartPanel::releaseAxisGroup(AxisGroup *group)
{
    if (--group->users > 0)
        return;
    m_chart->removeAxis(group->axis); // hands ownership back
    const std::unique_ptr<QValueAxis> axis(group->axis);
    m_axisGroups.erase(std::find_if(m_axisGroups.begin(), m_axisGroups.end(),
                                    [group](const auto &g) { return g.get() == group; }));
    if (m_axisGroups.empty())
        m_axesCreated = 0;
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

int ChartPanel::plotColumns() const
{
    const int width = int(m_chart->plotArea().width());
    // Before the first layout the plot area is empty; the view's width is a fair guess.
    return width > 16 ? width : std::max(200, m_view->width());
}

void ChartPanel::refreshLine(Line &line, double fromMs, double toMs, int columns)
{
    line.decimator.update(m_store.buffer(line.id), fromMs, toMs, columns, line.spare);
    line.series->replace(line.spare); // once per tick, never point by point
    line.shown.swap(line.spare);
    line.stale = false;
}

void ChartPanel::updateTimeAxis(double fromMs, double toMs)
{
    if (fromMs == m_shownFromMs && toMs == m_shownToMs)
        return;
    m_shownFromMs = fromMs;
    m_shownToMs = toMs;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(fromMs)),
                         QDateTime::fromMSecsSinceEpoch(qint64(toMs)));
}

void ChartPanel::updateValueAxes(double fromMs)
{
    for (const auto &group : m_axisGroups) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        for (const auto &line : m_lines) {
            if (line->group != group.get())
                continue;
            for (const QPointF &p : std::as_const(line->shown)) {
                // The decimation keeps one sample left of the window; it is not visible.
                if (p.x() >= fromMs && std::isfinite(p.y())) {
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                }
            }
        }
        if (!std::isfinite(lo))
            continue; // nothing visible: keep the last range
        // A flat line still gets a readable band around its value.
        const double span = hi > lo ? hi - lo : std::max(std::abs(hi) * 0.01, 1.0);
        const double min = lo - span * kPadding;
        const double max = hi + span * kPadding;
        if (min == group->min && max == group->max)
            continue;
        group->min = min;
        group->max = max;
        const double step = niceStep(max - min);
        if (step != group->step) {
            group->step = step;
            group->axis->setTickInterval(step);
        }
        // As many decimals as the step needs; formatted only when that changes.
        const int decimals = std::clamp(int(-std::floor(std::log10(step))), 0, 6);
        if (decimals != group->decimals) {
            group->decimals = decimals;
            group->axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
        }
        group->axis->setRange(min, max);
    }
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
