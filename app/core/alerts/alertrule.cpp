#include "alerts/alertrule.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 kMaxMs = 30LL * 24 * 3600 * 1000; // 30 days: longer windows are a typo
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
constexpr double kMaxRate = 1.0e6; // errorsPerSecond and count keep up to this many times

const QStringList kConditionKeys = {
    QStringLiteral("above"),    QStringLiteral("below"),   QStringLiteral("changePercent"),
    QStringLiteral("changeBy"), QStringLiteral("staleMs"), QStringLiteral("notOpenMs"),
    QStringLiteral("logLevel"), QStringLiteral("match"),   QStringLiteral("errorsPerSecond"),
};

bool present(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return !value.isUndefined() && !value.isNull();
}

// A finite number; QJsonDocument reads 1e400 as infinity, which is refused here.
bool readNumber(const QJsonObject &object, const QString &name, double &out, QString *error)
{
    const QJsonValue value = object.value(name);
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        *error = QStringLiteral("/%1: expected a finite number").arg(name);
        return false;
    }
    out = value.toDouble();
    return true;
}

// Milliseconds: a whole number from min to kMaxMs; absent keeps `out`.
bool readMs(const QJsonObject &object, const QString &name, qint64 min, qint64 &out, QString *error)
{
    if (!present(object, name))
        return true;
    const QJsonValue value = object.value(name);
    const double d = value.toDouble(-1.0);
    if (!value.isDouble() || !(d >= double(min) && d <= double(kMaxMs)) || d != std::floor(d)) {
        *error = QStringLiteral("/%1: expected a whole number of milliseconds from %2 to %3")
                     .arg(name)
                     .arg(min)
                     .arg(kMaxMs);
        return false;
    }
    out = qint64(d);
    return true;
}

bool readString(const QJsonObject &object, const QString &name, const QString &pointer,
                QString &out, QString *error)
{
    if (!present(object, name))
        return true;
    const QJsonValue value = object.value(name);
    if (!value.isString() || value.toString().isEmpty()) {
        *error = QStringLiteral("%1: expected a non-empty string").arg(pointer);
        return false;
    }
    out = value.toString();
    return true;
}

bool readSeries(const QJsonObject &object, AlertRule &rule, QString *error)
{
    const QJsonValue series = object.value(QStringLiteral("series"));
    if (!series.isObject()) {
        *error = QStringLiteral("/series: expected an object {\"feed\", \"key\", \"field\"}");
        return false;
    }
    const QJsonObject s = series.toObject();
    if (!readString(s, QStringLiteral("feed"), QStringLiteral("/series/feed"), rule.feed, error)
        || !readString(s, QStringLiteral("key"), QStringLiteral("/series/key"), rule.key, error)
        || !readString(s, QStringLiteral("field"), QStringLiteral("/series/field"), rule.field,
                       error))
        return false;
    if (rule.feed.isEmpty()) {
        *error = QStringLiteral("/series/feed: required");
        return false;
    }
    if (rule.field.isEmpty()) {
        *error = QStringLiteral("/series/field: required (a JSON Pointer such as \"/p\")");
        return false;
    }
    rule.hasSeries = true;
    return true;
}

