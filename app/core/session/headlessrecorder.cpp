#include "session/headlessrecorder.h"

#include "capture/textformat.h"
#include "service/influxpusher.h"
#include "service/metricsservice.h"
#include "session/ingestengine.h"
#include "session/replaysource.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace {
// At the end of a run, how long the --push store gets for what is still buffered.
constexpr int kPushDrainMs = 10000;

// Values in the stats line never contain spaces (contract).
QByteArray token(const QString &text)
{
    return text.isEmpty() ? QByteArray("-") : TextFormat::lineToken(text);
}

// Issue #3's pairs, after the contract's: why a feed is not open, and what its caps refused.
void appendFeedHealth(QByteArray &line, const FeedStats &s)
{
    if (s.nextRetryMs > 0)
        line += " retry_in_ms="
            + QByteArray::number(
                    std::max<qint64>(0, s.nextRetryMs - QDateTime::currentMSecsSinceEpoch()));
    if (s.state == FeedState::Open && s.stale)
        line += " stale=1";
    if (!s.subprotocol.isEmpty())
        line += " subprotocol=" + token(s.subprotocol);
    if (s.binaryFrames > 0)
        line += " binary=" + QByteArray::number(s.binaryFrames);
    if (s.oversizeFrames > 0)
        line += " oversize=" + QByteArray::number(s.oversizeFrames);
    if (s.refusedSeries > 0)
        line += " refused_series=" + QByteArray::number(s.refusedSeries);
    // JSON frames the fast decoder left to the general one: a shape worth reporting.
    if (s.slowPathFrames > 0)
        line += " slow_path=" + QByteArray::number(s.slowPathFrames);
    if (s.state != FeedState::Open && s.state != FeedState::Replaying && !s.stateDetail.isEmpty())
        line += " reason=" + token(s.stateDetail);
}
} // namespace

HeadlessRecorder::HeadlessRecorder(const RunOptions &options, FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
    , m_engine(new IngestEngine(this))
    , m_statsTimer(new QTimer(this))
{
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, &HeadlessRecorder::printStats);
    connect(m_engine, &IngestEngine::feedEvent, this,
            [this](const QString &feed, const QString &detail) {
                std::fprintf(m_err, "feedboard: %s: %s\n", feed.toUtf8().constData(),
                             detail.toUtf8().constData());
                std::fflush(m_err);
            });
    connect(m_engine, &IngestEngine::alertTransition, this, &HeadlessRecorder::onAlert);
    connect(m_engine, &IngestEngine::fileError, this, [this](const QString &message) {
        std::fprintf(m_err, "feedboard: error: %s\n", message.toUtf8().constData());
        std::fflush(m_err);
    });
}

HeadlessRecorder::~HeadlessRecorder() = default;

void HeadlessRecorder::setStatsIntervalMs(int ms)
{
    m_statsTimer->setInterval(ms);
}

void HeadlessRecorder::addFeed(const FeedSpec &spec)
{
    if (m_options.replayPath.isEmpty())
        m_engine->addFeed(spec);
    else
        m_engine->addReplayFeed(spec); // a profile's mapping decodes the replayed frames
}

void HeadlessRecorder::printErr(const QString &message)
{
    std::fprintf(m_err, "feedboard: %s\n", message.toUtf8().constData());
    std::fflush(m_err);
}

void HeadlessRecorder::removeFeed(const QString &name)
{
    for (const FeedStats &s : m_engine->stats()) {
        if (s.feed != name)
            continue;
        m_removedTotals.frames += s.frames;
        m_removedTotals.decoded += s.decoded;
        m_removedTotals.errors += s.errors;
        m_removedTotals.samples += s.samples;
    }
    m_engine->removeFeed(name);
    m_lastDecoded.remove(name);
    m_lastErrors.remove(name);
}

void HeadlessRecorder::reloadFeeds(const QList<FeedSpec> &feeds, const QString &source)
{
    if (m_replay || m_finished) {
        printErr(QStringLiteral("reload ignored: %1")
                     .arg(m_replay ? QStringLiteral("a replay has no feeds to reload")
                                   : QStringLiteral("the run is ending")));
        return;
    }
    int added = 0, removed = 0, changed = 0, unchanged = 0;
    QStringList wanted;
    for (const FeedSpec &spec : feeds)
        wanted << spec.name;
    for (const QString &name : m_engine->feedNames()) {
        if (wanted.contains(name))
            continue;
        removeFeed(name);
        ++removed;
        printErr(QStringLiteral("reload: feed %1 removed, stopped").arg(name));
    }
    for (const FeedSpec &spec : feeds) {
        const std::optional<FeedSpec> running = m_engine->feedSpec(spec.name);
        if (running && running->toJson() == spec.toJson()) {
            ++unchanged; // its connection and counters go on as they are
            continue;
        }
        if (running) {
            removeFeed(spec.name);
            ++changed;
            printErr(QStringLiteral("reload: feed %1 changed, restarted").arg(spec.name));
        } else {
            ++added;
            printErr(QStringLiteral("reload: feed %1 added, started").arg(spec.name));
        }
        m_engine->addFeed(spec);
    }
    printErr(QStringLiteral("reloaded %1: %2 added, %3 removed, %4 changed, %5 unchanged")
                 .arg(source)
                 .arg(added)
                 .arg(removed)
                 .arg(changed)
                 .arg(unchanged));
}

