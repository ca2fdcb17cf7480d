#pragma once

#include "model/loglevel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

enum class AlertSeverity : quint8 { Info, Warning, Critical };

// The contract's word for a severity (info, warning, critical), and back (nullopt if unknown).
QString alertSeverityName(AlertSeverity severity);
std::optional<AlertSeverity> parseAlertSeverity(const QString &text);

// One rule of a profile's `alerts` array (contract: "Alerts"). Plain value, validated once by
// fromJson so the evaluator never re-checks it. `source` is the object as read, written back
// unchanged so keys this version does not know survive a rewrite.
struct AlertRule
{
    enum class Condition : quint8 { Above, Below, Change, Stale, NotOpen, LogMatch, ErrorRate };

    QString name;
    AlertSeverity severity = AlertSeverity::Warning;
    qint64 notifyEveryMs = 60000;
    qint64 forMs = 0;
    Condition condition = Condition::Above;

    // Which data: `feed` (exact name or glob; empty: every feed) and, for series conditions,
    // `key` (glob; empty: the feed has no key) and `field` (a JSON Pointer or derived name).
    QString feed;
    QString key;
    QString field;
    bool hasSeries = false; // the rule names a series (`series` object)

    double level = 0.0; // above / below
    double clear = 0.0; // above / below: the level that resolves (hysteresis)
    double change = 0.0; // changePercent or changeBy
    bool changeIsPercent = false;
    qint64 withinMs = 0; // change and log match windows
    qint64 staleMs = 0;
    qint64 notOpenMs = 0;
    LogLevel logLevel = LogLevel::Error;
    QRegularExpression match; // log match; empty pattern: every record of the level
    int count = 1; // log match
    double errorsPerSecond = 0.0;

    QJsonObject source;

    bool isSeriesCondition() const
    {
        return condition == Condition::Above || condition == Condition::Below
            || condition == Condition::Change || (condition == Condition::Stale && hasSeries);
    }
    bool isThreshold() const
    {
        return condition == Condition::Above || condition == Condition::Below;
    }

    // Reads one rule; errors are "<pointer relative to the rule>: <reason>".
    static std::optional<AlertRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const { return source; }
};

// Reading a whole `alerts` array, and the rules a run adds from `--alerts FILE`.
namespace AlertRules {
// Rules of an array; errors are "/<index><pointer in the rule>: <reason>" (a name used twice
// is refused at the second one).
std::optional<QList<AlertRule>> fromJson(const QJsonArray &array, QString *error);
QJsonArray toJson(const QList<AlertRule> &rules);
// A file {"alerts": [...]}; errors name the file, the JSON Pointer of the bad value and why.
std::optional<QList<AlertRule>> load(const QString &path, QString *error);
// `extra` added to `base`; a rule of `extra` replaces the one of `base` with its name.
QList<AlertRule> merged(const QList<AlertRule> &base, const QList<AlertRule> &extra);
} // namespace AlertRules
