#include "statusbar.h"

#include "alertsmodel.h"
#include "feedsmodel.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QTimer>

#include <algorithm>

#include <unistd.h>

namespace {
constexpr int kFeedEventMs = 6000; // how long a connection event stays in the message area

// Resident memory of this process; -1 where /proc is not available.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields.at(1).toLongLong(&ok) : 0;
    return ok ? pages * qint64(sysconf(_SC_PAGESIZE)) : -1;
}
} // namespace

FeedStatusBar::FeedStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_frames(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_feeds(new QLabel(this))
    , m_fileError(new QLabel(this))
    , m_memory(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_rateTimer(new QTimer(this))
{
    m_memory->setObjectName(QStringLiteral("memoryLabel"));

    m_frames->setObjectName(QStringLiteral("framesLabel"));
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_errors->setObjectName(QStringLiteral("errorsLabel"));
    m_feeds->setObjectName(QStringLiteral("feedsLabel"));
    m_fileError->setObjectName(QStringLiteral("fileErrorLabel"));
    // Red in code rather than only in the stylesheet: an error must read as one even
    // when a user's style replaces ours.
    QPalette palette = m_fileError->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_fileError->setPalette(palette);
    m_fileError->hide();

    m_alerts->setObjectName(QStringLiteral("alertCountLabel"));
    m_alerts->hide();

    addWidget(m_fileError);
    addPermanentWidget(m_alerts);
    addPermanentWidget(m_feeds);
    addPermanentWidget(m_frames);
    addPermanentWidget(m_rateLabel);
    addPermanentWidget(m_errors);
    addPermanentWidget(m_memory);
    setStats({});
    m_sinceRate.start();
    updateRate();

    connect(m_rateTimer, &QTimer::timeout, this, &FeedStatusBar::updateRate);
    m_rateTimer->start(1000);
}

void FeedStatusBar::setAlertCount(int active, std::optional<AlertSeverity> worst)
{
    if (active <= 0 || !worst) {
        m_alertColor = QColor();
        m_alerts->hide();
        return;
    }
    const QColor color = AlertsModel::severityColor(*worst);
    setTextIfChanged(m_alerts, tr("Active alerts: %1").arg(active));
    if (color != m_alertColor) {
        m_alertColor = color;
        // Its own stylesheet (not the palette): the window's theme stylesheet would win.
        m_alerts->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; "
                                               "border-radius: 3px; padding: 0 6px; "
                                               "font-weight: bold; }")
                                    .arg(color.name()));
    }
    m_alerts->setToolTip(tr("Worst active severity: %1").arg(AlertsModel::severityText(*worst)));
    m_alerts->show();
}

QString FeedStatusBar::alertCountText() const
{
    return m_alerts->isVisibleTo(this) ? m_alerts->text() : QString();
}

void FeedStatusBar::setStats(const std::vector<FeedStats> &stats)
{
    quint64 frames = 0;
    quint64 errors = 0;
    QStringList states;
    for (const FeedStats &feed : stats) {
        frames += feed.frames;
        errors += feed.errors;
        // In the window's language, like the Feeds dock (not the stats line's keywords).
        states << tr("%1: %2").arg(feed.feed, FeedsModel::stateText(feed));
    }
    m_totalFrames = frames;
    const QLocale locale;
    setTextIfChanged(m_frames, tr("Frames: %1").arg(locale.toString(frames)));
    setTextIfChanged(m_errors, tr("Decode errors: %1").arg(locale.toString(errors)));
    setTextIfChanged(m_feeds,
                     states.isEmpty() ? tr("No feeds") : states.join(QStringLiteral("  ")));
}

void FeedStatusBar::showFileError(const QString &message)
{
    m_fileError->setText(message);
    m_fileError->setToolTip(message);
    m_fileError->show();
}

void FeedStatusBar::showFeedEvent(const QString &feed, const QString &detail)
{
    showMessage(tr("%1: %2").arg(feed, detail), kFeedEventMs);
}

void FeedStatusBar::setRateIntervalMs(int ms)
{
    m_rateTimer->start(std::max(1, ms));
}

QString FeedStatusBar::feedStatesText() const
{
    return m_feeds->text();
}

QString FeedStatusBar::fileErrorText() const
{
    return m_fileError->isHidden() ? QString() : m_fileError->text();
}

void FeedStatusBar::updateRate()
{
    const qint64 elapsedMs = m_sinceRate.restart();
    // Counters restart with a new session; a negative change is no traffic, not a rate.
    const quint64 delta = m_totalFrames >= m_framesAtRate ? m_totalFrames - m_framesAtRate : 0;
    m_framesAtRate = m_totalFrames;
    m_rate = elapsedMs > 0 ? double(delta) * 1000.0 / double(elapsedMs) : 0.0;
    setTextIfChanged(m_rateLabel, tr("%1 msg/s").arg(QLocale().toString(m_rate, 'f', 0)));
    const qint64 memory = residentBytes();
    m_memory->setVisible(memory >= 0);
    setTextIfChanged(m_memory, tr("Memory: %1").arg(QLocale().formattedDataSize(memory)));
}

void FeedStatusBar::setTextIfChanged(QLabel *label, const QString &text)
{
    // Setting equal text would still relayout the status bar 30 times a second.
    if (label->text() != text)
        label->setText(text);
}

QString FeedStatusBar::memoryText() const
{
    return m_memory->text();
}
