// ChartPanel's value axes: one per field and order of magnitude, created and released with
// the lines on them, regrouped when lines come or get their first samples, and scaled to the
// visible data. The rest of the panel is in chartpanel.cpp.
#include "chartpanel.h"
#include "chartpanel_p.h"

#include "chartstyle.h"

#include "store/axisplan.h"
#include "store/seriesbuffer.h"
#include "store/seriesstore.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

void ChartPanel::styleValueAxis(QValueAxis *axis) const
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(m_dark);
    axis->setTitleFont(ChartStyle::smallerFont(font()));
    axis->setLabelsFont(ChartStyle::smallerFont(font()));
    axis->setLabelsBrush(colors.text);
    axis->setTitleBrush(colors.text);
    axis->setGridLineColor(colors.grid);
    axis->setLinePenColor(colors.axisLine);
}

ChartPanel::AxisGroup &ChartPanel::axisGroupFor(const QString &field, int magnitudeGroup)
{
    for (const auto &group : m_axisGroups) {
        if (group->field == field && group->magnitudeGroup == magnitudeGroup)
            return *group;
    }
    auto group = std::make_unique<AxisGroup>();
    group->field = field;
    group->magnitudeGroup = magnitudeGroup;
    group->axis = new QValueAxis;
    // Alternate sides so two fields (say /price and /latency_ms) get one axis each side.
    m_chart->addAxis(group->axis, m_axesCreated++ % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    group->axis->setTitleText(field);
    styleValueAxis(group->axis);
    group->axis->setTickType(QValueAxis::TicksDynamic);
    group->axis->setTickAnchor(0.0);
    // Only the first axis draws a grid: two grids on different scales read as noise.
    group->axis->setGridLineVisible(m_axisGroups.empty());
    m_axisGroups.push_back(std::move(group));
    return *m_axisGroups.back();
}

bool ChartPanel::needsRegroup() const
{
    if (m_groupingDirty)
        return true;
    // A line shown before its first sample is placed once it has one.
    return std::any_of(m_lines.begin(), m_lines.end(), [this](const auto &line) {
        return !line->placed && !m_store.buffer(line->id).isEmpty();
    });
}

// Lines of one field share an axis unless their magnitudes are far apart (BTC at 37,000 and
// ETH at 2,000 would both draw flat on one). Decided when lines come or get their first
// samples, not per tick, so a line does not hop between axes as its values move.
void ChartPanel::regroupAxes()
{
    m_groupingDirty = false;
    QStringList fields;
    for (const auto &line : m_lines) {
        const QString &field = line->group->field;
        if (!fields.contains(field))
            fields << field;
    }
    for (const QString &field : std::as_const(fields)) {
        std::vector<Line *> lines;
        std::vector<double> magnitudes;
        for (const auto &line : m_lines) {
            if (line->group->field != field)
                continue;
            const SeriesBuffer &buffer = m_store.buffer(line->id);
            line->placed = !buffer.isEmpty();
            lines.push_back(line.get());
            magnitudes.push_back(AxisPlan::typicalMagnitude(buffer));
        }
        const std::vector<int> groups = AxisPlan::groupByMagnitude(magnitudes);
        for (size_t i = 0; i < lines.size(); ++i) {
            if (lines[i]->group->magnitudeGroup != groups[i])
                moveLine(*lines[i], axisGroupFor(field, groups[i]));
        }
    }
    updateAxisTitles();
}

void ChartPanel::moveLine(Line &line, AxisGroup &group)
{
    AxisGroup *old = line.group;
    line.series->detachAxis(old->axis);
    line.series->attachAxis(group.axis);
    ++group.users;
    group.min = group.max = 0.0; // scaled again for its new lines
    line.group = &group;
    line.stale = true;
    releaseAxisGroup(old);
}

// A field on several axes names the keys on each, so the reader knows which axis is whose.
void ChartPanel::updateAxisTitles()
{
    for (const auto &group : m_axisGroups) {
        const bool split
            = std::any_of(m_axisGroups.begin(), m_axisGroups.end(), [&group](const auto &other) {
                  return other != group && other->field == group->field;
              });
        QStringList names;
        for (const auto &line : m_lines) {
            if (split && line->group == group.get()) {
                const SeriesInfo &info = m_store.info(line->id);
                names << (info.key.isEmpty() ? info.feed : info.key);
            }
        }
        const QString title = names.isEmpty()
            ? group->field
            : tr("%1 (%2)").arg(group->field, names.join(QStringLiteral(", ")));
        if (title != group->axis->titleText())
            group->axis->setTitleText(title);
    }
}

void ChartPanel::releaseAxisGroup(AxisGroup *group)
{
    if (--group->users > 0)
        return;
    m_chart->removeAxis(group->axis); // hands ownership back
    const std::unique_ptr<QValueAxis> axis(group->axis);
    const bool hadGrid = group->axis->isGridLineVisible();
    m_axisGroups.erase(std::find_if(m_axisGroups.begin(), m_axisGroups.end(),
                                    [group](const auto &g) { return g.get() == group; }));
    if (m_axisGroups.empty())
        m_axesCreated = 0;
    else if (hadGrid)
        m_axisGroups.front()->axis->setGridLineVisible(true); // one grid stays
}

void ChartPanel::updateValueAxes(double fromMs)
{
    for (const auto &group : m_axisGroups) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        for (const auto &line : m_lines) {
            if (line->group != group.get() || line->hidden)
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
        const auto [min, max] = AxisPlan::valueRange(lo, hi, { group->min, group->max });
        if (min == group->min && max == group->max)
            continue;
        group->min = min;
        group->max = max;
        const double step = ChartStyle::niceStep(max - min);
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
        m_settingRange = true;
        group->axis->setRange(min, max);
        m_settingRange = false;
        m_plot->update(); // its lines map through the new range
    }
}
