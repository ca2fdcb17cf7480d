#pragma once

#include "alerts/alertrule.h"

#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>

// One transition of one alert instance (a rule applied to one series or one feed), as the
// evaluator reports it: into the batch for the GUI, the capture, the headless line and the
// alert export. Plain value.
struct AlertEvent
{
    enum class State : quint8 { Firing, Resolved, Acknowledged };

    int instance = -1; // AlertEvaluator's instance id: acknowledge(instance)
    State state = State::Firing;
    QString rule;
    AlertSeverity severity = AlertSeverity::Warning;
    QString feed; // empty for a rule on every feed that has none to name
    QString key; // the series' key (series rules of a feed with keys)
    QString field; // the series' field (series rules)
    int seriesId = -1; // series rules: IngestBatch's series id
    double value = std::numeric_limits<double>::quiet_NaN(); // what made it change; NaN: none
    double dataTimeMs = 0.0; // data time of the transition (contract: "Alerts")
    // Threshold rules: the level that fires and the one that resolves (bands on a chart).
    double level = std::numeric_limits<double>::quiet_NaN();
    double clear = std::numeric_limits<double>::quiet_NaN();
    // Firing transitions not muted by the rule's notifyEveryMs: worth a desktop notification.
    bool notify = false;

    bool hasValue() const { return !std::isnan(value); }
    // The contract's word: firing, resolved, acknowledged.
    QString stateName() const;
    // "state=firing rule=BTC_high severity=warning feed=.. key=.. field=.. value=.. time=ISO":
    // the headless line after "alert ", and the capture event's detail.
    QByteArray contractLine() const;
    // Reads contractLine() back (a capture's alert event); nullopt when it is not one.
    static std::optional<AlertEvent> fromContractLine(const QString &line);
};
Q_DECLARE_METATYPE(AlertEvent)

// An alert instance as it stands, for the GUI's Alerts dock and chart bands.
struct AlertStatus
{
    enum class State : quint8 { NoData, Ok, Pending, Firing, Acknowledged };

    int instance = -1; // -1: a rule still waiting for its first matching series or feed
    State state = State::NoData;
    QString rule;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertRule::Condition condition = AlertRule::Condition::Above;
    QString feed;
    QString key;
    QString field;
    int seriesId = -1;
    double level = std::numeric_limits<double>::quiet_NaN();
    double clear = std::numeric_limits<double>::quiet_NaN();
    double lastValue = std::numeric_limits<double>::quiet_NaN();
    double sinceMs = 0.0; // data time of the last transition (0: none yet)
};
Q_DECLARE_METATYPE(AlertStatus)
