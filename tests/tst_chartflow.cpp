// Issue 11, the charts as a new user meets them: the real MainWindow and SessionController
// against a Binance-style trades server on 127.0.0.1 (BTC near 37,000 and ETH near 2,000) or
// the built-in demo, driven with mouse and keys only. Asserts what a person sees: axes and
// their ranges, axis labels, the crosshair read-out, button texts, pixels of the chart.
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "demosession.h"
#include "store/dashboarddata.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include "session/sessioncontroller.h"
#include "store/seriesbuffer.h"
#include "store/seriesstore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <memory>

namespace {
// Sends one BTCUSDT and one ETHUSDT trade every 20 ms to each client, as Binance's combined
// streams do: {"stream":..,"data":{"E":..,"s":..,"p":"37000.25","q":"0.002"}}.
class TradeServer final : public QObject
{
public:
    TradeServer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *client = m_server.nextPendingConnection())
                m_clients.push_back(client);
        });
        connect(&m_timer, &QTimer::timeout, this, &TradeServer::sendTrades);
        m_timer.start(20);
    }
    ~TradeServer() override { qDeleteAll(m_clients); }

    bool listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    // The connection drops and new ones are refused until listen() again.
    void dropAndRefuse()
    {
        m_server.close();
        for (QWebSocket *client : std::as_const(m_clients)) {
            client->abort();
            client->deleteLater();
        }
        m_clients.clear();
    }
    quint16 port() const { return m_port; }

    FeedSpec spec() const
    {
        FeedSpec spec;
        spec.name = QStringLiteral("trades");
        spec.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(m_port));
        QString error;
        spec.decode = *DecodeConfig::fromJson(
            QJsonObject { { QStringLiteral("root"), QStringLiteral("/data") },
                          { QStringLiteral("key"), QStringLiteral("/s") },
                          { QStringLiteral("time"), QStringLiteral("/E") },
                          { QStringLiteral("fields"),
                            QJsonArray { QStringLiteral("/p"), QStringLiteral("/q") } } },
            &error);
        spec.reconnectInitialDelayMs = 150;
        spec.reconnectMaxDelayMs = 300;
        spec.pingIntervalMs = 0;
        return spec;
    }

private:
    void sendTrades()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_btc += (QRandomGenerator::global()->generateDouble() - 0.5) * 10.0;
        m_eth += (QRandomGenerator::global()->generateDouble() - 0.5);
        for (QWebSocket *client : std::as_const(m_clients)) {
            client->sendTextMessage(
                trade(QStringLiteral("btcusdt@trade"), now, QStringLiteral("BTCUSDT"), m_btc));
            client->sendTextMessage(
                trade(QStringLiteral("ethusdt@trade"), now, QStringLiteral("ETHUSDT"), m_eth));
        }
    }
    static QString trade(const QString &stream, qint64 now, const QString &symbol, double price)
    {
        const QJsonObject data { { QStringLiteral("e"), QStringLiteral("trade") },
                                 { QStringLiteral("E"), double(now) },
                                 { QStringLiteral("s"), symbol },
                                 { QStringLiteral("p"), QString::number(price, 'f', 2) },
                                 { QStringLiteral("q"), QStringLiteral("0.002") } };
        return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("stream"), stream },
                                                             { QStringLiteral("data"), data } })
                                     .toJson(QJsonDocument::Compact));
    }

    QWebSocketServer m_server { QStringLiteral("trades"), QWebSocketServer::NonSecureMode };
    QList<QWebSocket *> m_clients;
    QTimer m_timer;
    quint16 m_port = 0;
    double m_btc = 37000.25;
    double m_eth = 2000.5;
};

QChartView *viewOf(ChartPanel *panel)
{
    return panel->findChild<QChartView *>();
}

QDateTimeAxis *timeAxis(ChartPanel *panel)
{
    return qobject_cast<QDateTimeAxis *>(viewOf(panel)->chart()->axes(Qt::Horizontal).constFirst());
}

