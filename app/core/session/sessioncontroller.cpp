#include "session/sessioncontroller.h"

#include "capture/captureindex.h"
#include "capture/capturereadback.h"
#include "session/ingestengine.h"
#include "session/replaysource.h"

#include <QCoreApplication>

SessionController::SessionController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<IngestBatch>();
    m_thread.setObjectName(QStringLiteral("feedboard-ingest"));
    createEngine();
    m_thread.start();
    connect(&m_readback, &ReadbackQueue::finished, this, &SessionController::readBackFinished);
}

void SessionController::createEngine()
{
    auto *engine = new IngestEngine; // no parent: it moves to the worker thread
    m_engine = engine;
    engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &IngestEngine::batchReady, this, &SessionController::batchReady,
            Qt::QueuedConnection);
    connect(engine, &IngestEngine::feedEvent, this, &SessionController::feedEvent,
            Qt::QueuedConnection);
    connect(engine, &IngestEngine::fileError, this, &SessionController::fileError,
            Qt::QueuedConnection);
    connect(engine, &IngestEngine::captureSizeChanged, this, &SessionController::captureSizeChanged,
            Qt::QueuedConnection);
}

void SessionController::reset()
{
    if (m_replay) {
        m_replay->disconnect(this);
        QMetaObject::invokeMethod(
            m_replay, [replay = m_replay] { replay->setPaused(true); },
            Qt::BlockingQueuedConnection);
    }
    m_running = true; // stop() even if start() was never called: files must be committed
    stop();
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->deleteLater(); // on the worker thread, with the replay source (its child)
    }
    // Signals the old engine emitted before it was disconnected wait in this thread's queue.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    m_replay = nullptr;
    m_replayPath.clear();
    m_capturePath.clear();
    m_captureIndex.reset();
    m_readback.clear();
    m_specs.clear();
    m_alertRules.clear();
    m_replayFirstUs = 0;
    m_replayLastUs = 0;
    createEngine();
}

SessionController::~SessionController()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

// Configuration calls run on the worker thread and wait for it: they are rare, and the
// caller needs the result (an unwritable capture path must be reported before the run).
void SessionController::addFeed(const FeedSpec &spec)
{
    m_specs << spec;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, spec] { engine->addFeed(spec); },
        Qt::BlockingQueuedConnection);
}

bool SessionController::setCapture(const QString &path, QString *error)
{
    bool ok = false;
    auto index = std::make_shared<CaptureIndex>();
    QMetaObject::invokeMethod(
        m_engine, [&] { ok = m_engine->startCapture(path, error, index); },
        Qt::BlockingQueuedConnection);
    if (ok) {
        m_capturePath = path;
        m_captureIndex = std::move(index);
    }
    return ok;
}

bool SessionController::setSampleExport(const QString &path, QString *error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_engine, [&] { ok = m_engine->startSampleExport(path, error); },
        Qt::BlockingQueuedConnection);
    return ok;
}

bool SessionController::setLogExport(const QString &path, QString *error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_engine, [&] { ok = m_engine->startLogExport(path, error); },
        Qt::BlockingQueuedConnection);
    return ok;
}

void SessionController::setAlertRules(const QList<AlertRule> &rules)
{
    m_alertRules = rules;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, rules] { engine->setAlertRules(rules); },
        Qt::BlockingQueuedConnection);
}

void SessionController::setDerivedRules(const QList<DerivedRule> &rules)
{
    m_derivedRules = rules;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, rules] { engine->setDerivedRules(rules); },
        Qt::BlockingQueuedConnection);
}

std::vector<DerivedStatus> SessionController::derivedStatus() const
{
    std::vector<DerivedStatus> status;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, &status] { status = engine->derivedStatus(); },
        Qt::BlockingQueuedConnection);
    return status;
}

bool SessionController::setAlertExport(const QString &path, QString *error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_engine, [&] { ok = m_engine->startAlertExport(path, error); },
        Qt::BlockingQueuedConnection);
    return ok;
}

