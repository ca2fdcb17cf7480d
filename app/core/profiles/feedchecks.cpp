#include "profiles/feedchecks.h"

#include "profiles/secretplaceholders.h"
#include "decode/jsonpointer.h"

#include <QRegularExpression>
#include <QUrl>

QString FeedChecks::urlProblem(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tr("Enter the feed's URL, e.g. wss://example.com/stream.");
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    const QString scheme = schemeEnd < 0 ? QString() : text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("The URL must start with ws:// or wss://.");
    // QUrl only says "invalid" for a bad port; the user deserves to know the range.
    static const QRegularExpression portPattern(
        QStringLiteral("^[^/]*://(?:[^@/]*@)?(?:\\[[^\\]]*\\]|[^:/?#]*):([^/?#]*)"));
    const QRegularExpressionMatch port = portPattern.match(text);
    if (port.hasMatch()) {
        bool ok = false;
        const int number = port.captured(1).toInt(&ok);
        if (ok && number == 0)
            return tr("Port 0 cannot be connected to: the port must be a number from 1 to 65535.");
        if (!ok || number < 1 || number > 65535)
            return tr("The port must be a number from 1 to 65535.");
    }
    const QUrl url = SecretPlaceholders::parseUrl(text); // ${secret:NAME} allowed
    if (!url.isValid())
        return tr("Not a valid URL: %1").arg(url.errorString());
    if (url.host().isEmpty())
        return tr("The URL has no host.");
    return QString();
}

QString FeedChecks::pointerProblem(const QString &text)
{
    if (text.isEmpty())
        return QString();
    if (!text.startsWith(QLatin1Char('/')))
        return tr("A JSON Pointer starts with / (e.g. /data/price).");
    if (!JsonPointer::parse(text))
        return tr("In a JSON Pointer, ~ must be followed by 0 (for ~) or 1 (for /).");
    return QString();
}
