#include "session/connectionlog.h"

#include <utility>

namespace {
LogRecord record(const QString &feed, LogLevel level, const QString &message, qint64 timeUs)
{
    LogRecord log;
    log.timeUs = timeUs;
    log.feed = feed;
    log.level = level;
    log.message = message;
    return log;
}
} // namespace

std::optional<LogRecord> ConnectionLog::onState(const QString &feed, FeedState state,
                                                const QString &detail, qint64 timeUs)
{
    switch (state) {
    case FeedState::Open: {
        const bool wasLost = std::exchange(m_lost, false);
        m_open = true;
        // The first connect is no news; coming back after a loss is.
        if (wasLost)
            return record(feed, LogLevel::Info, tr("connection restored: %1").arg(detail), timeUs);
        return std::nullopt;
    }
    case FeedState::Reconnecting:
    case FeedState::Failed:
        // Attempts that fail while already down repeat themselves; only the loss is news.
        if (!std::exchange(m_open, false))
            return std::nullopt;
        m_lost = true;
        return record(feed, LogLevel::Warn, tr("connection lost: %1").arg(detail), timeUs);
    case FeedState::Closed:
        m_lost = false;
        if (!std::exchange(m_open, false))
            return std::nullopt;
        return record(feed, LogLevel::Info, tr("connection closed: %1").arg(detail), timeUs);
    case FeedState::Idle:
    case FeedState::Connecting:
    case FeedState::Replaying:
        break;
    }
    return std::nullopt;
}

std::optional<LogRecord> ConnectionLog::onCaptureEvent(const QString &feed, const QString &event,
                                                       const QString &detail, qint64 timeUs)
{
    if (event == QLatin1String("connected"))
        return onState(feed, FeedState::Open, detail, timeUs);
    if (event == QLatin1String("error"))
        return onState(feed, FeedState::Failed, detail, timeUs);
    if (event != QLatin1String("disconnected"))
        return std::nullopt;
    // The end of a live session writes this for each open feed, and makes no record there.
    if (detail == sessionEndDetail()) {
        m_open = false;
        m_lost = false;
        return std::nullopt;
    }
    return onState(feed, FeedState::Reconnecting, detail, timeUs);
}
