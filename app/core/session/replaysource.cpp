#include "session/replaysource.h"

#include "capture/capturereader.h"
#include "capture/textformat.h"
#include "session/ingestengine.h"

#include <QTimer>

namespace {
constexpr int kFramesPerSlice = 5000;
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
    if (!m_reader->open(path, error))
        return false;
    for (const FeedSpec &spec : m_reader->feeds())
        m_engine->addReplayFeed(spec);
    return true;
}

QStringList ReplaySource::warnings() const
{
    return m_reader->warnings();
}

void ReplaySource::start()
{
    m_startWallUs = TextFormat::nowEpochUs();
    m_timer->start(0);
}

void ReplaySource::step()
{
    const qint64 nowUs = TextFormat::nowEpochUs();
    for (int i = 0; i < kFramesPerSlice; ++i) {
        if (!m_havePending) {
            if (!m_reader->next(m_pending->record)) {
                Q_EMIT finished();
                return;
            }
            m_havePending = true;
        }
        CaptureRecord &record = m_pending->record;
        if (m_firstCaptureUs < 0)
            m_firstCaptureUs = record.timeUs;
        if (m_speed > 0.0) {
            const auto dueUs = m_startWallUs + qint64(double(record.timeUs - m_firstCaptureUs) / m_speed);
            if (dueUs > nowUs) {
                m_timer->start(int(std::min<qint64>((dueUs - nowUs) / 1000 + 1, 100)));
                return;
            }
        }
        m_havePending = false;
        if (record.kind == CaptureRecord::Kind::Event)
            continue;
        int index = m_engine->feedIndex(record.feed);
        if (index < 0) {
            FeedSpec spec;
            spec.name = record.feed;
            m_engine->addReplayFeed(spec);
            index = m_engine->feedIndex(record.feed);
        }
        ++m_frames;
        if (record.kind == CaptureRecord::Kind::Text)
            m_engine->ingestText(index, record.data, record.timeUs);
        else
            m_engine->ingestBinary(index, record.data, record.timeUs);
    }
    m_timer->start(0);
}
