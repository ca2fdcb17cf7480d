// GUI tests (offscreen) of derived series in the window, on the composition main() runs
// (GuiSession), against a WebSocket server on 127.0.0.1: a profile's derived series charted
// with the values of their expression, the profile editor's Derived tab checking as you type
// (position of the mistake, Save disabled) with a preview on the latest values and the
// running counts, and Derive... from a chart's and a latest value's context menu.
#include "chartpanel.h"
#include "derivedserieseditor.h"
#include "guisession.h"
#include "latestvaluespanel.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/sessioncontroller.h"
#include "store/seriesstore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

namespace {
const qint64 kBaseMs = QDateTime::currentMSecsSinceEpoch() - 20000;

// Quotes of key A (ask, bid), one record per frame, 100 ms of data time apart.
class QuoteServer final : public QObject
{
public:
    QuoteServer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_clients << socket;
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/quotes").arg(m_server.serverPort()));
    }
    int clients() const { return int(m_clients.size()); }
    void send(double ask, double bid)
    {
        const QString frame = QStringLiteral("{\"s\":\"A\",\"T\":%1,\"ask\":%2,\"bid\":%3}")
                                  .arg(kBaseMs + 100 * m_sent++)
                                  .arg(ask, 0, 'g', 17)
                                  .arg(bid, 0, 'g', 17);
        for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
            if (socket)
                socket->sendTextMessage(frame);
        }
    }

private:
    QWebSocketServer m_server { QStringLiteral("derived-ui"), QWebSocketServer::NonSecureMode };
    QList<QPointer<QWebSocket>> m_clients;
    int m_sent = 0;
};

Profile quotesProfile(const QuoteServer &server)
{
    Profile profile;
    profile.name = QStringLiteral("derived desk");
    profile.feeds = { TestSupport::feedSpec(
        QStringLiteral("quotes"), server.url(),
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("time"), QStringLiteral("/T") },
                      { QStringLiteral("fields"),
                        QJsonArray { QStringLiteral("/ask"), QStringLiteral("/bid") } } }) };
    const QJsonArray derived {
        QJsonObject { { QStringLiteral("name"), QStringLiteral("spread") },
                      { QStringLiteral("feed"), QStringLiteral("quotes") },
                      { QStringLiteral("key"), QStringLiteral("*") },
                      { QStringLiteral("expr"), QStringLiteral("{/ask} - {/bid}") } },
        QJsonObject { { QStringLiteral("name"), QStringLiteral("broken") },
                      { QStringLiteral("expr"), QStringLiteral("1 / ({quotes:A:/bid} - 9)") } },
    };
    QString error;
    profile.derived = *DerivedRules::fromJson(derived, &error);
    return profile;
}

struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store { dir.path(), SecretStore::Backend::FileOnly };
    QuoteServer server;
    std::unique_ptr<GuiSession> gui;

    bool start()
    {
        if (!server.listen())
            return false;
        gui = std::make_unique<GuiSession>(&store);
        const Profile profile = quotesProfile(server);
        FeedList::Run run;
        run.feeds = profile.feeds;
        run.derived = profile.derived;
        QString error;
        if (!gui->configure(RunOptions(), run, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        gui->window()->setRenderIntervalMs(10);
        gui->start();
        return true;
    }
    MainWindow *window() const { return gui->window(); }
    int series(const QString &feed, const QString &key, const QString &field) const
    {
        return window()->seriesStore().find(feed, key, field);
    }
};
} // namespace

class TestDerivedUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void derivedSeriesChartedFromTheProfile();
    void editorChecksAsYouTypeAndPreviews();
    void deriveFromTheContextMenus();
};

void TestDerivedUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // default captures go to a test folder
}

