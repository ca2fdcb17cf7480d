#pragma once

#include "model/loglevel.h"

#include <QMetaType>
#include <QString>

// One log record: from a JSON record with level/message, or a plain-text frame.
struct LogRecord
{
    qint64 timeUs = 0; // record time, microseconds since the epoch (UTC)
    QString feed;
    LogLevel level = LogLevel::Info;
    QString message;
};
Q_DECLARE_METATYPE(LogRecord)
