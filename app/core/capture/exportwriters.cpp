#include "capture/exportwriters.h"

#include "capture/textformat.h"

#include <QDir>
#include <QFileInfo>

namespace {
constexpr qsizetype kDrainThreshold = 1024 * 1024;

bool openSaveFile(std::unique_ptr<QSaveFile> &file, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("%1: is a directory").arg(path);
        return false;
    }
    file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file->errorString());
        file.reset();
        return false;
    }
    return true;
}

bool drainTo(QSaveFile &file, QByteArray &buffer)
{
    if (buffer.isEmpty())
        return true;
    const bool ok = file.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

bool commitSaveFile(std::unique_ptr<QSaveFile> &file, bool failed, QString *error)
{
    if (!file)
        return true;
    const QString name = file->fileName();
    bool ok = !failed;
    if (ok && !file->commit()) {
        ok = false;
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(name, file->errorString());
    } else if (!ok) {
        file->cancelWriting();
        file->commit();
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(name, file->errorString());
    }
    file.reset();
    return ok;
}

QString endsWith(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

std::optional<SampleExportWriter::Format> SampleExportWriter::formatForPath(const QString &path)
{
    const QString suffix = endsWith(path);
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
    m_failed = false;
    if (!openSaveFile(m_file, path, error))
        return false;
    if (m_format == Format::Csv)
        m_buffer.append("time_iso,time_ms,feed,key,field,value\n");
    return true;
}

void SampleExportWriter::write(double timeMs, const QString &feed, const QString &key,
                               const QString &field, double value)
{
    if (!isOpen())
        return;
    if (m_format == Format::Csv) {
        m_buffer.append(TextFormat::isoTimeFromMs(timeMs));
        m_buffer.append(',');
        TextFormat::appendNumber(m_buffer, timeMs);
        m_buffer.append(',');
        TextFormat::appendCsvField(m_buffer, feed);
        m_buffer.append(',');
        TextFormat::appendCsvField(m_buffer, key);
        m_buffer.append(',');
        TextFormat::appendCsvField(m_buffer, field);
        m_buffer.append(',');
        TextFormat::appendNumber(m_buffer, value);
        m_buffer.append('\n');
    } else {
        m_buffer.append(R"({"time_iso":")");
        m_buffer.append(TextFormat::isoTimeFromMs(timeMs));
        m_buffer.append(R"(","time_ms":)");
        TextFormat::appendNumber(m_buffer, timeMs);
        m_buffer.append(R"(,"feed":)");
        TextFormat::appendJsonString(m_buffer, feed);
        m_buffer.append(R"(,"key":)");
        TextFormat::appendJsonString(m_buffer, key);
        m_buffer.append(R"(,"field":)");
        TextFormat::appendJsonString(m_buffer, field);
        m_buffer.append(R"(,"value":)");
        TextFormat::appendNumber(m_buffer, value);
        m_buffer.append("}\n");
    }
    ++m_rows;
    if (m_buffer.size() >= kDrainThreshold)
        drain();
}

bool SampleExportWriter::drain()
{
    if (!m_file || m_failed)
        return false;
    if (!drainTo(*m_file, m_buffer)) {
        m_failed = true;
        m_error = m_file->errorString();
    }
    return !m_failed;
}

bool SampleExportWriter::commit(QString *error)
{
    drain();
    return commitSaveFile(m_file, m_failed, error);
}

void SampleExportWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_buffer.clear();
}

std::optional<LogExportWriter::Format> LogExportWriter::formatForPath(const QString &path)
{
    const QString suffix = endsWith(path);
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
        *error = QStringLiteral("%1: unknown log export format (use .log, .txt or .jsonl)").arg(path);
        return false;
    }
    m_format = *format;
    m_rows = 0;
    m_failed = false;
    return openSaveFile(m_file, path, error);
}

void LogExportWriter::write(const LogRecord &record)
{
    if (!isOpen())
        return;
    const double timeMs = double(record.timeUs) / 1000.0;
    if (m_format == Format::Text) {
        QString message = record.message;
        message.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        message.replace(QLatin1Char('\t'), QLatin1String("\\t"));
        message.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        message.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        QString feed = record.feed;
        feed.replace(QLatin1Char('\t'), QLatin1Char(' '));
        m_buffer.append(TextFormat::isoTimeFromMs(timeMs));
        m_buffer.append('\t');
        m_buffer.append(feed.toUtf8());
        m_buffer.append('\t');
        m_buffer.append(logLevelName(record.level).toLatin1());
        m_buffer.append('\t');
        m_buffer.append(message.toUtf8());
        m_buffer.append('\n');
    } else {
        m_buffer.append(R"({"time_iso":")");
        m_buffer.append(TextFormat::isoTimeFromMs(timeMs));
        m_buffer.append(R"(","time_us":)");
        m_buffer.append(QByteArray::number(record.timeUs));
        m_buffer.append(R"(,"feed":)");
        TextFormat::appendJsonString(m_buffer, record.feed);
        m_buffer.append(R"(,"level":")");
        m_buffer.append(logLevelName(record.level).toLatin1());
        m_buffer.append(R"(","message":)");
        TextFormat::appendJsonString(m_buffer, record.message);
        m_buffer.append("}\n");
    }
    ++m_rows;
    if (m_buffer.size() >= kDrainThreshold)
        drain();
}

bool LogExportWriter::drain()
{
    if (!m_file || m_failed)
        return false;
    if (!drainTo(*m_file, m_buffer)) {
        m_failed = true;
        m_error = m_file->errorString();
    }
    return !m_failed;
}

bool LogExportWriter::commit(QString *error)
{
    drain();
    return commitSaveFile(m_file, m_failed, error);
}

void LogExportWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_buffer.clear();
}
