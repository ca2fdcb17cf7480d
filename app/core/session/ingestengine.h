#pragma once

#include "alerts/alertevaluator.h"
#include "derived/derivedevaluator.h"
#include "capture/capturerotation.h"
#include "model/ingestbatch.h"
#include "profiles/feedspec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

template<typename Chunk> class BackgroundQueue;
class CaptureIndex;
class AlertExportWriter;
class CaptureWriter;
class FeedConnection;
class FrameDecoder;
class LogExportWriter;
class SampleExportWriter;
class QTimer;
struct DecodedSample;
struct FrameDecodeResult;

// The pipeline of a session: connections -> capture -> decoding -> exports -> batches.
// Lives on one thread (a worker thread in the GUI, the main thread headless and in tests) and
// is unaware of which. Emits batchReady() every flush interval when anything changed, never
// once per frame. Owned by its parent or the SessionController.
//
// Decoding runs on a thread of the engine's own, a stage behind the connections: the engine's
// thread reads the sockets, counts, captures and hands frames over in chunks; the decode
// thread decodes them and fills the pending batch. What the decode stage owns (decoders,
// series, the pending batch's samples and logs, the exports, the decode counters) is read by
// the engine's thread only after drainDecoding(), so every public method sees a consistent
// state: flush(), stats() and the others drain first. Reading a socket (Qt) and decoding
// (simdjson) then use two cores, and neither waits for the other.
class IngestEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestEngine)

public:
    explicit IngestEngine(QObject *parent = nullptr);
    ~IngestEngine() override;

    // Interval of batchReady(); default 16 ms. Injectable so tests need not sleep.
    void setFlushIntervalMs(int ms);
    // A pending batch with this many samples (or log records) goes out before the timer;
    // default 200,000. Bounds the memory one interval can hold.
    void setMaxPendingSamples(size_t samples);
    // Feeds added before start() connect on start(); after, they connect at once.
    void addFeed(const FeedSpec &spec);
    // A feed that is fed by replay instead of a connection (capture header's feeds).
    void addReplayFeed(const FeedSpec &spec);
    // Issue 17, a reload: disconnects a live feed for good (its counters leave stats(), its
    // name is free for a feed added later). Frames already received are decoded as usual.
    // False when no live feed has that name.
    bool removeFeed(const QString &name);
    // The spec a live feed was added with; nullopt when there is none of that name.
    std::optional<FeedSpec> feedSpec(const QString &name) const;
    QStringList feedNames() const;

    // Capture and exports stream from the first frame; each returns false with a reason.
    // `index`, when given, learns where each feed's frames of each second start in the file.
    bool startCapture(const QString &path, QString *error,
                      std::shared_ptr<CaptureIndex> index = nullptr);
    // Before startCapture(): rotate the capture into parts (issue 17).
    void setCaptureRotation(const CaptureRotation &rotation) { m_captureRotation = rotation; }
    bool startSampleExport(const QString &path, QString *error);
    bool startLogExport(const QString &path, QString *error);
    // The run's alert rules (contract: "Alerts"), evaluated on the decode side from the next
    // frame on. Replaces the rules set before; instances restart from "no data yet".
    void setAlertRules(const QList<AlertRule> &rules);
    QList<AlertRule> alertRules() const;
    // Writes every alert transition at exit, .csv or .jsonl in order of data time.
    bool startAlertExport(const QString &path, QString *error);
    // Every alert instance as it stands, and the rules still waiting for data (instance -1).
    std::vector<AlertStatus> alertStatus() const;
    // The run's derived series (contract: "Derived series"), computed on the decode side from
    // the next frame on. Replaces the rules set before; windows restart empty.
    void setDerivedRules(const QList<DerivedRule> &rules);
    QList<DerivedRule> derivedRules() const;
    // Every derived series as it stands (results, results that were not finite).
    std::vector<DerivedStatus> derivedStatus() const;
    // The start of the run in data time (µs): feeds count as "not open" from here. Set by the
    // first of startCapture() and start(), or by a replay (its capture's "started").
    void setRunStartUs(qint64 timeUs);
    qint64 runStartUs() const { return m_runStartUs; }
    // Drops the sample and log exports unwritten: the targets stay as they were (a cancel).
    void cancelExports();
    qint64 captureBytes() const;
    QString capturePath() const;

    // Counters of every feed, in the order they were added.
    std::vector<FeedStats> stats() const;
    bool anyFeedConnected() const;
    quint64 seriesCount() const;

    // Hands a frame to the pipeline as if it had just arrived (replay, and the connections).
    void ingestText(int feedIndex, const QByteArray &utf8, qint64 receiveUs);
    void ingestBinary(int feedIndex, const QByteArray &data, qint64 receiveUs);
    // A frame the feed's protocol could not read (socket.io): counted as a frame and a decode
    // error with `reason`, shown in the inspector, not captured.
    void refuseFrame(int feedIndex, const QString &text, const QString &reason);
    // A capture's event (replay): for a connection event the log record a live run made of
    // it, if any, and the feed's state for alerts; a note (feedIndex may be -1) is restored;
    // an alert event moves data time on and restores an acknowledgement.
    void ingestEvent(int feedIndex, const QString &event, const QString &detail, qint64 timeUs);
    int feedIndex(const QString &name) const;
    // A replay seeks backwards: what is pending goes out first, and the next batch is marked
    // rewound, so the receiver drops its older-in-stream, newer-in-time data in order.
    void rewind();

