#pragma once

#include "panelview.h"

#include "panels/gaugebands.h"
#include "panels/seriescursor.h"

#include <vector>

// A gauge of the card's first checked series: an arc over a range (set, or following the
// values seen and the alert levels, rounded), coloured bands from the alert thresholds on the
// series (normal, then each rule's severity past its level), a needle at the last value and
// the value in figures. Paints itself. GUI thread; owned by its ChartCard.
class GaugeView final : public PanelView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GaugeView)

public:
    explicit GaugeView(const SeriesStore &store, QWidget *parent = nullptr);

    void render(const std::vector<int> &dirtyIds) override;
    bool hasData() const override { return m_haveValue; }
    // For tests: what is drawn.
    double value() const { return m_value; }
    double rangeMin() const { return m_min; }
    double rangeMax() const { return m_max; }
    const std::vector<GaugeScale::Band> &bands() const { return m_bands; }

protected:
    void inputsChanged() override { m_stale = true; }
    void themeChanged() override { update(); }
    void paintEvent(QPaintEvent *event) override;

private:
    void updateScale();
    void paintArc(QPainter &painter, const QRectF &square) const;

    int m_id = -1;
    SeriesCursor m_cursor;
    double m_seenMin = 0.0;
    double m_seenMax = 0.0;
    double m_value = 0.0;
    bool m_haveValue = false;
    double m_min = 0.0;
    double m_max = 100.0;
    std::vector<GaugeScale::Band> m_bands;
    QString m_name;
    bool m_stale = true;
};