bool readCondition(const QJsonObject &object, const QString &condition, AlertRule &rule,
                   QString *error)
{
    using C = AlertRule::Condition;
    const bool series = present(object, QStringLiteral("series"));
    if (condition == QLatin1String("above") || condition == QLatin1String("below")) {
        rule.condition = condition == QLatin1String("above") ? C::Above : C::Below;
        if (!readNumber(object, condition, rule.level, error))
            return false;
        rule.clear = rule.level;
        if (present(object, QStringLiteral("clear"))) {
            if (!readNumber(object, QStringLiteral("clear"), rule.clear, error))
                return false;
            if (rule.condition == C::Above ? rule.clear > rule.level : rule.clear < rule.level) {
                *error = QStringLiteral("/clear: must be %1 the level %2 (it resolves the alert)")
                             .arg(rule.condition == C::Above ? QStringLiteral("at most")
                                                             : QStringLiteral("at least"))
                             .arg(rule.level);
                return false;
            }
        }
        return readSeries(object, rule, error);
    }
    if (present(object, QStringLiteral("clear"))) {
        *error = QStringLiteral("/clear: only with above or below");
        return false;
    }
    if (condition == QLatin1String("changePercent") || condition == QLatin1String("changeBy")) {
        rule.condition = C::Change;
        rule.changeIsPercent = condition == QLatin1String("changePercent");
        if (!readNumber(object, condition, rule.change, error))
            return false;
        if (rule.change <= 0) {
            *error = QStringLiteral("/%1: expected a number above 0").arg(condition);
            return false;
        }
        if (!present(object, QStringLiteral("withinMs"))) {
            *error = QStringLiteral("/withinMs: required with %1").arg(condition);
            return false;
        }
        return readMs(object, QStringLiteral("withinMs"), 1, rule.withinMs, error)
            && readSeries(object, rule, error);
    }
    if (condition == QLatin1String("staleMs") || condition == QLatin1String("notOpenMs")) {
        const bool stale = condition == QLatin1String("staleMs");
        rule.condition = stale ? C::Stale : C::NotOpen;
        if (!readMs(object, condition, 1, stale ? rule.staleMs : rule.notOpenMs, error))
            return false;
        if (stale && series)
            return readSeries(object, rule, error);
        if (!stale && series) {
            *error = QStringLiteral("/series: notOpenMs watches a feed: use \"feed\"");
            return false;
        }
        if (stale && !present(object, QStringLiteral("feed"))) {
            *error = QStringLiteral("/feed: staleMs needs \"feed\" or \"series\"");
            return false;
        }
        return true;
    }
    if (condition == QLatin1String("errorsPerSecond")) {
        rule.condition = C::ErrorRate;
        if (!readNumber(object, condition, rule.errorsPerSecond, error))
            return false;
        if (rule.errorsPerSecond < 0 || rule.errorsPerSecond > kMaxRate) {
            *error = QStringLiteral("/errorsPerSecond: expected 0 to %1").arg(kMaxRate);
            return false;
        }
        return true;
    }
    // logLevel and/or match: a log match.
    rule.condition = C::LogMatch;
    rule.logLevel = LogLevel::Trace;
    if (present(object, QStringLiteral("logLevel"))) {
        const QJsonValue level = object.value(QStringLiteral("logLevel"));
        const auto parsed = level.isString() ? parseLogLevel(level.toString()) : std::nullopt;
        if (!parsed) {
            *error = QStringLiteral(
                "/logLevel: expected a level: TRACE, DEBUG, INFO, WARN, ERROR or FATAL");
            return false;
        }
        rule.logLevel = *parsed;
    }
    if (present(object, QStringLiteral("match"))) {
        QString pattern;
        if (!readString(object, QStringLiteral("match"), QStringLiteral("/match"), pattern, error))
            return false;
        rule.match = QRegularExpression(pattern);
        if (!rule.match.isValid()) {
            *error = QStringLiteral("/match: invalid regular expression at offset %1: %2")
                         .arg(rule.match.patternErrorOffset())
                         .arg(rule.match.errorString());
            return false;
        }
        rule.match.optimize();
    }
    if (present(object, QStringLiteral("count"))) {
        const QJsonValue count = object.value(QStringLiteral("count"));
        const double d = count.toDouble(-1.0);
        if (!count.isDouble() || !(d >= 1 && d <= kMaxRate) || d != std::floor(d)) {
            *error = QStringLiteral("/count: expected a whole number from 1 to %1").arg(kMaxRate);
            return false;
        }
        rule.count = int(d);
    }
    rule.withinMs = 60000;
    if (series) {
        *error = QStringLiteral("/series: a log match watches a feed's log: use \"feed\"");
        return false;
    }
    return readMs(object, QStringLiteral("withinMs"), 1, rule.withinMs, error);
}
} // namespace

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

std::optional<AlertSeverity> parseAlertSeverity(const QString &text)
{
    for (AlertSeverity s :
         { AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical }) {
        if (text == alertSeverityName(s))
            return s;
    }
    return std::nullopt;
}

