// The alert evaluator inside a real IngestEngine, against WebSocket servers on 127.0.0.1:
// thresholds with hysteresis and forMs on a sine wave (exact transition counts), change,
// glob keys over many symbols, log matches, stale feeds and series, a feed whose server dies
// and comes back, markers, and a replay of the capture reporting exactly the live alerts.
#include "alerts/alertrule.h"
#include "capture/capturereader.h"
#include "session/ingestengine.h"
#include "session/replaysource.h"
#include "testsupport.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>

namespace {
constexpr qint64 kBaseMs = 1795687200000; // 2026-11-26T10:00:00Z

QList<AlertRule> rules(const QByteArray &json)
{
    QString error;
    const auto parsed = AlertRules::fromJson(QJsonDocument::fromJson(json).array(), &error);
    if (!parsed)
        qFatal("bad rules in test: %s", qPrintable(error));
    return *parsed;
}

// Sends `frames` to each client once it connects, then one frame of `tick()` every interval
// while ticking; can go away (clients dropped, port closed) and come back on the same port.
class ScriptServer final : public QObject
{
public:
    explicit ScriptServer(QList<QByteArray> frames = {})
        : m_frames(std::move(frames))
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                m_clients << socket;
                for (const QByteArray &frame : std::as_const(m_frames))
                    socket->sendTextMessage(QString::fromUtf8(frame));
                socket->flush();
            }
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const QString frame = QStringLiteral(R"({"s":"A","v":%1})").arg(++m_ticks);
            for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
                if (socket)
                    socket->sendTextMessage(frame);
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(m_port())); }
    void tick(int intervalMs) { m_timer.start(intervalMs); }
    void pause() { m_timer.stop(); }
    int ticks() const { return m_ticks; }
    void goAway()
    {
        for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
            if (socket)
                socket->abort();
        }
        m_clients.clear();
        m_server.close();
    }

private:
    quint16 m_port() const { return m_listenPort ? m_listenPort : m_server.serverPort(); }

    QList<QByteArray> m_frames;
    QWebSocketServer m_server { QStringLiteral("alerts"), QWebSocketServer::NonSecureMode };
    QList<QPointer<QWebSocket>> m_clients;
    QTimer m_timer;
    int m_ticks = 0;
    quint16 m_listenPort = 0;
};

QByteArray record(const char *key, qint64 timeMs, double value)
{
    return QByteArray(R"({"s":")") + key + R"(","T":)" + QByteArray::number(timeMs) + R"(,"v":)"
        + QByteArray::number(value, 'g', 17) + '}';
}

const QJsonObject kDecode { { QStringLiteral("key"), QStringLiteral("/s") },
                            { QStringLiteral("time"), QStringLiteral("/T") },
                            { QStringLiteral("fields"), QJsonArray { QStringLiteral("/v") } } };

// Everything an engine reported: the batch's transitions and the signal's, which must agree.
struct Seen
{
    std::vector<AlertEvent> batched;
    std::vector<AlertEvent> signalled;
    std::vector<NoteMarker> notes;
    std::vector<LogRecord> logs;
    qsizetype samples = 0;

    void attach(IngestEngine &engine, QObject *context)
    {
        QObject::connect(
            &engine, &IngestEngine::batchReady, context, [this](const IngestBatch &batch) {
                batched.insert(batched.end(), batch.alerts.begin(), batch.alerts.end());
                notes.insert(notes.end(), batch.notes.begin(), batch.notes.end());
                logs.insert(logs.end(), batch.logs.begin(), batch.logs.end());
                samples += qsizetype(batch.samples.size());
            });
        QObject::connect(&engine, &IngestEngine::alertTransition, context,
                         [this](const AlertEvent &event) { signalled.push_back(event); });
    }
    std::vector<AlertEvent> ofRule(const QString &rule) const
    {
        std::vector<AlertEvent> out;
        for (const AlertEvent &e : batched) {
            if (e.rule == rule)
                out.push_back(e);
        }
        return out;
    }
    QList<QByteArray> lines() const
    {
        QList<QByteArray> out;
        for (const AlertEvent &e : batched)
            out << e.contractLine();
        std::sort(out.begin(), out.end());
        return out;
    }
};

qsizetype countState(const std::vector<AlertEvent> &events, AlertEvent::State state)
{
    return std::count_if(events.begin(), events.end(),
                         [state](const AlertEvent &e) { return e.state == state; });
}

QList<CaptureRecord> readCapture(const QString &path)
{
    CaptureReader reader;
    QString error;
    QList<CaptureRecord> records;
    if (!reader.open(path, &error))
        return records;
    CaptureRecord r;
    while (reader.next(r))
        records << r;
    return records;
}
} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void thresholdsWithHysteresisOnSine();
    void changeRule();
    void globKeysOverManySymbols();
    void logMatchCounts();
    void staleFeedAndSeries();
    void feedKilledAndRestarted();
    void markersAndReplayGiveTheLiveAlerts();
    void markersAheadOfTheClockLeaveFrameTimesAlone();