namespace {
QByteArray gigabytes(qint64 bytes)
{
    return QByteArray::number(double(bytes) / 1e9, 'f', bytes >= 100'000'000 ? 1 : 3) + " GB";
}
} // namespace

// A replay that is over within its first second says nothing: the short ones (tests, a quick
// look) keep stderr as it was; the long ones tell, to whoever waits, how far they are.
void HeadlessRecorder::printReplayProgress(bool done)
{
    if (!m_replay || !m_progressClock.isValid())
        return;
    if (done ? !m_progressShown : m_progressClock.elapsed() < 1000)
        return;
    m_progressClock.start();
    m_progressShown = true;
    const qint64 total = m_replay->bytesTotal();
    const qint64 read = done ? total : m_replay->bytesRead();
    const int percent = total > 0 ? int(100.0 * double(read) / double(total)) : 100;
    std::fprintf(m_err, "feedboard: replay %d%% (%s of %s)\n", percent, gigabytes(read).constData(),
                 gigabytes(total).constData());
    std::fflush(m_err);
}

void HeadlessRecorder::setAlertRules(const QList<AlertRule> &rules)
{
    m_engine->setAlertRules(rules);
}

void HeadlessRecorder::setDerivedRules(const QList<DerivedRule> &rules)
{
    m_engine->setDerivedRules(rules);
}

void HeadlessRecorder::onAlert(const AlertEvent &event)
{
    printLine("alert " + event.contractLine());
    if (m_options.exitOnAlert && !m_endedByAlert && !m_finished
        && event.state == AlertEvent::State::Firing && event.severity >= *m_options.exitOnAlert) {
        m_endedByAlert = true;
        // Not from inside the engine's flush that reported it: stop() flushes again.
        QMetaObject::invokeMethod(this, &HeadlessRecorder::finish, Qt::QueuedConnection);
    }
}

bool HeadlessRecorder::prepare()
{
    QString error;
    if (!m_options.replayPath.isEmpty()) {
        m_replay = new ReplaySource(m_engine, this);
        m_replay->setSpeed(m_options.speed.value_or(0.0));
        const QStringList paths = m_options.replayPaths.isEmpty()
            ? QStringList { m_options.replayPath }
            : m_options.replayPaths;
        if (!m_replay->open(paths, &error)) {
            std::fprintf(m_err, "feedboard: %s\n", error.toUtf8().constData());
            return false;
        }
        connect(m_replay, &ReplaySource::finished, this, &HeadlessRecorder::finish);
        connect(m_replay, &ReplaySource::progressChanged, this,
                [this] { printReplayProgress(false); });
    }
    const auto fail = [this](const QString &reason) {
        std::fprintf(m_err, "feedboard: %s\n", reason.toUtf8().constData());
        return false;
    };
    m_engine->setCaptureRotation(m_options.service.rotation);
    if (!m_options.recordPath.isEmpty() && !m_engine->startCapture(m_options.recordPath, &error))
        return fail(error);
    if (!m_options.exportPath.isEmpty()
        && !m_engine->startSampleExport(m_options.exportPath, &error))
        return fail(error);
    if (!m_options.exportLogsPath.isEmpty()
        && !m_engine->startLogExport(m_options.exportLogsPath, &error))
        return fail(error);
    if (!m_options.exportAlertsPath.isEmpty()
        && !m_engine->startAlertExport(m_options.exportAlertsPath, &error))
        return fail(error);
    preparePush();
    if (m_options.service.any()) { // issue 17: listening before start, so a busy port exits 1
        m_service = new MetricsService(m_engine, m_options.service, this);
        m_service->setPusher(m_pusher);
        if (!m_service->start(&error))
            return fail(error);
        std::fprintf(m_err, "feedboard: serving %s (metrics, status, healthz)\n",
                     m_service->url().toUtf8().constData());
        std::fflush(m_err);
    }
    return true;
}

// Issue 17: --push. Every batch's samples go to the pusher; its problems to stderr.
void HeadlessRecorder::preparePush()
{
    if (m_options.service.pushUrl.isEmpty())
        return;
    m_pusher = new InfluxPusher(m_options.service.pushUrl, this);
    connect(m_engine, &IngestEngine::batchReady, m_pusher, &InfluxPusher::addBatch);
    connect(m_pusher, &InfluxPusher::problem, this, [this](const QString &message) {
        std::fprintf(m_err, "feedboard: %s\n", message.toUtf8().constData());
        std::fflush(m_err);
    });
}

void HeadlessRecorder::appendPush(QByteArray &line, const QString &feed) const
{
    if (!m_pusher)
        return;
    line += " pushed=" + QByteArray::number(m_pusher->pushed(feed));
    if (const quint64 dropped = m_pusher->dropped(feed))
        line += " push_dropped=" + QByteArray::number(dropped);
}

