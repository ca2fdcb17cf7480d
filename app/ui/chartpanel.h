#pragma once

#include "lineplotitem.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QDateTimeAxis)
QT_FORWARD_DECLARE_CLASS(QValueAxis)
QT_FORWARD_DECLARE_CLASS(QGraphicsLineItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsSimpleTextItem)
QT_FORWARD_DECLARE_CLASS(QGraphicsRectItem)

class AlertOverlay;
class FeedOutages;
class OutageBands;
class TimeAxisLabels;
class QMenu;
struct ChartMarks;
class SeriesStore;

// The live chart: one line per visible series over a rolling time window that ends at the
// newest sample (or everything retained; a window not yet filled spreads the data over the
// width), one auto-scaled Y axis per field and order of magnitude (prices and latencies, or
// BTC and ETH, do not squash each other). Pause freezes the view while data keeps arriving; a
// rubber-band zoom pauses too, and resetZoom() goes back to the paused moment's window. A
// crosshair read-out, legend toggles, a break in the line where a series went silent, and a
// shaded band where its feed was not connected. The only class that includes Qt Charts, so a
// move to Qt Graphs touches only it.
// GUI thread; reads the SeriesStore, which must outlive it. Owned by its ChartCard.
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

    // 0 shows everything retained.
    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms);

    // Paused: the chart stops following new samples (the Pause button, or a zoom). Resuming
    // also leaves a zoom and follows the newest samples again.
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    bool isZoomed() const { return m_zoomed; }
    // Back from a zoom: to the window of the moment following stopped (paused), else live.
    void resetZoom();
    // Where the chart learns when feeds were not connected (shaded); may be null.
    void setFeedOutages(const FeedOutages *outages);
    // Shaded outage bands currently drawn, for tests.
    int outageBandCount() const;
    // Where the chart learns the alert thresholds, alert and user markers and the time
    // cursor it draws over its lines (AlertOverlay); may be null.
    void setChartMarks(const ChartMarks *marks);
    const AlertOverlay &alertOverlay() const { return *m_overlay; }
    // The time axis's labels as shown, left to right.
    QStringList timeLabels() const;
    // Brings `timeMs` into view: a time outside the shown range pauses the chart (as a zoom
    // does) and centres its window there; a time in view changes nothing.
    void showTime(double timeMs);
    // The data time at a point of the view's viewport; NaN outside the plot or without lines.
    double timeAt(const QPoint &viewportPos) const;
    // The chart's context menu (right-click): Add Marker..., Add Alert..., Zoom Out.
    QMenu *contextMenu() const { return m_menu; }
    // Fills the context menu's actions for a point of the viewport, as a right-click does.
    void prepareContextMenu(const QPoint &viewportPos);
    // Colours of the chart for a dark or a light window.
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    // Shows the crosshair at a point of the view's viewport, as a mouse move does; the text
    // holds the time and each line's value there. Empty when outside the plot.
    void showCrosshairAt(const QPoint &viewportPos);
    QString crosshairText() const;
    // Hides or shows a line without removing it, as a click on its legend entry does.
    void setLineHidden(int id, bool hidden);
    bool isLineHidden(int id) const;
    std::vector<int> visibleSeriesIds() const;
    // Points handed to the series of `id`, for tests (NaN points mark gaps).
    QList<QPointF> shownPoints(int id) const;

    // One render tick: re-decimates the visible series among dirtyIds (and any that a window
    // or size change made stale), replaces each line's points once, and rescales the axes.
    void render(const std::vector<int> &dirtyIds);

    // Reads one series' raw samples of [fromMs, toMs] back (from the session's capture): a
    // zoom into a stretch the buffer dropped, finer than its envelope's 100 ms buckets, draws
    // them instead of the envelope. Asked on the GUI thread once per zoomed range, until it
    // answers true; a source that reads in the background answers false (the envelope is
    // drawn meanwhile) and calls rawSamplesArrived() when it has them.
    using RawSource = std::function<bool(int id, double fromMs, double toMs, QList<QPointF> &out)>;
    void setRawSource(RawSource source);
    // Draws again every line still waiting for its raw samples.
    void rawSamplesArrived();
    // How many times the raw source was asked (for tests).
    int rawReads() const { return m_rawReads; }

    // For tests and the status bar.
    int visibleSeriesCount() const;
    // Points handed to the line of series `id` (0 when it is not shown).
    int pointCount(int id) const;
    QStringList visibleSeriesNames() const;

