#include "session/ingestengine.h"
#include "session/ingestengine_p.h"

#include "alerts/alertexport.h"
#include "capture/capturewriter.h"
#include "capture/exportwriters.h"
#include "capture/textformat.h"
#include "feed/feedconnection.h"
#include "util/backgroundqueue.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSession, "feedboard.session")

using namespace IngestEngineDetail;

namespace {
constexpr int kDefaultFlushMs = 16; // half the render clock: a batch waits at most 16 ms
constexpr int kCaptureFlushMs = 200; // the contract's crash window is 250 ms
// Frames go to the decode thread in chunks of up to this many frames or bytes: the hand-over
// costs a lock per chunk, and a chunk stays small enough for the caches.
constexpr size_t kChunkFrames = 256;
constexpr qsizetype kChunkBytes = 256 * 1024;
// Chunks waiting for the decode thread before the engine's thread waits for it.
constexpr size_t kMaxQueuedChunks = 16;
} // namespace

IngestEngine::IngestEngine(QObject *parent)
    : QObject(parent)
    , m_flushTimer(new QTimer(this))
    , m_chunk(std::make_unique<FrameChunk>())
    , m_decodeQueue(std::make_unique<BackgroundQueue<FrameChunk>>(
          [this](FrameChunk &chunk) { decodeChunk(chunk); }, kMaxQueuedChunks))
{
    qRegisterMetaType<IngestBatch>();
    m_flushTimer->setInterval(kDefaultFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &IngestEngine::flush);
    auto *captureTimer = new QTimer(this);
    captureTimer->setInterval(kCaptureFlushMs);
    connect(captureTimer, &QTimer::timeout, this, [this] {
        if (m_capture) {
            m_capture->handOff();
            reportCaptureFailure();
            // The GUI shows the capture's size; four updates a second, none while idle.
            if (m_capture->bytesWritten() != m_reportedCaptureBytes) {
                m_reportedCaptureBytes = m_capture->bytesWritten();
                Q_EMIT captureSizeChanged(m_capture->path(), m_reportedCaptureBytes);
            }
        }
    });
    captureTimer->start();
}

IngestEngine::~IngestEngine()
{
    // Finishes the capture and exports, but tells nobody: a receiver whose lambda captured
    // something already destroyed must not hear from an engine that is going away.
    blockSignals(true);
    stop();
}

void IngestEngine::setFlushIntervalMs(int ms)
{
    m_flushTimer->setInterval(std::max(1, ms));
}

void IngestEngine::addFeed(const FeedSpec &spec)
{
    drainDecoding(); // the decode thread indexes m_feeds
    auto feed = std::make_unique<Feed>();
    feed->spec = spec;
    feed->decoder = FrameDecoder(spec.name, spec.decode);
    feed->series.forgetHints();
    feed->stats.feed = spec.name;
    feed->stats.url = CaptureWriter::redactedUrl(spec.url);
    feed->stats.tlsUnverified = spec.ignoreSslErrors;
    feed->connection = new FeedConnection(spec, this);
    const int index = int(m_feeds.size());
    feed->connection->setTextFrameHandler([this, index](const QByteArray &utf8, qint64 receiveUs) {
        ingestText(index, utf8, receiveUs);
    });
    connect(feed->connection, &FeedConnection::frameRefused, this,
            [this, index](const QString &text, const QString &reason) {
                refuseFrame(index, text, reason);
            });
    connect(feed->connection, &FeedConnection::binaryFrameReceived, this,
            [this, index](const QByteArray &data) {
                ingestBinary(index, data, TextFormat::nowEpochUs());
            });
    // What the app sent belongs to the session's story (a replay shows what was asked for),
    // with its secrets left as placeholders.
    connect(feed->connection, &FeedConnection::messageSent, this,
            [this, index](const QString &message) {
                if (m_capture && m_captureEnabled)
                    m_capture->writeEvent(TextFormat::nowEpochUs(),
                                          m_feeds[size_t(index)]->spec.name, QStringLiteral("sent"),
                                          CaptureWriter::redactedMessage(message));
            });
    feed->quietSince.start();
    connect(feed->connection, &FeedConnection::stateChanged, this,
            [this, index](FeedState, const QString &) { onFeedStateChanged(index); });
    feed->index = index;
    m_feeds.push_back(std::move(feed));
    m_alerts.addFeed(index, spec.name);
    m_statsDirty = true;
    updateCaptureFeeds();
    if (m_started && !m_stopped)
        m_feeds.back()->connection->open();
}

