#pragma once

#include <QWidget>

class LatestValuesModel;
class QSortFilterProxyModel;
class QTableView;

// The latest values dock: the LatestValuesModel in a sortable table (numbers sort as
// numbers). Columns widen to their contents (series names up to a cap, then cut in the
// middle, the whole name in the tooltip). GUI thread; owned by its dock.
class LatestValuesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestValuesPanel)

public:
    explicit LatestValuesPanel(LatestValuesModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    // Widens columns whose text no longer fits; never narrows (values would make it jitter).
    void fitColumns();

    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};
