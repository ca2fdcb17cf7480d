#pragma once

#include "model/feedstate.h"
#include "model/logrecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Turns one feed's connection states into log records of that feed, so a lost connection
// shows in the log pane and in log exports beside the feed's own records: a warning when an
// open connection is lost (reconnecting or failed, with the reason), info when it is open
// again after a loss, info when the user closed it. Capture events map to the same states, so
// a replay gives the records of the live run. Plain value, one per feed, any thread.
class ConnectionLog final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionLog)

public:
    // The record for entering `state` (detail: the connection's reason), if it deserves one.
    std::optional<LogRecord> onState(const QString &feed, FeedState state, const QString &detail,
                                     qint64 timeUs);
    // The same from a capture's connection event ("connected", "disconnected", "error").
    std::optional<LogRecord> onCaptureEvent(const QString &feed, const QString &event,
                                            const QString &detail, qint64 timeUs);

    // The capture detail a session's end writes for its open feeds: not a loss.
    static QString sessionEndDetail() { return QStringLiteral("closed by user"); }

private:
    bool m_open = false;
    bool m_lost = false; // lost while open, not open since
};
