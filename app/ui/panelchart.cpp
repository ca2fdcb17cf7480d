#include "panelchart.h"

#include "alertsmodel.h"
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QVBoxLayout>

#include <algorithm>

QChartView *PanelChart::createView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation); // animations would redraw per tick
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(ChartStyle::smallerFont(parent->font()));
    auto *view = new QChartView(chart, parent); // the view owns the chart
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void PanelChart::styleAxis(QAbstractAxis *axis, bool dark)
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(dark);
    axis->setLabelsBrush(colors.text);
    axis->setTitleBrush(colors.text);
    axis->setGridLineColor(colors.grid);
    axis->setLinePenColor(colors.axisLine);
}

void PanelChart::applyTheme(QChart *chart, bool dark)
{
    const ChartStyle::Colors colors = ChartStyle::chartColors(dark);
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis, dark);
}

std::vector<ChartMarks::Threshold> PanelChart::thresholdsOf(const ChartMarks *marks, int id)
{
    std::vector<ChartMarks::Threshold> out;
    if (!marks)
        return out;
    std::copy_if(marks->thresholds.begin(), marks->thresholds.end(), std::back_inserter(out),
                 [id](const ChartMarks::Threshold &t) { return t.seriesId == id; });
    return out;
}

int PanelChart::alertState(const ChartMarks *marks, int id)
{
    int state = -1;
    for (const ChartMarks::Threshold &t : thresholdsOf(marks, id))
        state = std::max(state, t.firing ? 1 + int(t.severity) : 0);
    return state;
}

QColor PanelChart::alertStateColor(int state)
{
    if (state < 0)
        return {};
    if (state == 0)
        return QColor(0x2c, 0xa0, 0x2c);
    return AlertsModel::severityColor(AlertSeverity(state - 1));
}

QString PanelChart::valueText(double value)
{
    return ChartStyle::valueText(value);
}
