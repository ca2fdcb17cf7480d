#pragma once

#include <QAbstractTableModel>

class LogStore;

// A table over a bounded LogStore: Time, Feed, Level, Message. Rows follow the store only in
// flush(), called once per render tick: dropped rows are removed from the front and new rows
// appended in one batch. Lives on the GUI thread; the store must outlive it.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, FeedColumn, LevelColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(LogLevel), for filters
        TimeUsRole, // qint64 microseconds since the epoch
    };

    explicit LogModel(const LogStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Brings the rows in line with the store: one removal for rows that fell off the front,
    // one insertion for the new ones.
    void flush();
    // After the store was cleared: no rows, and the next flush starts from the store's front.
    void reset();
    // Records the bounded store has dropped (oldest first) since it was created.
    quint64 droppedCount() const;
    // Level colours readable on a dark background.
    void setDarkColors(bool dark);
    // The given rows (source rows) as tab-separated lines, for the clipboard.
    QString rowsText(const QList<int> &rows) const;

private:
    const LogStore &m_store;
    quint64 m_firstSequence = 0; // store sequence number of row 0
    int m_rows = 0;
    bool m_dark = false;
};
