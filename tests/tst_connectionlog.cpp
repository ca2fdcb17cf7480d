// Connection losses as log records of their feed (issue 11): ConnectionLog's rules, data-
// driven; then the real IngestEngine against a trade stream on 127.0.0.1 that drops its
// clients: the log export (as headless runs write it) holds a warning for the loss and an info
// record once the feed is back, and a replay of the run's capture writes the same records.
#include "session/connectionlog.h"
#include "session/ingestengine.h"
#include "session/replaysource.h"
#include "testsupport.h"
#include "tradepeer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::TradePeer;

Q_DECLARE_METATYPE(FeedState)

namespace {
struct Step
{
    FeedState state;
    QString detail;
};

QString describe(const std::optional<LogRecord> &record)
{
    return record ? logLevelName(record->level) + QLatin1Char(' ') + record->message : QString();
}
} // namespace
Q_DECLARE_METATYPE(QList<Step>)

class TestConnectionLog : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void captureEvents_data();
    void captureEvents();
    void engineLogsLossAndReturn();
};

void TestConnectionLog::states_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("records"); // one per step, empty where none

    const QString refused = QStringLiteral("Connection refused; retrying in 0.5 s");
    QTest::newRow("first connect is no news")
        << QList<Step> { { FeedState::Connecting, "connecting" }, { FeedState::Open, "open" } }
        << QStringList { QString(), QString() };
    QTest::newRow("loss and return")
        << QList<Step> { { FeedState::Open, "open" },
                         { FeedState::Reconnecting,
                           "connection closed (code 1001: maintenance); retrying in 0.5 s" },
                         { FeedState::Reconnecting, "connecting to ws://127.0.0.1:1/" },
                         { FeedState::Reconnecting, refused },
                         { FeedState::Open, "open" } }
        << QStringList { QString(),
                         "WARN connection lost: connection closed (code 1001: maintenance); "
                         "retrying in 0.5 s",
                         QString(), QString(), "INFO connection restored: open" };
    QTest::newRow("never connected: attempts are no records")
        << QList<Step> { { FeedState::Connecting, "connecting" },
                         { FeedState::Reconnecting, refused },
                         { FeedState::Reconnecting, refused } }
        << QStringList { QString(), QString(), QString() };
    QTest::newRow("failed while open")
        << QList<Step> { { FeedState::Open, "open" },
                         { FeedState::Failed, "TLS certificate refused: expired" } }
        << QStringList { QString(), "WARN connection lost: TLS certificate refused: expired" };
    QTest::newRow("closed by the user")
        << QList<Step> { { FeedState::Open, "open" },
                         { FeedState::Closed, "closed by user" },
                         { FeedState::Connecting, "connecting" },
                         { FeedState::Open, "open" } }
        << QStringList { QString(), "INFO connection closed: closed by user", QString(),
                         QString() };
}

void TestConnectionLog::states()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, records);
    ConnectionLog log;
    QStringList seen;
    for (const Step &step : std::as_const(steps)) {
        const auto record = log.onState(QStringLiteral("trades"), step.state, step.detail, 42);
        if (record) {
            QCOMPARE(record->feed, QStringLiteral("trades"));
            QCOMPARE(record->timeUs, qint64(42));
        }
        seen << describe(record);
    }
    QCOMPARE(seen, records);
}

void TestConnectionLog::captureEvents_data()
{
    QTest::addColumn<QStringList>("events"); // "event|detail"
    QTest::addColumn<QStringList>("records");
    QTest::newRow("loss and return")
        << QStringList { "connected|open",
                         "disconnected|connection lost without a close frame; retrying in 0.5 s",
                         "disconnected|Connection refused; retrying in 1.0 s", "connected|open" }
        << QStringList {
               QString(),
               "WARN connection lost: connection lost without a close frame; retrying in 0.5 s",
               QString(), "INFO connection restored: open"
           };
    QTest::newRow("the session's end is no loss")
        << QStringList { "connected|open", "disconnected|closed by user" }
        << QStringList { QString(), QString() };
    QTest::newRow("error while open")
        << QStringList { "connected|open", "error|TLS certificate refused: expired" }
        << QStringList { QString(), "WARN connection lost: TLS certificate refused: expired" };
}

void TestConnectionLog::captureEvents()
{
    QFETCH(QStringList, events);
    QFETCH(QStringList, records);
    ConnectionLog log;
    QStringList seen;
    for (const QString &event : std::as_const(events)) {
        const QStringList parts = event.split(QLatin1Char('|'));
        seen << describe(log.onCaptureEvent(QStringLiteral("trades"), parts[0], parts[1], 1));
    }
    QCOMPARE(seen, records);
}

void TestConnectionLog::engineLogsLossAndReturn()
{
    TradePeer peer(20);
    QVERIFY(peer.listen());
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("run.capture.jsonl"));
    const QString liveLog = dir.filePath(QStringLiteral("live.log"));
    QString error;
    {
        IngestEngine engine;
        engine.setFlushIntervalMs(5);
        FeedSpec spec;
        spec.name = QStringLiteral("trades");
        spec.url = peer.url();
        spec.reconnectInitialDelayMs = 100;
        engine.addFeed(spec);
        QVERIFY2(engine.startCapture(capture, &error), qPrintable(error));
        QVERIFY2(engine.startLogExport(liveLog, &error), qPrintable(error));
        std::vector<LogRecord> logs;
        connect(&engine, &IngestEngine::batchReady, this, [&logs](const IngestBatch &batch) {
            logs.insert(logs.end(), batch.logs.begin(), batch.logs.end());
        });
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(peer.sent() >= 5, 10000);
        peer.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(peer.connections(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(int(logs.size()), 2, 10000); // the batches carry them to the GUI
        QCOMPARE(logs[0].level, LogLevel::Warn);
        QCOMPARE(logs[0].feed, QStringLiteral("trades"));
        QVERIFY2(logs[0].message.startsWith(
                     QLatin1String("connection lost: connection closed (code 1001: maintenance)")),
                 qPrintable(logs[0].message));
        QCOMPARE(logs[1].level, LogLevel::Info);
        QVERIFY2(logs[1].message.startsWith(QLatin1String("connection restored")),
                 qPrintable(logs[1].message));
        QTRY_VERIFY(engine.stats().front().frames >= 10);
        engine.stop();
    }
    const QList<QByteArray> lines = TestSupport::readLines(liveLog);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(
                 "\ttrades\tWARN\tconnection lost: connection closed (code 1001: maintenance)"),
             lines[0].constData());
    QVERIFY2(lines[1].contains("\ttrades\tINFO\tconnection restored"), lines[1].constData());

    // The capture's connection events give the same records in a replay.
    const QString replayLog = dir.filePath(QStringLiteral("replay.log"));
    {
        IngestEngine engine;
        ReplaySource replay(&engine);
        QVERIFY2(replay.open(capture, &error), qPrintable(error));
        QVERIFY2(engine.startLogExport(replayLog, &error), qPrintable(error));
        QSignalSpy finished(&replay, &ReplaySource::finished);
        replay.setSpeed(0);
        replay.start();
        QVERIFY(finished.wait(10000));
        engine.stop();
    }
    QCOMPARE(TestSupport::readLines(replayLog), lines);
}

QTEST_GUILESS_MAIN(TestConnectionLog)
#include "tst_connectionlog.moc"
