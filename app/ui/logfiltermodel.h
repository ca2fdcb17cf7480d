#pragma once

#include "model/loglevel.h"

#include <QSortFilterProxyModel>

// Filters LogModel rows by a minimum level and a case-insensitive text found in the message
// or the feed name. GUI thread; owned by the LogPane.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimumLevel = LogLevel::Trace;
    QString m_text;
};
