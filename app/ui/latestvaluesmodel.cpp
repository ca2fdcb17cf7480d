#include "latestvaluesmodel.h"

#include "store/dashboarddata.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace {
QString number(double value, int digits = 10)
{
    return QLocale().toString(value, 'g', digits);
}

// A value as received, every digit of it (an epoch time or a large total is not rounded to
// 1.7e+12); the column widens to it.
QString exact(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

LatestValuesModel::LatestValuesModel(const DashboardData &data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(data)
{ }

void LatestValuesModel::refresh(qint64 nowMs)
{
    m_nowMs = nowMs;
    const int rows = int(m_data.summaries().size());
    if (rows > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int LatestValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LatestValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LatestValuesModel::isStale(int row) const
{
    const SeriesSummary &s = m_data.summaries()[size_t(row)];
    return s.lastUpdateMs < 0 || m_nowMs - s.lastUpdateMs > m_staleAfterMs;
}

QVariant LatestValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the whole text where the column cuts it
        return displayText(index.row(), index.column());
    case kSortRole:
        return sortValue(index.row(), index.column());
    case kStaleRole:
        return isStale(index.row());
    case Qt::ForegroundRole:
        if (isStale(index.row()))
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != SeriesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant LatestValuesModel::sortValue(int row, int column) const
{
    const SeriesSummary &s = m_data.summaries()[size_t(row)];
    switch (column) {
    case SeriesColumn:
        return m_data.seriesStore().info(row).displayName();
    case LastColumn:
        return s.last;
    case ChangeColumn:
        return s.change();
    case MinColumn:
        return s.min;
    case MaxColumn:
        return s.max;
    case MeanColumn:
        return s.mean();
    case CountColumn:
        return s.count;
    case AgeColumn:
        return s.lastUpdateMs < 0 ? std::numeric_limits<qint64>::max() : m_nowMs - s.lastUpdateMs;
    }
    return QVariant();
}

QString LatestValuesModel::displayText(int row, int column) const
{
    const SeriesSummary &s = m_data.summaries()[size_t(row)];
    if (column == SeriesColumn)
        return m_data.seriesStore().info(row).displayName();
    if (s.count == 0)
        return QString();
    switch (column) {
    case LastColumn:
        return exact(s.last);
    case ChangeColumn:
        return (s.change() > 0 ? QStringLiteral("+") : QString()) + number(s.change());
    case MinColumn:
        return exact(s.min);
    case MaxColumn:
        return exact(s.max);
    case MeanColumn:
        return number(s.mean(), 6); // more digits of a mean are noise
    case CountColumn:
        return QLocale().toString(s.count);
    case AgeColumn:
        return tr("%1 s").arg(
            QLocale().toString(double(m_nowMs - s.lastUpdateMs) / 1000.0, 'f', 1));
    }
    return QString();
}

QVariant LatestValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeriesColumn:
        return tr("Series");
    case LastColumn:
        return tr("Last");
    case ChangeColumn:
        return tr("Change");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case MeanColumn:
        return tr("Mean");
    case CountColumn:
        return tr("Count");
    case AgeColumn:
        return tr("Age");
    }
    return QVariant();
}

void LatestValuesModel::reset()
{
    beginResetModel();
    m_rows = 0;
    endResetModel();
}
