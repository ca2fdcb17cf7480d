#pragma once

#include "model/loglevel.h"

#include <QList>
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
Q_DECLARE_TYPEINFO(LogRecord, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(LogRecord)

// Log records as batches carry them: implicitly shared, so a batch crosses threads and
// reaches the log store without a copy of each record.
using LogRecords = QList<LogRecord>;
