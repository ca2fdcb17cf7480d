// GUI tests (offscreen) of alerts in the window, on the composition main() runs (GuiSession),
// against a WebSocket server on 127.0.0.1: a profile's rules reach the engine (at start and
// when the user switches profile), the Alerts dock's rows through firing, acknowledged and
// resolved, the status-bar count and its colour, the in-window banner (no tray offscreen),
// the threshold band and line drawn on the chart (pixels of a grab), markers in the log, the
// capture and the charts, and the one time cursor between the log and the charts.
#include "alertnotifier.h"
#include "alertruleseditor.h"
#include "alertoverlay.h"
#include "alertsmodel.h"
#include "alertspanel.h"
#include "alertstracker.h"
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "guisession.h"
#include "logfiltermodel.h"
#include "logmodel.h"
#include "latestvaluespanel.h"
#include "logpane.h"
#include "mainwindow.h"
#include "messageinspector.h"
#include "rawframesmodel.h"
#include "profileeditor.h"
#include "shots.h"
#include "statusbar.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/sessioncontroller.h"
#include "session/sessionswitcher.h"
#include "store/seriesstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QInputDialog>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QChartView>
#include <QDateTime>
#include <QDockWidget>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <cmath>

namespace {
const QJsonObject kDecode { { QStringLiteral("key"), QStringLiteral("/s") },
                            { QStringLiteral("time"), QStringLiteral("/T") },
                            { QStringLiteral("fields"), QJsonArray { QStringLiteral("/v") } } };

// Data times near now, so the log records' receive times and the samples' share the charts.
const qint64 kBaseMs = QDateTime::currentMSecsSinceEpoch() - 20000;

// Sends frames to every client on demand; keeps sending to clients that connect later the
// frames sent so far (a session that starts after a send still sees them).
class FrameServer final : public QObject
{
public:
    FrameServer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_clients << socket;
                for (const QString &frame : std::as_const(m_sent))
                    socket->sendTextMessage(frame);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_server.serverPort()));
    }
    int clients() const { return int(m_clients.size()); }
    // One record of key A per value, 100 ms of data time apart, from frame `first` on.
    void sendValues(int first, const QList<double> &values)
    {
        for (int i = 0; i < values.size(); ++i) {
            const QString frame = QStringLiteral(R"({"s":"A","T":%1,"v":%2})")
                                      .arg(kBaseMs + 100 * (first + i))
                                      .arg(values[i], 0, 'g', 17);
            m_sent << frame;
            for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
                if (socket)
                    socket->sendTextMessage(frame);
            }
        }
    }

private:
    QWebSocketServer m_server { QStringLiteral("alerts-ui"), QWebSocketServer::NonSecureMode };
    QList<QPointer<QWebSocket>> m_clients;
    QStringList m_sent;
};

// Critical above 50, resolving below 40.
const QByteArray kRules = R"([{"name": "A high", "severity": "critical",
    "series": {"feed": "trades", "key": "A", "field": "/v"}, "above": 50, "clear": 40}])";

Profile tradesProfile(const FrameServer &server)
{
    Profile profile;
    profile.name = QStringLiteral("alerts desk");
    profile.feeds = { TestSupport::feedSpec(QStringLiteral("trades"), server.url(), kDecode) };
    QString error;
    profile.alerts = *AlertRules::fromJson(QJsonDocument::fromJson(kRules).array(), &error);
    return profile;
}

int seriesA(const MainWindow &window)
{
    const SeriesStore &store = window.seriesStore();
    for (int id : store.seriesIds()) {
        if (store.info(id).key == QLatin1String("A"))
            return id;
    }
    return -1;
}

QString stateOfRow(const AlertsModel *model, int row)
{
    return model->index(row, AlertsModel::StateColumn).data().toString();
}

// Pixels of the image tinted like `color` (the band's blend over the chart's background).
int tintedPixels(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            // Red-dominant, lighter than the pure colour: the translucent band.
            if (c.red() - c.green() > 25 && c.red() - c.blue() > 25 && c.red() > color.red()
                && c.green() > color.green())
                ++count;
        }
    }
    return count;
}

struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store { dir.path(), SecretStore::Backend::FileOnly };
    FrameServer server;
    std::unique_ptr<GuiSession> gui;
    QString capture;

    // A window started from the profile (as `feedboard --profile`).
    bool start()
    {
        if (!server.listen())
            return false;
        gui = std::make_unique<GuiSession>(&store);
        const Profile profile = tradesProfile(server);
        FeedList::Run run;
        run.feeds = profile.feeds;
        run.alerts = profile.alerts;
        RunOptions options;
        capture = dir.filePath(QStringLiteral("i14-gui-alerts.capture.jsonl"));
        options.recordPath = capture;
        QString error;
        if (!gui->configure(options, run, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        gui->window()->alertNotifier()->setTrayAllowed(false);
        gui->window()->setRenderIntervalMs(10);
        gui->start();
        return true;
    }
    MainWindow *window() const { return gui->window(); }
    AlertsModel *model() const { return gui->window()->alertsModel(); }
};
} // namespace

class TestAlertsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profileRulesReachTheEngineOnSwitch();
    void dockStatusBarAndBanner();
    void bandAndLevelDrawnOnTheChart();
    void markerInLogCaptureAndCharts();
    void logAndChartShareOneCursor();
    void ruleEditorChecksAsYouType();
    void addAlertFromTheChartsContextMenu();
};

void TestAlertsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // default captures go to a test folder
}

// A session the user switches to from a profile carries that profile's rules: one fires.
void TestAlertsUi::profileRulesReachTheEngineOnSwitch()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    FrameServer server;
    QVERIFY(server.listen());
    GuiSession gui(&store);
    QString error;
    QVERIFY2(gui.configure(RunOptions(), {}, &error), qPrintable(error));
    gui.window()->alertNotifier()->setTrayAllowed(false);
    gui.window()->setRenderIntervalMs(10);
    gui.start();
    QVERIFY(gui.session()->alertRules().isEmpty());

    const auto path = store.save(tradesProfile(server), &error);
    QVERIFY2(path, qPrintable(error));
    QVERIFY2(gui.switcher()->switchToProfile(*path, &error), qPrintable(error));
    QCOMPARE(gui.session()->alertRules().size(), 1);
    QCOMPARE(gui.session()->alertRules().first().name, QStringLiteral("A high"));
    QTRY_COMPARE(server.clients(), 1);
    server.sendValues(0, { 10, 60 });
    AlertsModel *model = gui.window()->alertsModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AlertsModel::RuleColumn).data().toString(), QStringLiteral("A high"));
    QCOMPARE(stateOfRow(model, 0), AlertsModel::stateText(AlertEvent::State::Firing));
    gui.session()->stop();
}

