#pragma once

#include "capture/capturereadback.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <deque>
#include <memory>

class CaptureIndex;
class QThread;

// Reads past stretches of a capture back for charts without blocking the thread that asks
// (the GUI's): the first ask for a feed's stretch queues it, a worker thread decodes it, and
// finished() says when to ask again. The last stretch read is kept, every series of it, since
// a chart's other lines of that feed ask for the same stretch right after. One read runs at a
// time; asks for other stretches wait in order, each once.
class ReadbackQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadbackQueue)

public:
    enum class Answer {
        Ready, // the series' samples were appended to `out`
        Pending, // being read, or waiting its turn: ask again after finished()
        Failed, // this stretch cannot be read back (the reason in *error)
    };

    explicit ReadbackQueue(QObject *parent = nullptr);
    // Waits for a read in flight (one stretch at most).
    ~ReadbackQueue() override;

    Answer samples(const CaptureReadback::Request &request,
                   const std::shared_ptr<CaptureIndex> &index, QList<QPointF> &out,
                   QString *error = nullptr);
    // Forgets what was read and what waits (a new session); a read in flight is discarded.
    void clear();
    bool busy() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished();

private:
    struct Stretch
    {
        QString path;
        QString feed;
        double fromMs = 0.0;
        double toMs = 0.0;
        bool operator==(const Stretch &other) const
        {
            return path == other.path && feed == other.feed && fromMs == other.fromMs
                && toMs == other.toMs;
        }
    };
    struct Job
    {
        Stretch stretch;
        std::shared_ptr<CaptureIndex> index;
    };
    struct Result
    {
        CaptureReadback::FeedSamples samples;
        QString error;
        bool ok = false;
    };
    void startNext();
    void onReadFinished();

    Stretch m_kept; // what m_samples holds
    bool m_haveKept = false;
    CaptureReadback::FeedSamples m_samples;
    Stretch m_failed; // the last stretch that could not be read, and why
    bool m_haveFailed = false;
    QString m_failure;
    std::deque<Job> m_waiting;
    Stretch m_reading; // the stretch m_thread reads
    QThread *m_thread = nullptr; // child; deleted once finished
    std::shared_ptr<Result> m_result; // written by m_thread until it finishes
    quint64 m_generation = 0; // clear() makes a read in flight stale
    quint64 m_readingGeneration = 0;
};
