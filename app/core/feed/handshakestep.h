#pragma once

#include "decode/jsonpointer.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

// What a handshake step waits for in a text frame (contract, section Reach):
// {"pointer": P, "equals": V} (the frame is JSON and P names V) or {"regex": R} (on the text).
struct HandshakeMatch
{
    JsonPointer pointer;
    QJsonValue equals;
    QRegularExpression regex; // used when the pointer is empty

    // `document` is the frame parsed as JSON (undefined when it is not JSON).
    bool matches(const QString &text, const QJsonValue &document) const;
    QJsonObject toJson() const;
    // Readable form for messages: "/type = \"auth_ok\"" or "regex ^ok".
    QString describe() const;
    // Reads one "expect" or "failOn" object; errors are "<pointer relative to it>: <reason>".
    static std::optional<HandshakeMatch> fromJson(const QJsonValue &value, QString *error);
};

// One step of a feed's handshake, run on every (re)connect before `subscribe`: send a
// message, and/or wait (timeoutMs) for a frame matching `expect`; a frame matching `failOn`
// stops the feed. Plain value.
struct HandshakeStep
{
    static constexpr int kDefaultTimeoutMs = 10000;

    QString send; // empty: nothing sent
    std::optional<HandshakeMatch> expect;
    std::optional<HandshakeMatch> failOn;
    int timeoutMs = kDefaultTimeoutMs;

    QJsonObject toJson() const;
    // Reads a feed's "handshake" array; errors are "/handshake/<i>/...: <reason>".
    static std::optional<QList<HandshakeStep>> listFromJson(const QJsonValue &value,
                                                            QString *error);
};