void TestAlertsUi::dockStatusBarAndBanner()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.gui->session()->alertRules().size(), 1); // configure() passed the run's rules
    QTRY_COMPARE(f.server.clients(), 1);
    QAbstractItemModelTester tester(f.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    FeedStatusBar *status = f.window()->feedStatusBar();
    AlertNotifier *banner = f.window()->alertNotifier();
    QVERIFY(status->alertCountText().isEmpty());
    QVERIFY(!banner->isVisible());

    // Fires at 55 (above 50), stays firing at 45 (above the clear level 40).
    f.server.sendValues(0, { 10, 30, 55, 60, 45 });
    QTRY_COMPARE(f.model()->rowCount(), 1);
    QCOMPARE(stateOfRow(f.model(), 0), AlertsModel::stateText(AlertEvent::State::Firing));
    QCOMPARE(f.model()->index(0, AlertsModel::SeverityColumn).data().toString(),
             AlertsModel::severityText(AlertSeverity::Critical));
    QCOMPARE(f.model()->index(0, AlertsModel::ValueColumn).data().toString(),
             QLocale().toString(55.0, 'g', 10));
    QCOMPARE(f.model()->index(0, AlertsModel::SeriesColumn).data().toString(),
             QStringLiteral("trades A /v"));
    QCOMPARE(f.model()->index(0, 0).data(AlertsModel::TimeMsRole).toDouble(),
             double(kBaseMs + 200));
    QCOMPARE(
        f.model()->index(0, AlertsModel::SeverityColumn).data(Qt::ForegroundRole).value<QColor>(),
        AlertsModel::severityColor(AlertSeverity::Critical));
    QCOMPARE(status->alertCountText(), FeedStatusBar::tr("Active alerts: %1").arg(1));
    QCOMPARE(status->alertCountColor(), AlertsModel::severityColor(AlertSeverity::Critical));
    // No tray offscreen: the banner says it, once.
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->notificationCount(), 1);
    QVERIFY2(banner->lastMessage().contains(QStringLiteral("A high")),
             qPrintable(banner->lastMessage()));
    if (auto *dock = f.window()->findChild<QDockWidget *>(QStringLiteral("alertsDock")))
        dock->raise();
    f.window()->setTimeCursor(double(kBaseMs + 200));
    f.window()->addMarker(QStringLiteral("deploy"), double(kBaseMs + 100));
    QTRY_COMPARE(f.window()->alerts().marks().marks.size(), size_t(2));
    QTest::qWait(50);
    TestSupport::saveShot(f.window(), QStringLiteral("alerts-firing"));
    QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());

    // Resolves below 40; fires again at once, within notifyEveryMs: a row, no notification.
    f.server.sendValues(5, { 35, 70 });
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QCOMPARE(stateOfRow(f.model(), 0), AlertsModel::stateText(AlertEvent::State::Resolved));
    QCOMPARE(stateOfRow(f.model(), 1), AlertsModel::stateText(AlertEvent::State::Firing));
    QCOMPARE(f.model()->activeCount(), 1);
    QCOMPARE(banner->notificationCount(), 1);
    QVERIFY(!banner->isVisible());

    // Acknowledge the firing row from the dock: the core's transition comes back.
    AlertsPanel *panel = f.window()->alertsPanel();
    QTableView *view = panel->view();
    QVERIFY(!panel->acknowledgeButton()->isEnabled());
    view->selectRow(0); // the resolved one: nothing to acknowledge
    QVERIFY(!panel->acknowledgeButton()->isEnabled());
    view->selectRow(1);
    QVERIFY(panel->acknowledgeButton()->isEnabled());
    QTest::mouseClick(panel->acknowledgeButton(), Qt::LeftButton);
    QTRY_COMPARE(stateOfRow(f.model(), 1), AlertsModel::stateText(AlertEvent::State::Acknowledged));
    QCOMPARE(f.model()->activeCount(), 1); // acknowledged is still active until it resolves
    QCOMPARE(status->alertCountText(), FeedStatusBar::tr("Active alerts: %1").arg(1));

    // Filters, typed and chosen: text and severity.
    auto *text = panel->findChild<QLineEdit *>(QStringLiteral("alertsTextFilter"));
    QTest::keyClicks(text, QStringLiteral("no such rule"));
    QCOMPARE(panel->filterModel()->rowCount(), 0);
    text->clear();
    QTest::keyClicks(text, QStringLiteral("a HIGH"));
    QCOMPARE(panel->filterModel()->rowCount(), 2);
    auto *severity = panel->findChild<QComboBox *>(QStringLiteral("alertsSeverityFilter"));
    severity->setCurrentIndex(severity->findData(int(AlertSeverity::Critical)));
    QCOMPARE(panel->filterModel()->rowCount(), 2);
    text->clear();
    QTest::keyClicks(text, QStringLiteral("trades B"));
    QCOMPARE(panel->filterModel()->rowCount(), 0);
    text->clear();
    QCOMPARE(panel->filterModel()->rowCount(), 2);

    // Resolved: the count goes.
    f.server.sendValues(7, { 20 });
    QTRY_COMPARE(stateOfRow(f.model(), 1), AlertsModel::stateText(AlertEvent::State::Resolved));
    QTRY_VERIFY(status->alertCountText().isEmpty());
    QCOMPARE(f.model()->activeCount(), 0);
    f.gui->session()->stop();
}