private:
    // Runs an engine with `rules` against `server` until `samples` samples arrived.
    void runUntil(IngestEngine &engine, Seen &seen, const QUrl &url, const QList<AlertRule> &rules,
                  qsizetype samples);

    QTemporaryDir m_dir;
    QString m_capture;
};

void TestAlerts::init()
{
    QVERIFY(m_dir.isValid());
    m_capture = m_dir.filePath(QStringLiteral("%1.jsonl").arg(QTest::currentTestFunction()));
}

void TestAlerts::markersAheadOfTheClockLeaveFrameTimesAlone()
{
    // A feed whose clock runs an hour ahead: its alert markers carry that data time. Frames
    // that arrive after the markers were written must still carry the time they came.
    const qint64 aheadMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    QList<QByteArray> frames;
    for (int i = 0; i < 20; ++i)
        frames << record("A", aheadMs + 10 * i, i % 2 ? 105.0 : 95.0);
    ScriptServer server(frames);
    QVERIFY(server.listen());
    IngestEngine engine;
    Seen seen;
    engine.setFlushIntervalMs(5);
    engine.addFeed(TestSupport::quickFeedSpec(QStringLiteral("trades"), server.url(), kDecode));
    engine.setAlertRules(rules(R"([
        {"name":"hi","series":{"feed":"trades","key":"A","field":"/v"},"above":100,"clear":99}
    ])"));
    QString error;
    QVERIFY2(engine.startCapture(m_capture, &error), qPrintable(error));
    seen.attach(engine, this);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(seen.batched.size() >= 2, 10000);
    server.tick(10); // frames after the markers
    QTRY_VERIFY_WITH_TIMEOUT(server.ticks() >= 10, 10000);
    QTest::qWait(100);
    engine.stop();

    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    qsizetype markers = 0;
    qsizetype texts = 0;
    for (const CaptureRecord &r : readCapture(m_capture)) {
        if (r.kind == CaptureRecord::Kind::Event && r.event == QLatin1String("alert")) {
            ++markers;
        } else if (r.kind == CaptureRecord::Kind::Text) {
            ++texts;
            QVERIFY2(qAbs(r.timeUs - nowUs) < 60 * 1000 * 1000,
                     qPrintable(QStringLiteral("frame %1: %2 s from now")
                                    .arg(texts)
                                    .arg((r.timeUs - nowUs) / 1.0e6)));
        }
    }
    QVERIFY(markers >= 2);
    QVERIFY(texts >= 30);
}

void TestAlerts::runUntil(IngestEngine &engine, Seen &seen, const QUrl &url,
                          const QList<AlertRule> &alertRules, qsizetype samples)
{
    engine.setFlushIntervalMs(5);
    engine.addFeed(TestSupport::quickFeedSpec(QStringLiteral("trades"), url, kDecode));
    engine.setAlertRules(alertRules);
    QString error;
    QVERIFY2(engine.startCapture(m_capture, &error), qPrintable(error));
    seen.attach(engine, this);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(seen.samples >= samples, 10000);
    engine.stop();
}

