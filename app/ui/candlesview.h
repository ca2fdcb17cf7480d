#pragma once

#include "panelview.h"

#include "panels/candleaggregator.h"
#include "panels/seriescursor.h"

#include <deque>

QT_FORWARD_DECLARE_CLASS(QCandlestickSeries)
QT_FORWARD_DECLARE_CLASS(QCandlestickSet)
QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QDateTimeAxis)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

// Candles of the card's first checked series at the chosen interval, with a volume pane below
// them when a volume field is chosen (that field of the same feed and key). Ticks are read
// once, as they arrive (SeriesCursor into a CandleAggregator); a render tick touches only the
// candles in view and redraws only the ones that changed (the forming one, most ticks).
// GUI thread; owned by its ChartCard.
class CandlesView final : public PanelView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandlesView)

public:
    explicit CandlesView(const SeriesStore &store, QWidget *parent = nullptr);
    ~CandlesView() override;

    void render(const std::vector<int> &dirtyIds) override;
    bool hasData() const override { return !m_sets.empty(); }
    // For tests: the candles shown, and the volume bars.
    int candleCount() const { return int(m_sets.size()); }
    int volumeBarCount() const { return int(m_volumeSets.size()); }
    QChart *chart() const { return m_chart; }

protected:
    void inputsChanged() override;
    void themeChanged() override;

private:
    QChart *createChart();
    void readNewTicks();
    void syncSets(const std::vector<const Candle *> &shown);
    void clearSets();
    void updateAxes(const std::vector<const Candle *> &shown);
    int candlesInView() const;

    QChart *m_chart = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_priceAxis = nullptr;
    QValueAxis *m_volumeAxis = nullptr;
    QCandlestickSeries *m_prices = nullptr; // owned by the chart
    QCandlestickSeries *m_volumes = nullptr; // bars from 0 to the volume
    std::deque<QCandlestickSet *> m_sets; // owned by m_prices, by time
    std::deque<QCandlestickSet *> m_volumeSets;
    CandleAggregator m_candles;
    SeriesCursor m_priceCursor;
    SeriesCursor m_volumeCursor;
    int m_priceId = -1;
    int m_volumeId = -1;
    bool m_stale = true; // inputs changed: read everything again
    quint64 m_shownRevision = 0;
    // What the axes were last set for (updateAxes).
    double m_firstShownMs = 0.0;
    double m_lastShownMs = 0.0;
    double m_low = 0.0;
    double m_high = 0.0;
    double m_volumeTop = 0.0;
};
