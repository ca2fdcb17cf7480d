#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// An RFC 6901 JSON Pointer, split into unescaped tokens once so lookups per record are cheap.
class JsonPointer final
{
public:
    JsonPointer() = default;

    // "" (the whole document) or "/a/b~1c"; nullopt with a reason for anything else.
    static std::optional<JsonPointer> parse(const QString &text, QString *error = nullptr);

    // The value the pointer names, or an undefined QJsonValue when it names nothing.
    QJsonValue resolve(const QJsonValue &document) const;

    const QString &text() const { return m_text; }
    bool isRoot() const { return m_tokens.isEmpty(); }
    bool isEmpty() const { return m_text.isEmpty(); }

    // Escapes one token for appending to a pointer ("a/b" -> "a~1b").
    static QString escapeToken(const QString &token);

private:
    QString m_text;
    QStringList m_tokens;
};
