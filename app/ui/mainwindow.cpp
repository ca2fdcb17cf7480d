#include "mainwindow.h"

#include "alertnotifier.h"
#include "alertsmodel.h"
#include "alertspanel.h"
#include "alertstracker.h"
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "feedspanel.h"
#include "latestvaluesmodel.h"
#include "latestvaluespanel.h"
#include "logmodel.h"
#include "logpane.h"
#include "messageinspector.h"
#include "helpdialogs.h"
#include "serieslist.h"
#include "startpage.h"
#include "statusbar.h"
#include "uisettings.h"

#include "session/sessioncontroller.h"
#include "store/dashboarddata.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QDockWidget>
#include <QIcon>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kDefaultRenderIntervalMs = 33; // 30 Hz
constexpr int kLatestRefreshMs = 250; // the latest values table repaints 4 times a second
constexpr int kSeriesListWidth = 230;
constexpr int kLayoutVersion = 1;
// New series ask the session for their alert thresholds at most this often (it waits for
// the worker).
constexpr int kAlertStatusMs = 500;
const QString kVersionKey = QStringLiteral("version");
const QString kChartsKey = QStringLiteral("charts");
const QString kDocksKey = QStringLiteral("docks");
const QString kSplitterKey = QStringLiteral("seriesSplitter");

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}
} // namespace

MainWindow::MainWindow(SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , m_data(new DashboardData(100000, 100000, this))
    , m_renderTimer(new QTimer(this))
    , m_alerts(std::make_unique<AlertsTracker>(this))
{
    setWindowTitle(tr("FeedBoard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/feedboard.png")));
    createCentralArea();
    createDocks();
    m_statusBar = new FeedStatusBar(this);
    setStatusBar(m_statusBar);
    createMenus();
    setTheme(Theme::fromKey(UiSettings::theme()));
    resize(1280, 800);

    connect(m_data, &DashboardData::seriesAdded, m_seriesList, &SeriesList::addSeries);
    connect(m_data, &DashboardData::seriesAdded, m_charts, &ChartsArea::onSeriesAdded);
    connect(m_seriesList, &SeriesList::seriesToggled, this, &MainWindow::onSeriesToggled);
    connect(m_charts, &ChartsArea::activeChartChanged, this, &MainWindow::onActiveChartChanged);
    connect(m_data, &DashboardData::seriesAdded, this, [this] { m_alertStatusStale = true; });
    connect(m_charts, &ChartsArea::timeClicked, this, &MainWindow::onTimeClicked);
    connect(m_charts, &ChartsArea::markerRequested, this, &MainWindow::promptMarker);
    connect(m_charts, &ChartsArea::alertRequested, this, [this](int id, double value) {
        if (seriesStore().contains(id))
            Q_EMIT alertRuleRequested(seriesStore().info(id), value);
    });
    connect(m_charts, &ChartsArea::deriveRequested, this, [this](int id) {
        if (seriesStore().contains(id))
            Q_EMIT derivedSeriesRequested(seriesStore().info(id));
    });
    connect(m_logPane, &LogPane::recordActivated, this,
            [this](qint64 timeUs) { setTimeCursor(double(timeUs) / 1000.0); });
    // A frame has only its receive time: the cursor goes there (data time of a live feed
    // whose clock is the wall clock; near it otherwise).
    connect(m_inspector, &MessageInspector::frameActivated, this,
            [this](qint64 receiveUs) { setTimeCursor(double(receiveUs) / 1000.0); });
    connect(m_alertsPanel, &AlertsPanel::timeActivated, this, &MainWindow::onTimeClicked);
    connectSession(session);

    m_sinceAlertStatus.start();
    m_sinceLatestRefresh.start();
    connect(m_renderTimer, &QTimer::timeout, this, &MainWindow::onRenderTick);
    m_renderTimer->start(kDefaultRenderIntervalMs);
}

