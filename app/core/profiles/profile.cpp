#include "profiles/profile.h"

#include "profiles/secretplaceholders.h"
#include "feed/feedproxy.h"
#include "profiles/feedchecks.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
constexpr qint64 kMaxProfileBytes = 16 * 1024 * 1024;

QStringList readStringList(const QJsonObject &object, const QString &name, QString *error)
{
    QStringList list;
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray()) {
        *error = QStringLiteral("/%1: expected an array of strings").arg(name);
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *error = QStringLiteral("/%1/%2: expected a string").arg(name).arg(i);
            return {};
        }
        list << array.at(i).toString();
    }
    return list;
}

bool readInt(const QJsonObject &object, const QString &name, const QString &pointer, int min,
             int max, int &out, QString *error)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return true;
    const double d = value.toDouble(-1.0);
    // Range first: converting an out-of-range double to an integer is undefined behaviour.
    if (!value.isDouble() || !(d >= min && d <= max) || d != std::floor(d)) {
        *error = QStringLiteral("%1: expected a whole number from %2 to %3")
                     .arg(pointer)
                     .arg(min)
                     .arg(max);
        return false;
    }
    out = int(d);
    return true;
}

const QStringList kFeedKeys = {
    QStringLiteral("name"),
    QStringLiteral("url"),
    QStringLiteral("headers"),
    QStringLiteral("secretHeaders"),
    QStringLiteral("subprotocols"),
    QStringLiteral("subscribe"),
    QStringLiteral("decode"),
    QStringLiteral("reconnect"),
    QStringLiteral("pingIntervalMs"),
    QStringLiteral("ignoreSslErrors"),
    QStringLiteral("maxMessageBytes"),
    QStringLiteral("staleAfterMs"),
    QStringLiteral("maxSeries"),
    QStringLiteral("proxy"),
    QStringLiteral("keepalive"),
    QStringLiteral("handshake"),
    QStringLiteral("protocol"),
    QStringLiteral("namespace"),
    QStringLiteral("auth"),
    QStringLiteral("events"),
};

// "keepalive": {"intervalMs": N, "message": TEXT}.
bool readKeepalive(const QJsonObject &object, FeedSpec &spec, QString *error)
{
    const QJsonValue value = object.value(QStringLiteral("keepalive"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("/keepalive: expected an object {\"intervalMs\": N, "
                                "\"message\": TEXT}");
        return false;
    }
    const QJsonObject keepalive = value.toObject();
    if (!keepalive.contains(QStringLiteral("intervalMs"))) {
        *error = QStringLiteral("/keepalive/intervalMs: required");
        return false;
    }
    if (!readInt(keepalive, QStringLiteral("intervalMs"), QStringLiteral("/keepalive/intervalMs"),
                 100, 3600000, spec.keepaliveIntervalMs, error))
        return false;
    const QJsonValue message = keepalive.value(QStringLiteral("message"));
    if (!message.isString() || message.toString().isEmpty()) {
        *error = QStringLiteral("/keepalive/message: a non-empty string is required");
        return false;
    }
    spec.keepaliveMessage = message.toString();
    return true;
}

// "protocol": "socket.io" with its optional "namespace", "auth" and "events".
bool readSocketIo(const QJsonObject &object, FeedSpec &spec, QString *error)
{
    const QJsonValue protocol = object.value(QStringLiteral("protocol"));
    if (!protocol.isUndefined() && !protocol.isNull()) {
        if (protocol.toString() != QLatin1String("socket.io")) {
            *error = QStringLiteral("/protocol: expected \"socket.io\" (or no protocol for plain "
                                    "WebSocket frames)");
            return false;
        }
        spec.protocol = protocol.toString();
    }
    for (const QString &key :
         { QStringLiteral("namespace"), QStringLiteral("auth"), QStringLiteral("events") }) {
        const QJsonValue value = object.value(key);
        if (!spec.isSocketIo() && !value.isUndefined() && !value.isNull()) {
            *error = QStringLiteral("/%1: only for \"protocol\": \"socket.io\"").arg(key);
            return false;
        }
    }
    const QJsonValue nsp = object.value(QStringLiteral("namespace"));
    if (!nsp.isUndefined() && !nsp.isNull()) {
        // The comma ends the namespace in a packet: it cannot be part of one.
        if (!nsp.isString() || !nsp.toString().startsWith(QLatin1Char('/'))
            || nsp.toString().contains(QLatin1Char(','))) {
            *error = QStringLiteral("/namespace: expected a string starting with / (no comma)");
            return false;
        }
        spec.socketIoNamespace = nsp.toString();
    }
    const QJsonValue auth = object.value(QStringLiteral("auth"));
    if (!auth.isUndefined() && !auth.isNull()) {
        if (!auth.isObject()) {
            *error = QStringLiteral("/auth: expected an object");
            return false;
        }
        spec.socketIoAuth = auth.toObject();
    }
    QString reason;
    spec.socketIoEvents = readStringList(object, QStringLiteral("events"), &reason);
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    return true;
}
} // namespace

