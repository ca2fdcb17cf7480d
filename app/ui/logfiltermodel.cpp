#include "logfiltermodel.h"

#include "logmodel.h"

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void LogFilterModel::setMinimumLevel(LogLevel level)
{
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateFilter();
}

void LogFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex level = source->index(sourceRow, LogModel::LevelColumn, sourceParent);
    if (level.data(LogModel::LevelRole).toInt() < int(m_minimumLevel))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : { LogModel::MessageColumn, LogModel::FeedColumn }) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        if (index.data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
