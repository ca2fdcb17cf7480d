#include "feedsmodel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {
constexpr qint64 kRateIntervalMs = 1000;

QString byteRateText(double bytesPerSecond)
{
    return QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat);
}
} // namespace

FeedsModel::FeedsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FeedsModel::setStats(const std::vector<FeedStats> &stats, qint64 nowMs)
{
    for (const FeedStats &feed : stats) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(),
                               [&feed](const Row &row) { return row.stats.feed == feed.feed; });
        if (it == m_rows.end()) {
            const int row = int(m_rows.size());
            beginInsertRows(QModelIndex(), row, row);
            m_rows.push_back(Row { feed, feed.frames, feed.bytes, nowMs, 0.0, 0.0 });
            endInsertRows();
            continue;
        }
        it->stats = feed;
        const qint64 elapsed = nowMs - it->rateAtMs;
        if (elapsed >= kRateIntervalMs) {
            // Counters restart with a new session: a drop is no traffic, not a rate.
            const auto delta = [](quint64 now, quint64 before) {
                return now >= before ? double(now - before) : 0.0;
            };
            it->msgRate = delta(feed.frames, it->framesAtRate) * 1000.0 / double(elapsed);
            it->byteRate = delta(feed.bytes, it->bytesAtRate) * 1000.0 / double(elapsed);
            it->framesAtRate = feed.frames;
            it->bytesAtRate = feed.bytes;
            it->rateAtMs = nowMs;
        }
        const int row = int(it - m_rows.begin());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FeedsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString FeedsModel::feedName(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].stats.feed : QString();
}

double FeedsModel::messagesPerSecond(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].msgRate : 0.0;
}

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        // Beside the name, so an opted-out feed stands out even when the detail is cut off.
        if (index.column() == FeedColumn && row.stats.tlsUnverified)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == FeedColumn && row.stats.tlsUnverified)
            return tr("%1\nTLS certificates are not verified for this feed (the profile opted "
                      "out): "
                      "the server's identity is not checked.")
                .arg(row.stats.url);
        if (index.column() == DetailColumn && !row.stats.recentErrors.isEmpty())
            return row.stats.recentErrors.join(QLatin1Char('\n'));
        if (index.column() == FeedColumn)
            return row.stats.url;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= RateColumn && index.column() <= RttColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            if (row.stats.state == FeedState::Failed || row.stats.stale)
                return QColor(0xc6, 0x28, 0x28);
            if (row.stats.state == FeedState::Reconnecting)
                return QColor(0xb2, 0x6a, 0x00);
        }
        if (index.column() == ErrorsColumn && row.stats.errors > 0)
            return QColor(0xc6, 0x28, 0x28);
        break;
    case kFeedNameRole:
        return row.stats.feed;
    }
    return QVariant();
}

QVariant FeedsModel::display(const Row &row, int column) const
{
    const FeedStats &s = row.stats;
    const QLocale locale;
    switch (column) {
    case FeedColumn:
        return s.feed;
    case StateColumn:
        return stateText(s);
    case RateColumn:
        return locale.toString(row.msgRate, 'f', 0);
    case BytesRateColumn:
        return tr("%1/s").arg(byteRateText(row.byteRate));
    case ErrorsColumn:
        return locale.toString(s.errors);
    case RttColumn:
        return s.rttMs >= 0 ? tr("%1 ms").arg(locale.toString(s.rttMs, 'f', 2)) : QString();
    case DetailColumn:
        return detailText(s);
    }
    return QVariant();
}

QString FeedsModel::stateText(const FeedStats &stats)
{
    switch (stats.state) {
    case FeedState::Idle:
        return tr("idle");
    case FeedState::Connecting:
        return tr("connecting");
    case FeedState::Open:
        return stats.stale ? tr("open, silent") : tr("open");
    case FeedState::Reconnecting:
        return tr("reconnecting");
    case FeedState::Closed:
        return tr("closed");
    case FeedState::Failed:
        return tr("failed");
    case FeedState::Replaying:
        return tr("replay");
    }
    return QString();
}

QString FeedsModel::detailText(const FeedStats &s) const
{
    QStringList parts;
    if (s.tlsUnverified)
        parts << tr("certificates not verified");
    // The state column already says "open"; only a reason adds something.
    if (!s.stateDetail.isEmpty() && s.stateDetail != feedStateKeyword(s.state))
        parts << s.stateDetail;
    if (s.nextRetryMs >= 0) {
        parts << tr("retry at %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(s.nextRetryMs)
                              .toString(QStringLiteral("hh:mm:ss")));
    }
    if (!s.subprotocol.isEmpty())
        parts << tr("subprotocol %1").arg(s.subprotocol);
    if (s.binaryFrames > 0)
        parts << tr("%1 binary frames").arg(QLocale().toString(s.binaryFrames));
    if (s.refusedSeries > 0)
        parts << tr("%1 samples over the series cap").arg(QLocale().toString(s.refusedSeries));
    if (s.oversizeFrames > 0)
        parts << tr("%1 oversize frames refused").arg(QLocale().toString(s.oversizeFrames));
    if (!s.lastError.isEmpty())
        parts << tr("last error: %1").arg(s.lastError);
    return parts.join(QStringLiteral("; "));
}

QVariant FeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FeedColumn:
        return tr("Feed");
    case StateColumn:
        return tr("State");
    case RateColumn:
        return tr("msg/s");
    case BytesRateColumn:
        return tr("Bytes/s");
    case ErrorsColumn:
        return tr("Decode errors");
    case RttColumn:
        return tr("Round trip");
    case DetailColumn:
        return tr("Detail");
    }
    return QVariant();
}