void TestAlertsUi::bandAndLevelDrawnOnTheChart()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.server.clients(), 1);
    // Values around the band (40..50) so the value axis holds it; ends firing.
    f.server.sendValues(0, { 20, 30, 35, 45, 30, 25, 60, 65, 58 });
    QTRY_COMPARE(f.model()->rowCount(), 1);
    const int id = seriesA(*f.window());
    QVERIFY(id >= 0);
    ChartPanel *chart = f.window()->chartPanel();
    chart->setSeriesVisible(id, true); // the default layout may already show it
    QTRY_COMPARE(chart->alertOverlay().thresholdCount(), 1);
    QCOMPARE(chart->alertOverlay().markCount(), 1); // where it fired, on the time axis
    const QColor critical = AlertsModel::severityColor(AlertSeverity::Critical);
    const int withBand = tintedPixels(chart->grab().toImage(), critical);
    TestSupport::saveShot(chart, QStringLiteral("alerts-band"));

    // The same chart without the alert marks: the band's pixels go.
    f.window()->chartsArea()->setChartMarks(nullptr);
    chart->render({});
    QCOMPARE(chart->alertOverlay().thresholdCount(), 0);
    const int without = tintedPixels(chart->grab().toImage(), critical);
    // A band across the plot: at least a strip of the plot's width, a few pixels high.
    QVERIFY2(withBand - without > chart->width() * 3,
             qPrintable(QStringLiteral("%1 vs %2").arg(withBand).arg(without)));
    f.window()->chartsArea()->setChartMarks(&f.window()->alerts().marks());
    f.gui->session()->stop();
}

void TestAlertsUi::markerInLogCaptureAndCharts()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.server.clients(), 1);
    f.server.sendValues(0, { 1, 2, 3, 4, 5 });
    QTRY_VERIFY(seriesA(*f.window()) >= 0);
    QAction *action = f.window()->findChild<QAction *>(QStringLiteral("actionAddMarker"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    // The chart's context menu offers it too.
    ChartPanel *chart = f.window()->chartPanel();
    QVERIFY(chart->contextMenu()->findChild<QAction *>(QStringLiteral("chartAddMarker")));

    // Through the menu and its dialog, as a person adds one (at the session's newest time).
    const auto answerDialog = [this](const QString &text) {
        QTimer::singleShot(0, this, [text] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), text);
            dialog->accept();
        });
    };
    answerDialog(QStringLiteral("deploy v2"));
    action->trigger();
    LogModel *log = f.window()->logModel();
    const auto logRowOf = [log](const QString &text) {
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row, LogModel::MessageColumn).data().toString().contains(text))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(logRowOf(QStringLiteral("deploy v2")) >= 0);
    const auto &marks = f.window()->alerts().marks().marks;
    QCOMPARE(marks.size(), size_t(1));
    QCOMPARE(marks.front().text, QStringLiteral("deploy v2"));
    // The log record and the chart mark are at the same time, not before the newest sample.
    QCOMPARE(log->index(logRowOf(QStringLiteral("deploy v2")), 0)
                 .data(LogModel::TimeUsRole)
                 .toLongLong(),
             qint64(std::llround(marks.front().timeMs * 1000.0)));
    QVERIFY(marks.front().timeMs >= double(kBaseMs + 400));

    // From the chart's context menu: at the time under the click, drawn on the chart.
    chart->setSeriesVisible(seriesA(*f.window()), true);
    QTRY_COMPARE(chart->pointCount(seriesA(*f.window())), 5);
    QChartView *view = chart->findChild<QChartView *>();
    const QPoint middle(view->viewport()->width() / 2, view->viewport()->height() / 2);
    const double clicked = chart->timeAt(middle);
    QVERIFY(!std::isnan(clicked));
    chart->prepareContextMenu(middle);
    answerDialog(QStringLiteral("rollback"));
    chart->contextMenu()->findChild<QAction *>(QStringLiteral("chartAddMarker"))->trigger();
    QTRY_VERIFY(logRowOf(QStringLiteral("rollback")) >= 0);
    QCOMPARE(marks.size(), size_t(2));
    QCOMPARE(marks.back().text, QStringLiteral("rollback"));
    QVERIFY(std::abs(marks.back().timeMs - clicked) < 1.0);
    QTRY_VERIFY(chart->alertOverlay().markCount() >= 1);

    f.gui->session()->stop(); // flushes the capture
    QStringList notes;
    for (const QByteArray &line : TestSupport::readLines(f.capture)) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("note"))
            notes << event.value(QStringLiteral("detail")).toString();
    }
    QCOMPARE(notes, QStringList({ QStringLiteral("deploy v2"), QStringLiteral("rollback") }));

    // A replay of the capture restores the markers: log records and chart marks.
    QString error;
    QVERIFY2(f.gui->switcher()->switchToCapture(f.capture, &error), qPrintable(error));
    f.gui->session()->setReplaySpeed(0.0);
    QTRY_VERIFY(logRowOf(QStringLiteral("rollback")) >= 0);
    QTRY_COMPARE(f.window()->alerts().marks().marks.size(), size_t(2));
    QCOMPARE(f.window()->alerts().marks().marks.front().text, QStringLiteral("deploy v2"));
    f.gui->session()->stop();
}

