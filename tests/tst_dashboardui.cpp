// Tests the dashboard's workflows as a user drives them, with QTest input on the real
// MainWindow (offscreen): add a chart and pick its series, pause and resume, filter the log,
// switch theme and language, save a layout and restore it into a new window. Batches are
// emitted through a real (unstarted) SessionController, as the worker thread would.
#include "chartcard.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "latestvaluesmodel.h"
#include "logfiltermodel.h"
#include "logmodel.h"
#include "logpane.h"
#include "mainwindow.h"
#include "messageinspector.h"
#include "rawframesmodel.h"
#include "serieslist.h"
#include "statusbar.h"
#include "uisettings.h"

#include "session/sessioncontroller.h"
#include "store/seriesstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidgetItemIterator>
#include <QtTest>

namespace {
constexpr double kStartMs = 1795687200000.0;

// ACME and HOOLI prices and ACME volume on "ticks", and log records from "api" and "db".
IngestBatch batch(double startMs, int samples, bool withSeries = true)
{
    IngestBatch b;
    if (withSeries) {
        const QString ticks = QStringLiteral("ticks");
        b.newSeries
            = { SeriesInfo { 0, ticks, QStringLiteral("ACME"), QStringLiteral("/price") },
                SeriesInfo { 1, ticks, QStringLiteral("HOOLI"), QStringLiteral("/price") },
                SeriesInfo { 2, ticks, QStringLiteral("ACME"), QStringLiteral("/volume") } };
    }
    for (int i = 0; i < samples; ++i) {
        for (int id = 0; id < 3; ++id)
            b.samples.push_back(SamplePoint { id, startMs + i * 10.0, 10.0 * (id + 1) + i % 5 });
    }
    const struct
    {
        const char *feed;
        LogLevel level;
        const char *message;
    } logs[] = { { "api", LogLevel::Info, "GET /v1/quotes 200" },
                 { "api", LogLevel::Error, "POST /v1/orders 500" },
                 { "db", LogLevel::Warn, "slow query 812 ms" },
                 { "db", LogLevel::Info, "checkpoint done" } };
    for (const auto &log : logs) {
        LogRecord record;
        record.timeUs = qint64(startMs * 1000.0);
        record.feed = QString::fromLatin1(log.feed);
        record.level = log.level;
        record.message = QString::fromLatin1(log.message);
        b.logs.push_back(record);
    }
    return b;
}

ChartCard *activeCard(MainWindow &window)
{
    return window.chartsArea()->activeCard();
}

// A series item by its full name ("ticks ACME /price").
QTreeWidgetItem *seriesItem(SeriesList *list, const QString &name)
{
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->childCount() == 0 && (*it)->toolTip(0) == name)
            return *it;
    }
    return nullptr;
}

// Checks a series in the list with the keyboard, as a user would: select it, press Space.
void toggleWithKeyboard(SeriesList *list, const QString &name)
{
    QTreeWidgetItem *item = seriesItem(list, name);
    QVERIFY2(item, qPrintable(name));
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
}
} // namespace

class TestDashboardUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addChartAndPickSeries();
    void searchFiltersSeriesList();
    void pauseAndResume();
    void filterLogs();
    void copyLogRows();
    void latestValuesTable();
    void switchTheme();
    void switchLanguage();
    void saveAndRestoreLayout();
    void restoreRejectsMalformedLayout();
    void inspectorShowsFramesPrettyAndDecoded();
    void rawFramesModelStaysBounded();
    void rawFramesModelIdsAndPause();

