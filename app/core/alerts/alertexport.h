#pragma once

#include "alerts/alertevent.h"
#include "capture/exportwriters.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

// Writes the alert transitions of a run (contract: `--export-alerts`): `.csv` with the
// header time_iso,time_ms,state,rule,severity,feed,key,field,value, or `.jsonl` with the same
// fields, one transition a row in order of data time (ties in the order the rows sort), so a
// replay's file equals the live run's even where a deadline was noticed at another moment.
// Rows are kept until commit(); the file appears whole then, or not at all.
class AlertExportWriter final
{
public:
    enum class Format { Csv, JsonLines };
    static std::optional<Format> formatForPath(const QString &path);

    bool open(const QString &path, QString *error);
    void write(const AlertEvent &event);
    bool commit(QString *error);
    void cancel() { m_file.cancel(); }
    quint64 rows() const { return quint64(m_rows.size()); }

private:
    AtomicTextFile m_file;
    Format m_format = Format::Csv;
    std::vector<std::pair<double, QByteArray>> m_rows;
};
