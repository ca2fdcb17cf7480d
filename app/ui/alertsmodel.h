#pragma once

#include "alerts/alertevent.h"

#include <QAbstractTableModel>
#include <QColor>

#include <deque>
#include <optional>

// The Alerts dock's table: one row per time an alert instance fired, updated in place when it
// is acknowledged or resolves (Time, Severity, Rule, Series, Value, State). Bounded: beyond
// capacity the oldest resolved rows go first. Fed once per render tick; GUI thread.
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        RuleColumn,
        SeriesColumn,
        ValueColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        InstanceRole = Qt::UserRole + 1, // int: AlertEvent::instance
        TimeMsRole, // double: data time the alert fired
        SeverityRole, // int(AlertSeverity)
        StateRole, // int(AlertEvent::State): the row's state now
    };
    static constexpr int kDefaultCapacity = 5000;

    explicit AlertsModel(QObject *parent = nullptr, int capacity = kDefaultCapacity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Takes one tick's transitions, in order.
    void apply(const std::vector<AlertEvent> &events);
    void clear();

    // Alerts not resolved yet (firing or acknowledged), and the worst severity among them.
    int activeCount() const;
    std::optional<AlertSeverity> worstActive() const;
    // Rows dropped because of the bound.
    quint64 droppedCount() const { return m_dropped; }

    // The colour of a severity, readable on light and dark backgrounds.
    static QColor severityColor(AlertSeverity severity);
    static QString severityText(AlertSeverity severity);
    static QString stateText(AlertEvent::State state);

private:
    struct Row
    {
        AlertEvent fired; // the firing transition
        AlertEvent::State state = AlertEvent::State::Firing;
        double changedMs = 0.0; // data time of the last transition
    };
    int openRow(int instance) const;
    void dropOldest();

    std::deque<Row> m_rows;
    int m_capacity;
    quint64 m_dropped = 0;
};