private:
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDashboardUi::init()
{
    QSettings().clear();
    m_window.reset();
    m_session = std::make_unique<SessionController>(); // never started: the test feeds it
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->setRenderIntervalMs(5);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardUi::addChartAndPickSeries()
{
    Q_EMIT m_session->batchReady(batch(kStartMs, 50));
    ChartPanel *first = m_window->chartPanel();
    QTRY_COMPARE(first->visibleSeriesCount(), 2); // the default rule: each key's /price

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->chartsArea()->chartCount(), 2);
    ChartPanel *second = m_window->chartPanel();
    QVERIFY(second != first);
    SeriesList *list = m_window->seriesList();
    QVERIFY(!list->isSeriesChecked(0)); // the list shows the new, empty chart

    toggleWithKeyboard(list, QStringLiteral("ticks ACME /volume"));
    QCOMPARE(second->visibleSeriesNames(), QStringList { QStringLiteral("ticks ACME /volume") });
    QCOMPARE(first->visibleSeriesCount(), 2); // the first chart is untouched
    QTRY_VERIFY(second->pointCount(second->visibleSeriesIds().front()) > 1);

    // Clicking the first chart makes it active again: the list follows.
    QTest::mouseClick(m_window->chartsArea()->chart(0), Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(m_window->chartPanel(), first);
    QVERIFY(list->isSeriesChecked(0));
    QVERIFY(!list->isSeriesChecked(2));

    // Closing the second chart leaves one, which cannot be closed.
    auto *close = m_window->chartsArea()->chart(1)->findChildren<QToolButton *>().constLast();
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(m_window->chartsArea()->chartCount(), 1);
    QVERIFY(
        !m_window->chartsArea()->chart(0)->findChildren<QToolButton *>().constLast()->isEnabled());
}

void TestDashboardUi::searchFiltersSeriesList()
{
    Q_EMIT m_session->batchReady(batch(kStartMs, 5));
    QTRY_COMPARE(m_window->seriesStore().seriesCount(), 3);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("seriesSearch"));
    QTest::keyClicks(search, QStringLiteral("volu"));
    SeriesList *list = m_window->seriesList();
    const auto shown = [list](const QString &name) { return !seriesItem(list, name)->isHidden(); };
    QVERIFY(shown(QStringLiteral("ticks ACME /volume")));
    QVERIFY(!shown(QStringLiteral("ticks ACME /price")));
    QVERIFY(!shown(QStringLiteral("ticks HOOLI /price")));
    // The HOOLI group has nothing left to show; ACME and the feed still do.
    QVERIFY(seriesItem(list, QStringLiteral("ticks HOOLI /price"))->parent()->isHidden());
    QVERIFY(!seriesItem(list, QStringLiteral("ticks ACME /price"))->parent()->isHidden());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("hooli"));
    QVERIFY(shown(QStringLiteral("ticks HOOLI /price"))); // a key matches too
    QVERIFY(!shown(QStringLiteral("ticks ACME /volume")));
    search->clear();
    QVERIFY(shown(QStringLiteral("ticks ACME /price")));
}

