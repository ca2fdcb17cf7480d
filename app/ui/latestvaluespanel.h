#pragma once

#include <QWidget>

class LatestValuesModel;
class QAction;
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
    // The context menu's Add Alert... for the current row.
    QAction *addAlertAction() const { return m_addAlert; }
    // Derive... on the current row: a derived series reading that series.
    QAction *deriveAction() const { return m_derive; }

Q_SIGNALS:
    // Add Alert... on a row: a rule on that series (prefilled with its latest value).
    void alertRequested(int seriesId);
    void deriveRequested(int seriesId);

private:
    // Widens columns whose text no longer fits; never narrows (values would make it jitter).
    void fitColumns();

    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_addAlert = nullptr;
    QAction *m_derive = nullptr;
};
