#include "alertsmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

AlertsModel::AlertsModel(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{ }

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor AlertsModel::severityColor(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QColor(0x2f, 0x80, 0xed);
    case AlertSeverity::Warning:
        return QColor(0xe6, 0x8a, 0x00);
    case AlertSeverity::Critical:
        break;
    }
    return QColor(0xd9, 0x30, 0x25);
}

QString AlertsModel::severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return tr("info");
    case AlertSeverity::Warning:
        return tr("warning");
    case AlertSeverity::Critical:
        break;
    }
    return tr("critical");
}

QString AlertsModel::stateText(AlertEvent::State state)
{
    switch (state) {
    case AlertEvent::State::Firing:
        return tr("firing");
    case AlertEvent::State::Resolved:
        return tr("resolved");
    case AlertEvent::State::Acknowledged:
        break;
    }
    return tr("acknowledged");
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const AlertEvent &event = row.fired;
    switch (role) {
    case InstanceRole:
        return event.instance;
    case TimeMsRole:
        return event.dataTimeMs;
    case SeverityRole:
        return int(event.severity);
    case StateRole:
        return int(row.state);
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return severityColor(event.severity);
        if (row.state == AlertEvent::State::Resolved)
            return QColor(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        if (row.state != AlertEvent::State::Firing)
            return tr("%1 at %2")
                .arg(stateText(row.state),
                     QDateTime::fromMSecsSinceEpoch(qint64(row.changedMs))
                         .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz")));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(qint64(event.dataTimeMs))
            .toString(QStringLiteral("hh:mm:ss.zzz"));
    case SeverityColumn:
        return severityText(event.severity);
    case RuleColumn:
        return event.rule;
    case SeriesColumn: {
        QStringList parts;
        for (const QString &part : { event.feed, event.key, event.field }) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QLatin1Char(' '));
    }
    case ValueColumn:
        return event.hasValue() ? QLocale().toString(event.value, 'g', 10) : QString();
    case StateColumn:
        return stateText(row.state);
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SeriesColumn:
        return tr("Series / Feed");
    case ValueColumn:
        return tr("Value");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

// The newest row of the instance that has not resolved, or -1. Few rows are open at a time,
// and transitions are rare next to samples, so a scan from the back is enough.
int AlertsModel::openRow(int instance) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Row &row = m_rows[size_t(i)];
        if (row.fired.instance == instance && row.state != AlertEvent::State::Resolved)
            return i;
    }
    return -1;
}

void AlertsModel::apply(const std::vector<AlertEvent> &events)
{
    for (const AlertEvent &event : events) {
        if (event.state == AlertEvent::State::Firing) {
            if (int(m_rows.size()) >= m_capacity)
                dropOldest();
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.push_back(Row { event, AlertEvent::State::Firing, event.dataTimeMs });
            endInsertRows();
            continue;
        }
        const int at = openRow(event.instance);
        if (at < 0)
            continue; // its firing row was dropped by the bound, or came before a rewind
        Row &row = m_rows[size_t(at)];
        row.state = event.state;
        row.changedMs = event.dataTimeMs;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

void AlertsModel::dropOldest()
{
    // A resolved row first; if every row is still open, the oldest of all.
    auto it = std::find_if(m_rows.begin(), m_rows.end(),
                           [](const Row &row) { return row.state == AlertEvent::State::Resolved; });
    if (it == m_rows.end())
        it = m_rows.begin();
    const int at = int(it - m_rows.begin());
    beginRemoveRows({}, at, at);
    m_rows.erase(it);
    endRemoveRows();
    ++m_dropped;
}

void AlertsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AlertsModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return row.state != AlertEvent::State::Resolved;
    }));
}

std::optional<AlertSeverity> AlertsModel::worstActive() const
{
    std::optional<AlertSeverity> worst;
    for (const Row &row : m_rows) {
        if (row.state != AlertEvent::State::Resolved
            && (!worst || int(row.fired.severity) > int(*worst)))
            worst = row.fired.severity;
    }
    return worst;
}
