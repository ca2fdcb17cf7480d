#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One entry of a profile's `derived` array (contract: "Derived series"): a new series named
// `name`, computed by `expr` from other series. Plain value; the expression itself is compiled
// (and so fully checked) by DerivedExpression. `source` is the object as read, written back
// unchanged so keys this version does not know survive a rewrite.
struct DerivedRule
{
    QString name;
    QString expr;
    QString feed; // the feed of `{/pointer}` references and of the result; may be empty
    QString key; // glob of keys for `{/pointer}` rules; empty: every key ("*")
    QJsonObject source;

    // The feed the result series belongs to: the rule's, or "derived" when it names none.
    QString resultFeed() const;

    // Reads one rule, shape only; errors are "<pointer relative to the rule>: <reason>".
    static std::optional<DerivedRule> fromJson(const QJsonValue &value, QString *error);
    QJsonObject toJson() const { return source; }
};

namespace DerivedRules {
// The rules of an array, every expression compiled; errors are "/<index><pointer in the rule>:
// <reason>", an expression's with its position ("/2/expr: at position 9: ..."). A result
// series named twice (same feed and name) is refused at the second rule.
std::optional<QList<DerivedRule>> fromJson(const QJsonArray &array, QString *error);
QJsonArray toJson(const QList<DerivedRule> &rules);
// `extra` added to `base`; a rule of `extra` replaces the one of `base` with its result series
// (feed and name).
QList<DerivedRule> merged(const QList<DerivedRule> &base, const QList<DerivedRule> &extra);
} // namespace DerivedRules
