#pragma once

#include "theme.h"

#include "alerts/alertevent.h"
#include "model/notemarker.h"
#include "model/seriesinfo.h"
#include "model/rawframe.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMainWindow>

#include <memory>
#include <vector>

class AlertNotifier;
class AlertsModel;
class AlertsPanel;
class AlertsTracker;
class ChartPanel;
class ChartsArea;
class DashboardData;
class FeedStatusBar;
class FeedsPanel;
class LatestValuesModel;
class LogModel;
class LogPane;
class MessageInspector;
class SeriesList;
class SeriesStore;
class SessionController;
class StartPage;
class QSplitter;
class QStackedWidget;
class QAction;
class QDockWidget;
class QLineEdit;
class QMenu;
class QTimer;

// The main window. Only wires: the session's batches go into DashboardData, and one render
// clock (30 Hz by default) moves what changed into the charts, the log model, the feeds and
// latest values tables, never once per message. GUI thread; does not own the session, which
// must outlive it or be stopped first.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SessionController *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    int renderIntervalMs() const;
    // Injectable so tests and slow machines can change the frame rate (33 ms = 30 Hz).
    void setRenderIntervalMs(int ms);

    // The layout a profile stores under "layout": charts and their series, time windows,
    // dock and splitter state. restoreLayout() returns false (changing nothing) when the
    // object is not a layout.
    QJsonObject saveLayout() const;
    bool restoreLayout(const QJsonObject &layout);
    // The first layout, for a session that brings none: one chart, whose series the default
    // rule picks as they are discovered.
    void resetLayout();

    // Applies a theme now (not persisted; the View menu persists the user's choice).
    void setTheme(Theme::Choice choice);
    Theme::Choice theme() const { return m_theme; }
    bool isDarkTheme() const;

    // The active chart (the one the series list and the View menu act on).
    ChartPanel *chartPanel() const;
    ChartsArea *chartsArea() const { return m_charts; }
    LogModel *logModel() const { return m_logModel; }
    LogPane *logPane() const { return m_logPane; }
    FeedStatusBar *feedStatusBar() const { return m_statusBar; }
    FeedsPanel *feedsPanel() const { return m_feedsPanel; }
    LatestValuesModel *latestValuesModel() const { return m_latestModel; }
    SeriesList *seriesList() const { return m_seriesList; }
    MessageInspector *messageInspector() const { return m_inspector; }
    AlertsModel *alertsModel() const;
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    const AlertsTracker &alerts() const { return *m_alerts; }

    // The one time cursor: on every chart (each brings it into view, pausing if it must).
    void setTimeCursor(double timeMs);
    // A marker with this text at `timeMs` (0: the newest data time), through the session:
    // written to the capture as a note, listed in the log, drawn on every chart.
    void addMarker(const QString &text, double timeMs = 0.0);
    // Asks the marker's text (Chart > Add Marker..., Ctrl+M, a chart's context menu).
    void promptMarker(double timeMs = 0.0);
    // The File menu, ending with Quit: SessionActions adds the session's items before it.
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *quitAction() const { return m_quitAction; }
    QMenu *settingsMenu() const { return m_settingsMenu; }
    // The page shown instead of the charts while no feed and no replay runs.
    StartPage *startPage() const { return m_startPage; }
    void setStartPageShown(bool shown);
    bool isStartPageShown() const;
    const SeriesStore &seriesStore() const;
    const DashboardData &dashboardData() const { return *m_data; }
    // How many samples each series keeps in memory; older stretches come from the envelope,
    // or from the capture when zoomed into (tests use a few to reach that quickly).
    void setSamplesPerSeries(qsizetype samples);
    // Empties stores, chart, series list and log before the window shows another session.
    void clearSession();

Q_SIGNALS:
    // A chart's Add Alert...: a rule on this series, prefilled with this value.
    void alertRuleRequested(const SeriesInfo &series, double value);
    // A chart's or a latest value's Derive...: a derived series reading this series.
    void derivedSeriesRequested(const SeriesInfo &series);

private:
    // Shown in the status bar while a zoomed stretch is read back from the capture.
    static QString readingBackMessage();
    void createCentralArea();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name,
                         Qt::DockWidgetArea area);
    void createDocks();
    void createMenus();
    void createChartMenu();
    void createViewMenu();
    void createSettingsMenu();
    void connectSession(SessionController *session);
    void setWindowMs(qint64 ms);
    void onSeriesToggled(int id, bool visible);
    void placeDefaultSeries(int id, bool visible);
    void onActiveChartChanged();
    void chooseLanguage(const QString &code);
    void onRenderTick();
    void updateAlerts();
    // A chart clicked or an alert double-clicked: the cursor there, and the log record and
    // frame nearest that time selected.
    void onTimeClicked(double timeMs);
    void showAbout();
    void createHelpMenu();

    DashboardData *m_data = nullptr;
    SessionController *m_session = nullptr; // not owned; outlives the window
    ChartsArea *m_charts = nullptr;
    SeriesList *m_seriesList = nullptr;
    QLineEdit *m_seriesSearch = nullptr;
    LogModel *m_logModel = nullptr;
    LogPane *m_logPane = nullptr;
    FeedsPanel *m_feedsPanel = nullptr;
    LatestValuesModel *m_latestModel = nullptr;
    MessageInspector *m_inspector = nullptr;
    FeedStatusBar *m_statusBar = nullptr;
    QTimer *m_renderTimer = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_central = nullptr;
    StartPage *m_startPage = nullptr;
    QAction *m_quitAction = nullptr;
    QElapsedTimer m_sinceLatestRefresh;
    Theme::Choice m_theme = Theme::Choice::System;
    std::vector<int> m_dirtyIds; // reused by every tick
    std::vector<RawFrame> m_frames; // reused by every tick
    std::unique_ptr<AlertsTracker> m_alerts;
    AlertsPanel *m_alertsPanel = nullptr;
    AlertNotifier *m_notifier = nullptr;
    std::vector<AlertEvent> m_alertEvents; // reused by every tick
    std::vector<NoteMarker> m_notes;
    bool m_alertStatusStale = true; // series came: thresholds are asked for again
    QElapsedTimer m_sinceAlertStatus;
};
