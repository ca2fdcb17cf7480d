#include "alerts/alertexport.h"

#include "capture/textformat.h"

#include <algorithm>

std::optional<AlertExportWriter::Format> AlertExportWriter::formatForPath(const QString &path)
{
    // The same extensions as the sample export.
    const auto format = SampleExportWriter::formatForPath(path);
    if (!format)
        return std::nullopt;
    return *format == SampleExportWriter::Format::Csv ? Format::Csv : Format::JsonLines;
}

bool AlertExportWriter::open(const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = QStringLiteral("%1: unknown alert export format (use .csv or .jsonl)").arg(path);
        return false;
    }
    m_format = *format;
    m_rows.clear();
    return m_file.open(path, error);
}

void AlertExportWriter::write(const AlertEvent &event)
{
    QByteArray row;
    const QByteArray iso = TextFormat::isoTimeFromMs(event.dataTimeMs);
    const QString state = event.stateName();
    const QString severity = alertSeverityName(event.severity);
    if (m_format == Format::Csv) {
        row += iso + ',' + TextFormat::formatNumber(event.dataTimeMs) + ',';
        for (const QString *text :
             { &state, &event.rule, &severity, &event.feed, &event.key, &event.field }) {
            TextFormat::appendCsvField(row, *text);
            row += ',';
        }
        if (event.hasValue())
            TextFormat::appendNumber(row, event.value);
    } else {
        row += R"({"time_iso":")" + iso + R"(","time_ms":)"
            + TextFormat::formatNumber(event.dataTimeMs);
        const std::pair<const char *, const QString *> fields[]
            = { { "state", &state },     { "rule", &event.rule }, { "severity", &severity },
                { "feed", &event.feed }, { "key", &event.key },   { "field", &event.field } };
        for (const auto &[name, text] : fields) {
            row += ",\"" + QByteArray(name) + "\":";
            TextFormat::appendJsonString(row, *text);
        }
        row += R"(,"value":)";
        if (event.hasValue())
            TextFormat::appendNumber(row, event.value);
        else
            row += "null";
        row += '}';
    }
    row += '\n';
    m_rows.emplace_back(event.dataTimeMs, std::move(row));
}

bool AlertExportWriter::commit(QString *error)
{
    std::sort(m_rows.begin(), m_rows.end());
    QByteArray &out = m_file.buffer();
    if (m_format == Format::Csv)
        out += "time_iso,time_ms,state,rule,severity,feed,key,field,value\n";
    for (const auto &row : m_rows) {
        out += row.second;
        m_file.drainIfLarge();
    }
    m_rows.clear();
    return m_file.commit(error);
}
