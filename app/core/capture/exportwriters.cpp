#include "capture/exportwriters.h"

#include "capture/textformat.h"

#include <QDir>
#include <QFileInfo>

namespace {
constexpr qsizetype kDrainThreshold = 1024 * 1024;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

bool AtomicTextFile::open(const QString &path, QString *error)
{
    m_failed = false;
    m_buffer.clear();
    if (QFileInfo(path).isDir()) {
        *error = QStringLiteral("%1: is a directory").arg(path);
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

void AtomicTextFile::drainIfLarge()
{
    if (m_buffer.size() >= kDrainThreshold)
        drain();
}

bool AtomicTextFile::drain()
{
    if (!m_file || m_failed)
        return false;
    if (!m_buffer.isEmpty() && m_file->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

bool AtomicTextFile::commit(QString *error)
{
    if (!m_file)
        return true;
    drain();
    const QString name = m_file->fileName();
    bool ok = !m_failed;
    if (!ok)
        m_file->cancelWriting();
    if (!m_file->commit())
        ok = false;
    if (!ok && error)
        *error = QStringLiteral("cannot write %1: %2").arg(name, m_file->errorString());
    m_file.reset();
    return ok;
}

void AtomicTextFile::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_buffer.clear();
}

std::optional<SampleExportWriter::Format> SampleExportWriter::formatForPath(const QString &path)
{
    const QString suffix = suffixOf(path);
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

bool SampleExportWriter::open(const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = QStringLiteral("%1: unknown export format (use .csv or .jsonl)").arg(path);
        return false;
    }
    m_format = *format;
    m_rows = 0;
    if (!m_file.open(path, error))
        return false;
    if (m_format == Format::Csv)
        m_file.buffer().append("time_iso,time_ms,feed,key,field,value\n");
    return true;
}

void SampleExportWriter::write(double timeMs, const QString &feed, const QString &key,
                               const QString &field, double value)
{
    if (!isOpen())
        return;
    QByteArray &out = m_file.buffer();
    if (m_format == Format::Csv) {
        out.append(TextFormat::isoTimeFromMs(timeMs));
        out.append(',');
        TextFormat::appendNumber(out, timeMs);
        out.append(',');
        TextFormat::appendCsvField(out, feed);
        out.append(',');
        TextFormat::appendCsvField(out, key);
        out.append(',');
        TextFormat::appendCsvField(out, field);
        out.append(',');
        TextFormat::appendNumber(out, value);
        out.append('\n');
    } else {
        out.append(R"({"time_iso":")");
        out.append(TextFormat::isoTimeFromMs(timeMs));
        out.append(R"(","time_ms":)");
        TextFormat::appendNumber(out, timeMs);
        out.append(R"(,"feed":)");
        TextFormat::appendJsonString(out, feed);
        out.append(R"(,"key":)");
        TextFormat::appendJsonString(out, key);
        out.append(R"(,"field":)");
        TextFormat::appendJsonString(out, field);
        out.append(R"(,"value":)");
        TextFormat::appendNumber(out, value);
        out.append("}\n");
    }
    ++m_rows;
    m_file.drainIfLarge();
}

std::optional<LogExportWriter::Format> LogExportWriter::formatForPath(const QString &path)
{
    const QString suffix = suffixOf(path);
    if (suffix == QLatin1String("log") || suffix == QLatin1String("txt"))
        return Format::Text;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

bool LogExportWriter::open(const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error
            = QStringLiteral("%1: unknown log export format (use .log, .txt or .jsonl)").arg(path);
        return false;
    }
    m_format = *format;
    m_rows = 0;
    return m_file.open(path, error);
}

void LogExportWriter::write(const LogRecord &record)
{
    if (!isOpen())
        return;
    QByteArray &out = m_file.buffer();
    const double timeMs = double(record.timeUs) / 1000.0;
    if (m_format == Format::Text) {
        QString message = record.message;
        message.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        message.replace(QLatin1Char('\t'), QLatin1String("\\t"));
        message.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        message.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        QString feed = record.feed;
        feed.replace(QLatin1Char('\t'), QLatin1Char(' '));
        out.append(TextFormat::isoTimeFromMs(timeMs));
        out.append('\t');
        out.append(feed.toUtf8());
        out.append('\t');
        out.append(logLevelName(record.level).toLatin1());
        out.append('\t');
        out.append(message.toUtf8());
        out.append('\n');
    } else {
        out.append(R"({"time_iso":")");
        out.append(TextFormat::isoTimeFromMs(timeMs));
        out.append(R"(","time_us":)");
        out.append(QByteArray::number(record.timeUs));
        out.append(R"(,"feed":)");
        TextFormat::appendJsonString(out, record.feed);
        out.append(R"(,"level":")");
        out.append(logLevelName(record.level).toLatin1());
        out.append(R"(","message":)");
        TextFormat::appendJsonString(out, record.message);
        out.append("}\n");
    }
    ++m_rows;
    m_file.drainIfLarge();
}