std::optional<FeedSpec> FeedSpec::fromJson(const QJsonObject &object, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    QString reason;
    FeedSpec spec;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("/name: a non-empty string is required");
        return std::nullopt;
    }
    spec.name = name.toString().trimmed();
    const QJsonValue url = object.value(QStringLiteral("url"));
    if (!url.isString()) {
        *error = QStringLiteral("/url: a string is required");
        return std::nullopt;
    }
    if (const QString problem = FeedChecks::urlProblem(url.toString()); !problem.isEmpty()) {
        *error = QStringLiteral("/url: %1: %2").arg(url.toString(), problem);
        return std::nullopt;
    }
    spec.url = SecretPlaceholders::parseUrl(url.toString());
    const QJsonValue headers = object.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject()) {
            *error = QStringLiteral("/headers: expected an object of strings");
            return std::nullopt;
        }
        const QJsonObject h = headers.toObject();
        for (auto it = h.constBegin(); it != h.constEnd(); ++it) {
            if (!it.value().isString()) {
                *error = QStringLiteral("/headers/%1: expected a string")
                             .arg(JsonPointer::escapeToken(it.key()));
                return std::nullopt;
            }
            spec.headers.append({ it.key(), it.value().toString() });
        }
    }
    spec.secretHeaders = readStringList(object, QStringLiteral("secretHeaders"), &reason);
    if (reason.isEmpty())
        spec.subprotocols = readStringList(object, QStringLiteral("subprotocols"), &reason);
    if (reason.isEmpty())
        spec.subscribe = readStringList(object, QStringLiteral("subscribe"), &reason);
    if (!reason.isEmpty()) {
        *error = reason;
        return std::nullopt;
    }
    const QJsonValue decode = object.value(QStringLiteral("decode"));
    if (!decode.isUndefined() && !decode.isNull()) {
        if (!decode.isObject()) {
            *error = QStringLiteral("/decode: expected an object");
            return std::nullopt;
        }
        const auto config = DecodeConfig::fromJson(decode.toObject(), &reason);
        if (!config) {
            *error = QStringLiteral("/decode") + reason;
            return std::nullopt;
        }
        spec.decode = *config;
    }
    const QJsonValue reconnect = object.value(QStringLiteral("reconnect"));
    if (!reconnect.isUndefined() && !reconnect.isNull()) {
        if (!reconnect.isObject()) {
            *error = QStringLiteral("/reconnect: expected an object");
            return std::nullopt;
        }
        const QJsonObject r = reconnect.toObject();
        if (!readInt(r, QStringLiteral("initialDelayMs"),
                     QStringLiteral("/reconnect/initialDelayMs"), 1, 3600000,
                     spec.reconnectInitialDelayMs, error)
            || !readInt(r, QStringLiteral("maxDelayMs"), QStringLiteral("/reconnect/maxDelayMs"), 1,
                        86400000, spec.reconnectMaxDelayMs, error))
            return std::nullopt;
        for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
            if (it.key() != QLatin1String("initialDelayMs")
                && it.key() != QLatin1String("maxDelayMs"))
                spec.reconnectExtra.insert(it.key(), it.value());
        }
    }
    if (!readInt(object, QStringLiteral("pingIntervalMs"), QStringLiteral("/pingIntervalMs"), 0,
                 3600000, spec.pingIntervalMs, error))
        return std::nullopt;
    int maxMessage = int(spec.maxMessageBytes);
    if (!readInt(object, QStringLiteral("maxMessageBytes"), QStringLiteral("/maxMessageBytes"),
                 1024, 1024 * 1024 * 1024, maxMessage, error))
        return std::nullopt;
    spec.maxMessageBytes = maxMessage;
    if (!readInt(object, QStringLiteral("staleAfterMs"), QStringLiteral("/staleAfterMs"), 0,
                 86400000, spec.staleAfterMs, error)
        || !readInt(object, QStringLiteral("maxSeries"), QStringLiteral("/maxSeries"), 1, 1000000,
                    spec.maxSeries, error))
        return std::nullopt;
    const QJsonValue proxy = object.value(QStringLiteral("proxy"));
    if (!proxy.isUndefined() && !proxy.isNull()) {
        if (!proxy.isString()) {
            *error = QStringLiteral("/proxy: expected a string");
            return std::nullopt;
        }
        if (const QString problem = FeedProxy::problem(proxy.toString()); !problem.isEmpty()) {
            *error = QStringLiteral("/proxy: ") + problem;
            return std::nullopt;
        }
        spec.proxy = proxy.toString().trimmed();
    }
    if (!readKeepalive(object, spec, error) || !readSocketIo(object, spec, error))
        return std::nullopt;
    if (auto steps = HandshakeStep::listFromJson(object.value(QStringLiteral("handshake")), error))
        spec.handshake = *steps;
    else
        return std::nullopt;
    const QJsonValue ignore = object.value(QStringLiteral("ignoreSslErrors"));
    if (!ignore.isUndefined() && !ignore.isNull()) {
        if (!ignore.isBool()) {
            *error = QStringLiteral("/ignoreSslErrors: expected true or false");
            return std::nullopt;
        }
        spec.ignoreSslErrors = ignore.toBool();
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!kFeedKeys.contains(it.key()))
            spec.extra.insert(it.key(), it.value());
    }
    return spec;
}