void IngestEngine::addReplayFeed(const FeedSpec &spec)
{
    if (feedIndex(spec.name) >= 0)
        return;
    drainDecoding(); // the decode thread indexes m_feeds
    auto feed = std::make_unique<Feed>();
    feed->spec = spec;
    feed->decoder = FrameDecoder(spec.name, spec.decode);
    feed->series.forgetHints();
    feed->stats.feed = spec.name;
    feed->stats.url = CaptureWriter::redactedUrl(spec.url);
    feed->stats.state = FeedState::Replaying;
    feed->index = int(m_feeds.size());
    m_alerts.addFeed(feed->index, spec.name);
    m_feeds.push_back(std::move(feed));
    m_statsDirty = true;
}

QStringList IngestEngine::feedNames() const
{
    QStringList names;
    for (const auto &feed : m_feeds) {
        if (!feed->removed)
            names << feed->spec.name;
    }
    return names;
}

bool IngestEngine::removeFeed(const QString &name)
{
    const int index = feedIndex(name);
    if (index < 0 || !m_feeds[size_t(index)]->connection)
        return false;
    drainDecoding(); // what the feed sent so far is counted and captured first
    Feed &feed = *m_feeds[size_t(index)];
    if (m_capture && m_captureEnabled && feed.connection->state() == FeedState::Open)
        m_capture->writeEvent(TextFormat::nowEpochUs(), feed.spec.name,
                              QStringLiteral("disconnected"), ConnectionLog::sessionEndDetail());
    feed.stats.everConnected = feed.connection->everConnected();
    // No state change reaches the engine from here on: a feed that left the profile is not
    // "down" for the alert rules.
    feed.connection->disconnect(this);
    m_alerts.removeFeed(index);
    takeAlertEvents();
    feed.connection->close();
    feed.connection->deleteLater();
    feed.connection = nullptr;
    feed.stats.state = FeedState::Closed;
    feed.removed = true;
    m_statsDirty = true;
    updateCaptureFeeds();
    return true;
}

std::optional<FeedSpec> IngestEngine::feedSpec(const QString &name) const
{
    const int index = feedIndex(name);
    if (index < 0)
        return std::nullopt;
    return m_feeds[size_t(index)]->spec;
}

int IngestEngine::feedIndex(const QString &name) const
{
    for (size_t i = 0; i < m_feeds.size(); ++i) {
        if (!m_feeds[i]->removed && m_feeds[i]->spec.name == name)
            return int(i);
    }
    return -1;
}

quint64 IngestEngine::seriesCount() const
{
    drainDecoding();
    return quint64(m_seriesInfos.size());
}

std::vector<FeedStats> IngestEngine::stats() const
{
    drainDecoding(); // the decode counters are the decode thread's until then
    std::vector<FeedStats> all;
    all.reserve(m_feeds.size());
    for (const auto &feed : m_feeds) {
        if (feed->removed)
            continue;
        FeedStats s = feed->stats;
        const FeedStats &decoded = feed->decodeStats;
        s.decoded = decoded.decoded;
        s.errors = decoded.errors;
        s.samples = decoded.samples;
        s.logRecords = decoded.logRecords;
        s.refusedSeries = decoded.refusedSeries;
        s.slowPathFrames = decoded.slowPathFrames;
        s.lastError = decoded.lastError;
        s.recentErrors = decoded.recentErrors;
        if (feed->connection) {
            s.state = feed->connection->state();
            s.stateDetail = feed->connection->stateDetail();
            s.rttMs = feed->connection->rttMs();
            s.nextRetryMs = feed->connection->nextRetryEpochMs();
            s.everConnected = feed->connection->everConnected();
            s.subprotocol = feed->connection->negotiatedSubprotocol();
            s.oversizeFrames = feed->connection->oversizeFrames();
        }
        all.push_back(std::move(s));
    }
    return all;
}

