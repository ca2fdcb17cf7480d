#pragma once

#include "model/logrecord.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <memory>
#include <optional>

// A file written through QSaveFile with an in-memory buffer: the target appears, complete,
// only on commit(); a write error or a cancel leaves whatever was there before untouched.
class AtomicTextFile final
{
public:
    bool open(const QString &path, QString *error);
    QByteArray &buffer() { return m_buffer; }
    // Writes the buffer out once it has grown past a threshold.
    void drainIfLarge();
    bool commit(QString *error);
    void cancel();
    bool isOpen() const { return m_file && !m_failed; }

private:
    bool drain();

    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

// Streams the samples of a run to CSV (contract) or JSON Lines, chosen by the extension.
// Owned by the engine, used on its thread.
class SampleExportWriter final
{
public:
    enum class Format { Csv, JsonLines };

    // Format from the file name: .csv or .jsonl (else nullopt).
    static std::optional<Format> formatForPath(const QString &path);

    bool open(const QString &path, QString *error);
    void write(double timeMs, const QString &feed, const QString &key, const QString &field,
               double value);
    bool commit(QString *error) { return m_file.commit(error); }
    void cancel() { m_file.cancel(); }
    bool isOpen() const { return m_file.isOpen(); }
    quint64 rows() const { return m_rows; }

private:
    AtomicTextFile m_file;
    Format m_format = Format::Csv;
    quint64 m_rows = 0;
};

// Streams log records to text (.log/.txt: TIME_ISO<TAB>FEED<TAB>LEVEL<TAB>MESSAGE, one line
// each, with backslashes, tabs and newlines inside a message escaped) or JSON Lines (.jsonl).
class LogExportWriter final
{
public:
    enum class Format { Text, JsonLines };
    static std::optional<Format> formatForPath(const QString &path);

    bool open(const QString &path, QString *error);
    void write(const LogRecord &record);
    bool commit(QString *error) { return m_file.commit(error); }
    void cancel() { m_file.cancel(); }
    bool isOpen() const { return m_file.isOpen(); }
    quint64 rows() const { return m_rows; }

private:
    AtomicTextFile m_file;
    Format m_format = Format::Text;
    quint64 m_rows = 0;
};
