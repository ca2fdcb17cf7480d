#include "capture/readbackqueue.h"

#include "capture/captureindex.h"

#include <QThread>

#include <algorithm>

ReadbackQueue::ReadbackQueue(QObject *parent)
    : QObject(parent)
{ }

ReadbackQueue::~ReadbackQueue()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
}

ReadbackQueue::Answer ReadbackQueue::samples(const CaptureReadback::Request &request,
                                             const std::shared_ptr<CaptureIndex> &index,
                                             QList<QPointF> &out, QString *error)
{
    const Stretch stretch { request.path, request.feed, request.fromMs, request.toMs };
    if (m_haveKept && m_kept == stretch) {
        out += m_samples.value(CaptureReadback::seriesName(request.key, request.field));
        return Answer::Ready;
    }
    if (m_haveFailed && m_failed == stretch) {
        if (error)
            *error = m_failure;
        return Answer::Failed;
    }
    if (!index || request.path.isEmpty()) {
        if (error)
            *error = QStringLiteral("this session has no capture to read back from");
        return Answer::Failed;
    }
    const bool queued = (m_thread && m_reading == stretch)
        || std::any_of(m_waiting.begin(), m_waiting.end(),
                       [&stretch](const Job &job) { return job.stretch == stretch; });
    if (!queued) {
        m_waiting.push_back(Job { stretch, index });
        if (!m_thread)
            startNext();
    }
    return Answer::Pending;
}

void ReadbackQueue::clear()
{
    ++m_generation;
    m_waiting.clear();
    m_haveKept = false;
    m_samples.clear();
    m_haveFailed = false;
    m_failure.clear();
}

void ReadbackQueue::startNext()
{
    if (m_waiting.empty())
        return;
    Job job = std::move(m_waiting.front());
    m_waiting.pop_front();
    m_reading = job.stretch;
    m_readingGeneration = m_generation;
    auto result = std::make_shared<Result>();
    m_result = result;
    CaptureReadback::Request request;
    request.path = job.stretch.path;
    request.feed = job.stretch.feed;
    request.fromMs = job.stretch.fromMs;
    request.toMs = job.stretch.toMs;
    // The worker owns copies of all it reads: the queue may be cleared meanwhile.
    m_thread = QThread::create([request, index = std::move(job.index), result] {
        result->ok = CaptureReadback::readFeed(request, *index, result->samples, &result->error);
    });
    m_thread->setObjectName(QStringLiteral("feedboard-readback"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ReadbackQueue::onReadFinished);
    m_thread->start(QThread::LowPriority);
}

void ReadbackQueue::onReadFinished()
{
    // finished() comes from the worker's last moments: wait() returns at once, and the
    // thread object can go.
    m_thread->wait();
    std::unique_ptr<QThread> done(m_thread);
    m_thread = nullptr;
    const std::shared_ptr<Result> result = std::move(m_result);
    if (m_readingGeneration == m_generation) {
        if (result->ok) {
            m_kept = m_reading;
            m_haveKept = true;
            m_samples = std::move(result->samples);
        } else {
            m_failed = m_reading;
            m_haveFailed = true;
            m_failure = result->error;
        }
    }
    startNext();
    Q_EMIT finished();
}