MainWindow::~MainWindow()
{
    // Children die in creation order, m_data (the stores) first; the charts and the models
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

QString MainWindow::readingBackMessage()
{
    return tr("Reading the zoomed stretch back from the capture\u2026");
}

void MainWindow::setSamplesPerSeries(qsizetype samples)
{
    m_data->setSamplesPerSeries(samples);
}

ChartPanel *MainWindow::chartPanel() const
{
    return m_charts->activePanel();
}

void MainWindow::createCentralArea()
{
    m_seriesList = new SeriesList;
    m_seriesSearch = new QLineEdit;
    m_seriesSearch->setObjectName(QStringLiteral("seriesSearch"));
    m_seriesSearch->setPlaceholderText(tr("Search series"));
    m_seriesSearch->setClearButtonEnabled(true);
    connect(m_seriesSearch, &QLineEdit::textChanged, m_seriesList, &SeriesList::setFilterText);
    auto *seriesPane = new QWidget;
    auto *seriesLayout = new QVBoxLayout(seriesPane);
    seriesLayout->setContentsMargins(0, 0, 0, 0);
    seriesLayout->setSpacing(2);
    seriesLayout->addWidget(m_seriesSearch);
    seriesLayout->addWidget(m_seriesList, 1);

    m_charts = new ChartsArea(m_data->seriesStore());
    m_charts->setFeedOutages(&m_data->outages());
    m_charts->setRawSource([this](int id, double fromMs, double toMs, QList<QPointF> &out) {
        const SeriesStore &store = m_data->seriesStore();
        if (!m_session || !store.contains(id))
            return false;
        const SeriesInfo &info = store.info(id);
        const ReadbackQueue::Answer answer
            = m_session->readBack(info.feed, info.key, info.field, fromMs, toMs, out);
        if (answer == ReadbackQueue::Answer::Pending) // the envelope shows until it is read
            m_statusBar->showMessage(readingBackMessage());
        return answer == ReadbackQueue::Answer::Ready;
    });
    m_charts->setChartMarks(&m_alerts->marks());
    m_charts->addChart();
    auto *splitter = new QSplitter(Qt::Horizontal);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(seriesPane);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ kSeriesListWidth, 1280 - kSeriesListWidth });
    m_startPage = new StartPage;
    m_central = new QStackedWidget;
    m_central->addWidget(splitter);
    m_central->addWidget(m_startPage);
    // The alert banner (where no system tray shows notifications) sits above everything.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_notifier = new AlertNotifier;
    centralLayout->addWidget(m_notifier);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);
}

