#include "histogramview.h"

#include "chartstyle.h"
#include "panelchart.h"

#include "store/seriesstore.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

HistogramView::HistogramView(const SeriesStore &store, QWidget *parent)
    : PanelView(store, parent)
    , m_chart(PanelChart::createView(this)->chart())
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
    // The area series only points at its upper line, it does not own it (nor does the
    // chart, which never sees it): this view does, and is destroyed after its chart view.
    , m_steps(new QLineSeries(this))
    , m_area(new QAreaSeries(m_steps))
{
    setObjectName(QStringLiteral("histogramView"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTitleText(tr("Samples"));
    m_chart->legend()->hide(); // the value axis is titled with the series' name
    QColor fill = ChartStyle::lineColor(0);
    fill.setAlpha(150);
    m_area->setBrush(fill);
    m_area->setPen(QPen(ChartStyle::lineColor(0), 1.0));
    m_chart->addSeries(m_area);
    m_area->attachAxis(m_xAxis);
    m_area->attachAxis(m_yAxis);
    themeChanged();
}

void HistogramView::themeChanged()
{
    PanelChart::applyTheme(m_chart, m_dark);
}

void HistogramView::render(const std::vector<int> &dirtyIds)
{
    bool changed = m_stale;
    if (m_stale) {
        m_stale = false;
        m_id = resolve({}, 0);
        m_area->setName(m_id >= 0 ? m_store.info(m_id).displayName() : QString());
        m_xAxis->setTitleText(m_area->name());
        m_chart->setTitle(m_id < 0 ? tr("Check a series in the list to see how its values "
                                        "are distributed")
                                   : QString());
    }
    if (m_id < 0 || !m_store.contains(m_id))
        return;
    m_pending = m_pending || std::find(dirtyIds.begin(), dirtyIds.end(), m_id) != dirtyIds.end();
    if (changed || (m_pending && m_sinceRecount.hasExpired(kRecountMs)))
        recount();
}

// Every value of the window: a histogram has no incremental shortcut over a sliding window,
// but it is linear (the quartiles by nth_element) and runs only when the series changed.
void HistogramView::recount()
{
    m_pending = false;
    m_sinceRecount.start();
    const SeriesBuffer &buffer = m_store.buffer(m_id);
    m_values.clear();
    if (!buffer.isEmpty()) {
        const qsizetype from
            = m_windowMs > 0 ? buffer.lowerBound(buffer.lastTime() - double(m_windowMs)) : 0;
        m_values.reserve(size_t(buffer.size() - from));
        for (qsizetype i = from; i < buffer.size(); ++i)
            m_values.push_back(buffer.valueAt(i));
    }
    m_histogram = HistogramBins::build(m_values, m_settings.histogramBins);
    QList<QPointF> steps;
    steps.reserve(qsizetype(m_histogram.counts.size() * 2));
    int highest = 0;
    for (size_t i = 0; i < m_histogram.counts.size(); ++i) {
        const int count = m_histogram.counts[i];
        steps.append(QPointF(m_histogram.edge(int(i)), count));
        steps.append(QPointF(m_histogram.edge(int(i) + 1), count));
        highest = std::max(highest, count);
    }
    m_steps->replace(steps);
    if (m_histogram.counts.empty())
        return;
    m_xAxis->setRange(m_histogram.min, m_histogram.edge(int(m_histogram.counts.size())));
    m_yAxis->setRange(0, std::max(1.0, highest * 1.08));
    m_yAxis->applyNiceNumbers(); // round counts on the ticks
}
