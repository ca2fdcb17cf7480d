#pragma once

#include <QCoreApplication>
#include <QString>

// Validation of what the user types into the profile editor, with a translated reason:
// an empty string means the text is fine. Pure functions.
class FeedChecks final
{
    Q_DECLARE_TR_FUNCTIONS(FeedChecks)

public:
    // A ws:// or wss:// URL with a host and, if given, a port from 1 to 65535.
    static QString urlProblem(const QString &text);
    // Empty, or an RFC 6901 JSON Pointer ("/data/0/p", "~0" for ~, "~1" for /).
    static QString pointerProblem(const QString &text);
};
