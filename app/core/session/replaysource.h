#pragma once

#include <QObject>
#include <QString>

#include <memory>

class CaptureReader;
class IngestEngine;
class QTimer;

// Plays a capture file into an IngestEngine: every frame with its captured receive time,
// through the same decoding and exports as a live feed. speed 0 = as fast as possible (in
// slices that keep the event loop responsive), 1 = real time, X = X times faster.
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
    void setSpeed(double speed) { m_speed = speed; }
    void start();
    quint64 framesReplayed() const { return m_frames; }
    QStringList warnings() const;

Q_SIGNALS:
    void finished();

private:
    void step();

    IngestEngine *m_engine;
    std::unique_ptr<CaptureReader> m_reader;
    QTimer *m_timer;
    double m_speed = 0.0;
    qint64 m_firstCaptureUs = -1;
    qint64 m_startWallUs = 0;
    bool m_havePending = false;
    quint64 m_frames = 0;
    struct Pending;
    std::unique_ptr<Pending> m_pending;
};
