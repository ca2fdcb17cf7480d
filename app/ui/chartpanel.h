#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QDateTimeAxis)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

class SeriesStore;

// The live chart: one line per visible series over a rolling time window that ends at the
// newest sample, one auto-scaled Y axis per field (prices and latencies do not squash each
// other). The only class that includes Qt Charts, so a move to Qt Graphs touches only it.
// GUI thread; reads the SeriesStore, which must outlive it. Owned by the main window.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(const SeriesStore &store, QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setSeriesVisible(int id, bool visible);
    bool isSeriesVisible(int id) const;
    // The line colour of a visible series; invalid when the series is hidden.
    QColor seriesColor(int id) const;

    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms);

    // One render tick: re-decimates the visible series among dirtyIds (and any that a window
    // or size change made stale), replaces each line's points once, and rescales the axes.
    void render(const std::vector<int> &dirtyIds);

    // Removes every line (the window switched sessions; series ids start again at 0).
    void clear();

    // For tests and the status bar.
    int visibleSeriesCount() const;
    int pointCount(int seriesIndex) const;
    QStringList visibleSeriesNames() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line;
    struct AxisGroup;
    enum class Placeholder { Unset, None, Waiting, NoSeries };

    Line *findLine(int id) const;
    void addLine(int id);
    void removeLine(int id);
    AxisGroup &axisGroupFor(const QString &field);
    void releaseAxisGroup(AxisGroup *group);
    int freeColorSlot() const;
    int plotColumns() const;
    void refreshLine(Line &line, double fromMs, double toMs, int columns);
    void updateTimeAxis(double fromMs, double toMs);
    void updateValueAxes(double fromMs);
    void setPlaceholder(Placeholder placeholder);
    void markAllStale();

    const SeriesStore &m_store;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    std::vector<std::unique_ptr<Line>> m_lines; // in the order they were shown
    std::vector<std::unique_ptr<AxisGroup>> m_axisGroups;
    qint64 m_windowMs = 60000;
    double m_shownFromMs = 0.0; // the time axis range last set
    double m_shownToMs = 0.0;
    Placeholder m_placeholder = Placeholder::Unset;
    int m_axesCreated = 0; // alternates new value axes between left and right
};
