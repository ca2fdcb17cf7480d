#pragma once

#include <QByteArray>
#include <QString>

// Small, allocation-light formatting helpers shared by the capture and export writers.
namespace TextFormat {
// Appends `text` as a JSON string literal (with quotes) in UTF-8.
void appendJsonString(QByteArray &out, QStringView text);
void appendJsonString(QByteArray &out, const QByteArray &utf8);
// Shortest text that reads back to the same double ("0.1", "37020.11", "1e-07", "42").
void appendNumber(QByteArray &out, double value);
QByteArray formatNumber(double value);
// UTF-8 with every white space as '_': a value in a `key=value` line (stats, alert).
QByteArray lineToken(QStringView text);
// "2026-11-26T10:00:00.123Z" from epoch milliseconds.
QByteArray isoTimeFromMs(double epochMs);
// RFC 4180: quoted only when needed (comma, quote, CR or LF), quotes doubled.
void appendCsvField(QByteArray &out, QStringView text);
// Microseconds since the epoch, now.
qint64 nowEpochUs();
} // namespace TextFormat
