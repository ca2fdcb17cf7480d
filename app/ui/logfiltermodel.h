#pragma once

#include "model/loglevel.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

// Filters LogModel rows by a minimum level, a feed, and a case-insensitive text (plain, or a
// regular expression) found in the message or the feed name. GUI thread; owned by the LogPane.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    LogLevel minimumLevel() const { return m_minimumLevel; }
    void setMinimumLevel(LogLevel level);
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);
    // Empty: every feed.
    QString feedFilter() const { return m_feed; }
    void setFeedFilter(const QString &feed);
    // The text filter as a regular expression. While the pattern is invalid no row matches
    // (a filter that cannot be read filters nothing in); patternError() says why.
    bool isRegularExpression() const { return m_useRegex; }
    void setRegularExpression(bool enabled);
    bool isPatternValid() const { return !m_useRegex || m_regex.isValid(); }
    // Empty while the pattern is valid; else the reason and where, for the user.
    QString patternError() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimumLevel = LogLevel::Trace;
    QString m_text;
    QString m_feed;
    QRegularExpression m_regex;
    bool m_useRegex = false;
};
