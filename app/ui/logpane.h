#pragma once

#include <QWidget>

class LogFilterModel;
class LogModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

// The log table with level, feed and text filters (plain or regular expression; an invalid
// one shows no rows and says why), a count of records the bounded store dropped, and copy of
// the selected rows. Follows the tail (keeps the newest row in view) unless the user has
// scrolled up; "Jump to latest" scrolls back and follows again. GUI thread; owned by its dock.
class LogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    explicit LogPane(LogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    LogFilterModel *filterModel() const { return m_filter; }
    bool isFollowingTail() const;
    // Copies the selected rows, tab-separated, to the clipboard.
    void copySelection();
    QString droppedText() const;
    // A new session: the feed filter offers exactly these feeds (and "All feeds"), plus any
    // other feed whose records or counters arrive later (a replay's feeds).
    void setFeeds(const QStringList &feeds);
    void addFeed(const QString &feed);
    QToolButton *latestButton() const { return m_latest; }
    QLabel *filterErrorLabel() const { return m_filterError; }
    // Selects the shown record nearest `timeUs` and scrolls to it (a click on a chart);
    // returns its time, or -1 when no record is shown.
    qint64 selectNearest(qint64 timeUs);

Q_SIGNALS:
    // The user clicked a record: its time, for the charts' time cursor.
    void recordActivated(qint64 timeUs);

private:
    void onLevelChanged(int index);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void updateDropped();
    void updateRegexState();
    void updateLatestButton();

    LogFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QComboBox *m_feedCombo = nullptr;
    QCheckBox *m_regex = nullptr;
    QLabel *m_dropped = nullptr;
    QLabel *m_filterError = nullptr;
    QToolButton *m_latest = nullptr;
    LogModel *m_model = nullptr;
    bool m_followBeforeInsert = true;
};
