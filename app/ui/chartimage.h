#pragma once

#include <QString>

class QWidget;

// Writes a picture of the charts in a widget (a chart panel, or the charts area: its charts
// stacked, without their headers and buttons) to a file, atomically: PNG (pixels as shown) or
// SVG (vector, through QSvgGenerator, for papers and slides). The format follows the
// suffix: ".svg" is SVG, anything else PNG. False with the reason. GUI thread.
bool writeChartImage(QWidget *chart, const QString &path, QString *error);
