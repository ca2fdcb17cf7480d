#include "feed/handshakestep.h"

#include <QJsonArray>
#include <QJsonDocument>

bool HandshakeMatch::matches(const QString &text, const QJsonValue &document) const
{
    if (!regex.pattern().isEmpty())
        return regex.match(text).hasMatch();
    if (document.isUndefined())
        return false;
    const QJsonValue value = pointer.resolve(document);
    return !value.isUndefined() && value == equals;
}

QJsonObject HandshakeMatch::toJson() const
{
    if (regex.pattern().isEmpty())
        return { { QStringLiteral("pointer"), pointer.text() },
                 { QStringLiteral("equals"), equals } };
    return { { QStringLiteral("regex"), regex.pattern() } };
}

QString HandshakeMatch::describe() const
{
    if (!regex.pattern().isEmpty())
        return QStringLiteral("regex %1").arg(regex.pattern());
    const QByteArray value = QJsonDocument(QJsonArray { equals }).toJson(QJsonDocument::Compact);
    return QStringLiteral("%1 = %2").arg(pointer.text(),
                                         QString::fromUtf8(value.mid(1, value.size() - 2)));
}

std::optional<HandshakeMatch> HandshakeMatch::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral(": expected {\"pointer\": P, \"equals\": V} or {\"regex\": R}");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const bool hasPointer = object.contains(QStringLiteral("pointer"));
    const bool hasRegex = object.contains(QStringLiteral("regex"));
    if (hasPointer == hasRegex) {
        *error = QStringLiteral(": expected either \"pointer\" with \"equals\", or \"regex\"");
        return std::nullopt;
    }
    HandshakeMatch match;
    if (hasRegex) {
        const QJsonValue pattern = object.value(QStringLiteral("regex"));
        if (!pattern.isString() || pattern.toString().isEmpty()) {
            *error = QStringLiteral("/regex: a non-empty string is required");
            return std::nullopt;
        }
        match.regex = QRegularExpression(pattern.toString());
        if (!match.regex.isValid()) {
            *error = QStringLiteral("/regex: invalid regular expression at offset %1: %2")
                         .arg(match.regex.patternErrorOffset())
                         .arg(match.regex.errorString());
            return std::nullopt;
        }
        return match;
    }
    const QJsonValue pointer = object.value(QStringLiteral("pointer"));
    QString reason;
    const auto parsed
        = pointer.isString() ? JsonPointer::parse(pointer.toString(), &reason) : std::nullopt;
    if (!parsed) {
        *error = QStringLiteral("/pointer: ")
            + (reason.isEmpty() ? QStringLiteral("a JSON Pointer string is required") : reason);
        return std::nullopt;
    }
    if (!object.contains(QStringLiteral("equals"))) {
        *error = QStringLiteral("/equals: required with \"pointer\"");
        return std::nullopt;
    }
    match.pointer = *parsed;
    match.equals = object.value(QStringLiteral("equals"));
    return match;
}

QJsonObject HandshakeStep::toJson() const
{
    QJsonObject object;
    if (!send.isEmpty())
        object.insert(QStringLiteral("send"), send);
    if (expect)
        object.insert(QStringLiteral("expect"), expect->toJson());
    if (failOn)
        object.insert(QStringLiteral("failOn"), failOn->toJson());
    if (expect && timeoutMs != kDefaultTimeoutMs)
        object.insert(QStringLiteral("timeoutMs"), timeoutMs);
    return object;
}

std::optional<QList<HandshakeStep>> HandshakeStep::listFromJson(const QJsonValue &value,
                                                                QString *error)
{
    QList<HandshakeStep> steps;
    if (value.isUndefined() || value.isNull())
        return steps;
    if (!value.isArray()) {
        *error = QStringLiteral("/handshake: expected an array of steps");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("/handshake/%1").arg(i);
        if (!array.at(i).isObject()) {
            *error = at + QStringLiteral(": expected an object");
            return std::nullopt;
        }
        const QJsonObject object = array.at(i).toObject();
        HandshakeStep step;
        const QJsonValue send = object.value(QStringLiteral("send"));
        if (!send.isUndefined()) {
            if (!send.isString() || send.toString().isEmpty()) {
                *error = at + QStringLiteral("/send: a non-empty string is required");
                return std::nullopt;
            }
            step.send = send.toString();
        }
        QString reason;
        for (const QString &name : { QStringLiteral("expect"), QStringLiteral("failOn") }) {
            if (!object.contains(name))
                continue;
            const auto match = HandshakeMatch::fromJson(object.value(name), &reason);
            if (!match) {
                *error = at + QLatin1Char('/') + name + reason;
                return std::nullopt;
            }
            (name == QLatin1String("expect") ? step.expect : step.failOn) = match;
        }
        if (step.failOn && !step.expect) {
            *error = at + QStringLiteral("/failOn: needs an \"expect\" in the same step");
            return std::nullopt;
        }
        if (step.send.isEmpty() && !step.expect) {
            *error = at + QStringLiteral(": a step needs \"send\" and/or \"expect\"");
            return std::nullopt;
        }
        const QJsonValue timeout = object.value(QStringLiteral("timeoutMs"));
        if (!timeout.isUndefined()) {
            const double ms = timeout.toDouble(-1.0);
            if (!timeout.isDouble() || !(ms >= 1 && ms <= 3600000) || ms != double(int(ms))) {
                *error
                    = at + QStringLiteral("/timeoutMs: expected a whole number from 1 to 3600000");
                return std::nullopt;
            }
            step.timeoutMs = int(ms);
        }
        steps << step;
    }
    return steps;
}
