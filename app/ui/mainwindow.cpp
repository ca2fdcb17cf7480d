#include "mainwindow.h"

#include "chartpanel.h"
#include "dashboarddata.h"
#include "logmodel.h"
#include "logpane.h"
#include "serieslist.h"
#include "statusbar.h"

#include "session/sessioncontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFile>
#include <QIcon>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int kDefaultRenderIntervalMs = 33; // 30 Hz
constexpr int kDefaultWindowSeconds = 60;
constexpr int kSeriesListWidth = 210;
constexpr int kLogDockHeight = 250;
} // namespace

MainWindow::MainWindow(SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , m_data(new DashboardData(100000, 100000, this))
    , m_renderTimer(new QTimer(this))
{
    setWindowTitle(tr("FeedBoard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/feedboard.png")));
    createCentralArea();
    createLogDock();
    m_statusBar = new FeedStatusBar(this);
    setStatusBar(m_statusBar);
    createMenus();
    applyStyleSheet();
    resize(1280, 800);

    connect(m_data, &DashboardData::seriesAdded, m_seriesList, &SeriesList::addSeries);
    connect(m_seriesList, &SeriesList::seriesToggled, this, &MainWindow::onSeriesToggled);
    connectSession(session);

    connect(m_renderTimer, &QTimer::timeout, this, &MainWindow::onRenderTick);
    m_renderTimer->start(kDefaultRenderIntervalMs);
}

MainWindow::~MainWindow()
{
    // Children die in creation order, m_data (the stores) first; the chart and the log model
    // hold references to the stores but read them only on a tick, so no tick may come.
    m_renderTimer->stop();
}

int MainWindow::renderIntervalMs() const
{
    return m_renderTimer->interval();
}

void MainWindow::setRenderIntervalMs(int ms)
{
    m_renderTimer->start(std::max(1, ms));
}

const SeriesStore &MainWindow::seriesStore() const
{
    return m_data->seriesStore();
}

void MainWindow::createCentralArea()
{
    m_seriesList = new SeriesList;
    m_chart = new ChartPanel(m_data->seriesStore());
    m_chart->setWindowMs(kDefaultWindowSeconds * 1000);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_seriesList);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ kSeriesListWidth, 1280 - kSeriesListWidth });
    setCentralWidget(splitter);
}

void MainWindow::createLogDock()
{
    m_logModel = new LogModel(m_data->logStore(), this);
    m_logPane = new LogPane(m_logModel);
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    dock->setWidget(m_logPane);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { kLogDockHeight }, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // also where the platform has none
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *windows = new QActionGroup(this);
    const struct
    {
        QString text;
        int seconds;
    } choices[] = { { tr("Last &10 Seconds"), 10 },
                    { tr("Last &Minute"), 60 },
                    { tr("Last &5 Minutes"), 300 } };
    int shortcut = 1;
    for (const auto &choice : choices) {
        QAction *action = view->addAction(choice.text);
        action->setObjectName(QStringLiteral("actionWindow%1s").arg(choice.seconds));
        action->setCheckable(true);
        action->setChecked(choice.seconds == kDefaultWindowSeconds);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(shortcut++)));
        action->setActionGroup(windows);
        const int seconds = choice.seconds;
        connect(action, &QAction::triggered, this, [this, seconds] { setWindowSeconds(seconds); });
    }
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About FeedBoard"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::connectSession(SessionController *session)
{
    if (!session)
        return; // a window without a session: replay-less previews and tests
    connect(session, &SessionController::batchReady, m_data, &DashboardData::ingest);
    connect(session, &SessionController::feedEvent, m_statusBar, &FeedStatusBar::showFeedEvent);
    connect(session, &SessionController::fileError, m_statusBar, &FeedStatusBar::showFileError);
}

void MainWindow::applyStyleSheet()
{
    QFile file(QStringLiteral(":/styles/light.qss"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        setStyleSheet(QString::fromUtf8(file.readAll()));
}

void MainWindow::setWindowSeconds(int seconds)
{
    m_chart->setWindowMs(qint64(seconds) * 1000);
    m_chart->render({}); // show the new window now rather than at the next sample
}

void MainWindow::onSeriesToggled(int id, bool visible)
{
    m_chart->setSeriesVisible(id, visible);
    m_seriesList->setSeriesColor(id, m_chart->seriesColor(id));
}

void MainWindow::onRenderTick()
{
    m_data->takeDirtySeries(m_dirtyIds);
    m_chart->render(m_dirtyIds);
    // Store and model change together, so one insertion per tick and no stale rows.
    if (m_data->commitPendingLogs() > 0)
        m_logModel->flush();
    if (m_data->takeStatsChanged())
        m_statusBar->setStats(m_data->feedStats());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FeedBoard"),
                       tr("<h3>FeedBoard %1</h3>"
                          "<p>A desktop dashboard for live WebSocket feeds: charts of the "
                          "numeric fields, a log of the log records, captures and exports.</p>")
                           .arg(QStringLiteral(FEEDBOARD_VERSION)));
}

void MainWindow::clearSession()
{
    m_data->clear();
    m_logModel->reset();
    m_chart->clear();
    m_seriesList->clearSeries();
    m_statusBar->setStats(m_data->feedStats());
}
