#include "derived/derivedrule.h"

#include "derived/derivedexpression.h"

#include <QSet>

#include <algorithm>

QString DerivedRule::resultFeed() const
{
    return feed.isEmpty() ? QStringLiteral("derived") : feed;
}

std::optional<DerivedRule> DerivedRule::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral(": expected an object {\"name\", \"expr\"}");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    DerivedRule rule;
    rule.source = object;
    const auto readString = [&object, error](const char *name, bool required, QString &out) {
        const QJsonValue v = object.value(QLatin1String(name));
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || v.toString().isEmpty()) {
            *error = QStringLiteral("/%1: expected a non-empty string").arg(QLatin1String(name));
            return false;
        }
        out = v.toString();
        return true;
    };
    if (!readString("name", true, rule.name) || !readString("expr", true, rule.expr)
        || !readString("feed", false, rule.feed) || !readString("key", false, rule.key))
        return std::nullopt;
    if (rule.name.contains(QLatin1Char('/'))) {
        // A field with a slash would read as a JSON Pointer of the feed's records.
        *error = QStringLiteral("/name: must not contain \"/\" (\"%1\")").arg(rule.name);
        return std::nullopt;
    }
    return rule;
}

namespace DerivedRules {

std::optional<QList<DerivedRule>> fromJson(const QJsonArray &array, QString *error)
{
    QList<DerivedRule> rules;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString reason;
        auto rule = DerivedRule::fromJson(array.at(i), &reason);
        if (rule) {
            const auto compiled = DerivedExpression::compile(rule->expr, &reason);
            if (!compiled)
                reason = QStringLiteral("/expr: ") + reason;
            else if (!rule->feed.isEmpty() || !compiled->hasSameRecordReference())
                reason.clear();
            else
                reason = QStringLiteral("/feed: required by {/pointer} references (the feed "
                                        "whose records they read)");
            if (!reason.isEmpty())
                rule.reset();
        }
        if (!rule) {
            *error = QStringLiteral("/%1%2").arg(i).arg(reason);
            return std::nullopt;
        }
        const QString series = rule->resultFeed() + QLatin1Char('\n') + rule->name;
        if (names.contains(series)) {
            *error = QStringLiteral("/%1/name: \"%2\" is already a derived series of feed \"%3\"")
                         .arg(i)
                         .arg(rule->name, rule->resultFeed());
            return std::nullopt;
        }
        names.insert(series);
        rules.append(*rule);
    }
    return rules;
}

QJsonArray toJson(const QList<DerivedRule> &rules)
{
    QJsonArray array;
    for (const DerivedRule &rule : rules)
        array.append(rule.toJson());
    return array;
}

QList<DerivedRule> merged(const QList<DerivedRule> &base, const QList<DerivedRule> &extra)
{
    QList<DerivedRule> out;
    for (const DerivedRule &rule : base) {
        const bool replaced = std::any_of(extra.cbegin(), extra.cend(), [&rule](const auto &e) {
            return e.name == rule.name && e.resultFeed() == rule.resultFeed();
        });
        if (!replaced)
            out.append(rule);
    }
    out.append(extra);
    return out;
}

} // namespace DerivedRules