void TestAlerts::thresholdsWithHysteresisOnSine()
{
    // 10 periods of 20 samples, 10 ms apart in data time: A swings 100 +- 5, B 100 +- 0.5.
    QList<QByteArray> frames;
    for (int i = 0; i < 200; ++i) {
        const double s = std::sin(2.0 * M_PI * i / 20.0);
        frames << record("A", kBaseMs + 10 * i, 100.0 + 5.0 * s)
               << record("B", kBaseMs + 10 * i, 100.0 + 0.5 * s);
    }
    ScriptServer server(frames);
    QVERIFY(server.listen());
    IngestEngine engine;
    Seen seen;
    runUntil(engine, seen, server.url(), rules(R"([
        {"name":"hi","series":{"feed":"trades","key":"*","field":"/v"},"above":100,"clear":99},
        {"name":"hi for","series":{"feed":"trades","key":"A","field":"/v"},"above":100,"clear":99,"forMs":50},
        {"name":"hi too long","series":{"feed":"trades","key":"A","field":"/v"},"above":100,"forMs":100},
        {"name":"lo","severity":"critical","series":{"feed":"trades","key":"A","field":"/v"},"below":96,"clear":97}
    ])"),
             400);

    // A crosses 100 at the second sample of each period and 99 at the twelfth: ten firings
    // and ten resolutions. B never falls below the clear level: it fires once, for good.
    std::vector<AlertEvent> a, b;
    for (const AlertEvent &e : seen.ofRule(QStringLiteral("hi")))
        (e.key == QLatin1String("A") ? a : b).push_back(e);
    QCOMPARE(a.size(), size_t(20));
    for (size_t i = 0; i < a.size(); ++i) {
        const bool firing = i % 2 == 0;
        QCOMPARE(a[i].state, firing ? AlertEvent::State::Firing : AlertEvent::State::Resolved);
        QCOMPARE(a[i].dataTimeMs, double(kBaseMs + 200 * qint64(i / 2) + (firing ? 10 : 110)));
        QCOMPARE(a[i].field, QStringLiteral("/v"));
        QCOMPARE(a[i].level, 100.0);
        QCOMPARE(a[i].clear, 99.0);
    }
    QVERIFY(a[0].value > 100.0);
    QCOMPARE(b.size(), size_t(1));
    QCOMPARE(b[0].state, AlertEvent::State::Firing);

    // forMs 50: the condition holds from +10 ms, so it fires at +60 ms of each period.
    const auto held = seen.ofRule(QStringLiteral("hi for"));
    QCOMPARE(held.size(), size_t(20));
    QCOMPARE(held[0].dataTimeMs, double(kBaseMs + 60));
    QCOMPARE(held[1].dataTimeMs, double(kBaseMs + 110));
    // It never holds for 100 ms (80 ms at most): no transition at all.
    QCOMPARE(seen.ofRule(QStringLiteral("hi too long")).size(), size_t(0));
    // below 96 from the 14th sample (100 - 5 sin(54°)= 95.95), resolved above 97 at the 19th.
    const auto lo = seen.ofRule(QStringLiteral("lo"));
    QCOMPARE(lo.size(), size_t(20));
    QCOMPARE(lo[0].severity, AlertSeverity::Critical);
    QCOMPARE(lo[0].dataTimeMs, double(kBaseMs + 130));
    QCOMPARE(lo[1].dataTimeMs, double(kBaseMs + 180));

    // Notifications: the first firing of each instance only (notifyEveryMs 60 s), but every
    // transition recorded; the signal reports exactly what the batches carried.
    QVERIFY(a[0].notify);
    QVERIFY(!a[2].notify);
    QCOMPARE(seen.signalled.size(), seen.batched.size());
    // Every transition is in the capture as an alert event, its detail the contract's line.
    qsizetype captured = 0;
    for (const CaptureRecord &r : readCapture(m_capture)) {
        if (r.kind == CaptureRecord::Kind::Event && r.event == QLatin1String("alert")) {
            ++captured;
            QVERIFY2(r.detail.startsWith(QLatin1String("state=")), qPrintable(r.detail));
        }
    }
    QCOMPARE(captured, qsizetype(seen.batched.size()));
}

