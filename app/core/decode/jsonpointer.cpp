#include "decode/jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

std::optional<JsonPointer> JsonPointer::parse(const QString &text, QString *error)
{
    JsonPointer pointer;
    pointer.m_text = text;
    if (text.isEmpty())
        return pointer;
    if (!text.startsWith(QLatin1Char('/'))) {
        if (error)
            *error = QStringLiteral("a JSON Pointer must be empty or start with '/'");
        return std::nullopt;
    }
    const QStringList raw = text.mid(1).split(QLatin1Char('/'));
    pointer.m_tokens.reserve(raw.size());
    for (const QString &token : raw) {
        // "~1" then "~0", in that order, as RFC 6901 section 4 requires.
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token[i] == QLatin1Char('~')
                && (i + 1 >= token.size()
                    || (token[i + 1] != QLatin1Char('0') && token[i + 1] != QLatin1Char('1')))) {
                if (error)
                    *error = QStringLiteral("'~' must be followed by '0' or '1'");
                return std::nullopt;
            }
        }
        QString unescaped = token;
        unescaped.replace(QLatin1String("~1"), QLatin1String("/"));
        unescaped.replace(QLatin1String("~0"), QLatin1String("~"));
        pointer.m_tokens.append(unescaped);
    }
    return pointer;
}

QJsonValue JsonPointer::resolve(const QJsonValue &document) const
{
    QJsonValue current = document;
    for (const QString &token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            current = it.value();
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            // RFC 6901: array indices are decimal without leading zeros.
            if (!ok || index < 0 || index >= array.size()
                || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString JsonPointer::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1String("~"), QLatin1String("~0"));
    escaped.replace(QLatin1String("/"), QLatin1String("~1"));
    return escaped;
}