void TestDashboardUi::pauseAndResume()
{
    Q_EMIT m_session->batchReady(batch(kStartMs, 50));
    ChartPanel *chart = m_window->chartPanel();
    QTRY_VERIFY(chart->pointCount(chart->visibleSeriesIds().front()) > 1);
    auto *pause = activeCard(*m_window)->findChild<QToolButton *>(QStringLiteral("pauseButton"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(chart->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    const QList<QPointF> frozen = chart->shownPoints(0);

    Q_EMIT m_session->batchReady(batch(kStartMs + 1000, 50, false));
    // Data keeps arriving while paused: the store grows, the chart does not move.
    QTRY_COMPARE(m_window->seriesStore().buffer(0).size(), 100);
    QTest::qWait(30); // a few render ticks
    QCOMPARE(chart->shownPoints(0), frozen);

    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier); // the shortcut resumes
    QVERIFY(!chart->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTRY_COMPARE(chart->shownPoints(0).constLast().x(), kStartMs + 1000 + 490);
}

void TestDashboardUi::filterLogs()
{
    LogPane *pane = m_window->logPane();
    LogFilterModel *filter = pane->filterModel();
    QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_EMIT m_session->batchReady(batch(kStartMs, 1));
    QTRY_COMPARE(filter->rowCount(), 4);

    auto *text = pane->findChild<QLineEdit *>(QStringLiteral("logTextFilter"));
    QTest::keyClicks(text, QStringLiteral("v1/"));
    QCOMPARE(filter->rowCount(), 2);

    auto *regex = pane->findChild<QCheckBox *>(QStringLiteral("logRegexCheck"));
    text->clear();
    QTest::keyClicks(text, QStringLiteral("\\d{3} ms$"));
    QCOMPARE(filter->rowCount(), 0); // plain text: no line contains the pattern literally
    QTest::mouseClick(regex, Qt::LeftButton);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, LogModel::MessageColumn).data().toString(),
             QStringLiteral("slow query 812 ms"));
    QTest::keyClicks(text, QStringLiteral("(")); // unfinished pattern: no row matches, and why
    QVERIFY(!filter->isPatternValid());
    QCOMPARE(filter->rowCount(), 0);
    QVERIFY(pane->filterErrorLabel()->isVisibleTo(pane));
    QVERIFY(filter->patternError().contains(QLatin1String("missing closing parenthesis")));
    text->clear();

    auto *feeds = pane->findChild<QComboBox *>(QStringLiteral("logFeedCombo"));
    QCOMPARE(feeds->count(), 3); // all, api, db
    feeds->setCurrentIndex(feeds->findData(QStringLiteral("db")));
    QCOMPARE(filter->rowCount(), 2);
    auto *levels = pane->findChildren<QComboBox *>().constFirst();
    levels->setCurrentIndex(3); // warnings and errors
    QCOMPARE(filter->rowCount(), 1);
}

void TestDashboardUi::copyLogRows()
{
    Q_EMIT m_session->batchReady(batch(kStartMs, 1));
    QTableView *view = m_window->logPane()->view();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    view->selectRow(1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.endsWith(QStringLiteral("\tapi\tERROR\tPOST /v1/orders 500")),
             qPrintable(copied));
}

void TestDashboardUi::latestValuesTable()
{
    LatestValuesModel *model = m_window->latestValuesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_EMIT m_session->batchReady(batch(kStartMs, 50));
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_COMPARE(model->index(0, LatestValuesModel::CountColumn).data().toString(),
                 QStringLiteral("50"));
    // Series 0: 10 + i % 5 for i < 50 -> last 14, min 10, max 14, mean 12.
    QCOMPARE(model->index(0, LatestValuesModel::LastColumn)
                 .data(LatestValuesModel::kSortRole)
                 .toDouble(),
             14.0);
    QCOMPARE(
        model->index(0, LatestValuesModel::MinColumn).data(LatestValuesModel::kSortRole).toDouble(),
        10.0);
    QCOMPARE(
        model->index(0, LatestValuesModel::MaxColumn).data(LatestValuesModel::kSortRole).toDouble(),
        14.0);
    QCOMPARE(model->index(0, LatestValuesModel::MeanColumn)
                 .data(LatestValuesModel::kSortRole)
                 .toDouble(),
             12.0);
    QCOMPARE(model->index(0, LatestValuesModel::ChangeColumn)
                 .data(LatestValuesModel::kSortRole)
                 .toDouble(),
             1.0);
    QCOMPARE(
        model->index(0, LatestValuesModel::AgeColumn).data(LatestValuesModel::kStaleRole).toBool(),
        false);

    // Sorting by Last, descending, puts the volume (30 + ...) first.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("latestValuesView"));
    view->sortByColumn(LatestValuesModel::LastColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("ticks ACME /volume"));

    model->setStaleAfterMs(0);
    model->refresh(QDateTime::currentMSecsSinceEpoch() + 10);
    QVERIFY(model->index(0, 0).data(LatestValuesModel::kStaleRole).toBool());
    QVERIFY(model->index(0, 0).data(Qt::ForegroundRole).isValid()); // greyed
}

void TestDashboardUi::switchTheme()
{
    Q_EMIT m_session->batchReady(batch(kStartMs, 5));
    QTRY_COMPARE(m_window->chartPanel()->visibleSeriesCount(), 2);
    QTRY_COMPARE(m_window->logModel()->rowCount(), 4);
    m_window->findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
    QVERIFY(m_window->isDarkTheme());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(m_window->chartPanel()->isDarkTheme());
    QVERIFY(m_window->styleSheet().contains(QStringLiteral("dark style")));
    QCOMPARE(UiSettings::theme(), QStringLiteral("dark"));
    // Error rows switch to a red readable on dark rows.
    const QVariant red
        = m_window->logModel()->index(1, LogModel::LevelColumn).data(Qt::ForegroundRole);
    QVERIFY(red.value<QColor>().lightness() > 120);

    // A new window starts in the saved theme.
    MainWindow again(nullptr);
    QVERIFY(again.isDarkTheme());
    again.findChild<QAction *>(QStringLiteral("actionTheme_light"))->trigger();
    QVERIFY(!again.chartPanel()->isDarkTheme());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QCOMPARE(UiSettings::theme(), QStringLiteral("light"));
}

void TestDashboardUi::switchLanguage()
{
    QAction *german = m_window->findChild<QAction *>(QStringLiteral("actionLanguage_de"));
    QVERIFY(german);
    QVERIFY(!german->isChecked());
    german->trigger();
    QCOMPARE(UiSettings::language(), QStringLiteral("de"));
    QVERIFY(m_window->feedStatusBar()->currentMessage().contains(QStringLiteral("started again")));
    // The next window shows the choice; main() installs the translator at start.
    MainWindow again(nullptr);
    QVERIFY(again.findChild<QAction *>(QStringLiteral("actionLanguage_de"))->isChecked());
    QTranslator translator;
    QVERIFY(translator.load(QLocale(UiSettings::language()), QStringLiteral("feedboard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("ChartCard", "Pause"), QStringLiteral("Anhalten"));
    QCOMPARE(translator.translate("ChartCard", "Resume"), QStringLiteral("Fortsetzen"));
}

void TestDashboardUi::saveAndRestoreLayout()
{
    Q_EMIT m_session->batchReady(batch(kStartMs, 50));
    QTRY_COMPARE(m_window->chartPanel()->visibleSeriesCount(), 2);
    m_window->findChild<QAction *>(QStringLiteral("actionAddChart"))->trigger();
    toggleWithKeyboard(m_window->seriesList(), QStringLiteral("ticks ACME /volume"));
    m_window->findChild<QAction *>(QStringLiteral("actionWindow300s"))->trigger();
    m_window->findChild<QDockWidget *>(QStringLiteral("latestDock"))->hide();
    // Through JSON text, as a profile file stores it.
    const QJsonObject layout
        = QJsonDocument::fromJson(QJsonDocument(m_window->saveLayout()).toJson()).object();

    SessionController session;
    MainWindow restored(&session);
    restored.setRenderIntervalMs(5);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY(restored.restoreLayout(layout));
    ChartsArea *charts = restored.chartsArea();
    QCOMPARE(charts->chartCount(), 2);
    QCOMPARE(restored.chartPanel(), charts->chart(1)->panel()); // the active chart too
    QCOMPARE(restored.chartPanel()->windowMs(), 300000);
    QCOMPARE(charts->chart(0)->panel()->windowMs(), 60000);
    QVERIFY(restored.findChild<QDockWidget *>(QStringLiteral("latestDock"))->isHidden());
    // The series were not discovered yet in this session: they appear once they are.
    QCOMPARE(charts->chart(0)->panel()->visibleSeriesCount(), 0);
    Q_EMIT session.batchReady(batch(kStartMs, 50));
    QTRY_COMPARE(charts->chart(0)->panel()->visibleSeriesNames(),
                 (QStringList { QStringLiteral("ticks ACME /price"),
                                QStringLiteral("ticks HOOLI /price") }));
    QCOMPARE(charts->chart(1)->panel()->visibleSeriesNames(),
             QStringList { QStringLiteral("ticks ACME /volume") });
    QVERIFY(restored.seriesList()->isSeriesChecked(2)); // the list shows the active chart
    QVERIFY(!restored.seriesList()->isSeriesChecked(0));
    // And saving again gives the same charts.
    QCOMPARE(restored.saveLayout().value(QStringLiteral("charts")),
             layout.value(QStringLiteral("charts")));
}

void TestDashboardUi::restoreRejectsMalformedLayout()
{
    const QJsonObject before = m_window->saveLayout();
    QVERIFY(!m_window->restoreLayout(QJsonObject()));
    QVERIFY(!m_window->restoreLayout(QJsonObject { { QStringLiteral("version"), 1 } }));
    QVERIFY(!m_window->restoreLayout(QJsonObject { { QStringLiteral("version"), 99 } }));
    QCOMPARE(m_window->chartsArea()->chartCount(), 1);
    QCOMPARE(m_window->saveLayout().value(QStringLiteral("charts")),
             before.value(QStringLiteral("charts")));
}

void TestDashboardUi::inspectorShowsFramesPrettyAndDecoded()
{
    MessageInspector *inspector = m_window->messageInspector();
    QAbstractItemModelTester tester(inspector->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    FeedSpec spec;
    spec.name = QStringLiteral("ticks");
    spec.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("fields"), QJsonArray { QStringLiteral("/p") } } },
        nullptr);
    inspector->setFeedSpecs({ spec });
    IngestBatch b;
    b.rawFrames = { RawFrame { QStringLiteral("ticks"), 1795687200000000,
                               QByteArray(R"({"s":"ACME","p":101.5,"q":3})"), false },
                    RawFrame { QStringLiteral("ticks"), 1795687200001000,
                               QByteArray("not json at all"), false },
                    RawFrame { QStringLiteral("logs"), 1795687200002000, QByteArray("\x00\xff", 2),
                               true } };
    Q_EMIT m_session->batchReady(b);
    QTRY_COMPARE(inspector->model()->rowCount(), 2); // the first feed is shown
    QCOMPARE(inspector->model()->feeds(),
             (QStringList { QStringLiteral("ticks"), QStringLiteral("logs") }));

    inspector->selectFrame(0);
    QVERIFY2(inspector->prettyText().contains(QStringLiteral("\n    \"p\": 101.5")),
             qPrintable(inspector->prettyText()));
    QTableWidget *decoded = inspector->decodedTable();
    QCOMPARE(decoded->rowCount(), 1); // only /p: the feed's decode settings apply
    QCOMPARE(decoded->item(0, 0)->text(), QStringLiteral("ACME"));
    QCOMPARE(decoded->item(0, 1)->text(), QStringLiteral("/p"));
    QCOMPARE(decoded->item(0, 3)->text(), QStringLiteral("101.5"));

    inspector->selectFrame(1);
    QCOMPARE(inspector->prettyText(), QStringLiteral("not json at all"));
    QCOMPARE(decoded->rowCount(), 0);

    auto *feeds = inspector->findChild<QComboBox *>(QStringLiteral("inspectorFeedCombo"));
    feeds->setCurrentIndex(1);
    QCOMPARE(inspector->model()->rowCount(), 1);
    inspector->selectFrame(0);
    QCOMPARE(inspector->prettyText(), QStringLiteral("00 ff"));
}

void TestDashboardUi::rawFramesModelStaysBounded()
{
    RawFramesModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCurrentFeed(QStringLiteral("a"));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    std::vector<RawFrame> frames;
    for (int i = 0; i < 5; ++i)
        frames.push_back(RawFrame { QStringLiteral("a"), i, QByteArray::number(i), false });
    model.addFrames(frames);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1); // one insertion per call
    QCOMPARE(model.index(0, RawFramesModel::PreviewColumn).data().toString(), QStringLiteral("2"));
    model.addFrames({ RawFrame { QStringLiteral("a"), 9, QByteArray("9"), false } });
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, RawFramesModel::PreviewColumn).data().toString(), QStringLiteral("9"));
    QCOMPARE(model.index(0, RawFramesModel::PreviewColumn).data().toString(), QStringLiteral("3"));
}