bool FeedSpec::isSecretHeader(const QString &header) const
{
    for (const QString &secret : secretHeaders) {
        if (secret.compare(header, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject FeedSpec::toJson(bool withSecrets) const
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("url"), SecretPlaceholders::urlText(url));
    QJsonObject h;
    for (const auto &header : headers) {
        if (withSecrets || !isSecretHeader(header.first))
            h.insert(header.first, header.second);
    }
    if (!h.isEmpty())
        object.insert(QStringLiteral("headers"), h);
    if (!secretHeaders.isEmpty())
        object.insert(QStringLiteral("secretHeaders"), QJsonArray::fromStringList(secretHeaders));
    if (!subprotocols.isEmpty())
        object.insert(QStringLiteral("subprotocols"), QJsonArray::fromStringList(subprotocols));
    if (!subscribe.isEmpty())
        object.insert(QStringLiteral("subscribe"), QJsonArray::fromStringList(subscribe));
    const QJsonObject d = decode.toJson();
    if (!d.isEmpty())
        object.insert(QStringLiteral("decode"), d);
    QJsonObject reconnect = reconnectExtra;
    reconnect.insert(QStringLiteral("initialDelayMs"), reconnectInitialDelayMs);
    reconnect.insert(QStringLiteral("maxDelayMs"), reconnectMaxDelayMs);
    object.insert(QStringLiteral("reconnect"), reconnect);
    if (maxMessageBytes != FeedSpec().maxMessageBytes)
        object.insert(QStringLiteral("maxMessageBytes"), double(maxMessageBytes));
    if (staleAfterMs != FeedSpec().staleAfterMs)
        object.insert(QStringLiteral("staleAfterMs"), staleAfterMs);
    if (maxSeries != FeedSpec().maxSeries)
        object.insert(QStringLiteral("maxSeries"), maxSeries);
    object.insert(QStringLiteral("pingIntervalMs"), pingIntervalMs);
    object.insert(QStringLiteral("ignoreSslErrors"), ignoreSslErrors);
    if (proxy != FeedSpec().proxy)
        object.insert(QStringLiteral("proxy"), proxy);
    if (!handshake.isEmpty()) {
        QJsonArray steps;
        for (const HandshakeStep &step : handshake)
            steps.append(step.toJson());
        object.insert(QStringLiteral("handshake"), steps);
    }
    if (keepaliveIntervalMs > 0)
        object.insert(QStringLiteral("keepalive"),
                      QJsonObject { { QStringLiteral("intervalMs"), keepaliveIntervalMs },
                                    { QStringLiteral("message"), keepaliveMessage } });
    if (isSocketIo()) {
        object.insert(QStringLiteral("protocol"), protocol);
        if (!socketIoNamespace.isEmpty())
            object.insert(QStringLiteral("namespace"), socketIoNamespace);
        // Kept even without secrets: a saved profile must still log in. Tokens belong in
        // placeholders, not in the file.
        if (!socketIoAuth.isEmpty())
            object.insert(QStringLiteral("auth"), socketIoAuth);
        if (!socketIoEvents.isEmpty())
            object.insert(QStringLiteral("events"), QJsonArray::fromStringList(socketIoEvents));
    }
    return object;
}

std::optional<Profile> Profile::fromJson(const QByteArray &json, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    if (json.trimmed().isEmpty()) {
        *error = QStringLiteral(": the file is empty");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral(": not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral(": expected a JSON object at the top level");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    Profile profile;
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != 1.0) {
        *error = version.isUndefined()
            ? QStringLiteral("/version: required (1)")
            : QStringLiteral("/version: unsupported version (this build reads 1)");
        return std::nullopt;
    }
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString()) {
        *error = QStringLiteral("/name: expected a string");
        return std::nullopt;
    }
    profile.name = name.toString();
    const QJsonValue feeds = object.value(QStringLiteral("feeds"));
    if (!feeds.isArray()) {
        *error = QStringLiteral("/feeds: an array of feeds is required");
        return std::nullopt;
    }
    const QJsonArray array = feeds.toArray();
    QStringList names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("/feeds/%1: expected an object").arg(i);
            return std::nullopt;
        }
        QString reason;
        const auto feed = FeedSpec::fromJson(array.at(i).toObject(), &reason);
        if (!feed) {
            *error = QStringLiteral("/feeds/%1%2").arg(i).arg(reason);
            return std::nullopt;
        }
        if (names.contains(feed->name)) {
            *error = QStringLiteral("/feeds/%1/name: duplicate feed name \"%2\"")
                         .arg(i)
                         .arg(feed->name);
            return std::nullopt;
        }
        names << feed->name;
        profile.feeds.append(*feed);
    }
    const QJsonValue alerts = object.value(QStringLiteral("alerts"));
    if (!alerts.isUndefined() && !alerts.isNull()) {
        if (!alerts.isArray()) {
            *error = QStringLiteral("/alerts: expected an array of rules");
            return std::nullopt;
        }
        QString reason;
        const auto rules = AlertRules::fromJson(alerts.toArray(), &reason);
        if (!rules) {
            *error = QStringLiteral("/alerts") + reason;
            return std::nullopt;
        }
        profile.alerts = *rules;
    }
    const QJsonValue derived = object.value(QStringLiteral("derived"));
    if (!derived.isUndefined() && !derived.isNull()) {
        if (!derived.isArray()) {
            *error = QStringLiteral("/derived: expected an array of derived series");
            return std::nullopt;
        }
        QString reason;
        const auto rules = DerivedRules::fromJson(derived.toArray(), &reason);
        if (!rules) {
            *error = QStringLiteral("/derived") + reason;
            return std::nullopt;
        }
        profile.derived = *rules;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("name")
            && it.key() != QLatin1String("feeds") && it.key() != QLatin1String("alerts")
            && it.key() != QLatin1String("derived"))
            profile.extra.insert(it.key(), it.value());
    }
    return profile;
}

QByteArray Profile::toJson(bool withSecrets) const
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("name"), name);
    QJsonArray array;
    for (const FeedSpec &feed : feeds)
        array.append(feed.toJson(withSecrets));
    object.insert(QStringLiteral("feeds"), array);
    if (!alerts.isEmpty())
        object.insert(QStringLiteral("alerts"), AlertRules::toJson(alerts));
    if (!derived.isEmpty())
        object.insert(QStringLiteral("derived"), DerivedRules::toJson(derived));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Profile> Profile::load(const QString &path, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = QStringLiteral("%1: is a directory, not a profile file").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxProfileBytes) {
        *error = QStringLiteral("%1: %2 bytes is too large for a profile (limit 16 MiB)")
                     .arg(path)
                     .arg(info.size());
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString reason;
    auto profile = fromJson(file.readAll(), &reason);
    if (!profile) {
        // reason starts with the JSON Pointer of the bad value, or ": " for the whole file.
        *error = reason.startsWith(QLatin1Char(':'))
            ? QString(path + reason)
            : QString(path + QStringLiteral(": ") + reason);
        return std::nullopt;
    }
    return profile;
}
