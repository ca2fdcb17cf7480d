#pragma once

#include <QMainWindow>

#include <vector>

class ChartPanel;
class DashboardData;
class FeedStatusBar;
class LogModel;
class LogPane;
class SeriesList;
class SeriesStore;
class SessionController;
class QActionGroup;
class QTimer;

// The main window. Only wires: the session's batches go into DashboardData, and one render
// clock (30 Hz by default) moves what changed into the chart and the log model, never once per
// message. GUI thread; does not own the session, which must outlive it or be stopped first.
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

    ChartPanel *chartPanel() const { return m_chart; }
    LogModel *logModel() const { return m_logModel; }
    LogPane *logPane() const { return m_logPane; }
    FeedStatusBar *feedStatusBar() const { return m_statusBar; }
    SeriesList *seriesList() const { return m_seriesList; }
    const SeriesStore &seriesStore() const;
    const DashboardData &dashboardData() const { return *m_data; }

private:
    void createCentralArea();
    void createLogDock();
    void createMenus();
    void connectSession(SessionController *session);
    void applyStyleSheet();
    void setWindowSeconds(int seconds);
    void onSeriesToggled(int id, bool visible);
    void onRenderTick();
    void showAbout();

    DashboardData *m_data = nullptr;
    ChartPanel *m_chart = nullptr;
    SeriesList *m_seriesList = nullptr;
    LogModel *m_logModel = nullptr;
    LogPane *m_logPane = nullptr;
    FeedStatusBar *m_statusBar = nullptr;
    QTimer *m_renderTimer = nullptr;
    std::vector<int> m_dirtyIds; // reused by every tick
};