std::vector<AlertStatus> SessionController::alertStatus() const
{
    std::vector<AlertStatus> status;
    if (m_engine && m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_engine, [&] { status = m_engine->alertStatus(); }, Qt::BlockingQueuedConnection);
    return status;
}

void SessionController::acknowledgeAlert(int instance)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, instance] { engine->acknowledgeAlert(instance); });
}

void SessionController::addMarker(const QString &text, qint64 timeUs, const QString &feed)
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, text, timeUs, feed] {
            engine->addMarker(text, timeUs, feed);
        });
}

bool SessionController::setReplay(const QString &path, double speed, QString *error)
{
    bool ok = false;
    // Without a capture of its own, the session reads back from the file it replays.
    auto index = m_captureIndex ? nullptr : std::make_shared<CaptureIndex>();
    QMetaObject::invokeMethod(
        m_engine,
        [&] {
            auto *replay = new ReplaySource(m_engine, m_engine);
            replay->setSpeed(speed);
            replay->setIndex(index);
            ok = replay->open(path, error);
            if (ok) {
                m_replay = replay;
                m_replayFirstUs = replay->firstTimeUs();
                m_replayLastUs = replay->lastTimeUs();
            } else
                replay->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    if (ok) {
        m_replayPath = path;
        if (index)
            m_captureIndex = std::move(index);
        connect(m_replay, &ReplaySource::progressChanged, this, &SessionController::replayProgress,
                Qt::QueuedConnection);
        connect(m_replay, &ReplaySource::pausedChanged, this,
                &SessionController::replayPausedChanged, Qt::QueuedConnection);
        connect(m_replay, &ReplaySource::finished, this, &SessionController::replayFinished,
                Qt::QueuedConnection);
    }
    return ok;
}

void SessionController::setCaptureEnabled(bool enabled)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, enabled] { engine->setCaptureEnabled(enabled); });
}

void SessionController::setReplaySpeed(double speed)
{
    if (m_replay)
        QMetaObject::invokeMethod(m_replay,
                                  [replay = m_replay, speed] { replay->setSpeed(speed); });
}

void SessionController::setReplayPaused(bool paused)
{
    if (m_replay)
        QMetaObject::invokeMethod(m_replay,
                                  [replay = m_replay, paused] { replay->setPaused(paused); });
}

void SessionController::seekReplay(double fraction)
{
    if (m_replay)
        QMetaObject::invokeMethod(m_replay,
                                  [replay = m_replay, fraction] { replay->seek(fraction); });
}

void SessionController::start()
{
    if (m_running || !m_engine)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_engine, &IngestEngine::start, Qt::QueuedConnection);
    if (m_replay)
        QMetaObject::invokeMethod(m_replay, &ReplaySource::start, Qt::QueuedConnection);
}

void SessionController::stop()
{
    if (!m_running || !m_engine)
        return;
    m_running = false;
    // Blocking: when stop() returns, the capture is flushed and the exports are committed.
    QMetaObject::invokeMethod(m_engine, &IngestEngine::stop, Qt::BlockingQueuedConnection);
}

void SessionController::sendText(const QString &feed, const QString &message)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, feed, message] { engine->sendText(feed, message); });
}

void SessionController::openFeed(const QString &feed)
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, feed] { engine->openFeed(feed); });
}

void SessionController::closeFeed(const QString &feed)
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, feed] { engine->closeFeed(feed); });
}

bool SessionController::isRunning() const
{
    return m_running;
}

ReadbackQueue::Answer SessionController::readBack(const QString &feed, const QString &key,
                                                  const QString &field, double fromMs, double toMs,
                                                  QList<QPointF> &out, QString *error)
{
    CaptureReadback::Request request;
    request.path = m_capturePath.isEmpty() ? m_replayPath : m_capturePath;
    request.feed = feed;
    request.key = key;
    request.field = field;
    request.fromMs = fromMs;
    request.toMs = toMs;
    return m_readback.samples(request, m_captureIndex, out, error);
}
