#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Normalised log levels of the contract: TRACE DEBUG INFO WARN ERROR FATAL.
enum class LogLevel : quint8 { Trace, Debug, Info, Warn, Error, Fatal };

QString logLevelName(LogLevel level);
// Reads a level name as feeds spell it ("warning", "Err", "crit", "5"...); nullopt if unknown.
std::optional<LogLevel> parseLogLevel(QStringView text);
// Finds a level word in free text (a plain-text log line); INFO when none is found.
LogLevel logLevelFromText(QStringView text);
