#include "decode/decodeconfig.h"

#include <QJsonArray>

#include <algorithm>

namespace {
bool readPointer(const QJsonObject &object, const QString &name, JsonPointer &out, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        if (error)
            *error = QStringLiteral("/%1: expected a JSON Pointer string").arg(name);
        return false;
    }
    QString reason;
    const auto pointer = JsonPointer::parse(value.toString(), &reason);
    if (!pointer) {
        if (error)
            *error = QStringLiteral("/%1: %2").arg(name, reason);
        return false;
    }
    out = *pointer;
    return true;
}
} // namespace

std::optional<DecodeConfig> DecodeConfig::fromJson(const QJsonObject &object, QString *error)
{
    DecodeConfig config;
    const QString names[]
        = { QStringLiteral("root"), QStringLiteral("records"), QStringLiteral("key"),
            QStringLiteral("time"), QStringLiteral("level"),   QStringLiteral("message") };
    JsonPointer *targets[] = { &config.root, &config.records, &config.key,
                               &config.time, &config.level,   &config.message };
    for (int i = 0; i < 6; ++i) {
        if (!readPointer(object, names[i], *targets[i], error))
            return std::nullopt;
    }
    const QJsonValue fields = object.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isNull()) {
        if (!fields.isArray()) {
            if (error)
                *error = QStringLiteral("/fields: expected an array of JSON Pointer strings");
            return std::nullopt;
        }
        const QJsonArray array = fields.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString reason;
            const auto pointer = array.at(i).isString()
                ? JsonPointer::parse(array.at(i).toString(), &reason)
                : std::nullopt;
            if (!pointer) {
                if (error)
                    *error = QStringLiteral("/fields/%1: %2")
                                 .arg(i)
                                 .arg(reason.isEmpty()
                                          ? QStringLiteral("expected a JSON Pointer string")
                                          : reason);
                return std::nullopt;
            }
            config.fields.append(*pointer);
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &k = it.key();
        if (k != QLatin1String("fields")
            && std::find(std::begin(names), std::end(names), k) == std::end(names))
            config.extra.insert(k, it.value());
    }
    return config;
}

QJsonObject DecodeConfig::toJson() const
{
    QJsonObject object = extra;
    const auto put = [&object](const char *name, const JsonPointer &pointer) {
        if (!pointer.isEmpty())
            object.insert(QLatin1String(name), pointer.text());
    };
    put("root", root);
    put("records", records);
    put("key", key);
    put("time", time);
    if (!fields.isEmpty()) {
        QJsonArray array;
        for (const JsonPointer &field : fields)
            array.append(field.text());
        object.insert(QStringLiteral("fields"), array);
    }
    put("level", level);
    put("message", message);
    return object;
}
