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
    m_regex.setPattern(text);
    invalidateFilter();
}

void LogFilterModel::setFeedFilter(const QString &feed)
{
    if (feed == m_feed)
        return;
    m_feed = feed;
    invalidateFilter();
}

void LogFilterModel::setRegularExpression(bool enabled)
{
    if (enabled == m_useRegex)
        return;
    m_useRegex = enabled;
    m_regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    invalidateFilter();
}

QString LogFilterModel::patternError() const
{
    if (isPatternValid())
        return QString();
    return tr("Invalid regular expression: %1 (at character %2)")
        .arg(m_regex.errorString())
        .arg(m_regex.patternErrorOffset() + 1);
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex level = source->index(sourceRow, LogModel::LevelColumn, sourceParent);
    if (level.data(LogModel::LevelRole).toInt() < int(m_minimumLevel))
        return false;
    const QString feed
        = source->index(sourceRow, LogModel::FeedColumn, sourceParent).data().toString();
    if (!m_feed.isEmpty() && feed != m_feed)
        return false;
    if (m_text.isEmpty())
        return true;
    if (!isPatternValid())
        return false;
    const QString message
        = source->index(sourceRow, LogModel::MessageColumn, sourceParent).data().toString();
    if (m_useRegex)
        return m_regex.match(message).hasMatch() || m_regex.match(feed).hasMatch();
    return message.contains(m_text, Qt::CaseInsensitive)
        || feed.contains(m_text, Qt::CaseInsensitive);
}