QList<QValueAxis *> valueAxes(ChartPanel *panel)
{
    QList<QValueAxis *> axes;
    for (QAbstractAxis *axis : viewOf(panel)->chart()->axes(Qt::Vertical))
        axes << qobject_cast<QValueAxis *>(axis);
    return axes;
}

// A point of the plot, as fractions of its width and height, in viewport coordinates.
QPoint plotPoint(ChartPanel *panel, double fx, double fy)
{
    QChartView *view = viewOf(panel);
    const QRectF plot = view->chart()->plotArea();
    const QPointF at(plot.left() + plot.width() * fx, plot.top() + plot.height() * fy);
    return view->mapFromScene(view->chart()->mapToScene(at));
}

// A rubber-band drag across the plot from fx0 to fx1, as a person zooms.
void dragZoom(ChartPanel *panel, double fx0, double fx1)
{
    QWidget *viewport = viewOf(panel)->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, plotPoint(panel, fx0, 0.1));
    QTest::mouseMove(viewport, plotPoint(panel, (fx0 + fx1) / 2, 0.5));
    QTest::mouseMove(viewport, plotPoint(panel, fx1, 0.9));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, plotPoint(panel, fx1, 0.9));
}

// The time the plot shows at viewport point `pos`, from the axis range and the plot's geometry.
qint64 timeAt(ChartPanel *panel, const QPoint &pos)
{
    QChartView *view = viewOf(panel);
    const QRectF plot = view->chart()->plotArea();
    const QPointF at = view->chart()->mapFromScene(view->mapToScene(pos));
    const QDateTimeAxis *axis = timeAxis(panel);
    const double min = double(axis->min().toMSecsSinceEpoch());
    const double max = double(axis->max().toMSecsSinceEpoch());
    return qint64(min + (at.x() - plot.left()) / plot.width() * (max - min));
}

// The crosshair's time row as ms since midnight; -1 when hidden or unreadable.
int crosshairTime(ChartPanel *panel)
{
    const QString text = panel->crosshairText();
    const QTime time
        = QTime::fromString(text.section(QLatin1Char('\n'), 0, 0), QStringLiteral("hh:mm:ss.zzz"));
    return time.isValid() ? time.msecsSinceStartOfDay() : -1;
}

int msOfDay(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).time().msecsSinceStartOfDay();
}

// The time axis's labels as drawn, left to right: the chart's plain-text items that read as
// a clock, found in the scene (not taken from the panel's own account of them).
QStringList timeLabels(ChartPanel *panel)
{
    static const QRegularExpression clock(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d"));
    QList<QGraphicsSimpleTextItem *> items;
    for (QGraphicsItem *item : viewOf(panel)->scene()->items()) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->isVisible() && clock.match(text->text()).hasMatch())
            items << text;
    }
    std::sort(items.begin(), items.end(),
              [](QGraphicsSimpleTextItem *a, QGraphicsSimpleTextItem *b) {
                  return a->scenePos().x() < b->scenePos().x();
              });
    QStringList labels;
    for (QGraphicsSimpleTextItem *item : items)
        labels << item->text();
    return labels;
}

// The oldest and newest samples of the chart's lines.
std::pair<double, double> dataSpan(MainWindow &window, ChartPanel *panel)
{
    double oldest = std::numeric_limits<double>::infinity();
    double newest = -oldest;
    for (int id : panel->visibleSeriesIds()) {
        const SeriesBuffer &buffer = window.seriesStore().buffer(id);
        if (!buffer.isEmpty()) {
            oldest = std::min(oldest, buffer.timeAt(0));
            newest = std::max(newest, buffer.lastTime());
        }
    }
    return { oldest, newest };
}

QPushButton *acceptButton(const QWidget *dialog)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

QToolButton *cardButton(MainWindow &window, const char *name)
{
    return window.chartsArea()->activeCard()->findChild<QToolButton *>(QLatin1String(name));
}

