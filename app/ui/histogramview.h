#pragma once

#include "panelview.h"

#include "panels/histogram.h"

#include <QElapsedTimer>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QAreaSeries)
QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QLineSeries)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// The distribution of the card's first checked series' values over the card's window: bins
// chosen automatically (Freedman-Diaconis, Sturges without spread) or as many as set, drawn as
// filled steps on value axes. Recounted on a tick that brought samples of the series, at most
// kRecountMs apart (a long window holds many samples, and a histogram moves slowly).
// GUI thread; owned by its ChartCard.
class HistogramView final : public PanelView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistogramView)

public:
    explicit HistogramView(const SeriesStore &store, QWidget *parent = nullptr);

    void render(const std::vector<int> &dirtyIds) override;
    bool hasData() const override { return !m_histogram.counts.empty(); }
    // For tests: the histogram drawn.
    const Histogram &histogram() const { return m_histogram; }
    static constexpr qint64 kRecountMs = 200;
    QChart *chart() const { return m_chart; }

protected:
    void inputsChanged() override { m_stale = true; }
    void themeChanged() override;

private:
    void recount();

    QChart *m_chart = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QLineSeries *m_steps = nullptr; // owned by m_area
    QAreaSeries *m_area = nullptr; // owned by the chart
    Histogram m_histogram;
    std::vector<double> m_values; // reused between ticks
    QElapsedTimer m_sinceRecount;
    int m_id = -1;
    bool m_stale = true;
    bool m_pending = false; // samples arrived that the histogram does not count yet
};
