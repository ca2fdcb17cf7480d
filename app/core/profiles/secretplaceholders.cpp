#include "profiles/secretplaceholders.h"

#include "profiles/feedspec.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// "${secret:NAME}", or with the braces percent-encoded as a URL's text has them.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\$(?:\{|%7[Bb])secret:([A-Za-z_][A-Za-z0-9_]*)(?:\}|%7[Dd]))"));
    return pattern;
}

QString replaced(const QString &text, const QHash<QString, QString> &values, bool encode)
{
    if (!text.contains(QLatin1Char('$')))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            continue;
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += encode ? QString::fromLatin1(QUrl::toPercentEncoding(*value)) : *value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

void addNames(const QString &text, QStringList *names)
{
    for (const QString &name : SecretPlaceholders::namesIn(text)) {
        if (!names->contains(name))
            names->append(name);
    }
}
} // namespace

namespace SecretPlaceholders {

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QStringList namesIn(const QString &text)
{
    QStringList names;
    if (!text.contains(QLatin1Char('$')))
        return names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList namesIn(const FeedSpec &spec)
{
    QStringList names;
    addNames(spec.url.toString(QUrl::FullyEncoded), &names);
    for (const auto &header : spec.headers)
        addNames(header.second, &names);
    for (const QString &message : spec.subscribe)
        addNames(message, &names);
    for (const HandshakeStep &step : spec.handshake)
        addNames(step.send, &names);
    addNames(spec.keepaliveMessage, &names);
    addNames(spec.proxy, &names);
    if (!spec.socketIoAuth.isEmpty()) // sent in the Socket.IO namespace connect
        addNames(QString::fromUtf8(QJsonDocument(spec.socketIoAuth).toJson(QJsonDocument::Compact)),
                 &names);
    return names;
}

QUrl parseUrl(const QString &text)
{
    QString encoded = text.trimmed();
    if (encoded.contains(QLatin1String("${secret:"))) {
        static const QRegularExpression plain(
            QStringLiteral(R"(\$\{secret:([A-Za-z_][A-Za-z0-9_]*)\})"));
        encoded.replace(plain, QStringLiteral("$%7Bsecret:\\1%7D"));
    }
    return QUrl(encoded, QUrl::StrictMode);
}

QString urlText(const QUrl &url)
{
    QString text = url.toString();
    if (text.contains(QLatin1String("secret:"))) {
        static const QRegularExpression encoded(
            QStringLiteral(R"(\$%7[Bb]secret:([A-Za-z_][A-Za-z0-9_]*)%7[Dd])"));
        text.replace(encoded, QStringLiteral("${secret:\\1}"));
    }
    return text;
}

QString environmentVariable(const QString &name)
{
    return QStringLiteral("FEEDBOARD_SECRET_") + name;
}

QHash<QString, QString> resolve(const FeedSpec &spec, const QHash<QString, QString> &stored,
                                QStringList *missing)
{
    QHash<QString, QString> values;
    for (const QString &name : namesIn(spec)) {
        const QByteArray variable = environmentVariable(name).toUtf8();
        if (qEnvironmentVariableIsSet(variable.constData()))
            values.insert(name, qEnvironmentVariable(variable.constData()));
        else if (const auto it = stored.constFind(name); it != stored.cend())
            values.insert(name, *it);
        else if (missing)
            missing->append(name);
    }
    return values;
}

QString substitute(const QString &text, const QHash<QString, QString> &values)
{
    return replaced(text, values, false);
}

QUrl substitute(const QUrl &url, const QHash<QString, QString> &values)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const QString done = replaced(text, values, true);
    return done == text ? url : QUrl(done, QUrl::StrictMode);
}

QString mask(const QString &text, const QHash<QString, QString> &values)
{
    QString out = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().size() < 3)
            continue; // too short to tell from ordinary text
        const QString placeholder = QStringLiteral("${secret:%1}").arg(it.key());
        out.replace(it.value(), placeholder);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(it.value()));
        if (encoded != it.value())
            out.replace(encoded, placeholder);
    }
    return out;
}

} // namespace SecretPlaceholders