void HeadlessRecorder::start()
{
    m_clock.start();
    m_engine->start();
    m_statsTimer->start();
    if (m_replay) {
        m_progressClock.start();
        m_replay->start();
    }
    if (m_options.durationSeconds >= 0)
        QTimer::singleShot(qint64(m_options.durationSeconds * 1000.0), Qt::PreciseTimer, this,
                           &HeadlessRecorder::finish);
}

void HeadlessRecorder::printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

void HeadlessRecorder::printStats()
{
    for (const FeedStats &s : m_engine->stats()) {
        const quint64 previous = m_lastDecoded.value(s.feed, 0);
        m_lastDecoded.insert(s.feed, s.decoded);
        QByteArray line = "stats feed=" + token(s.feed) + " state="
            + token(feedStateKeyword(s.state)) + " frames=" + QByteArray::number(s.frames)
            + " decoded=" + QByteArray::number(s.decoded) + " rate="
            + QByteArray::number(s.decoded - previous) + " errors=" + QByteArray::number(s.errors)
            + " samples=" + QByteArray::number(s.samples);
        if (s.rttMs >= 0)
            line += " rtt_ms=" + QByteArray::number(s.rttMs, 'f', s.rttMs < 10 ? 2 : 1);
        line += " logs=" + QByteArray::number(s.logRecords)
            + " bytes=" + QByteArray::number(s.bytes);
        if (s.nextRetryMs > 0)
            line += " retry_ms=" + QByteArray::number(s.nextRetryMs);
        appendFeedHealth(line, s);
        appendPush(line, s.feed);
        printLine(line);
        // stdout counts the errors; stderr says why, at most one line per feed per second
        // however many frames fail.
        const quint64 errorsBefore = m_lastErrors.value(s.feed, 0);
        m_lastErrors.insert(s.feed, s.errors);
        if (s.errors > errorsBefore && !s.lastError.isEmpty()) {
            std::fprintf(m_err, "feedboard: %s: %llu decode errors, the last: %s\n",
                         s.feed.toUtf8().constData(),
                         static_cast<unsigned long long>(s.errors - errorsBefore),
                         s.lastError.toUtf8().constData());
            std::fflush(m_err);
        }
    }
}

void HeadlessRecorder::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_statsTimer->stop();
    m_engine->stop();
    if (m_pusher && !m_pushDrained) { // the store gets what is buffered before the run ends
        connect(
            m_pusher, &InfluxPusher::drained, this,
            [this] {
                m_pushDrained = true;
                m_finished = false;
                finish();
            },
            Qt::SingleShotConnection);
        m_pusher->drain(kPushDrainMs);
        return;
    }
    quint64 frames = m_removedTotals.frames, decoded = m_removedTotals.decoded,
            errors = m_removedTotals.errors, samples = m_removedTotals.samples;
    for (const FeedStats &s : m_engine->stats()) {
        frames += s.frames;
        decoded += s.decoded;
        errors += s.errors;
        samples += s.samples;
    }
    if (m_replay) {
        printReplayProgress(true);
        for (const QString &warning : m_replay->warnings())
            std::fprintf(m_err, "feedboard: %s: %s\n", m_options.replayPath.toUtf8().constData(),
                         warning.toUtf8().constData());
    }
    QByteArray total = "total frames=" + QByteArray::number(frames)
        + " decoded=" + QByteArray::number(decoded) + " errors=" + QByteArray::number(errors)
        + " samples=" + QByteArray::number(samples)
        + " seconds=" + QByteArray::number(double(m_clock.elapsed()) / 1000.0, 'f', 1);
    if (m_pusher) {
        quint64 pushed = 0, dropped = 0;
        for (const QString &feed : m_engine->feedNames()) {
            pushed += m_pusher->pushed(feed);
            dropped += m_pusher->dropped(feed);
        }
        total += " pushed=" + QByteArray::number(pushed)
            + (dropped ? " push_dropped=" + QByteArray::number(dropped) : QByteArray());
    }
    printLine(total);
    // Results that were not numbers are never samples; say how many, per derived series.
    for (const DerivedStatus &d : m_engine->derivedStatus()) {
        if (d.notFinite == 0)
            continue;
        const QString series = d.key.isEmpty()
            ? QStringLiteral("%1/%2").arg(d.feed, d.name)
            : QStringLiteral("%1/%2/%3").arg(d.feed, d.key, d.name);
        std::fprintf(m_err,
                     "feedboard: derived %s: %llu results not finite (not recorded), %llu "
                     "samples\n",
                     series.toUtf8().constData(), static_cast<unsigned long long>(d.notFinite),
                     static_cast<unsigned long long>(d.samples));
    }
    const bool replayed = m_replay && m_replay->framesReplayed() > 0;
    m_exitCode = (m_engine->anyFeedConnected() || replayed) ? 0 : 2;
    if (m_exitCode == 2)
        std::fprintf(m_err, "feedboard: no feed ever connected\n");
    if (m_endedByAlert) {
        m_exitCode = 3;
        std::fprintf(m_err, "feedboard: ended by --exit-on-alert\n");
    }
    Q_EMIT finished(m_exitCode);
}
