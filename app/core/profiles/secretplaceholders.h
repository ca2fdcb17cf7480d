#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

struct FeedSpec;

// `${secret:NAME}` placeholders (contract, section Reach): a feed's url, header values,
// subscribe, handshake and keepalive messages, Socket.IO `auth` values, and its proxy's password
// name a secret instead
// of holding it. The profile keeps the placeholder; the value is put in only at connect time,
// from the environment (FEEDBOARD_SECRET_NAME, for unattended runs) or the secret store
// (keychain or the 0600 file, as for secret headers). Whatever the app shows or writes is the
// text with the placeholder, so a value can only leak by being echoed back: mask() covers that.
namespace SecretPlaceholders {
// A secret's name: a letter or '_' then letters, digits, '_' (it must fit an environment
// variable's name).
bool isValidName(const QString &name);
// The names used in `text`, in order of first use, each once. In a URL the braces may be
// percent-encoded ("$%7Bsecret:NAME%7D"); both forms count.
QStringList namesIn(const QString &text);
// Every name the feed uses, in the fields placeholders may stand in.
QStringList namesIn(const FeedSpec &spec);
// A URL as the user wrote it, placeholders included: QUrl refuses '{' and '}', so they are
// percent-encoded first ("$%7Bsecret:NAME%7D"), which substitute() and namesIn() read.
QUrl parseUrl(const QString &text);
// The URL as the user wrote it: url.toString() with its placeholders' braces back.
QString urlText(const QUrl &url);
// "FEEDBOARD_SECRET_" + name.
QString environmentVariable(const QString &name);

// The values a feed's placeholders get: the environment first, then `stored` (what the secret
// store holds). Names with neither go to *missing.
QHash<QString, QString> resolve(const FeedSpec &spec, const QHash<QString, QString> &stored,
                                QStringList *missing);
// `text` with each placeholder replaced by its value (names with no value stay as they are).
QString substitute(const QString &text, const QHash<QString, QString> &values);
// The same for a URL: values are percent-encoded, so a token with '&' or '/' stays one item.
QUrl substitute(const QUrl &url, const QHash<QString, QString> &values);
// `text` with every value in `values` (of 3 characters or more) replaced by its placeholder:
// for messages that may echo what the server was sent.
QString mask(const QString &text, const QHash<QString, QString> &values);
} // namespace SecretPlaceholders
