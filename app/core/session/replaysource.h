#pragma once

#include <QObject>
#include <QString>

#include <memory>

class CaptureIndex;
class CaptureReader;
class IngestEngine;
class QTimer;

// Plays a capture file into an IngestEngine: every frame with its captured receive time,
// through the same decoding and exports as a live feed. speed 0 = as fast as possible (in
// slices that keep the event loop responsive), 1 = real time, X = X times faster. Can pause,
// change speed and seek while playing, and reports its position a few times a second.
// Lives on the engine's thread; owned by its parent.
class ReplaySource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaySource)

public:
    ReplaySource(IngestEngine *engine, QObject *parent = nullptr);
    ~ReplaySource() override;

    // Opens the capture and registers its feeds with the engine (decode mappings from the
    // capture's header unless the engine already has a feed of that name).
    bool open(const QString &path, QString *error);
    // Several files or folders of rotated parts (plain or .zst), played as one run.
    bool open(const QStringList &paths, QString *error);
    double speed() const { return m_speed; }
    bool isPaused() const { return m_paused; }
    bool isFinished() const { return m_finished; }
    quint64 framesReplayed() const { return m_frames; }
    QStringList warnings() const;
    // Capture times of the first and last records (0 when the capture has none).
    qint64 firstTimeUs() const { return m_firstTimeUs; }
    qint64 lastTimeUs() const { return m_lastTimeUs; }
    // Share of the file read so far, 0..1.
    double progress() const;
    // Bytes of the files (on disk: compressed for .zst) read so far, and in all.
    qint64 bytesRead() const;
    qint64 bytesTotal() const;
    // Notes where each feed's frames of each second start, as they are read (a chart zoomed
    // into the past reads them back from there).
    void setIndex(std::shared_ptr<CaptureIndex> index) { m_index = std::move(index); }

public Q_SLOTS:
    void start();
    // Takes effect at once; real-time pacing restarts from the current frame.
    void setSpeed(double speed);
    void setPaused(bool paused);
    // Continues from the first record at or after this share of the file (0..1). Records
    // skipped over are not ingested; going back ingests records a second time.
    void seek(double fraction);

Q_SIGNALS:
    // At most every kProgressIntervalMs while playing, and after pause, seek and the end.
    void progressChanged(double fraction, qint64 timeUs);
    void pausedChanged(bool paused);
    void finished();

private:
    void step();
    void rebaseClock();
    void reportProgress(bool force);

    IngestEngine *m_engine;
    std::unique_ptr<CaptureReader> m_reader;
    std::shared_ptr<CaptureIndex> m_index;
    QTimer *m_timer;
    double m_speed = 0.0;
    qint64 m_clockCaptureUs = -1; // capture time that maps to m_clockWallUs
    qint64 m_clockWallUs = 0;
    qint64 m_firstTimeUs = 0;
    qint64 m_lastTimeUs = 0;
    qint64 m_positionUs = 0;
    qint64 m_lastReportWallUs = 0;
    bool m_havePending = false;
    bool m_started = false;
    bool m_paused = false;
    bool m_finished = false;
    quint64 m_frames = 0;
    struct Pending;
    std::unique_ptr<Pending> m_pending;
};