void TestAlerts::changeRule()
{
    QList<QByteArray> frames;
    for (int i = 0; i < 100; ++i)
        frames << record("C", kBaseMs + 10 * i, i < 50 ? 100.0 : 103.0);
    ScriptServer server(frames);
    QVERIFY(server.listen());
    IngestEngine engine;
    Seen seen;
    runUntil(engine, seen, server.url(), rules(R"([
        {"name":"jump","series":{"feed":"trades","key":"*","field":"/v"},"changePercent":2,"withinMs":100},
        {"name":"by","series":{"feed":"trades","key":"C","field":"/v"},"changeBy":2.5,"withinMs":100},
        {"name":"big","series":{"feed":"trades","key":"C","field":"/v"},"changeBy":5,"withinMs":100}
    ])"),
             100);
    // The jump at +500 ms fires; 100 ms later the oldest value in the window is 103 again.
    for (const QString &rule : { QStringLiteral("jump"), QStringLiteral("by") }) {
        const auto events = seen.ofRule(rule);
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].state, AlertEvent::State::Firing);
        QCOMPARE(events[0].dataTimeMs, double(kBaseMs + 500));
        QCOMPARE(events[0].value, 103.0);
        QCOMPARE(events[1].state, AlertEvent::State::Resolved);
        QCOMPARE(events[1].dataTimeMs, double(kBaseMs + 600));
    }
    QCOMPARE(seen.ofRule(QStringLiteral("big")).size(), size_t(0));
}

void TestAlerts::globKeysOverManySymbols()
{
    QList<QByteArray> frames;
    for (int i = 0; i < 60; ++i)
        frames << record(QByteArray::number(i).rightJustified(2, '0').prepend('S').constData(),
                         kBaseMs + i, 1.0 + i);
    ScriptServer server(frames);
    QVERIFY(server.listen());
    IngestEngine engine;
    Seen seen;
    runUntil(engine, seen, server.url(), rules(R"([
        {"name":"teens","series":{"feed":"trades","key":"S1?","field":"/v"},"above":0},
        {"name":"all","series":{"feed":"tr*","key":"*","field":"/v"},"above":30},
        {"name":"none yet","series":{"feed":"trades","key":"X*","field":"/v"},"above":0}
    ])"),
             60);
    const auto teens = seen.ofRule(QStringLiteral("teens"));
    QCOMPARE(teens.size(), size_t(10));
    QSet<QString> keys;
    for (const AlertEvent &e : teens)
        keys << e.key;
    QCOMPARE(keys.size(), 10);
    QVERIFY(keys.contains(QStringLiteral("S10")) && keys.contains(QStringLiteral("S19")));
    QCOMPARE(seen.ofRule(QStringLiteral("all")).size(), size_t(30)); // S30..S59 above 30
    // Instances: one per matching series; the rule without a match waits ("no data yet").
    const std::vector<AlertStatus> status = engine.alertStatus();
    QCOMPARE(std::count_if(status.begin(), status.end(),
                           [](const AlertStatus &s) { return s.rule == QLatin1String("all"); }),
             60);
    const auto waiting = std::find_if(status.begin(), status.end(), [](const AlertStatus &s) {
        return s.rule == QLatin1String("none yet");
    });
    QVERIFY(waiting != status.end());
    QCOMPARE(waiting->instance, -1);
    QCOMPARE(waiting->state, AlertStatus::State::NoData);
    const auto firing = std::count_if(status.begin(), status.end(), [](const AlertStatus &s) {
        return s.state == AlertStatus::State::Firing;
    });
    QCOMPARE(firing, 40);
}

void TestAlerts::logMatchCounts()
{
    ScriptServer server({ "ERROR timeout 1", "WARN timeout", "ERROR disk full", "ERROR timeout 2",
                          "INFO timeout", "ERROR Timeout", "ERROR timeout 3", "ERROR timeout 4",
                          R"({"s":"A","T":1795687200000,"v":1})" });
    QVERIFY(server.listen());
    IngestEngine engine;
    Seen seen;
    runUntil(engine, seen, server.url(), rules(R"([
        {"name":"timeouts","feed":"trades","logLevel":"ERROR","match":"timeout","count":3,"withinMs":60000},
        {"name":"errors","feed":"trades","logLevel":"ERROR","count":5},
        {"name":"fatal","feed":"trades","logLevel":"FATAL"}
    ])"),
             1);
    const auto timeouts = seen.ofRule(QStringLiteral("timeouts"));
    QCOMPARE(timeouts.size(), size_t(1));
    QCOMPARE(timeouts[0].state, AlertEvent::State::Firing);
    QCOMPARE(timeouts[0].value, 3.0); // the third matching record ("ERROR timeout 3")
    const auto errors = seen.ofRule(QStringLiteral("errors"));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors[0].value, 5.0);
    QCOMPARE(seen.ofRule(QStringLiteral("fatal")).size(), size_t(0));
}