void TestAlertsUi::logAndChartShareOneCursor()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.server.clients(), 1);
    QList<double> values;
    for (int i = 0; i < 50; ++i)
        values << std::sin(i / 5.0) * 10.0;
    f.server.sendValues(0, values);
    QTRY_VERIFY(seriesA(*f.window()) >= 0);
    ChartPanel *chart = f.window()->chartPanel();
    chart->setSeriesVisible(seriesA(*f.window()), true);
    const double first = double(kBaseMs + 1000);
    const double second = double(kBaseMs + 4000);
    f.window()->addMarker(QStringLiteral("first"), first);
    f.window()->addMarker(QStringLiteral("second"), second);
    LogPane *pane = f.window()->logPane();
    QTRY_COMPARE(pane->filterModel()->rowCount(), 2);
    QTRY_VERIFY(chart->pointCount(seriesA(*f.window())) > 0);
    f.window()->resize(1280, 800);
    QTest::qWait(50);

    // A click on the first record: the cursor on the chart at its time.
    QTableView *logView = pane->view();
    const QRect row = logView->visualRect(pane->filterModel()->index(0, 0));
    QTest::mouseClick(logView->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(f.window()->alerts().marks().cursorMs, first);
    QTRY_VERIFY(chart->alertOverlay().isCursorShown());

    // A click on the chart near the second record's time selects that record.
    QChartView *chartView = chart->findChild<QChartView *>();
    QVERIFY(chartView);
    QPoint target;
    for (int x = 0; x < chartView->viewport()->width(); ++x) {
        const double t = chart->timeAt(QPoint(x, chartView->viewport()->height() / 2));
        if (!std::isnan(t) && t >= second + 200) {
            target = QPoint(x, chartView->viewport()->height() / 2);
            break;
        }
    }
    QVERIFY(!target.isNull());
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, target);
    const QModelIndexList selected = logView->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QVERIFY2(
        selected.first()
            .siblingAtColumn(LogModel::MessageColumn)
            .data()
            .toString()
            .contains(QStringLiteral("second")),
        qPrintable(selected.first().siblingAtColumn(LogModel::MessageColumn).data().toString()));
    QCOMPARE(f.window()->alerts().marks().cursorMs, chart->timeAt(target));
    // ... and the frame received nearest that time in the Message Inspector.
    MessageInspector *frameList = f.window()->messageInspector();
    QTRY_VERIFY(frameList->model()->rowCount() > 0);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, target);
    const int current = frameList->frameView()->currentIndex().row();
    QVERIFY(current >= 0);
    const qint64 clickedUs = qint64(chart->timeAt(target) * 1000.0);
    for (int row = 0; row < frameList->model()->rowCount(); ++row)
        QVERIFY(std::llabs(frameList->model()->frame(current).receiveUs - clickedUs)
                <= std::llabs(frameList->model()->frame(row).receiveUs - clickedUs));

    // A frame in the message inspector: the cursor at its receive time.
    MessageInspector *inspector = f.window()->messageInspector();
    QTRY_VERIFY(inspector->model()->rowCount() > 0);
    if (auto *dock = f.window()->findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
        dock->raise();
    QTest::qWait(20);
    QTableView *frames = inspector->frameView();
    const QRect frameRow = frames->visualRect(inspector->model()->index(0, 0));
    QTest::mouseClick(frames->viewport(), Qt::LeftButton, {}, frameRow.center());
    QCOMPARE(f.window()->alerts().marks().cursorMs,
             double(inspector->model()->frame(0).receiveUs) / 1000.0);

    chart->setPaused(false); // the frames' receive times may lie beyond the samples' times

    // A time outside the chart's range: the chart pauses and scrolls there.
    QVERIFY(!chart->isPaused());
    const double far = double(kBaseMs - 600000);
    f.window()->setTimeCursor(far);
    QVERIFY(chart->isPaused());
    QVERIFY(chart->alertOverlay().isCursorShown());
    f.gui->session()->stop();
}

