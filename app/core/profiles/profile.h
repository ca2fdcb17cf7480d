#pragma once

#include "alerts/alertrule.h"
#include "derived/derivedrule.h"
#include "profiles/feedspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A saved connection profile (contract: "Profile file"). Plain value.
struct Profile
{
    int version = 1;
    QString name;
    QList<FeedSpec> feeds;
    QList<AlertRule> alerts; // contract: "Alerts"; each rule keeps its unknown keys
    QList<DerivedRule> derived; // contract: "Derived series"; each keeps its unknown keys
    QJsonObject extra; // unknown top-level keys, kept on rewrite

    static std::optional<Profile> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson(bool withSecrets = true) const;

    // Reads a profile file; errors name the file, the JSON Pointer of the bad value and why.
    static std::optional<Profile> load(const QString &path, QString *error);
};