void MainWindow::setStartPageShown(bool shown)
{
    m_central->setCurrentWidget(shown ? static_cast<QWidget *>(m_startPage) : m_splitter);
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_startPage;
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() keys docks by object name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_logModel = new LogModel(m_data->logStore(), this);
    m_logPane = new LogPane(m_logModel);
    QDockWidget *log
        = addDock(m_logPane, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    m_latestModel = new LatestValuesModel(*m_data, this);
    auto *latestPanel = new LatestValuesPanel(m_latestModel);
    connect(latestPanel, &LatestValuesPanel::alertRequested, this, [this](int id) {
        if (seriesStore().contains(id) && size_t(id) < m_data->summaries().size())
            Q_EMIT alertRuleRequested(seriesStore().info(id), m_data->summaries()[size_t(id)].last);
    });
    connect(latestPanel, &LatestValuesPanel::deriveRequested, this, [this](int id) {
        if (seriesStore().contains(id))
            Q_EMIT derivedSeriesRequested(seriesStore().info(id));
    });
    QDockWidget *latest = addDock(latestPanel, tr("Latest Values"), QStringLiteral("latestDock"),
                                  Qt::BottomDockWidgetArea);
    // The latest values beside the log; the feeds share the log's place as a tab.
    splitDockWidget(log, latest, Qt::Horizontal);
    m_feedsPanel = new FeedsPanel;
    QDockWidget *feeds
        = addDock(m_feedsPanel, tr("Feeds"), QStringLiteral("feedsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(log, feeds);
    m_inspector = new MessageInspector;
    QDockWidget *inspector = addDock(m_inspector, tr("Message Inspector"),
                                     QStringLiteral("inspectorDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(log, inspector);
    m_alertsPanel = new AlertsPanel(m_alerts->model());
    QDockWidget *alerts = addDock(m_alertsPanel, tr("Alerts"), QStringLiteral("alertsDock"),
                                  Qt::BottomDockWidgetArea);
    tabifyDockWidget(log, alerts);
    log->raise();
    resizeDocks({ log, latest }, { 780, 500 }, Qt::Horizontal);
    resizeDocks({ log }, { 250 }, Qt::Vertical);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction = quit;
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // also where the platform has none
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);

    createChartMenu();
    createViewMenu();
    createSettingsMenu();

    createHelpMenu();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide
        = help->addAction(tr("&User Guide"), this, [this] { HelpDialogs::showUserGuide(this); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this,
                                    [this] { HelpDialogs::showShortcuts(this); });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About FeedBoard"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createChartMenu()
{
    QMenu *chart = menuBar()->addMenu(tr("&Chart"));
    QAction *add = chart->addAction(tr("&Add Chart"), m_charts, &ChartsArea::addChart);
    add->setObjectName(QStringLiteral("actionAddChart"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *remove = chart->addAction(tr("&Remove Chart"), this,
                                       [this] { m_charts->removeChart(m_charts->activeCard()); });
    remove->setObjectName(QStringLiteral("actionRemoveChart"));
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    chart->addSeparator();
    QAction *pause = chart->addAction(tr("&Pause / Resume"), this, [this] {
        chartPanel()->setPaused(!chartPanel()->isPaused());
    });
    pause->setObjectName(QStringLiteral("actionPause"));
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *reset
        = chart->addAction(tr("Reset &Zoom"), this, [this] { chartPanel()->resetZoom(); });
    reset->setObjectName(QStringLiteral("actionResetZoom"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *find = chart->addAction(tr("&Find Series"), this, [this] {
        m_seriesSearch->setFocus();
        m_seriesSearch->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *marker
        = chart->addAction(tr("Add &Marker\u2026"), this, [this] { promptMarker(0.0); });
    marker->setObjectName(QStringLiteral("actionAddMarker"));
    marker->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    chart->addSeparator();
    int shortcut = 1;
    for (const auto &[label, ms] : ChartCard::windowChoices()) {
        QAction *action = chart->addAction(tr("Window: %1").arg(label));
        action->setObjectName(QStringLiteral("actionWindow%1s").arg(ms / 1000));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(shortcut++)));
        const qint64 windowMs = ms;
        connect(action, &QAction::triggered, this, [this, windowMs] { setWindowMs(windowMs); });
    }
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QAction *focusLog = view->addAction(tr("Filter &Log"), this, [this] {
        m_logPane->findChild<QLineEdit *>(QStringLiteral("logTextFilter"))->setFocus();
    });
    focusLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const struct
    {
        QString text;
        Theme::Choice choice;
    } choices[] = { { tr("Follow &System"), Theme::Choice::System },
                    { tr("&Light"), Theme::Choice::Light },
                    { tr("&Dark"), Theme::Choice::Dark } };
    for (const auto &entry : choices) {
        QAction *action = themes->addAction(entry.text);
        action->setObjectName(QStringLiteral("actionTheme_") + Theme::key(entry.choice));
        action->setCheckable(true);
        action->setChecked(Theme::key(entry.choice) == UiSettings::theme());
        action->setActionGroup(group);
        const Theme::Choice choice = entry.choice;
        connect(action, &QAction::triggered, this, [this, choice] {
            UiSettings::setTheme(Theme::key(choice));
            setTheme(choice);
        });
    }
}

void MainWindow::createSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu = settings;
    QMenu *languages = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    // Language names in their own language, so a user can find theirs in any UI language.
    const struct
    {
        QString text;
        QString code;
    } choices[] = { { tr("System Default"), QString() },
                    { QStringLiteral("English"), QStringLiteral("en") },
                    { QStringLiteral("Deutsch"), QStringLiteral("de") },
                    { QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN") } };
    const QString current = UiSettings::language();
    for (const auto &entry : choices) {
        QAction *action = languages->addAction(entry.text);
        action->setObjectName(QStringLiteral("actionLanguage_")
                              + (entry.code.isEmpty() ? QStringLiteral("system") : entry.code));
        action->setCheckable(true);
        action->setChecked(entry.code == current);
        action->setActionGroup(group);
        const QString code = entry.code;
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
}

void MainWindow::chooseLanguage(const QString &code)
{
    UiSettings::setLanguage(code);
    // Every widget would need its texts set again; a restart is simpler and complete.
    m_statusBar->showMessage(tr("The language changes when FeedBoard is started again."), 10000);
}

void MainWindow::connectSession(SessionController *session)
{
    if (!session)
        return; // a window without a session: replay-less previews and tests
    m_session = session;
    connect(session, &SessionController::batchReady, m_data, &DashboardData::ingest);
    connect(session, &SessionController::feedEvent, m_statusBar, &FeedStatusBar::showFeedEvent);
    connect(session, &SessionController::fileError, m_statusBar, &FeedStatusBar::showFileError);
    connect(session, &SessionController::readBackFinished, this, [this] {
        if (m_statusBar->currentMessage() == readingBackMessage())
            m_statusBar->clearMessage();
        m_charts->rawSamplesArrived();
    });
    m_inspector->setFeedSpecs(session->feedSpecs());
    connect(m_feedsPanel, &FeedsPanel::openRequested, session, &SessionController::openFeed);
    connect(m_feedsPanel, &FeedsPanel::closeRequested, session, &SessionController::closeFeed);
    connect(m_feedsPanel, &FeedsPanel::sendRequested, session, &SessionController::sendText);
    connect(m_alertsPanel, &AlertsPanel::acknowledgeRequested, session,
            &SessionController::acknowledgeAlert);
}

AlertsModel *MainWindow::alertsModel() const
{
    return m_alerts->model();
}

void MainWindow::setTimeCursor(double timeMs)
{
    m_alerts->setCursor(timeMs);
    m_charts->showTime(timeMs); // renders every chart, the cursor with it
}

void MainWindow::onTimeClicked(double timeMs)
{
    setTimeCursor(timeMs);
    m_logPane->selectNearest(qint64(timeMs * 1000.0));
    m_inspector->selectNearest(qint64(timeMs * 1000.0));
}

void MainWindow::addMarker(const QString &text, double timeMs)
{
    if (m_session && !text.trimmed().isEmpty())
        m_session->addMarker(text.trimmed(), qint64(timeMs * 1000.0));
}

void MainWindow::promptMarker(double timeMs)
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Marker"), tr("Marker text:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        addMarker(text, timeMs);
}

// Once per tick: the session's alert transitions and markers into the dock, the charts'
// marks, the status bar and the notifications; thresholds of new series from the session.
void MainWindow::updateAlerts()
{
    if (m_session && m_alertStatusStale && m_sinceAlertStatus.elapsed() >= kAlertStatusMs) {
        m_alertStatusStale = false;
        m_sinceAlertStatus.restart();
        m_alerts->setStatus(m_session->alertStatus());
    }
    const bool rewound = m_data->takeAlerts(m_alertEvents, m_notes);
    if (!rewound && m_alertEvents.empty() && m_notes.empty())
        return;
    m_alerts->apply(m_alertEvents, m_notes, rewound);
    for (const AlertEvent &event : m_alertEvents)
        m_notifier->notify(event);
    m_statusBar->setAlertCount(m_alerts->model()->activeCount(), m_alerts->model()->worstActive());
}

QJsonObject MainWindow::saveLayout() const
{
    const QSplitter *splitter = m_splitter;
    return { { kVersionKey, kLayoutVersion },
             { kChartsKey, m_charts->saveState() },
             { kDocksKey, toBase64(saveState(kLayoutVersion)) },
             { kSplitterKey, toBase64(splitter->saveState()) } };
}

bool MainWindow::restoreLayout(const QJsonObject &layout)
{
    if (layout.value(kVersionKey).toInt() != kLayoutVersion)
        return false;
    if (!m_charts->restoreState(layout.value(kChartsKey).toObject()))
        return false;
    // The saved layout decides what each chart shows from now on.
    m_seriesList->setDefaultRuleEnabled(false);
    restoreState(fromBase64(layout.value(kDocksKey)), kLayoutVersion);
    m_splitter->restoreState(fromBase64(layout.value(kSplitterKey)));
    onActiveChartChanged();
    return true;
}

void MainWindow::resetLayout()
{
    m_charts->reset();
    m_seriesList->setDefaultRuleEnabled(true);
    onActiveChartChanged();
}

void MainWindow::setTheme(Theme::Choice choice)
{
    m_theme = choice;
    setStyleSheet(Theme::apply(choice));
    const bool dark = Theme::isDark(choice);
    m_charts->setDarkTheme(dark);
    m_logModel->setDarkColors(dark);
}

bool MainWindow::isDarkTheme() const
{
    return Theme::isDark(m_theme);
}

void MainWindow::setWindowMs(qint64 ms)
{
    m_charts->activeCard()->setWindowMs(ms);
    m_charts->activeCard()->render({}); // show the new window now, not at the next sample
}

void MainWindow::onSeriesToggled(int id, bool visible)
{
    if (m_seriesList->isApplyingDefault()) {
        placeDefaultSeries(id, visible);
        return;
    }
    ChartPanel *chart = chartPanel();
    chart->setSeriesVisible(id, visible);
    chart->render({});
    m_seriesList->setSeriesColor(id, chart->seriesColor(id));
}

// The default layout gives each field a chart of its own (six prices, and latencies below
// them); the user's check boxes act on the active chart only.
void MainWindow::placeDefaultSeries(int id, bool visible)
{
    if (visible) {
        ChartPanel *chart = m_charts->chartForField(seriesStore().info(id).field)->panel();
        chart->setSeriesVisible(id, true);
        chart->render({});
    } else {
        for (int i = 0; i < m_charts->chartCount(); ++i)
            m_charts->chart(i)->panel()->setSeriesVisible(id, false);
    }
    onActiveChartChanged(); // the list's check boxes follow the active chart
}

void MainWindow::onActiveChartChanged()
{
    ChartPanel *chart = chartPanel();
    QHash<int, QColor> colors;
    for (int id : chart->visibleSeriesIds())
        colors.insert(id, chart->seriesColor(id));
    m_seriesList->showChartSeries(colors);
}

void MainWindow::onRenderTick()
{
    updateAlerts(); // before the charts render, so they draw this tick's marks
    m_data->takeDirtySeries(m_dirtyIds);
    m_charts->render(m_dirtyIds);
    // Store and model change together, so one insertion per tick and no stale rows.
    if (m_data->commitPendingLogs() > 0)
        m_logModel->flush();
    m_data->takeRawFrames(m_frames);
    if (!m_frames.empty())
        m_inspector->addFrames(m_frames);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_data->takeStatsChanged()) {
        m_statusBar->setStats(m_data->feedStats());
        m_feedsPanel->setStats(m_data->feedStats(), now);
        for (const FeedStats &feed : m_data->feedStats())
            m_logPane->addFeed(feed.feed);
    }
    if (m_sinceLatestRefresh.elapsed() >= kLatestRefreshMs) {
        m_sinceLatestRefresh.restart();
        m_latestModel->refresh(now);
    }
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
    // Charts are rebuilt from their own layout: each one keeps its place, window and the
    // series it showed, by name, which reappear once the new session discovers them.
    const QJsonObject charts = m_charts->saveState();
    m_data->clear();
    m_logModel->reset();
    m_latestModel->reset();
    m_seriesList->clearSeries();
    m_charts->restoreState(charts);
    m_inspector->clear();
    m_alerts->clear();
    m_alertStatusStale = true;
    m_statusBar->setAlertCount(0, std::nullopt);
    // Every view forgets the old session's feeds: only the new one's are offered.
    QStringList feeds;
    if (m_session) {
        m_inspector->setFeedSpecs(m_session->feedSpecs());
        for (const FeedSpec &feed : m_session->feedSpecs())
            feeds << feed.name;
    }
    m_feedsPanel->setFeeds(feeds);
    m_logPane->setFeeds(feeds);
    m_statusBar->setStats(m_data->feedStats());
}
