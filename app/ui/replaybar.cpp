#include "replaybar.h"

#include "session/sessioncontroller.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace {
constexpr int kSliderSteps = 1000;
} // namespace

ReplayBar::ReplayBar(SessionController *session, QWidget *parent)
    : QToolBar(tr("Replay"), parent)
    , m_session(session)
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("replayBar"));
    setMovable(false);
    m_play->setCheckable(true);
    m_play->setChecked(true); // playing
    m_play->setObjectName(QStringLiteral("replayPlay"));
    onPausedChanged(false);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->addItem(tr("1×"), 1.0);
    m_speed->addItem(tr("2×"), 2.0);
    m_speed->addItem(tr("10×"), 10.0);
    m_speed->addItem(tr("Max"), 0.0);
    m_speed->setToolTip(tr("Replay speed"));
    m_slider->setObjectName(QStringLiteral("replayPosition"));
    m_slider->setRange(0, kSliderSteps);
    m_slider->setToolTip(tr("Position in the capture"));
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")));
    addWidget(m_play);
    addWidget(m_speed);
    addWidget(m_slider);
    addWidget(m_time);

    connect(m_play, &QToolButton::toggled, this, [this](bool playing) {
        if (m_session)
            m_session->setReplayPaused(!playing);
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session)
            m_session->setReplaySpeed(speed());
    });
    // Seek when the user lets go (or steps with keys), not for every pixel of a drag.
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        if (m_session)
            m_session->seekReplay(double(m_slider->value()) / kSliderSteps);
    });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_slider->isSliderDown() && m_session)
            m_session->seekReplay(double(m_slider->sliderPosition()) / kSliderSteps);
    });
    if (m_session) {
        connect(m_session, &SessionController::replayProgress, this, &ReplayBar::onProgress);
        connect(m_session, &SessionController::replayPausedChanged, this,
                &ReplayBar::onPausedChanged);
        connect(m_session, &SessionController::replayFinished, this,
                [this] { m_slider->setValue(kSliderSteps); });
    }
}

void ReplayBar::setSpeed(double speed)
{
    int index = m_speed->findData(speed);
    if (index < 0)
        index = m_speed->findData(0.0);
    m_speed->setCurrentIndex(index);
    if (m_session)
        m_session->setReplaySpeed(this->speed());
}

double ReplayBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void ReplayBar::onProgress(double fraction, qint64 timeUs)
{
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(fraction * kSliderSteps + 0.5));
    m_time->setText(QDateTime::fromMSecsSinceEpoch(timeUs / 1000)
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
}

void ReplayBar::onPausedChanged(bool paused)
{
    const QSignalBlocker block(m_play);
    m_play->setChecked(!paused);
    m_play->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_play->setToolTip(paused ? tr("Play") : tr("Pause"));
}