// The trades server and a live session with the window on it.
struct TradeSession
{
    TradeServer server;
    SessionController session;
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        if (!server.listen())
            return false;
        session.addFeed(server.spec());
        window = std::make_unique<MainWindow>(&session);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        session.start();
        return true;
    }
    ChartPanel *chart() const { return window->chartPanel(); }
    // Waits until the chart's lines hold at least `ms` of samples.
    bool waitForData(double ms)
    {
        return QTest::qWaitFor(
            [this, ms] {
                const auto [oldest, newest] = dataSpan(*window, chart());
                return chart()->visibleSeriesCount() == 2 && newest - oldest >= ms;
            },
            15000);
    }
    ~TradeSession() { session.stop(); }
};
} // namespace

class TestChartFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void differentMagnitudesGetTheirOwnAxes();
    void demoLaysOutAChartPerField();
    void zoomedLabelsShowMilliseconds();
    void crosshairFollowsZoomAndReset();
    void resetZoomWhilePausedReturnsToPausedMoment();
    void zoomWhileLivePausesAndSaysSo();
    void newChartSpreadsShortData();
    void exportedPictureShowsTheChartOnly();
    void disconnectionShowsAsShadedBand();
    void zoomIntoDroppedStretchReadsCaptureInBackground();
};

void TestChartFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChartFlow::init()
{
    QSettings().clear(); // light theme, default language
}

void TestChartFlow::differentMagnitudesGetTheirOwnAxes()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(500));
    ChartPanel *chart = trades.chart();
    QStringList names = chart->visibleSeriesNames();
    names.sort();
    QCOMPARE(
        names,
        (QStringList { QStringLiteral("trades BTCUSDT /p"), QStringLiteral("trades ETHUSDT /p") }));
    // One axis each, named for its symbol, each scaled to its own line: neither draws flat.
    QTRY_COMPARE(valueAxes(chart).size(), 2);
    QValueAxis *btc = nullptr;
    QValueAxis *eth = nullptr;
    for (QValueAxis *axis : valueAxes(chart)) {
        if (axis->titleText().contains(QStringLiteral("BTCUSDT")))
            btc = axis;
        else if (axis->titleText().contains(QStringLiteral("ETHUSDT")))
            eth = axis;
    }
    QVERIFY2(btc && eth, qPrintable(valueAxes(chart).constFirst()->titleText()));
    QVERIFY(btc->titleText().startsWith(QStringLiteral("/p")));
    QTRY_VERIFY2(btc->min() > 30000.0 && btc->max() < 45000.0,
                 qPrintable(QStringLiteral("%1..%2").arg(btc->min()).arg(btc->max())));
    QTRY_VERIFY2(eth->min() > 1500.0 && eth->max() < 2500.0,
                 qPrintable(QStringLiteral("%1..%2").arg(eth->min()).arg(eth->max())));
}

void TestChartFlow::demoLaysOutAChartPerField()
{
    DemoSession demo(400, 20);
    QString error;
    QVERIFY2(demo.listen(&error), qPrintable(error));
    SessionController &session = demo.session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.start();

    // Six prices on one chart, the spiky latencies on a chart of their own. Which comes first
    // depends on which field arrives first (the demo's feeds race), so find each by content.
    ChartsArea *charts = window.chartsArea();
    QTRY_COMPARE_WITH_TIMEOUT(charts->chartCount(), 2, 15000);
    const auto isLatency = [](ChartCard *card) {
        return card->panel()->visibleSeriesNames()
            == QStringList { QStringLiteral("logs /latency_ms") };
    };
    QTRY_VERIFY_WITH_TIMEOUT(isLatency(charts->chart(0)) || isLatency(charts->chart(1)), 15000);
    ChartPanel *prices
        = (isLatency(charts->chart(0)) ? charts->chart(1) : charts->chart(0))->panel();
    QTRY_COMPARE_WITH_TIMEOUT(prices->visibleSeriesCount(), 6, 15000);
    for (const QString &name : prices->visibleSeriesNames())
        QVERIFY2(name.endsWith(QStringLiteral(" /price")), qPrintable(name));
    QCOMPARE(valueAxes(prices).size(), 1);
    QCOMPARE(charts->activeCard(), charts->chart(0));
    session.stop();
}