bool IngestEngine::anyFeedConnected() const
{
    for (const auto &feed : m_feeds) {
        if ((feed->connection && feed->connection->everConnected())
            || (feed->removed && feed->stats.everConnected))
            return true;
    }
    return false;
}

void IngestEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_runStartUs < 0)
        setRunStartUs(TextFormat::nowEpochUs());
    m_flushTimer->start();
    for (auto &feed : m_feeds) {
        if (feed->connection)
            feed->connection->open();
    }
}

void IngestEngine::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    const qint64 now = TextFormat::nowEpochUs();
    for (auto &feed : m_feeds) {
        if (!feed->connection)
            continue;
        if (m_capture && m_captureEnabled && feed->connection->state() == FeedState::Open)
            m_capture->writeEvent(now, feed->spec.name, QStringLiteral("disconnected"),
                                  ConnectionLog::sessionEndDetail());
        feed->connection->disconnect(this);
        feed->connection->close();
        feed->stats.state = FeedState::Closed;
    }
    flush();
    m_flushTimer->stop();
    QString error;
    if (m_capture) {
        m_capture->close();
        reportCaptureFailure();
    }
    if (m_sampleExport && !m_sampleExport->commit(&error))
        Q_EMIT fileError(error);
    if (m_logExport && !m_logExport->commit(&error))
        Q_EMIT fileError(error);
    if (m_alertExport && !m_alertExport->commit(&error))
        Q_EMIT fileError(error);
    Q_EMIT stopped();
}

void IngestEngine::sendText(const QString &feed, const QString &message)
{
    const int index = feedIndex(feed);
    if (index < 0 || !m_feeds[size_t(index)]->connection)
        return;
    if (!m_feeds[size_t(index)]->connection->sendText(message))
        Q_EMIT feedEvent(feed, tr("message not sent: the feed is not open"));
}

void IngestEngine::openFeed(const QString &feed)
{
    const int index = feedIndex(feed);
    if (index >= 0 && m_feeds[size_t(index)]->connection)
        m_feeds[size_t(index)]->connection->open();
}

void IngestEngine::closeFeed(const QString &feed)
{
    const int index = feedIndex(feed);
    if (index >= 0 && m_feeds[size_t(index)]->connection)
        m_feeds[size_t(index)]->connection->close();
}

void IngestEngine::onFeedStateChanged(int index)
{
    Feed &feed = *m_feeds[size_t(index)];
    const FeedState state = feed.connection->state();
    const QString detail = feed.connection->stateDetail();
    feed.stats.state = state;
    feed.stats.stateDetail = detail;
    if (state == FeedState::Open) { // silence counts from the moment the feed opened
        feed.stats.reconnects += feed.openedBefore ? 1 : 0;
        feed.openedBefore = true;
        feed.quietSince.start();
        feed.framesAtCheck = feed.stats.frames;
    }
    feed.stats.stale = false;
    m_statsDirty = true;
    const qint64 now = TextFormat::nowEpochUs();
    // Alerts see the states a capture records (connected, disconnected, error), so a replay
    // of the capture sees the same: a feed the user closed is not "down".
    const bool lost = (state == FeedState::Reconnecting && feed.connection->nextRetryEpochMs() > 0)
        || state == FeedState::Failed;
    if (state == FeedState::Open || lost)
        alertFeedOpen(index, state == FeedState::Open, now);
    if (m_capture && m_captureEnabled) {
        if (state == FeedState::Open)
            m_capture->writeEvent(now, feed.spec.name, QStringLiteral("connected"), detail);
        else if (state == FeedState::Reconnecting && feed.connection->nextRetryEpochMs() > 0)
            m_capture->writeEvent(now, feed.spec.name, QStringLiteral("disconnected"), detail);
        else if (state == FeedState::Failed)
            m_capture->writeEvent(now, feed.spec.name, QStringLiteral("error"), detail);
    }
    if (const auto log = feed.connectionLog.onState(feed.spec.name, state, detail, now))
        addOwnLog(*log);
    Q_EMIT feedEvent(feed.spec.name, detail.isEmpty() ? feedStateKeyword(state) : detail);
}

