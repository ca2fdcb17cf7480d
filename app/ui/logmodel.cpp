#include "logmodel.h"

#include "model/loglevel.h"
#include "store/logstore.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace {
QVariant levelColor(LogLevel level, bool dark)
{
    // Dark enough to read on a white row, light enough on a dark one; INFO keeps the
    // palette's text colour.
    switch (level) {
    case LogLevel::Trace:
    case LogLevel::Debug:
        return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x75, 0x75, 0x75);
    case LogLevel::Info:
        return QVariant();
    case LogLevel::Warn:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb2, 0x6a, 0x00);
    case LogLevel::Error:
    case LogLevel::Fatal:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    }
    return QVariant();
}

QString timeText(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000)
        .toLocalTime()
        .toString(QStringLiteral("hh:mm:ss.zzz"));
}
} // namespace

LogModel::LogModel(const LogStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_firstSequence(store.firstSequence())
{
    flush();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const quint64 sequence = m_firstSequence + quint64(index.row());
    if (sequence < m_store.firstSequence() || sequence >= m_store.totalAppended())
        return QVariant();
    const LogRecord &record = m_store.at(qsizetype(sequence - m_store.firstSequence()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(record.timeUs);
        case FeedColumn:
            return record.feed;
        case LevelColumn:
            return logLevelName(record.level);
        case MessageColumn:
            return record.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return record.message;
        break;
    case Qt::ForegroundRole:
        return levelColor(record.level, m_dark);
    case LevelRole:
        return int(record.level);
    case TimeUsRole:
        return record.timeUs;
    }
    return QVariant();
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FeedColumn:
        return tr("Feed");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    }
    return QVariant();
}

void LogModel::flush()
{
    const quint64 storeFirst = m_store.firstSequence();
    if (storeFirst > m_firstSequence && m_rows > 0) {
        const int drop = int(std::min<quint64>(storeFirst - m_firstSequence, quint64(m_rows)));
        beginRemoveRows(QModelIndex(), 0, drop - 1);
        m_firstSequence += quint64(drop);
        m_rows -= drop;
        endRemoveRows();
    }
    // Records that came and went between two flushes were never rows: skip them.
    if (m_rows == 0)
        m_firstSequence = storeFirst;

    const quint64 known = m_firstSequence + quint64(m_rows);
    const quint64 end = m_store.totalAppended();
    if (end <= known)
        return;
    // A store holds far fewer than INT_MAX records; the clamp only guards the int rows.
    const int add
        = int(std::min<quint64>(end - known, quint64(std::numeric_limits<int>::max() - m_rows)));
    beginInsertRows(QModelIndex(), m_rows, m_rows + add - 1);
    m_rows += add;
    endInsertRows();
}

void LogModel::reset()
{
    beginResetModel();
    m_firstSequence = m_store.firstSequence();
    m_rows = 0;
    endResetModel();
}

quint64 LogModel::droppedCount() const
{
    return m_store.dropped();
}

void LogModel::setDarkColors(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1), { Qt::ForegroundRole });
}

QString LogModel::rowsText(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}
