#pragma once

#include <QCoreApplication>
#include <QString>

// The one validation of a feed's URL and JSON Pointers, with a translated reason: an empty
// string means the text is fine. The profile editor (as the user types), profile files and
// the command line all ask here, so a URL is accepted or refused by the same rules
// everywhere. Pure functions.
class FeedChecks final
{
    Q_DECLARE_TR_FUNCTIONS(FeedChecks)

public:
    // A ws:// or wss:// URL with a host and, if given, a port from 1 to 65535.
    static QString urlProblem(const QString &text);
    // Empty, or an RFC 6901 JSON Pointer ("/data/0/p", "~0" for ~, "~1" for /).
    static QString pointerProblem(const QString &text);
};
