#pragma once

#include "model/logrecord.h"

#include <QString>

#include <string_view>

// The readings both decoding paths share (the simdjson fast path and the QJsonDocument
// general path): numbers in strings, times, key texts. One implementation on UTF-8 bytes, so
// the two paths cannot drift apart; the QString overloads convert and call it.
namespace DecodeValues {

// Parses a JSON string as a number ("0.001234", "-1.5e3", " 42 "): optional ASCII blanks
// around an optional sign, digits with at most one '.', an optional exponent; at most 64
// characters. Non-finite spellings ("NaN", "Infinity", "inf", any case, signed) and numbers
// beyond double range ("1e400") parse with *finite false; underflow ("1e-400") reads as 0.
// False when the text is not a number.
bool parseNumericString(std::string_view utf8, double *value, bool *finite);
bool parseNumericString(const QString &text, double *value, bool *finite);

// Epoch milliseconds from a number of s, ms, µs or ns (told apart by magnitude).
double epochMsFromNumber(double number);

// Epoch milliseconds from an ISO-8601 string (fractions of any length, Z or ±hh:mm / ±hhmm
// offsets; no offset reads as UTC); NaN if unreadable. The common spellings are read here
// without allocating; anything unusual is left to QDateTime.
double epochMsFromIsoString(std::string_view utf8);
double epochMsFromIsoString(const QString &text);
// The QDateTime reading alone, which the above falls back to (tests compare the two).
double epochMsFromIsoStringGeneral(const QString &text);

// A record's time from a string: a number (by magnitude) or ISO-8601; NaN if neither.
double epochMsFromTimeString(std::string_view utf8);

// Whether a time read from a record is taken (else the receive time is): finite, and within
// ±1e15 ms.
bool isUsableTimeMs(double timeMs);
// Whether a readable record time is believable for a frame received at receiveUs: from 1990
// to one day after the receive time.
bool isPlausibleTimeMs(double timeMs, qint64 receiveUs);
// The error reason for a record time outside isPlausibleTimeMs.
QString timeRangeError(const QString &pointer, double timeMs, qint64 receiveUs);

// Whether a frame's first non-blank byte opens a JSON object or array (else it is a text line).
bool startsLikeJson(std::string_view bytes);
// The log record of a plain-text line (trimmed; its level read from its words).
LogRecord textLogRecord(const QString &feed, std::string_view utf8Line, qint64 receiveUs);

// The text of a numeric key: integers without a fraction, others with 17 digits.
QString numberKeyText(double number);

} // namespace DecodeValues
