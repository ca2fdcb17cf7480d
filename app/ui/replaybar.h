#pragma once

#include <QToolBar>

class SessionController;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

// Replay controls: play/pause, speed (1x, 2x, 10x, as fast as possible) and a position slider
// with the capture time. Drives the session's ReplaySource; shown only when replaying.
// GUI thread; owned by the main window.
class ReplayBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayBar)

public:
    explicit ReplayBar(SessionController *session, QWidget *parent = nullptr);

    // Selects the speed shown (and sets it on the session); 0 = as fast as possible.
    void setSpeed(double speed);
    double speed() const;
    QSlider *slider() const { return m_slider; }

private:
    void onProgress(double fraction, qint64 timeUs);
    void onPausedChanged(bool paused);

    SessionController *m_session;
    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
};