void TestDashboardUi::rawFramesModelIdsAndPause()
{
    RawFramesModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCurrentFeed(QStringLiteral("a"));
    const auto frames = [](int from, int to) {
        std::vector<RawFrame> list;
        for (int i = from; i <= to; ++i)
            list.push_back(RawFrame { QStringLiteral("a"), i, QByteArray::number(i), false });
        return list;
    };
    const auto preview = [&model](int row) {
        return model.index(row, RawFramesModel::PreviewColumn).data().toString();
    };
    model.addFrames(frames(0, 1)); // ids 0, 1
    QCOMPARE(model.frameId(1), quint64(1));
    model.addFrames(frames(2, 3)); // 0 drops out
    QCOMPARE(model.rowOf(0), -1);
    QCOMPARE(model.rowOf(1), 0);
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(4), -1);
    model.addFrames(frames(4, 9)); // more than the capacity at once: ids stay in arrival order
    QCOMPARE(preview(0), QStringLiteral("7"));
    QCOMPARE(model.frameId(0), quint64(7));
    QCOMPARE(model.rowOf(9), 2);

    // Paused: the rows hold still, new frames wait (the newest capacity() of them).
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPaused(true);
    model.addFrames(frames(10, 11));
    model.addFrames(frames(12, 14));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(preview(0), QStringLiteral("7"));
    QCOMPARE(model.rowOf(7), 0);
    model.setPaused(false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(preview(0), QStringLiteral("12"));
    QCOMPARE(preview(2), QStringLiteral("14"));
    QCOMPARE(model.rowOf(7), -1);
    QCOMPARE(model.rowOf(12), 0); // 10 and 11 were dropped while waiting, yet keep their ids
    QCOMPARE(model.frameId(2), quint64(14));
}

QTEST_MAIN(TestDashboardUi)
#include "tst_dashboardui.moc"