std::optional<AlertRule> AlertRule::fromJson(const QJsonObject &object, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    AlertRule rule;
    rule.source = object;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("/name: a non-empty string is required");
        return std::nullopt;
    }
    rule.name = name.toString().trimmed();
    if (present(object, QStringLiteral("severity"))) {
        const QJsonValue severity = object.value(QStringLiteral("severity"));
        const auto parsed
            = severity.isString() ? parseAlertSeverity(severity.toString()) : std::nullopt;
        if (!parsed) {
            *error
                = QStringLiteral("/severity: unknown severity %1 (info, warning or critical)")
                      .arg(severity.isString() ? QStringLiteral("\"%1\"").arg(severity.toString())
                                               : QStringLiteral("value"));
            return std::nullopt;
        }
        rule.severity = *parsed;
    }
    if (!readMs(object, QStringLiteral("notifyEveryMs"), 0, rule.notifyEveryMs, error)
        || !readMs(object, QStringLiteral("forMs"), 0, rule.forMs, error)
        || !readString(object, QStringLiteral("feed"), QStringLiteral("/feed"), rule.feed, error))
        return std::nullopt;
    QStringList conditions;
    for (const QString &key : kConditionKeys) {
        if (object.contains(key))
            conditions << key;
    }
    // logLevel and match together are one condition.
    if (conditions.contains(QStringLiteral("logLevel"))
        && conditions.contains(QStringLiteral("match")))
        conditions.removeAll(QStringLiteral("match"));
    if (conditions.isEmpty()) {
        *error = QStringLiteral(
            ": no condition: one of above, below, changePercent, changeBy, staleMs, notOpenMs, "
            "logLevel/match or errorsPerSecond is required");
        return std::nullopt;
    }
    if (conditions.size() > 1) {
        *error = QStringLiteral("/%1: a rule has exactly one condition, this one also has %2")
                     .arg(conditions.at(1), conditions.at(0));
        return std::nullopt;
    }
    if (present(object, QStringLiteral("series")) && present(object, QStringLiteral("feed"))) {
        *error = QStringLiteral("/feed: give either \"feed\" or \"series\", not both");
        return std::nullopt;
    }
    if (!readCondition(object, conditions.constFirst(), rule, error))
        return std::nullopt;
    return rule;
}

namespace AlertRules {
std::optional<QList<AlertRule>> fromJson(const QJsonArray &array, QString *error)
{
    QList<AlertRule> rules;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("/%1: expected an object").arg(i);
            return std::nullopt;
        }
        QString reason;
        auto rule = AlertRule::fromJson(array.at(i).toObject(), &reason);
        if (!rule) {
            *error = QStringLiteral("/%1%2").arg(i).arg(reason);
            return std::nullopt;
        }
        if (names.contains(rule->name)) {
            *error = QStringLiteral("/%1/name: duplicate rule name \"%2\"").arg(i).arg(rule->name);
            return std::nullopt;
        }
        names.insert(rule->name);
        rules.append(std::move(*rule));
    }
    return rules;
}

QJsonArray toJson(const QList<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &rule : rules)
        array.append(rule.toJson());
    return array;
}

std::optional<QList<AlertRule>> load(const QString &path, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (info.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path,
                                              info.size() > kMaxFileBytes
                                                  ? QStringLiteral("too large for a rules file")
                                                  : file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not valid JSON at offset %2: %3")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("alerts")).isArray()) {
        *error = QStringLiteral("%1: /alerts: an array of rules is required").arg(path);
        return std::nullopt;
    }
    QString reason;
    auto rules = fromJson(doc.object().value(QStringLiteral("alerts")).toArray(), &reason);
    if (!rules)
        *error = QStringLiteral("%1: /alerts%2").arg(path, reason);
    return rules;
}

QList<AlertRule> merged(const QList<AlertRule> &base, const QList<AlertRule> &extra)
{
    QList<AlertRule> all;
    for (const AlertRule &rule : base) {
        const bool replaced
            = std::any_of(extra.cbegin(), extra.cend(),
                          [&rule](const AlertRule &e) { return e.name == rule.name; });
        if (!replaced)
            all.append(rule);
    }
    all += extra;
    return all;
}
} // namespace AlertRules
