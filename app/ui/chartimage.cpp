#include "chartimage.h"

#include "profiles/profilestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace {
QByteArray renderSvg(QWidget *chart)
{
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(chart->size());
    generator.setViewBox(QRect(QPoint(0, 0), chart->size()));
    generator.setTitle(QStringLiteral("FeedBoard"));
    generator.setDescription(QStringLiteral("FeedBoard chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    chart->render(&painter);
    painter.end();
    return svg;
}
} // namespace

bool writeChartImage(QWidget *chart, const QString &path, QString *error)
{
    QByteArray bytes;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        bytes = renderSvg(chart);
    } else {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly) || !chart->grab().save(&buffer, "PNG"))
            bytes.clear();
    }
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("ChartImage", "Cannot render the chart.");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}
