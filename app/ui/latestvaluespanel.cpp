#include "latestvaluespanel.h"

#include "latestvaluesmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// A series name wider than this many digits is cut in the middle (feed and field stay).
constexpr int kMaxSeriesDigits = 36;
} // namespace

LatestValuesPanel::LatestValuesPanel(LatestValuesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(LatestValuesModel::kSortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("latestValuesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LatestValuesModel::SeriesColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(LatestValuesModel::SeriesColumn, digit * 17);
    for (int column = LatestValuesModel::LastColumn; column < LatestValuesModel::ColumnCount;
         ++column)
        m_view->setColumnWidth(column, digit * 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The model refreshes four times a second with a dataChanged over every row.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &LatestValuesPanel::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LatestValuesPanel::fitColumns);
    // Rows are series ids in the source model.
    m_addAlert = new QAction(tr("Add &Alert\u2026"), m_view);
    m_addAlert->setObjectName(QStringLiteral("latestAddAlert"));
    connect(m_addAlert, &QAction::triggered, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid())
            Q_EMIT alertRequested(current.row());
    });
    m_view->addAction(m_addAlert);
    m_derive = new QAction(tr("&Derive\u2026"), m_view);
    m_derive->setObjectName(QStringLiteral("latestDerive"));
    connect(m_derive, &QAction::triggered, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid())
            Q_EMIT deriveRequested(current.row());
    });
    m_view->addAction(m_derive);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
}

void LatestValuesPanel::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding
        = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 8;
    const int maxSeries = metrics.horizontalAdvance(QLatin1Char('0')) * kMaxSeriesDigits;
    // The rows in view (the first ones before the view is laid out): thousands of series
    // are measured no more than the few anyone can see.
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = std::min(m_proxy->rowCount(), first + 100) - 1;
    // The last column stretches to the view's edge; the others fit their widest text.
    for (int column = 0; column < LatestValuesModel::ColumnCount - 1; ++column) {
        int wanted = 0;
        for (int row = first; row <= last; ++row) {
            const QString text = m_proxy->index(row, column).data().toString();
            wanted = std::max(wanted, metrics.horizontalAdvance(text) + padding);
        }
        if (column == LatestValuesModel::SeriesColumn)
            wanted = std::min(wanted, maxSeries);
        if (wanted > m_view->columnWidth(column))
            m_view->setColumnWidth(column, wanted);
    }
}