void TestAlerts::staleFeedAndSeries()
{
    ScriptServer server;
    QVERIFY(server.listen());
    IngestEngine engine;
    Seen seen;
    engine.setFlushIntervalMs(5);
    engine.addFeed(TestSupport::quickFeedSpec(
        QStringLiteral("trades"), server.url(),
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/s") },
                      { QStringLiteral("fields"), QJsonArray { QStringLiteral("/v") } } }));
    engine.setAlertRules(rules(R"([
        {"name":"silent","feed":"trades","staleMs":250},
        {"name":"A silent","series":{"feed":"trades","key":"A","field":"/v"},"staleMs":250}
    ])"));
    QString error;
    QVERIFY(engine.startCapture(m_capture, &error));
    seen.attach(engine, this);
    engine.start();
    server.tick(10);
    QTRY_VERIFY(server.ticks() >= 20);
    server.pause();
    QTRY_COMPARE_WITH_TIMEOUT(seen.batched.size(), size_t(2), 3000); // both fire, by the clock
    QTest::qWait(100);
    server.tick(10);
    QTRY_COMPARE_WITH_TIMEOUT(seen.batched.size(), size_t(4), 3000); // both resolve
    QTest::qWait(100);
    engine.stop();
    QCOMPARE(seen.batched.size(), size_t(4));
    // Fired at the last arrival before the pause plus 250 ms, resolved at the next arrival.
    const QList<CaptureRecord> records = readCapture(m_capture);
    qint64 lastBeforeGap = -1;
    qint64 firstAfterGap = -1;
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (records[i].kind != CaptureRecord::Kind::Text)
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (records[j].kind != CaptureRecord::Kind::Text)
                continue;
            if (records[i].timeUs - records[j].timeUs > 250000) {
                lastBeforeGap = records[j].timeUs;
                firstAfterGap = records[i].timeUs;
            }
            break;
        }
    }
    QVERIFY(lastBeforeGap > 0);
    for (const QString &rule : { QStringLiteral("silent"), QStringLiteral("A silent") }) {
        const auto events = seen.ofRule(rule);
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].state, AlertEvent::State::Firing);
        QCOMPARE(qint64(std::llround(events[0].dataTimeMs * 1000)), lastBeforeGap + 250000);
        QCOMPARE(events[1].state, AlertEvent::State::Resolved);
        QCOMPARE(qint64(std::llround(events[1].dataTimeMs * 1000)), firstAfterGap);
    }
    QCOMPARE(seen.ofRule(QStringLiteral("A silent"))[0].key, QStringLiteral("A"));
}

