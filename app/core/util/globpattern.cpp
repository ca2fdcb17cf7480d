#include "util/globpattern.h"

QRegularExpression globPattern(const QString &glob)
{
    QString regex = QStringLiteral("\\A");
    for (const QChar c : glob.isEmpty() ? QStringLiteral("*") : glob) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    regex += QStringLiteral("\\z");
    QRegularExpression pattern(regex, QRegularExpression::DotMatchesEverythingOption);
    pattern.optimize();
    return pattern;
}