// A drag zoom over about `ms` of the plot, from 40 % of its width.
void dragZoomMs(ChartPanel *panel, double ms)
{
    const QDateTimeAxis *axis = timeAxis(panel);
    const double span = double(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch());
    dragZoom(panel, 0.4, 0.4 + std::max(0.01, ms / span));
}

void TestChartFlow::zoomedLabelsShowMilliseconds()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(3000));
    ChartPanel *chart = trades.chart();
    // Zoomed to about half a second: the labels tell the ticks apart.
    dragZoomMs(chart, 500.0);
    QTRY_VERIFY(chart->isZoomed());
    const QDateTimeAxis *axis = timeAxis(chart);
    QVERIFY(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch() < 2000);
    QStringList labels;
    QTRY_VERIFY((labels = timeLabels(chart)).size() >= 3);
    QTRY_VERIFY2((labels = timeLabels(chart)).removeDuplicates() == 0,
                 qPrintable(labels.join(u' ')));
    for (const QString &label : std::as_const(labels))
        QVERIFY2(label.contains(QLatin1Char('.')), qPrintable(label));
}

void TestChartFlow::crosshairFollowsZoomAndReset()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(3000));
    ChartPanel *chart = trades.chart();
    QTest::mouseMove(viewOf(chart)->viewport(), plotPoint(chart, 0.5, 0.5));
    QTRY_VERIFY(crosshairTime(chart) >= 0);

    // The mouse has not moved since the drag's release: the read-out is the zoomed range's
    // time there, not the time it showed before the zoom.
    dragZoom(chart, 0.4, 0.55);
    QTRY_VERIFY(chart->isZoomed());
    const QPoint mouse = plotPoint(chart, 0.55, 0.9);
    QTRY_VERIFY2(qAbs(crosshairTime(chart) - msOfDay(timeAt(chart, mouse))) <= 2,
                 qPrintable(chart->crosshairText()));

    // Reset zoom (Ctrl+0), the mouse still where it was: the read-out follows again.
    QTest::keyClick(trades.window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_VERIFY(!chart->isZoomed());
    QTRY_VERIFY2(qAbs(crosshairTime(chart) - msOfDay(timeAt(chart, mouse))) <= 2,
                 qPrintable(chart->crosshairText()));
}

void TestChartFlow::resetZoomWhilePausedReturnsToPausedMoment()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(1500));
    ChartPanel *chart = trades.chart();
    QToolButton *pause = cardButton(*trades.window, "pauseButton");
    QToolButton *reset = cardButton(*trades.window, "resetZoomButton");
    const QDateTimeAxis *axis = timeAxis(chart);

    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    const QDateTime pausedMin = axis->min();
    const QDateTime pausedMax = axis->max();
    QTest::qWait(400); // trades keep arriving
    dragZoom(chart, 0.3, 0.6);
    QTRY_VERIFY(reset->isEnabled());
    QVERIFY(axis->min() > pausedMin);
    // Reset zoom goes back to the paused moment, not to now, and stays there.
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(axis->min(), pausedMin);
    QCOMPARE(axis->max(), pausedMax);
    QVERIFY(!reset->isEnabled());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QTest::qWait(200);
    QCOMPARE(axis->max(), pausedMax);

    // Resume follows the newest trades again.
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTRY_VERIFY(axis->max() > pausedMax);
}

void TestChartFlow::zoomWhileLivePausesAndSaysSo()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(1500));
    ChartPanel *chart = trades.chart();
    QToolButton *pause = cardButton(*trades.window, "pauseButton");
    QToolButton *reset = cardButton(*trades.window, "resetZoomButton");
    const QDateTimeAxis *axis = timeAxis(chart);

    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    const QDateTime liveMax = axis->max();
    dragZoom(chart, 0.3, 0.6);
    QTRY_VERIFY(chart->isZoomed());
    // The chart no longer follows, and the button says so.
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QVERIFY(pause->isChecked());
    QTest::mouseClick(reset, Qt::LeftButton);
    // Back to the window of the moment of the zoom, which stays while trades arrive.
    const QDateTime frozenMax = axis->max();
    QVERIFY(frozenMax >= liveMax);
    QTest::qWait(300);
    QCOMPARE(axis->max(), frozenMax);
    QVERIFY(double(frozenMax.toMSecsSinceEpoch()) < dataSpan(*trades.window, chart).second);
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTRY_VERIFY(axis->max() > frozenMax);
}

