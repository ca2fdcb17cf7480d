#pragma once

#include "alerts/alertevent.h"
#include "capture/readbackqueue.h"
#include "derived/derivedevaluator.h"
#include "model/ingestbatch.h"
#include "profiles/feedspec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QThread>

#include <memory>

class CaptureIndex;
class IngestEngine;
class ReplaySource;

// Runs an IngestEngine on a worker thread for the GUI and forwards its signals (queued) to
// the GUI thread: the only class that moves an object to a thread. (The engine itself decodes
// on a thread of its own and its capture writes on another: see IngestEngine and
// ChunkFileWriter; their APIs stay synchronous.) Owned by GuiSession.
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;

    // Configure before start(): feeds, capture and exports as in the contract.
    void addFeed(const FeedSpec &spec);
    // The feeds added so far (since the last reset()), in order; the GUI reads their decode
    // settings.
    QList<FeedSpec> feedSpecs() const { return m_specs; }
    bool setCapture(const QString &path, QString *error);
    bool setSampleExport(const QString &path, QString *error);
    bool setLogExport(const QString &path, QString *error);
    // Alert rules of the session (contract: "Alerts"); set them before setCapture() so the
    // capture's header carries them. A replay adds its capture's own rules.
    void setAlertRules(const QList<AlertRule> &rules);
    QList<AlertRule> alertRules() const { return m_alertRules; }
    // Derived series of the session (contract: "Derived series"), likewise before setCapture().
    void setDerivedRules(const QList<DerivedRule> &rules);
    QList<DerivedRule> derivedRules() const { return m_derivedRules; }
    // Every derived series as it stands now (waits for the worker).
    std::vector<DerivedStatus> derivedStatus() const;
    bool setAlertExport(const QString &path, QString *error);
    // Every alert instance as it stands now (waits for the worker): for the Alerts dock's
    // first fill and for bands (AlertStatus::level/clear per seriesId). Transitions after
    // that arrive in batchReady()'s IngestBatch::alerts, markers in IngestBatch::notes.
    std::vector<AlertStatus> alertStatus() const;
    // Acknowledges a firing instance (AlertEvent::instance); the acknowledged transition
    // comes back in a batch and is written to the capture.
    void acknowledgeAlert(int instance);
    // A marker at `timeUs` (µs since the epoch; 0: the latest data time): a note in the
    // capture, a log record, and IngestBatch::notes.
    void addMarker(const QString &text, qint64 timeUs = 0, const QString &feed = QString());
    // Plays a capture instead of (or beside) live feeds; speed as ReplaySource.
    bool setReplay(const QString &path, double speed, QString *error);

    // Ends this session (as stop()) and discards its engine, feeds, capture, exports and replay:
    // the controller is then as new, ready to be configured and started for another session.
    // Batches the old engine had queued are dropped, so nothing of it reaches the window.
    void reset();

    void start();
    // Blocks until the engine has flushed its files and the worker thread has ended.
    void stop();
    void sendText(const QString &feed, const QString &message);
    void openFeed(const QString &feed);
    void closeFeed(const QString &feed);
    bool isRunning() const;
    // Pauses or resumes writing frames to the capture (the file stays open).
    void setCaptureEnabled(bool enabled);

    // Replay controls (no-ops without a replay); progress arrives via replayProgress().
    bool hasReplay() const { return m_replay != nullptr; }
    QString replayPath() const { return m_replayPath; }
    void setReplaySpeed(double speed);
    void setReplayPaused(bool paused);
    void seekReplay(double fraction);
    // Capture times of the replay's first and last records, in µs since the epoch.
    qint64 replayFirstTimeUs() const { return m_replayFirstUs; }
    qint64 replayLastTimeUs() const { return m_replayLastUs; }

    // The raw samples of one series in [fromMs, toMs], read back from the session's capture
    // (the file it records, else the one it replays), for a chart zoomed into a stretch its
    // buffer dropped. Never blocks: a stretch not read yet answers Pending and is read on a
    // worker thread while the file keeps being written; readBackFinished() says when to ask
    // again. Failed, with the reason in *error, when there is no such file or it cannot be read.
    ReadbackQueue::Answer readBack(const QString &feed, const QString &key, const QString &field,
                                   double fromMs, double toMs, QList<QPointF> &out,
                                   QString *error = nullptr);

Q_SIGNALS:
    void batchReady(const IngestBatch &batch);
    void feedEvent(const QString &feed, const QString &detail);
    void fileError(const QString &message);
    void captureSizeChanged(const QString &path, qint64 bytes);
    void replayProgress(double fraction, qint64 timeUs);
    void replayPausedChanged(bool paused);
    void replayFinished();
    // A stretch readBack() answered Pending for has been read (or failed): ask again.
    void readBackFinished();

private:
    void createEngine();

    QThread m_thread;
    QPointer<IngestEngine> m_engine;
    ReplaySource *m_replay = nullptr; // child of the engine, on the worker thread
    bool m_running = false;
    QList<FeedSpec> m_specs;
    QList<AlertRule> m_alertRules;
    QList<DerivedRule> m_derivedRules;
    QString m_replayPath;
    QString m_capturePath;
    std::shared_ptr<CaptureIndex> m_captureIndex; // of m_capturePath, else of m_replayPath
    ReadbackQueue m_readback;
    qint64 m_replayFirstUs = 0;
    qint64 m_replayLastUs = 0;
};
