#pragma once

#include "panelview.h"

#include "panels/seriescursor.h"
#include "panels/xyaligner.h"

#include <vector>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QScatterSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// One series against another (the settings' X and Y, else the card's first two checked
// series), aligned by time with sample-and-hold (XYAligner), drawn as a trail of the last N
// points that fades with age, the newest point a dot. Samples are read once, as they arrive.
// GUI thread; owned by its ChartCard.
class XYView final : public PanelView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XYView)

public:
    explicit XYView(const SeriesStore &store, QWidget *parent = nullptr);
    ~XYView() override;

    void render(const std::vector<int> &dirtyIds) override;
    bool hasData() const override { return !m_aligner.points().empty(); }
    // For tests: the aligned points in the trail, oldest first.
    const std::deque<XYPoint> &points() const { return m_aligner.points(); }
    QChart *chart() const { return m_chart; }

protected:
    void inputsChanged() override { m_stale = true; }
    void themeChanged() override;

private:
    void restart();
    bool readNew();
    void redraw();

    QChart *m_chart = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    std::vector<QLineSeries *> m_segments; // oldest (faintest) first; owned by the chart
    QScatterSeries *m_head = nullptr;
    XYAligner m_aligner;
    SeriesCursor m_xCursor;
    SeriesCursor m_yCursor;
    std::vector<TimedValue> m_newX;
    std::vector<TimedValue> m_newY;
    int m_xId = -1;
    int m_yId = -1;
    bool m_stale = true;
};