public Q_SLOTS:
    void start();
    // Closes connections, flushes the capture and commits exports; emits stopped() once done.
    void stop();
    void sendText(const QString &feed, const QString &message);
    void setCaptureEnabled(bool enabled);
    // Connect or disconnect one feed by name (the GUI's feed actions); unknown names ignored.
    void openFeed(const QString &feed);
    void closeFeed(const QString &feed);
    // A user's marker at `timeUs` (data time; <= 0: the latest data time or now): written to
    // the capture as a note event, added to the log (and its export) and the next batch's
    // notes. `feed` is optional.
    void addMarker(const QString &text, qint64 timeUs, const QString &feed = QString());
    // Acknowledges a firing alert instance (AlertEvent::instance): an acknowledged transition.
    void acknowledgeAlert(int instance);

Q_SIGNALS:
    void batchReady(const IngestBatch &batch);
    // A feed changed state or reported a connection error; detail is user-facing text.
    void feedEvent(const QString &feed, const QString &detail);
    // Capture or export failed (disk full, no permission): it stops, the feeds go on.
    void fileError(const QString &message);
    void stopped();
    // The capture file's size on disk, at most every 250 ms while it grows.
    void captureSizeChanged(const QString &path, qint64 bytes);
    // One alert transition, on the engine's thread, just before the batch that carries it:
    // already in the capture and the alert export. The headless recorder prints it.
    void alertTransition(const AlertEvent &event);

private:
    static constexpr size_t kDefaultMaxPendingSamplesValue = 200000;
    struct Feed;
    struct FrameChunk;
    void connectFeed(Feed &feed);
    // Engine thread: a frame into the chunk for the decode stage; hands the chunk over when full.
    void queueForDecoding(int feedIndex, const QByteArray &data, qint64 receiveUs, bool binary);
    void submitFrames() const;
    void drainDecoding() const;
    void emitSealedBatches();
    // Decode thread.
    void decodeChunk(FrameChunk &chunk);
    void sealPendingBatch();
    void onFeedStateChanged(int index);
    // Engine thread: a record of the engine's own (a connection change) into the pending
    // batch and the log export, after what was decoded before it.
    void addOwnLog(const LogRecord &log);
    void processResult(int index, FrameDecodeResult &result, qint64 receiveUs);
    // Moves the evaluator's transitions into the pending batch (whichever thread runs it).
    void takeAlertEvents();
    // Engine thread: capture, export and alertTransition() for a batch's transitions.
    void publishAlerts(const std::vector<AlertEvent> &events);
    void alertFeedOpen(int feedIndex, bool open, qint64 timeUs);
    void rebuildAlerts();
    // Decode side (ingestenginederived.cpp): fresh derived state, result series registration,
    // and publishing the evaluator's results like decoded samples.
    void rebuildDerived();
    int registerDerivedSeries(const QString &feed, const QString &key, const QString &field);
    void publishDerived(double arrivalMs);
    int registerSeries(Feed &feed, const QString &key, const QString &field);
    void refuseSample(Feed &feed, const DecodedSample &sample);
    void updateStale();
    void flush();
    void reportCaptureFailure();
    // The next rotated capture part lists the feeds the run has now.
    void updateCaptureFeeds();

    // The engine's thread.
    std::vector<std::unique_ptr<Feed>> m_feeds;
    std::unique_ptr<CaptureWriter> m_capture;
    CaptureRotation m_captureRotation;
    QTimer *m_flushTimer = nullptr;
    QElapsedTimer m_lastFlush;
    size_t m_maxPendingSamples = kDefaultMaxPendingSamplesValue;
    bool m_started = false;
    bool m_stopped = false;
    bool m_captureEnabled = true;
    bool m_statsDirty = false;
    bool m_captureFailureReported = false;
    qint64 m_reportedCaptureBytes = -1;
    qint64 m_runStartUs = -1;
    std::unique_ptr<AlertExportWriter> m_alertExport;

    // Mostly the decode thread's (until drained), on cache lines of its own:
    // newSeries, samples and logs: the decode thread. rawFrames and stats: the engine's
    // thread. rewound: set by rewind() on the engine's thread once decoding is drained, then
    // taken by whichever thread seals or flushes the next batch (the decode thread is idle).
    alignas(64) IngestBatch m_pending;
    std::vector<SeriesInfo> m_seriesInfos;
    std::unique_ptr<SampleExportWriter> m_sampleExport;
    std::unique_ptr<LogExportWriter> m_logExport;
    QList<AlertRule> m_alertRules;
    AlertEvaluator m_alerts;
    QList<DerivedRule> m_derivedRules;
    DerivedEvaluator m_derived;
    QHash<QString, int> m_derivedSeriesIds; // "feed\nkey\nname": a rule set again keeps its ids

    // Engine thread -> decode thread. The chunk being filled, handed over when full, at the end
    // of the event loop's current burst of socket reads (submitPosted), or when draining.
    alignas(64) std::unique_ptr<FrameChunk> m_chunk;
    bool m_submitPosted = false;
    // Decode thread -> engine thread: batches that reached m_maxPendingSamples early, emitted
    // in order before anything newer.
    std::mutex m_sealedMutex;
    std::vector<IngestBatch> m_sealed;
    std::atomic<bool> m_haveSealed { false };
    // Last: destroyed first, its thread finishing the queued chunks while all else exists.
    std::unique_ptr<BackgroundQueue<FrameChunk>> m_decodeQueue;
};
