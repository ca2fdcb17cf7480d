#pragma once

#include "panels/statsummary.h"

#include <QColor>
#include <QWidget>

// One stat tile: a series' name, its last value in big figures, the change over the window and
// a sparkline; its frame and a band at the top take the colour of the alert state when an
// alert rule watches the series. Paints itself (a hundred tiles cost no chart each).
// GUI thread; owned by its StatTilesView.
class StatTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(QWidget *parent = nullptr);

    void setName(const QString &name);
    QString name() const { return m_name; }
    void setSummary(const StatSummary &summary);
    const StatSummary &summary() const { return m_summary; }
    // Invalid: no rule watches the series.
    void setAlertColor(const QColor &color);
    QColor alertColor() const { return m_alert; }
    void setDark(bool dark);
    // The sparkline's colour when no alert colours it (the series' colour in the list).
    void setLineColor(const QColor &color);
    QColor lineColor() const { return m_line; }
    // What the tile shows as text, for tests: value and change.
    QString valueText() const;
    QString changeText() const;

    QSize sizeHint() const override { return { 200, 120 }; }
    QSize minimumSizeHint() const override { return { 120, 80 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintSparkline(QPainter &painter, const QRectF &area) const;

    QString m_name;
    StatSummary m_summary;
    QColor m_alert;
    QColor m_line;
    bool m_dark = false;
};