void IngestEngine::ingestEvent(int feedIndex, const QString &event, const QString &detail,
                               qint64 timeUs)
{
    const QString feedName = feedIndex >= 0 ? m_feeds[size_t(feedIndex)]->spec.name : QString();
    if (event == QLatin1String("note")) {
        addMarker(detail, timeUs, feedName);
        return;
    }
    if (event == QLatin1String("alert")) {
        // The run's alerts come again from the evaluator; a captured one only moves data
        // time on (a deadline the live run's clock noticed), and an acknowledgement, being
        // the user's, is restored.
        drainDecoding();
        m_alerts.advanceTo(double(timeUs) / 1000.0);
        const auto captured = AlertEvent::fromContractLine(detail);
        if (captured && captured->state == AlertEvent::State::Acknowledged)
            m_alerts.acknowledge(*captured);
        takeAlertEvents();
        return;
    }
    if (feedIndex < 0)
        return;
    if (event == QLatin1String("connected"))
        alertFeedOpen(feedIndex, true, timeUs);
    else if ((event == QLatin1String("disconnected") && detail != ConnectionLog::sessionEndDetail())
             || event == QLatin1String("error"))
        alertFeedOpen(feedIndex, false, timeUs);
    Feed &feed = *m_feeds[size_t(feedIndex)];
    if (const auto log = feed.connectionLog.onCaptureEvent(feed.spec.name, event, detail, timeUs))
        addOwnLog(*log);
}

void IngestEngine::addOwnLog(const LogRecord &log)
{
    // Rare (a connection changed), so waiting for the decode stage costs nothing, and it
    // keeps the record after the frames that came before it, in the batch and the export.
    drainDecoding();
    m_pending.logs.push_back(log);
    if (m_logExport)
        m_logExport->write(log);
}

void IngestEngine::ingestText(int feedIndex, const QByteArray &utf8, qint64 receiveUs)
{
    // A frame carries the time of the read that brought it, and an event written while the
    // frames of that read were handed on (a reply sent, the connection opened) is stamped
    // later: the capture's times must not go back, so such a frame takes the clock's time.
    // Not the event's: an alert marker carries its data's time, which may lie ahead.
    if (m_capture && m_captureEnabled && receiveUs < m_capture->latestTimeUs())
        receiveUs = std::max(receiveUs, TextFormat::nowEpochUs());
    Feed &feed = *m_feeds[size_t(feedIndex)];
    ++feed.stats.frames;
    feed.stats.bytes += quint64(utf8.size());
    feed.recent.keep(utf8, receiveUs, false);
    if (m_capture && m_captureEnabled)
        m_capture->writeText(receiveUs, feed.spec.name, utf8);
    queueForDecoding(feedIndex, utf8, receiveUs, false);
}

void IngestEngine::refuseFrame(int feedIndex, const QString &text, const QString &reason)
{
    Feed &feed = *m_feeds[size_t(feedIndex)];
    const QByteArray utf8 = text.toUtf8();
    ++feed.stats.frames;
    feed.stats.bytes += quint64(utf8.size());
    feed.recent.keep(utf8, TextFormat::nowEpochUs(), false);
    m_statsDirty = true;
    // The decode counters are the decode thread's: wait for it (such frames are rare).
    drainDecoding();
    ++feed.decodeStats.errors;
    feed.decodeStats.lastError = reason;
    pushRecentError(feed.decodeStats.recentErrors, reason);
}

void IngestEngine::ingestBinary(int feedIndex, const QByteArray &data, qint64 receiveUs)
{
    Feed &feed = *m_feeds[size_t(feedIndex)];
    ++feed.stats.frames;
    ++feed.stats.binaryFrames;
    feed.stats.bytes += quint64(data.size());
    feed.recent.keep(data, receiveUs, true);
    if (m_capture && m_captureEnabled)
        m_capture->writeBinary(receiveUs, feed.spec.name, data);
    queueForDecoding(feedIndex, data, receiveUs, true);
}

