#pragma once

#include "model/feedstats.h"

#include <QAbstractTableModel>

#include <vector>

// One row per feed: state, msg/s, bytes/s, decode errors, round-trip time and a detail text
// (state reason, staleness, retry time, caps hit). Rates come from the change in the counters
// between two updates at least a second apart. GUI thread; owned by the FeedsPanel.
class FeedsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsModel)

public:
    enum Column {
        FeedColumn,
        StateColumn,
        RateColumn,
        BytesRateColumn,
        ErrorsColumn,
        RttColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int kFeedNameRole = Qt::UserRole + 1;

    explicit FeedsModel(QObject *parent = nullptr);

    // Takes every feed's newest counters; nowMs is the caller's clock (injectable for tests).
    void setStats(const std::vector<FeedStats> &stats, qint64 nowMs);
    // The feed's state as the window words it (translated; the stats line keeps the
    // contract's keywords).
    static QString stateText(const FeedStats &stats);
    QString feedName(int row) const;
    // Forgets every feed (a new session starts).
    void clear();
    double messagesPerSecond(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        FeedStats stats;
        quint64 framesAtRate = 0;
        quint64 bytesAtRate = 0;
        qint64 rateAtMs = -1;
        double msgRate = 0.0;
        double byteRate = 0.0;
    };
    QString detailText(const FeedStats &stats) const;
    QVariant display(const Row &row, int column) const;

    std::vector<Row> m_rows;
};