void TestChartFlow::newChartSpreadsShortData()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(1500));
    ChartPanel *chart = trades.chart();
    QCOMPARE(chart->windowMs(), qint64(60000));
    // A 1 min window holding 1.5 s of trades starts at the first one, not 58 s before it.
    const qint64 first = qint64(dataSpan(*trades.window, chart).first);
    QTRY_COMPARE(timeAxis(chart)->min().toMSecsSinceEpoch(), first);
    // The lines begin at the plot's left edge.
    QChart *qchart = viewOf(chart)->chart();
    const QRectF plot = qchart->plotArea();
    for (int id : chart->visibleSeriesIds()) {
        const QList<QPointF> points = chart->shownPoints(id);
        QVERIFY(points.size() > 1);
        auto *line = qobject_cast<QLineSeries *>(qchart->series().constFirst());
        QVERIFY(line);
        const QPointF start = qchart->mapToPosition(points.at(0), line);
        QVERIFY2(start.x() - plot.left() < plot.width() * 0.05,
                 qPrintable(QString::number(start.x() - plot.left())));
    }
}

void TestChartFlow::exportedPictureShowsTheChartOnly()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(500));
    ChartPanel *chart = trades.chart();
    QTest::mouseClick(cardButton(*trades.window, "pauseButton"), Qt::LeftButton); // a still picture
    QTest::qWait(100);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    // File → Export as main.cpp wires it: the dialog pictures the charts area.
    ExportDialog dialog(trades.window->dashboardData(), trades.window->chartsArea(),
                        trades.window.get());
    auto *kind = dialog.findChild<QComboBox *>();
    kind->setCurrentIndex(kind->findText(QStringLiteral("Chart as PNG")));
    dialog.show();
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
            acceptButton(files)->click();
        }
    });
    driver.start(20);
    QPushButton *exportButton = acceptButton(&dialog);
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    driver.stop();

    const QImage image(path);
    QVERIFY(!image.isNull());
    // The chart and nothing else: no title, window chooser, Pause or Reset zoom above it.
    QCOMPARE(image.size(), chart->size());
    const QImage shown = chart->grab().toImage().convertToFormat(image.format());
    QCOMPARE(image, shown);
}

void TestChartFlow::disconnectionShowsAsShadedBand()
{
    TradeSession trades;
    QVERIFY(trades.start());
    QVERIFY(trades.waitForData(1000));
    ChartPanel *chart = trades.chart();

    // The server goes away for 1.5 s, then takes connections again on the same port.
    const qint64 lost = QDateTime::currentMSecsSinceEpoch();
    trades.server.dropAndRefuse();
    QTest::qWait(1500);
    const qint64 back = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(trades.server.listen(trades.server.port()));
    QVERIFY(QTest::qWaitFor(
        [&] { return dataSpan(*trades.window, chart).second > double(back) + 1300.0; }, 10000));

    // The middle of the outage is shaded across the plot; connected times are not.
    const QDateTimeAxis *axis = timeAxis(chart);
    QVERIFY(axis->min().toMSecsSinceEpoch() < lost);
    const QRectF plot = viewOf(chart)->chart()->plotArea();
    const auto xOf = [&](qint64 t) {
        const double min = double(axis->min().toMSecsSinceEpoch());
        const double max = double(axis->max().toMSecsSinceEpoch());
        return int(plot.left() + (double(t) - min) / (max - min) * plot.width());
    };
    const auto tinted = [&](const QImage &image, int x) {
        int count = 0;
        for (double fy : { 0.15, 0.35, 0.5, 0.65, 0.85 }) {
            const QColor c = image.pixelColor(x, int(plot.top() + plot.height() * fy));
            count += c.red() - c.blue() > 12 ? 1 : 0;
        }
        return count;
    };
    QTRY_VERIFY2(tinted(chart->grab().toImage(), xOf((lost + back) / 2)) >= 4,
                 "no band over the time the feed was not connected");
    // (A line may cross a sampled row or two there.)
    QVERIFY(tinted(chart->grab().toImage(), xOf(lost - 500)) <= 2);
    QVERIFY(tinted(chart->grab().toImage(), xOf(back + 1000)) <= 2);
}

