#pragma once

#include "alerts/alertrule.h"
#include "model/feedstats.h"

#include <QColor>
#include <QElapsedTimer>
#include <QStatusBar>

#include <optional>
#include <vector>

class QLabel;
class QTimer;

// The main window's status bar: total frames, messages per second (from the change in the
// feeds' frame counters, once a second), decode errors, each feed's state, the process's
// memory use, and the last file error in red. (The capture's size is SessionActions' label.) GUI
// thread; owned by the main window.
class FeedStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedStatusBar)

public:
    explicit FeedStatusBar(QWidget *parent = nullptr);

    // Takes the newest counters of every feed; cheap enough for each render tick.
    void setStats(const std::vector<FeedStats> &stats);
    void showFileError(const QString &message);
    void showFeedEvent(const QString &feed, const QString &detail);
    // Interval of the msg/s computation; 1000 ms by default, injectable for tests.
    void setRateIntervalMs(int ms);
    QString memoryText() const;

    double messagesPerSecond() const { return m_rate; }
    QString feedStatesText() const;
    QString fileErrorText() const;
    // The count of active alerts, coloured by the worst active severity (hidden at none).
    void setAlertCount(int active, std::optional<AlertSeverity> worst);
    QString alertCountText() const;
    QColor alertCountColor() const { return m_alertColor; }

private:
    void updateRate();
    static void setTextIfChanged(QLabel *label, const QString &text);

    QLabel *m_frames = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_feeds = nullptr;
    QLabel *m_fileError = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_alerts = nullptr;
    QColor m_alertColor;
    QTimer *m_rateTimer = nullptr;
    QElapsedTimer m_sinceRate;
    quint64 m_totalFrames = 0;
    quint64 m_framesAtRate = 0;
    double m_rate = 0.0;
};