void TestAlerts::feedKilledAndRestarted()
{
    ScriptServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    IngestEngine engine;
    Seen seen;
    engine.setFlushIntervalMs(5);
    engine.addFeed(TestSupport::quickFeedSpec(QStringLiteral("trades"), server.url(), kDecode));
    engine.setAlertRules(
        rules(R"([{"name":"down","severity":"critical","feed":"trades","notOpenMs":200}])"));
    QString error;
    QVERIFY(engine.startCapture(m_capture, &error));
    seen.attach(engine, this);
    QSignalSpy events(&engine, &IngestEngine::feedEvent);
    engine.start();
    QTRY_VERIFY(engine.anyFeedConnected());
    QTest::qWait(300); // longer than notOpenMs: the first connect was quick, no alert
    QCOMPARE(seen.batched.size(), size_t(0));
    server.goAway();
    QTRY_COMPARE_WITH_TIMEOUT(seen.batched.size(), size_t(1), 3000);
    QCOMPARE(seen.batched[0].state, AlertEvent::State::Firing);
    QCOMPARE(seen.batched[0].severity, AlertSeverity::Critical);
    QVERIFY(server.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(seen.batched.size(), size_t(2), 5000);
    QCOMPARE(seen.batched[1].state, AlertEvent::State::Resolved);
    engine.stop();
    // Times from the capture's connection events: lost + 200 ms, then the reconnect.
    qint64 lost = -1, back = -1;
    for (const CaptureRecord &r : readCapture(m_capture)) {
        if (r.event == QLatin1String("disconnected") && lost < 0)
            lost = r.timeUs;
        if (r.event == QLatin1String("connected") && lost > 0 && back < 0)
            back = r.timeUs;
    }
    QVERIFY(lost > 0 && back > lost);
    QCOMPARE(qint64(std::llround(seen.batched[0].dataTimeMs * 1000)), lost + 200000);
    QCOMPARE(qint64(std::llround(seen.batched[1].dataTimeMs * 1000)), back);
    QCOMPARE(seen.batched[0].feed, QStringLiteral("trades"));
    QVERIFY(!seen.batched[0].hasValue());
}

void TestAlerts::markersAndReplayGiveTheLiveAlerts()
{
    QList<QByteArray> frames;
    for (int i = 0; i < 100; ++i)
        frames << record("A", kBaseMs + 10 * i, 100.0 + 5.0 * std::sin(2.0 * M_PI * i / 20.0));
    frames << "ERROR timeout"
           << "ERROR timeout";
    ScriptServer server(frames);
    QVERIFY(server.listen());
    Seen live;
    {
        IngestEngine engine;
        runUntil(engine, live, server.url(), rules(R"([
            {"name":"hi","series":{"feed":"trades","key":"*","field":"/v"},"above":100,"clear":99},
            {"name":"timeouts","feed":"trades","match":"timeout","count":2}
        ])"),
                 100);
    }
    QCOMPARE(countState(live.batched, AlertEvent::State::Firing), 6);
    // A second live run with a marker and an acknowledged alert ("up" fires once and stays).
    Seen marked;
    const QString markedCapture = m_dir.filePath(QStringLiteral("marked.jsonl"));
    {
        IngestEngine engine;
        engine.setFlushIntervalMs(5);
        engine.addFeed(TestSupport::quickFeedSpec(QStringLiteral("trades"), server.url(), kDecode));
        engine.setAlertRules(rules(R"([
            {"name":"hi","series":{"feed":"trades","key":"*","field":"/v"},"above":100,"clear":99},
            {"name":"up","series":{"feed":"trades","key":"A","field":"/v"},"above":0}
        ])"));
        QString error;
        QVERIFY(engine.startCapture(markedCapture, &error));
        marked.attach(engine, this);
        engine.start();
        QTRY_VERIFY(marked.samples >= 100);
        engine.addMarker(QStringLiteral("deploy v2"), kBaseMs * 1000 + 555000);
        const auto up = marked.ofRule(QStringLiteral("up"));
        QCOMPARE(up.size(), size_t(1));
        engine.acknowledgeAlert(up[0].instance);
        engine.acknowledgeAlert(up[0].instance); // once only
        const auto hi = marked.ofRule(QStringLiteral("hi"));
        QCOMPARE(hi.back().state, AlertEvent::State::Resolved);
        engine.acknowledgeAlert(hi.back().instance); // refused: not firing
        QTest::qWait(50);
        engine.stop();
    }
    QCOMPARE(countState(marked.batched, AlertEvent::State::Acknowledged), 1);
    QCOMPARE(marked.ofRule(QStringLiteral("up")).back().state, AlertEvent::State::Acknowledged);
    QCOMPARE(marked.notes.size(), size_t(1));
    QCOMPARE(marked.notes[0].text, QStringLiteral("deploy v2"));
    QVERIFY(std::any_of(marked.logs.begin(), marked.logs.end(), [](const LogRecord &log) {
        return log.message.contains(QLatin1String("deploy v2"));
    }));

    // The capture's header carries the rules; replay evaluates them again, restores the note
    // and the acknowledgement, and reports each transition once, as the live run did.
    CaptureReader header;
    QString error;
    QVERIFY(header.open(m_capture, &error));
    QCOMPARE(header.alerts().size(), 2);
    QVERIFY(header.startedUs().has_value());
    for (const QString &path : { m_capture, markedCapture }) {
        Seen replayed;
        IngestEngine engine;
        engine.setFlushIntervalMs(5);
        ReplaySource replay(&engine);
        QVERIFY2(replay.open(path, &error), qPrintable(error));
        replayed.attach(engine, this);
        QSignalSpy finished(&replay, &ReplaySource::finished);
        engine.start();
        replay.start();
        QVERIFY(finished.wait(10000));
        engine.stop();
        QCOMPARE(replayed.lines(), (path == m_capture ? live : marked).lines());
        if (path == markedCapture) {
            QCOMPARE(replayed.notes.size(), size_t(1));
            QCOMPARE(replayed.notes[0].timeUs, kBaseMs * 1000 + 555000);
            QCOMPARE(replayed.notes[0].text, QStringLiteral("deploy v2"));
        }
    }
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
