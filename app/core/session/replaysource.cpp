#include "session/replaysource.h"

#include "capture/captureindex.h"
#include "capture/capturereader.h"
#include "capture/textformat.h"
#include "session/ingestengine.h"

#include <QTimer>

#include <algorithm>

namespace {
constexpr int kFramesPerSlice = 5000;
constexpr qint64 kProgressIntervalUs = 100 * 1000; // 10 Hz is smooth enough for a slider
} // namespace

struct ReplaySource::Pending
{
    CaptureRecord record;
};

ReplaySource::ReplaySource(IngestEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_reader(std::make_unique<CaptureReader>())
    , m_timer(new QTimer(this))
    , m_pending(std::make_unique<Pending>())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReplaySource::step);
}

ReplaySource::~ReplaySource() = default;

bool ReplaySource::open(const QString &path, QString *error)
{
    return open(QStringList { path }, error);
}

bool ReplaySource::open(const QStringList &paths, QString *error)
{
    if (!m_reader->open(paths, error))
        return false;
    for (const FeedSpec &spec : m_reader->feeds())
        m_engine->addReplayFeed(spec);
    // The run's rules are evaluated again: the capture's, with the ones this run was given
    // (profile, --alerts) taking precedence by name.
    if (!m_reader->alerts().isEmpty())
        m_engine->setAlertRules(AlertRules::merged(m_reader->alerts(), m_engine->alertRules()));
    // Derived series likewise: the capture's, with this run's replacing them by name.
    if (!m_reader->derived().isEmpty())
        m_engine->setDerivedRules(
            DerivedRules::merged(m_reader->derived(), m_engine->derivedRules()));
    // The first record's time: read it, then go back so it is played too.
    CaptureRecord first;
    if (m_reader->next(first))
        m_firstTimeUs = first.timeUs;
    m_reader->seek(0);
    m_lastTimeUs = m_reader->lastTimeUs().value_or(m_firstTimeUs);
    // Feeds count as not open from the live run's start (older captures: the first record).
    m_engine->setRunStartUs(m_reader->startedUs().value_or(m_firstTimeUs));
    m_positionUs = m_firstTimeUs;
    return true;
}

QStringList ReplaySource::warnings() const
{
    return m_reader->warnings();
}

double ReplaySource::progress() const
{
    const qint64 span = m_reader->size() - m_reader->dataStart();
    if (m_finished || span <= 0)
        return 1.0;
    return std::clamp(double(m_reader->position() - m_reader->dataStart()) / double(span), 0.0,
                      1.0);
}

qint64 ReplaySource::bytesRead() const
{
    return m_finished ? m_reader->size() : std::min(m_reader->position(), m_reader->size());
}

qint64 ReplaySource::bytesTotal() const
{
    return m_reader->size();
}

void ReplaySource::start()
{
    m_started = true;
    rebaseClock();
    if (!m_paused)
        m_timer->start(0);
}

void ReplaySource::setSpeed(double speed)
{
    m_speed = std::max(0.0, speed);
    rebaseClock();
    if (m_started && !m_paused && !m_finished)
        m_timer->start(0);
}

void ReplaySource::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer->stop();
    } else {
        rebaseClock();
        if (m_started && !m_finished)
            m_timer->start(0);
    }
    Q_EMIT pausedChanged(paused);
    reportProgress(true);
}

void ReplaySource::seek(double fraction)
{
    const qint64 span = m_reader->size() - m_reader->dataStart();
    const qint64 target
        = m_reader->dataStart() + qint64(std::clamp(fraction, 0.0, 1.0) * double(span));
    // Back from where reading stands: what was played from there on comes again, with older
    // times than the newest already shown.
    if (target < m_reader->position())
        m_engine->rewind();
    m_reader->seek(target);
    m_havePending = false;
    m_finished = false;
    rebaseClock();
    if (m_started && !m_paused)
        m_timer->start(0);
    reportProgress(true);
}

// Real-time pacing measures from "now" and the next record to play, so a pause, a speed
// change or a seek does not make the replay race to catch up.
void ReplaySource::rebaseClock()
{
    m_clockCaptureUs = -1;
    m_clockWallUs = TextFormat::nowEpochUs();
}

void ReplaySource::reportProgress(bool force)
{
    const qint64 now = TextFormat::nowEpochUs();
    if (!force && now - m_lastReportWallUs < kProgressIntervalUs)
        return;
    m_lastReportWallUs = now;
    Q_EMIT progressChanged(progress(), m_positionUs);
}

void ReplaySource::step()
{
    const qint64 nowUs = TextFormat::nowEpochUs();
    for (int i = 0; i < kFramesPerSlice; ++i) {
        if (!m_havePending) {
            const qint64 offset = m_reader->position();
            if (!m_reader->next(m_pending->record)) {
                m_finished = true;
                reportProgress(true);
                Q_EMIT finished();
                return;
            }
            m_havePending = true;
            if (m_index && m_pending->record.kind != CaptureRecord::Kind::Event)
                m_index->note(m_pending->record.feed, m_pending->record.timeUs, offset);
        }
        CaptureRecord &record = m_pending->record;
        if (m_clockCaptureUs < 0)
            m_clockCaptureUs = record.timeUs;
        if (m_speed > 0.0) {
            const auto dueUs
                = m_clockWallUs + qint64(double(record.timeUs - m_clockCaptureUs) / m_speed);
            if (dueUs > nowUs) {
                reportProgress(false);
                m_timer->start(int(std::min<qint64>((dueUs - nowUs) / 1000 + 1, 100)));
                return;
            }
        }
        m_havePending = false;
        m_positionUs = record.timeUs;
        if (record.kind == CaptureRecord::Kind::Event && record.feed.isEmpty()) {
            m_engine->ingestEvent(-1, record.event, record.detail, record.timeUs); // a note
            continue;
        }
        int index = m_engine->feedIndex(record.feed);
        if (index < 0) {
            FeedSpec spec;
            spec.name = record.feed;
            m_engine->addReplayFeed(spec);
            index = m_engine->feedIndex(record.feed);
        }
        if (record.kind == CaptureRecord::Kind::Event) {
            m_engine->ingestEvent(index, record.event, record.detail, record.timeUs);
            continue;
        }
        ++m_frames;
        if (record.kind == CaptureRecord::Kind::Text)
            m_engine->ingestText(index, record.data, record.timeUs);
        else
            m_engine->ingestBinary(index, record.data, record.timeUs);
    }
    reportProgress(false);
    m_timer->start(0);
}