void TestDerivedUi::derivedSeriesChartedFromTheProfile()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.gui->session()->derivedRules().size(), 2);
    QTRY_COMPARE(f.server.clients(), 1);
    f.server.send(10.5, 10.0);
    f.server.send(11.0, 9.0); // broken: 1 / 0, not a sample
    f.server.send(12.25, 11.0);
    QTRY_VERIFY(f.series(QStringLiteral("quotes"), QStringLiteral("A"), QStringLiteral("spread"))
                >= 0);
    const int spread
        = f.series(QStringLiteral("quotes"), QStringLiteral("A"), QStringLiteral("spread"));
    const SeriesStore &store = f.window()->seriesStore();
    QTRY_COMPARE(store.buffer(spread).size(), 3);
    QCOMPARE(store.buffer(spread).valueAt(0), 0.5);
    QCOMPARE(store.buffer(spread).valueAt(1), 2.0);
    QCOMPARE(store.buffer(spread).valueAt(2), 1.25);
    QCOMPARE(store.buffer(spread).timeAt(2), double(kBaseMs + 200));
    const int broken = f.series(QStringLiteral("derived"), QString(), QStringLiteral("broken"));
    QVERIFY(broken >= 0);
    QCOMPARE(store.buffer(broken).size(), 2); // 1 / 1 and 1 / 2; the 1 / 0 was counted
    QCOMPARE(store.buffer(broken).valueAt(1), 0.5);

    // Charted like any series.
    ChartPanel *chart = f.window()->chartPanel();
    chart->setSeriesVisible(spread, true);
    QTRY_COMPARE(chart->pointCount(spread), 3);

    // Counted per series: one not-finite result for "broken".
    quint64 notFinite = 0;
    for (const DerivedStatus &s : f.gui->session()->derivedStatus()) {
        if (s.name == QLatin1String("broken"))
            notFinite = s.notFinite;
    }
    QCOMPARE(notFinite, quint64(1));
    f.gui->session()->stop();
}

void TestDerivedUi::editorChecksAsYouTypeAndPreviews()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.server.clients(), 1);
    f.server.send(10.5, 10.0);
    QTRY_VERIFY(f.series(QStringLiteral("quotes"), QStringLiteral("A"), QStringLiteral("/bid"))
                >= 0);
    const SeriesStore &store = f.window()->seriesStore();
    ProfileEditor editor(&f.store, quotesProfile(f.server));
    DerivedSeriesEditor *derived = editor.derivedEditor();
    derived->setPreviewSource(
        [&store](const QString &feed, const QString &key,
                 const QString &field) -> std::optional<double> {
            const int id = store.find(feed, key, field);
            if (id < 0 || store.buffer(id).isEmpty())
                return std::nullopt;
            return store.buffer(id).lastValue();
        },
        [](const QString &) { return QStringList { QStringLiteral("A") }; });
    QTRY_VERIFY(!f.gui->session()->derivedStatus().empty());
    derived->setStatus(f.gui->session()->derivedStatus());
    editor.showDerived();
    QCOMPARE(editor.findChild<QTabWidget *>(QStringLiteral("profileTabs"))->currentWidget(),
             derived);
    QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
    QVERIFY(save->isEnabled());
    QCOMPARE(derived->ruleList()->currentRow(), 0); // "spread"
    QCOMPARE(derived->previewLabel()->text(), QStringLiteral("now, key A: 0.5"));
    QVERIFY2(derived->statusLabel()->text().startsWith(QStringLiteral("1 series, 1 results")),
             qPrintable(derived->statusLabel()->text()));

    // A mistake as you type: the position, Save disabled.
    QLineEdit *expr = derived->exprEdit();
    expr->selectAll();
    QTest::keyClicks(expr, QStringLiteral("{/ask} - * {/bid}"));
    QVERIFY2(derived->checkLabel()->text().contains(QStringLiteral("at position 10")),
             qPrintable(derived->checkLabel()->text()));
    QVERIFY2(editor.problem().contains(QStringLiteral("/0/expr: at position 10")),
             qPrintable(editor.problem()));
    QVERIFY(!save->isEnabled());
    // Fixed: the preview evaluates it on the latest values.
    expr->selectAll();
    QTest::keyClicks(expr, QStringLiteral("({/ask} + {/bid}) / 2"));
    QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
    QVERIFY(save->isEnabled());
    QCOMPARE(derived->previewLabel()->text(), QStringLiteral("now, key A: 10.25"));
    // A {/pointer} series needs its feed.
    derived->feedEdit()->selectAll();
    QTest::keyClick(derived->feedEdit(), Qt::Key_Backspace);
    QVERIFY2(editor.problem().contains(QStringLiteral("/0/feed")), qPrintable(editor.problem()));
    QTest::keyClicks(derived->feedEdit(), QStringLiteral("quotes"));
    QCOMPARE(editor.profile().derived.first().expr, QStringLiteral("({/ask} + {/bid}) / 2"));
    f.gui->session()->stop();
}

