#pragma once

#include "chartmarks.h"

#include <QColor>
#include <QString>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QAbstractAxis)

class QWidget;

// What the Qt Charts panel views (candles, XY, histogram) share: a chart in a view set up as
// the line chart's is (no animation, no rounded corners, legend below), coloured for the
// theme, and the alert state of a series for the views that colour by it. GUI thread.
namespace PanelChart {
// A new chart in a new view, the view a child of `parent` filling it.
QChartView *createView(QWidget *parent);
// Background, axes, grid and legend in the theme's colours (call again after adding axes).
void applyTheme(QChart *chart, bool dark);
void styleAxis(QAbstractAxis *axis, bool dark);
// The thresholds of the alert rules watching series `id` (empty without marks).
std::vector<ChartMarks::Threshold> thresholdsOf(const ChartMarks *marks, int id);
// -1 when no rule watches the series, 0 watched and not firing, else 1 + the highest
// severity firing (1 info, 2 warning, 3 critical).
int alertState(const ChartMarks *marks, int id);
// The colour of an alert state (invalid for -1, green for 0).
QColor alertStateColor(int state);
// A value as the charts print it.
QString valueText(double value);
} // namespace PanelChart
