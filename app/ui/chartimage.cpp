#include "chartimage.h"

#include "chartcard.h"
#include "chartpanel.h"
#include "panelview.h"

#include "profiles/profilestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace {
// The picture of a chart card: its line chart, or the view of its other kind.
QWidget *cardPicture(ChartCard *card)
{
    return card->view() ? static_cast<QWidget *>(card->view()) : card->panel();
}

// The charts in `widget` without what surrounds them (headers, buttons, window choosers):
// each card's picture (its line chart or its other kind's view), top to bottom. A widget
// holding none is pictured whole.
QList<QWidget *> chartParts(QWidget *widget)
{
    if (qobject_cast<ChartPanel *>(widget) || qobject_cast<PanelView *>(widget))
        return { widget };
    if (auto *card = qobject_cast<ChartCard *>(widget))
        return { cardPicture(card) };
    QList<QWidget *> parts;
    for (ChartCard *card : widget->findChildren<ChartCard *>()) {
        if (card->isVisibleTo(widget) || !widget->isVisible())
            parts << cardPicture(card);
    }
    if (parts.isEmpty()) {
        for (ChartPanel *panel : widget->findChildren<ChartPanel *>()) {
            if (panel->isVisibleTo(widget) || !widget->isVisible())
                parts << panel;
        }
    }
    std::stable_sort(parts.begin(), parts.end(), [widget](QWidget *a, QWidget *b) {
        return a->mapTo(widget, QPoint()).y() < b->mapTo(widget, QPoint()).y();
    });
    return parts.isEmpty() ? QList<QWidget *> { widget } : parts;
}

QSize partsSize(const QList<QWidget *> &parts)
{
    QSize size(0, 0);
    for (QWidget *part : parts)
        size = QSize(std::max(size.width(), part->width()), size.height() + part->height());
    return size;
}

QByteArray renderPng(const QList<QWidget *> &parts)
{
    QPixmap picture;
    if (parts.size() == 1) {
        picture = parts.constFirst()->grab();
    } else {
        picture = QPixmap(partsSize(parts));
        picture.fill(parts.constFirst()->palette().window().color());
        QPainter painter(&picture);
        int y = 0;
        for (QWidget *part : parts) {
            painter.drawPixmap(0, y, part->grab());
            y += part->height();
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !picture.save(&buffer, "PNG"))
        bytes.clear();
    return bytes;
}

QByteArray renderSvg(const QList<QWidget *> &parts)
{
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSize size = partsSize(parts);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("FeedBoard"));
    generator.setDescription(QStringLiteral("FeedBoard chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    int y = 0;
    for (QWidget *part : parts) {
        part->render(&painter, QPoint(0, y));
        y += part->height();
    }
    painter.end();
    return svg;
}
} // namespace

bool writeChartImage(QWidget *chart, const QString &path, QString *error)
{
    const QList<QWidget *> parts = chartParts(chart);
    const bool svg
        = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = svg ? renderSvg(parts) : renderPng(parts);
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("ChartImage", "Cannot render the chart.");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}