void TestAlertsUi::ruleEditorChecksAsYouType()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path(), SecretStore::Backend::FileOnly);
    FrameServer server;
    QVERIFY(server.listen());
    Profile profile = tradesProfile(server);
    profile.alerts.clear();
    ProfileEditor editor(&store, profile);
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    AlertRulesEditor *rules = editor.alertRulesEditor();
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addAlertRule")),
                      Qt::LeftButton);
    QCOMPARE(rules->ruleCount(), 1);
    // A new rule has no level nor series yet: the parser's reason, Save off.
    QVERIFY(!rules->problem().isEmpty());
    QVERIFY(!save->isEnabled());
    QVERIFY(editor.problem().contains(QStringLiteral("rule 1")));

    rules->nameEdit()->clear();
    QTest::keyClicks(rules->nameEdit(), QStringLiteral("A high"));
    QTest::keyClicks(rules->feedEdit(), QStringLiteral("trades"));
    QTest::keyClicks(rules->keyEdit(), QStringLiteral("A*"));
    QTest::keyClicks(rules->fieldEdit(), QStringLiteral("/v"));
    QTest::keyClicks(rules->valueEdit(), QStringLiteral("50"));
    QVERIFY2(rules->problem().isEmpty(), qPrintable(rules->problem()));
    QVERIFY(save->isEnabled());
    // A clear level above an "above" level cannot resolve it: said as you type.
    QTest::keyClicks(rules->clearEdit(), QStringLiteral("60"));
    QVERIFY2(rules->problem().contains(QStringLiteral("/clear")), qPrintable(rules->problem()));
    QVERIFY(!save->isEnabled());
    QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("alertRuleProblem"))->text(),
             rules->problem());
    rules->clearEdit()->clear();
    QTest::keyClicks(rules->clearEdit(), QStringLiteral("40"));
    QVERIFY2(rules->problem().isEmpty(), qPrintable(rules->problem()));
    QVERIFY(save->isEnabled());

    // A second rule: log match with a bad regular expression, then a good one.
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addAlertRule")),
                      Qt::LeftButton);
    rules->conditionCombo()->setCurrentIndex(int(AlertRulesEditor::Kind::LogMatch));
    QTest::keyClicks(rules->feedEdit(), QStringLiteral("trades"));
    QTest::keyClicks(rules->withinEdit(), QStringLiteral("60000"));
    QTest::keyClicks(rules->matchEdit(), QStringLiteral("time(out"));
    QVERIFY2(rules->problem().contains(QStringLiteral("/match")), qPrintable(rules->problem()));
    QVERIFY(!save->isEnabled());
    rules->matchEdit()->clear();
    QTest::keyClicks(rules->matchEdit(), QStringLiteral("time(out)?"));
    QVERIFY2(rules->problem().isEmpty(), qPrintable(rules->problem()));

    save->click();
    QVERIFY(!editor.savedPath().isEmpty());
    QString error;
    const auto saved = store.load(editor.savedPath(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->alerts.size(), 2);
    const AlertRule &high = saved->alerts.at(0);
    QCOMPARE(high.name, QStringLiteral("A high"));
    QCOMPARE(high.condition, AlertRule::Condition::Above);
    QCOMPARE(high.key, QStringLiteral("A*"));
    QCOMPARE(high.level, 50.0);
    QCOMPARE(high.clear, 40.0);
    QCOMPARE(saved->alerts.at(1).condition, AlertRule::Condition::LogMatch);
    QCOMPARE(saved->alerts.at(1).match.pattern(), QStringLiteral("time(out)?"));

    // Opened again, the form shows the rule; removing it leaves one.
    ProfileEditor again(&store, *saved);
    QCOMPARE(again.alertRulesEditor()->ruleCount(), 2);
    again.alertRulesEditor()->ruleList()->setCurrentRow(0);
    QCOMPARE(again.alertRulesEditor()->valueEdit()->text(), QStringLiteral("50"));
    QCOMPARE(again.alertRulesEditor()->clearEdit()->text(), QStringLiteral("40"));
    again.alertRulesEditor()->removeCurrentRule();
    QCOMPARE(again.profile().alerts.size(), 1);
    QCOMPARE(again.profile().alerts.first().name, saved->alerts.at(1).name);
}