void TestDerivedUi::deriveFromTheContextMenus()
{
    Fixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.server.clients(), 1);
    f.server.send(10.5, 10.0);
    f.server.send(10.75, 10.0);
    QTRY_VERIFY(f.series(QStringLiteral("quotes"), QStringLiteral("A"), QStringLiteral("/ask"))
                >= 0);
    const int ask = f.series(QStringLiteral("quotes"), QStringLiteral("A"), QStringLiteral("/ask"));
    ChartPanel *chart = f.window()->chartPanel();
    for (int id : f.window()->seriesStore().seriesIds())
        chart->setSeriesVisible(id, id == ask);
    QTRY_COMPARE(chart->pointCount(ask), 2);
    QChartView *view = chart->findChild<QChartView *>();
    chart->prepareContextMenu(
        QPoint(view->viewport()->width() / 2, view->viewport()->height() / 2));
    QAction *derive = chart->contextMenu()->findChild<QAction *>(QStringLiteral("chartDerive"));
    QVERIFY(derive && derive->isEnabled());

    QString expr, feed, key, problem;
    int tab = -1;
    const auto readEditor = [&] {
        QTRY_VERIFY(qobject_cast<ProfileEditor *>(QApplication::activeModalWidget()));
        auto *editor = qobject_cast<ProfileEditor *>(QApplication::activeModalWidget());
        DerivedSeriesEditor *derived = editor->derivedEditor();
        expr = derived->exprEdit()->text();
        feed = derived->feedEdit()->text();
        key = derived->keyEdit()->text();
        problem = editor->problem();
        tab = editor->findChild<QTabWidget *>(QStringLiteral("profileTabs"))->currentIndex();
        editor->reject();
    };
    QTimer::singleShot(0, this, readEditor);
    derive->trigger();
    QCOMPARE(tab, 2); // the Derived tab
    QCOMPARE(expr, QStringLiteral("{/ask}"));
    QCOMPARE(feed, QStringLiteral("quotes"));
    QCOMPARE(key, QStringLiteral("A"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // From Latest Values on a derived series: outputs are not inputs, so it opens that
    // series' own definition.
    QTRY_VERIFY(f.series(QStringLiteral("derived"), QString(), QStringLiteral("broken")) >= 0);
    const int broken = f.series(QStringLiteral("derived"), QString(), QStringLiteral("broken"));
    auto *latest = f.window()->findChild<LatestValuesPanel *>();
    QVERIFY(latest);
    QTRY_VERIFY(latest->proxy()->rowCount() >= 4);
    QModelIndex row;
    for (int r = 0; r < latest->proxy()->rowCount(); ++r) {
        if (latest->proxy()->mapToSource(latest->proxy()->index(r, 0)).row() == broken)
            row = latest->proxy()->index(r, 0);
    }
    QVERIFY(row.isValid());
    latest->view()->setCurrentIndex(row);
    QTimer::singleShot(0, this, readEditor);
    latest->deriveAction()->trigger();
    QCOMPARE(expr, QStringLiteral("1 / ({quotes:A:/bid} - 9)"));
    QVERIFY(feed.isEmpty());
    QCOMPARE(tab, 2);
    f.gui->session()->stop();
}

QTEST_MAIN(TestDerivedUi)
#include "tst_derivedui.moc"