void IngestEngine::queueForDecoding(int feedIndex, const QByteArray &data, qint64 receiveUs,
                                    bool binary)
{
    if (!m_statsDirty) // a store per frame would take the line from the decode thread's reads
        m_statsDirty = true;
    FrameChunk &chunk = *m_chunk;
    chunk.frames.push_back(
        FrameChunk::Frame { feedIndex, binary, receiveUs, chunk.bytes.size(), data.size() });
    chunk.bytes.append(data);
    if (chunk.frames.size() >= kChunkFrames || chunk.bytes.size() >= kChunkBytes) {
        submitFrames();
    } else if (!m_submitPosted) {
        // Hand over what this burst of socket reads brought once the event loop is done with
        // it, so the decode thread works while the sockets are read, not only at flush.
        m_submitPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_submitPosted = false;
                submitFrames();
            },
            Qt::QueuedConnection);
    }
    // Batches the decode thread closed at m_maxPendingSamples go out from here, in order.
    if (m_haveSealed.load(std::memory_order_acquire))
        emitSealedBatches();
}

void IngestEngine::submitFrames() const
{
    if (!m_chunk->frames.empty())
        m_decodeQueue->submit(*m_chunk);
}

void IngestEngine::drainDecoding() const
{
    submitFrames();
    m_decodeQueue->drain();
}

void IngestEngine::flush()
{
    drainDecoding();
    emitSealedBatches(); // older than what is pending
    // Live, data time moves on with the clock: stale and not-open deadlines pass without data.
    // (A replay moves it only by its records; the live run's capture holds an alert event at
    // each deadline its clock noticed, so the replay notices the same.)
    if (!m_alerts.isEmpty() && m_started && !m_stopped
        && std::any_of(m_feeds.cbegin(), m_feeds.cend(),
                       [](const auto &feed) { return feed->connection != nullptr; })) {
        m_alerts.advanceTo(double(TextFormat::nowEpochUs()) / 1000.0);
        takeAlertEvents();
    }
    // Counters such as the round-trip time change without data; refresh them twice a second.
    updateStale();
    const bool statsStale = !m_lastFlush.isValid() || m_lastFlush.elapsed() >= 500;
    for (const auto &feed : m_feeds)
        feed->recent.take(feed->spec.name, m_pending.rawFrames);
    if (!m_pending.hasData() && !m_statsDirty && !statsStale)
        return;
    m_lastFlush.start();
    m_pending.stats = stats();
    m_statsDirty = false;
    publishAlerts(m_pending.alerts);
    // Receivers get the batch by const reference (direct) or a copy (queued): either way the
    // vectors are ours again once emit returns, so they are cleared and reused, not
    // reallocated (and page-faulted in) every flush.
    Q_EMIT batchReady(m_pending);
    m_pending.newSeries.clear();
    m_pending.samples.clear();
    m_pending.logs.clear();
    m_pending.rawFrames.clear();
    m_pending.alerts.clear();
    m_pending.notes.clear();
    m_pending.rewound = false;
}

void IngestEngine::rewind()
{
    drainDecoding();
    if (m_pending.hasData() || m_haveSealed.load())
        flush();
    m_pending.rewound = true;
    rebuildAlerts(); // data time goes back: the alerts of the replayed stretch come again
    rebuildDerived(); // and the windows of derived series start over
}

void IngestEngine::setMaxPendingSamples(size_t samples)
{
    drainDecoding(); // the decode thread reads it
    m_maxPendingSamples = std::max<size_t>(1, samples);
}

void IngestEngine::updateStale()
{
    // Runs on the flush clock and compares counters, so the per-frame path pays nothing.
    for (auto &feed : m_feeds) {
        if (!feed->connection)
            continue;
        if (feed->stats.frames != feed->framesAtCheck) {
            feed->framesAtCheck = feed->stats.frames;
            feed->quietSince.start();
        }
        const bool stale = feed->spec.staleAfterMs > 0
            && feed->connection->state() == FeedState::Open
            && feed->quietSince.elapsed() >= feed->spec.staleAfterMs;
        if (stale != feed->stats.stale) {
            feed->stats.stale = stale;
            m_statsDirty = true;
            if (stale)
                Q_EMIT feedEvent(
                    feed->spec.name,
                    tr("stale: no data for %1 s").arg(feed->spec.staleAfterMs / 1000.0));
        }
    }
}