void TestChartFlow::zoomIntoDroppedStretchReadsCaptureInBackground()
{
    // Each series keeps its last 20 trades (0.4 s) in memory; the capture keeps them all. A
    // zoom into a second long gone from memory first draws the envelope, then, once the
    // session has read the capture back on a worker thread, every trade of that second at
    // its own time and price: no new trade is needed for the chart to redraw.
    TradeSession trades;
    QVERIFY(trades.server.listen());
    trades.session.addFeed(trades.server.spec());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(trades.session.setCapture(dir.filePath(QStringLiteral("run.capture.jsonl")), &error),
             qPrintable(error));
    std::vector<SamplePoint> received;
    connect(&trades.session, &SessionController::batchReady, this, [&](const IngestBatch &batch) {
        received.insert(received.end(), batch.samples.begin(), batch.samples.end());
    });
    trades.window = std::make_unique<MainWindow>(&trades.session);
    trades.window->setSamplesPerSeries(20);
    trades.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(trades.window.get()));
    trades.session.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        received.size() > 2 && received.back().timeMs - received.front().timeMs >= 3500.0, 15000);
    QTRY_COMPARE(trades.chart()->visibleSeriesCount(), 2);
    ChartPanel *chart = trades.chart();
    QTest::mouseClick(cardButton(*trades.window, "pauseButton"), Qt::LeftButton);
    const QDateTimeAxis *axis = timeAxis(chart);
    const double shownFrom = double(axis->min().toMSecsSinceEpoch());
    const double shownTo = double(axis->max().toMSecsSinceEpoch());
    QVERIFY(shownTo - shownFrom >= 3000.0);
    const SeriesStore &store = trades.window->seriesStore();
    const int btc
        = store.find(QStringLiteral("trades"), QStringLiteral("BTCUSDT"), QStringLiteral("/p"));
    QVERIFY(btc >= 0);
    QVERIFY(store.buffer(btc).dropped() > 0);
    trades.session.stop(); // the window shows what was received; the capture is complete

    // The status bar says what the chart waits for while the capture is read.
    QStringList messages;
    connect(trades.window->statusBar(), &QStatusBar::messageChanged, this,
            [&messages](const QString &message) { messages << message; });

    // About one second at the start of the shown range, before what memory holds.
    const double span = shownTo - shownFrom;
    dragZoom(chart, 0.02, 0.02 + 1000.0 / span);
    QTRY_VERIFY(chart->isZoomed());
    const double zoomFrom = double(axis->min().toMSecsSinceEpoch());
    const double zoomTo = double(axis->max().toMSecsSinceEpoch());
    QVERIFY(zoomTo < store.buffer(btc).timeAt(0));
    QList<QPointF> expected;
    for (const SamplePoint &s : received) {
        if (s.seriesId == btc && s.timeMs >= zoomFrom && s.timeMs <= zoomTo)
            expected.append(QPointF(s.timeMs, s.value));
    }
    QVERIFY2(expected.size() >= 20, qPrintable(QString::number(expected.size())));
    const auto showsEveryTrade = [&] {
        const QList<QPointF> shown = chart->shownPoints(btc);
        return std::all_of(expected.begin(), expected.end(),
                           [&shown](const QPointF &p) { return shown.contains(p); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsEveryTrade(), 10000);
    const QString reading
        = QStringLiteral("Reading the zoomed stretch back from the capture\u2026");
    QVERIFY2(messages.contains(reading), qPrintable(messages.join(QLatin1Char('|'))));
    QCOMPARE(trades.window->statusBar()->currentMessage(), QString()); // gone once read
}

QTEST_MAIN(TestChartFlow)
#include "tst_chartflow.moc"
