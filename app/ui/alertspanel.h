#pragma once

#include <QWidget>

class AlertsModel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

// The Alerts dock: the alerts table with a text filter (rule, series, feed) and a minimum
// severity, and Acknowledge for the selected firing alerts. A double-click asks for a time
// cursor at the moment the alert fired. GUI thread; owned by its dock.
class AlertsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    explicit AlertsPanel(AlertsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QToolButton *acknowledgeButton() const { return m_acknowledge; }
    // Filters: text in rule, series or feed (case-insensitive); minimum severity (int of
    // AlertSeverity).
    void setTextFilter(const QString &text);
    void setMinimumSeverity(int severity);
    // Acknowledges the selected rows that are firing.
    void acknowledgeSelected();

Q_SIGNALS:
    void acknowledgeRequested(int instance);
    void timeActivated(double timeMs);

private:
    void updateAcknowledge();

    AlertsModel *m_model;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_severity = nullptr;
    QToolButton *m_acknowledge = nullptr;
};
