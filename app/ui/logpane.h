#pragma once

#include <QWidget>

class LogFilterModel;
class LogModel;
class QComboBox;
class QLineEdit;
class QTableView;

// The log table with a level filter and a text filter. Follows the tail (keeps the newest
// row in view) unless the user has scrolled up. GUI thread; owned by its dock.
class LogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    explicit LogPane(LogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    LogFilterModel *filterModel() const { return m_filter; }
    bool isFollowingTail() const;

private:
    void onLevelChanged(int index);

    LogFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QLineEdit *m_textFilter = nullptr;
    bool m_followBeforeInsert = true;
};