Q_SIGNALS:
    void zoomChanged(bool zoomed);
    void pausedChanged(bool paused);
    // A left click (no drag) on the plot, at this data time.
    void timeClicked(double timeMs);
    // The context menu's Add Marker... at this data time, and Add Alert... for the line
    // nearest the click with its value there.
    void markerRequested(double timeMs);
    void alertRequested(int seriesId, double value);
    void deriveRequested(int seriesId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Line;
    struct AxisGroup;
    enum class Placeholder { Unset, None, Waiting, NoSeries };

    Line *findLine(int id) const;
    void addLine(int id);
    void removeLine(int id);
    AxisGroup &axisGroupFor(const QString &field, int magnitudeGroup);
    void regroupAxes();
    bool needsRegroup() const;
    void moveLine(Line &line, AxisGroup &group);
    void updateAxisTitles();
    void updateOutageBands();
    void updateAlertOverlay();
    void createContextMenu();
    bool nearestLineValue(const QPoint &viewportPos, int &id, double &value) const;
    void refreshCrosshair();
    void updateTimeLabels(); // after the time range or the plot area moved
    void releaseAxisGroup(AxisGroup *group);
    int freeColorSlot() const;
    int plotColumns() const;
    void refreshLine(Line &line, double fromMs, double toMs, int columns, bool fixedRange);
    bool readRaw(Line &line, double fromMs, double toMs, double untilMs, double columnMs,
                 QList<QPointF> &out);
    // Antialiasing for sparse lines only (see the definition).
    void updateAntialiasing(int columns);
    void updateTimeAxis(double fromMs, double toMs);
    void updateValueAxes(double fromMs);
    void setPlaceholder(Placeholder placeholder);
    void markAllStale();
    void onTimeRangeChanged();
    void applyColors();
    void styleValueAxis(QValueAxis *axis) const;
    void hideCrosshair();
    void connectLegendMarker(Line &line);
    bool visibleRange(double &fromMs, double &toMs, bool &userRange) const;
    void plotFrame(LinePlotItem::Frame &frame) const; // what m_plot draws, read at its paint

    const SeriesStore &m_store;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr; // the lines' time axis, hidden; owned by m_chart
    QDateTimeAxis *m_timeRoom = nullptr; // still and empty: the room for m_timeLabels
    std::vector<std::unique_ptr<Line>> m_lines; // in the order they were shown
    std::vector<std::unique_ptr<AxisGroup>> m_axisGroups;
    qint64 m_windowMs = 60000;
    double m_shownFromMs = 0.0; // the time axis range last set
    double m_shownToMs = 0.0;
    double m_pausedFromMs = 0.0; // the time range when following stopped
    double m_pausedToMs = 0.0;
    Placeholder m_placeholder = Placeholder::Unset;
    int m_axesCreated = 0; // alternates new value axes between left and right
    bool m_paused = false;
    bool m_zoomed = false;
    bool m_settingRange = false; // our own setRange, not the user's zoom
    bool m_dark = false;
    bool m_groupingDirty = false; // lines came or went: axes are regrouped at the next render
    const FeedOutages *m_outages = nullptr;
    RawSource m_rawSource;
    int m_rawReads = 0;
    std::unique_ptr<OutageBands> m_bands;
    std::unique_ptr<TimeAxisLabels> m_timeLabels;
    LinePlotItem *m_plot = nullptr; // owned by m_chart
    const ChartMarks *m_marks = nullptr;
    std::unique_ptr<AlertOverlay> m_overlay;
    QMenu *m_menu = nullptr;
    QPoint m_pressPos; // where the left button went down: a click, not a rubber band
    double m_menuTimeMs = 0.0; // what the context menu's actions act on
    int m_menuSeries = -1;
    double m_menuValue = 0.0;
    QPoint m_crossPos; // where the crosshair was last shown, in viewport coordinates
    QGraphicsLineItem *m_crossLine = nullptr; // owned by the chart's scene
    QGraphicsRectItem *m_crossBox = nullptr;
    QGraphicsSimpleTextItem *m_crossText = nullptr;
};
