// The GUI shows when a feed's profile opted out of certificate checks (issue 7): the engine
// carries the opt-out into the feed's stats, the feeds panel marks the row (icon, tooltip,
// detail text), and the feed editor shows its warning exactly while the box is ticked.
#include "feededitor.h"
#include "feedsmodel.h"

#include "session/ingestengine.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QIcon>
#include <QLabel>
#include <QTest>

namespace {
FeedSpec spec(const QString &name, bool ignoreSslErrors)
{
    FeedSpec s
        = TestSupport::feedSpec(name, QUrl(QStringLiteral("wss://127.0.0.1:9/%1").arg(name)));
    s.ignoreSslErrors = ignoreSslErrors;
    return s;
}
} // namespace

class TestInsecureFeed : public QObject
{
    Q_OBJECT

private slots:
    void feedsPanelMarksTheFeed();
    void editorWarnsWhileTicked();
};

void TestInsecureFeed::feedsPanelMarksTheFeed()
{
    // Through the engine, as a session does: the opt-out reaches the stats the GUI gets.
    IngestEngine engine;
    engine.addFeed(spec(QStringLiteral("checked"), false));
    engine.addFeed(spec(QStringLiteral("unchecked"), true));
    const std::vector<FeedStats> stats = engine.stats();
    QCOMPARE(stats.size(), size_t(2));
    QVERIFY(!stats[0].tlsUnverified);
    QVERIFY(stats[1].tlsUnverified);

    FeedsModel model;
    QAbstractItemModelTester tester(&model);
    model.setStats(stats, 1000);
    QCOMPARE(model.rowCount(), 2);
    const auto cell = [&model](int row, int column, int role) {
        return model.data(model.index(row, column), role);
    };
    const QString marker = QStringLiteral("certificates not verified");
    QVERIFY(!cell(0, FeedsModel::DetailColumn, Qt::DisplayRole).toString().contains(marker));
    QVERIFY(cell(1, FeedsModel::DetailColumn, Qt::DisplayRole).toString().contains(marker));
    QVERIFY(!cell(0, FeedsModel::FeedColumn, Qt::DecorationRole).isValid());
    QVERIFY(!cell(1, FeedsModel::FeedColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!cell(0, FeedsModel::FeedColumn, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("not verified")));
    QVERIFY(cell(1, FeedsModel::FeedColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not verified")));
}

void TestInsecureFeed::editorWarnsWhileTicked()
{
    FeedEditor editor(spec(QStringLiteral("unchecked"), true));
    editor.show();
    auto *box = editor.findChild<QCheckBox *>(QStringLiteral("ignoreSslErrors"));
    auto *warning = editor.findChild<QLabel *>(QStringLiteral("sslWarning"));
    QVERIFY(box && warning);
    QVERIFY(box->isChecked());
    QVERIFY(!warning->isHidden()); // on its tab, which need not be the current one
    QVERIFY(!warning->text().isEmpty());
    box->setChecked(false);
    QVERIFY(warning->isHidden());
    QCOMPARE(editor.spec().ignoreSslErrors, false);
    box->setChecked(true);
    QVERIFY(!warning->isHidden()); // on its tab, which need not be the current one
    QCOMPARE(editor.spec().ignoreSslErrors, true);
}

QTEST_MAIN(TestInsecureFeed)
#include "tst_insecurefeed.moc"