void TestAlertsUi::addAlertFromTheChartsContextMenu()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.server.clients(), 1);
    f.server.sendValues(0, { 11, 12, 13 });
    QTRY_VERIFY(seriesA(*f.window()) >= 0);
    ChartPanel *chart = f.window()->chartPanel();
    chart->setSeriesVisible(seriesA(*f.window()), true);
    QTRY_COMPARE(chart->pointCount(seriesA(*f.window())), 3);
    QChartView *view = chart->findChild<QChartView *>();
    const QPoint middle(view->viewport()->width() / 2, view->viewport()->height() / 2);
    chart->prepareContextMenu(middle);
    QAction *add = chart->contextMenu()->findChild<QAction *>(QStringLiteral("chartAddAlert"));
    QVERIFY(add && add->isEnabled());

    QString name;
    QString value;
    QString key;
    int tab = -1;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ProfileEditor *>(QApplication::activeModalWidget()));
        auto *editor = qobject_cast<ProfileEditor *>(QApplication::activeModalWidget());
        AlertRulesEditor *rules = editor->alertRulesEditor();
        name = rules->nameEdit()->text();
        value = rules->valueEdit()->text();
        key = rules->keyEdit()->text();
        tab = editor->findChild<QTabWidget *>(QStringLiteral("profileTabs"))->currentIndex();
        QVERIFY2(rules->problem().isEmpty(), qPrintable(rules->problem()));
        editor->reject();
    });
    add->trigger();
    QCOMPARE(tab, 1); // the Alerts tab
    QCOMPARE(key, QStringLiteral("A"));
    // The value of the line at the click: one of the samples, prefilled.
    QVERIFY2(QStringList({ QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13") })
                 .contains(value),
             qPrintable(value));
    QVERIFY2(name.contains(QStringLiteral("A")), qPrintable(name));

    // The latest values' context menu: the series' latest value.
    auto *latest = f.window()->findChild<LatestValuesPanel *>();
    QVERIFY(latest);
    QTRY_VERIFY(latest->proxy()->rowCount() > 0);
    latest->view()->setCurrentIndex(latest->proxy()->index(0, 0));
    value.clear();
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ProfileEditor *>(QApplication::activeModalWidget()));
        auto *editor = qobject_cast<ProfileEditor *>(QApplication::activeModalWidget());
        value = editor->alertRulesEditor()->valueEdit()->text();
        editor->reject();
    });
    latest->addAlertAction()->trigger();
    QCOMPARE(value, QStringLiteral("13"));
    f.gui->session()->stop();
}

QTEST_MAIN(TestAlertsUi)
#include "tst_alertsui.moc"
