#pragma once

#include <QAbstractTableModel>

class DashboardData;

// The latest values table: one row per series with its last value, change, min, max, mean,
// sample count and the age of its last update; rows silent for staleAfterMs are greyed.
// refresh() (on the render clock, at most a few times a second) adds new series and
// repaints the figures in one dataChanged. GUI thread; the data must outlive it.
class LatestValuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestValuesModel)

public:
    enum Column {
        SeriesColumn,
        LastColumn,
        ChangeColumn,
        MinColumn,
        MaxColumn,
        MeanColumn,
        CountColumn,
        AgeColumn,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1; // numbers as numbers
    static constexpr int kStaleRole = Qt::UserRole + 2;

    explicit LatestValuesModel(const DashboardData &data, QObject *parent = nullptr);

    void refresh(qint64 nowMs);
    // After the data was cleared (the window switched sessions): no rows until the next refresh.
    void reset();
    void setStaleAfterMs(qint64 ms) { m_staleAfterMs = ms; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(int row, int column) const;
    QString displayText(int row, int column) const;
    bool isStale(int row) const;

    const DashboardData &m_data;
    int m_rows = 0;
    qint64 m_nowMs = 0;
    qint64 m_staleAfterMs = 5000;
};
