#include "decode/pathdiscovery.h"

#include "decode/framedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {
constexpr int kMaxDepth = 32;
constexpr qsizetype kMaxExample = 40;
// A time since the epoch, read as the decoder reads it, from 1990 to 2100.
constexpr double kEarliestEpochMs = 631152000000.0;
constexpr double kLatestEpochMs = 4102444800000.0;
// A key's values are names, not text.
constexpr int kMaxKeyLength = 32;

bool isEpochMs(double ms)
{
    return ms >= kEarliestEpochMs && ms <= kLatestEpochMs;
}

// The last token of a pointer, lower case: what the field is called.
QString nameOf(const QString &pointer)
{
    return pointer.mid(pointer.lastIndexOf(QLatin1Char('/')) + 1).toLower();
}

bool isKeyName(const QString &name)
{
    static const QStringList names {
        QStringLiteral("s"),       QStringLiteral("sym"),        QStringLiteral("symbol"),
        QStringLiteral("ticker"),  QStringLiteral("instrument"), QStringLiteral("instrument_id"),
        QStringLiteral("instid"),  QStringLiteral("pair"),       QStringLiteral("market"),
        QStringLiteral("product"), QStringLiteral("product_id"), QStringLiteral("asset"),
        QStringLiteral("coin"),    QStringLiteral("key"),        QStringLiteral("id"),
        QStringLiteral("name"),    QStringLiteral("device"),     QStringLiteral("sensor"),
        QStringLiteral("host"),    QStringLiteral("code")
    };
    return names.contains(name);
}

// Strings that are a log record's parts, never a series key.
bool isLogName(const QString &name)
{
    static const QStringList names { QStringLiteral("level"),   QStringLiteral("severity"),
                                     QStringLiteral("lvl"),     QStringLiteral("msg"),
                                     QStringLiteral("message"), QStringLiteral("text"),
                                     QStringLiteral("error"),   QStringLiteral("log") };
    return names.contains(name);
}

bool isTimeName(const QString &name)
{
    static const QStringList names { QStringLiteral("t"),          QStringLiteral("e"),
                                     QStringLiteral("ts"),         QStringLiteral("time"),
                                     QStringLiteral("timestamp"),  QStringLiteral("eventtime"),
                                     QStringLiteral("event_time"), QStringLiteral("date"),
                                     QStringLiteral("datetime"),   QStringLiteral("created"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at") };
    return names.contains(name) || name.endsWith(QLatin1String("_ts"))
        || name.endsWith(QLatin1String("_time"));
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::String: {
        double number = 0.0;
        bool finite = true;
        return FrameDecoder::parseNumericString(value.toString(), &number, &finite) && finite
            ? QStringLiteral("numeric string")
            : QStringLiteral("string");
    }
    default:
        return QString();
    }
}

QString exampleOf(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Double:
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Null:
        text = QStringLiteral("null");
        break;
    case QJsonValue::String:
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        break;
    default:
        break;
    }
    return text.size() > kMaxExample ? text.left(kMaxExample) + QStringLiteral("…") : text;
}
} // namespace

PathDiscovery::PathDiscovery(JsonPointer root)
    : m_root(std::move(root))
{ }

bool PathDiscovery::addFrame(const QByteArray &utf8)
{
    ++m_frames;
    bool any = false;
    // NDJSON: several documents separated by newlines, as the decoder reads them.
    const QList<QByteArray> lines = utf8.trimmed().startsWith('{') || utf8.trimmed().startsWith('[')
        ? utf8.split('\n')
        : QList<QByteArray> {};
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            // Maybe one pretty-printed document spanning several lines.
            const QJsonDocument whole = QJsonDocument::fromJson(utf8);
            if (whole.isNull())
                break;
            addRecord(whole.isArray() ? QJsonValue(whole.array()) : QJsonValue(whole.object()));
            any = true;
            break;
        }
        addRecord(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        any = true;
    }
    if (!any)
        ++m_nonJson;
    return any;
}

void PathDiscovery::addRecord(const QJsonValue &document)
{
    const QJsonValue root = m_root.resolve(document);
    if (root.isArray()) {
        const QJsonArray batch = root.toArray();
        for (const QJsonValue &record : batch) {
            ++m_records;
            walk(record, QString(), 0);
        }
    } else if (root.isObject()) {
        ++m_records;
        walk(root, QString(), 0);
    }
}

void PathDiscovery::walk(const QJsonValue &value, const QString &pointer, int depth)
{
    if (depth > kMaxDepth)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), pointer + QLatin1Char('/') + JsonPointer::escapeToken(it.key()),
                 depth + 1);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), pointer + QLatin1Char('/') + QString::number(i), depth + 1);
    } else {
        note(pointer, value);
    }
}

void PathDiscovery::note(const QString &pointer, const QJsonValue &value)
{
    const QString type = typeOf(value);
    if (type.isEmpty())
        return;
    auto it = std::find_if(m_paths.begin(), m_paths.end(),
                           [&](const DiscoveredPath &p) { return p.pointer == pointer; });
    if (it == m_paths.end()) {
        if (m_paths.size() >= kMaxPaths)
            return; // a feed with ever-new keys: the first ones are enough to choose from
        DiscoveredPath path;
        path.pointer = pointer;
        path.types = QStringList { type };
        path.example = exampleOf(value);
        m_paths.append(path);
        it = m_paths.end() - 1;
    } else if (!it->types.contains(type)) {
        it->types << type;
    }
    ++it->count;
    if (value.isDouble()) {
        ++it->numbers;
        if (isEpochMs(FrameDecoder::epochMsFromNumber(value.toDouble())))
            ++it->epochNumbers;
    } else if (type == QLatin1String("string")) {
        const QString text = value.toString();
        ++it->strings;
        it->maxStringLength = std::max(it->maxStringLength, int(text.size()));
        if (!std::isnan(FrameDecoder::epochMsFromIsoString(text)))
            ++it->isoStrings;
        if (it->distinct.size() <= DiscoveredPath::kMaxDistinct && !it->distinct.contains(text))
            it->distinct << text;
    }
}

bool DiscoveredPath::isAllNumeric() const
{
    return count > 0 && std::all_of(types.begin(), types.end(), [](const QString &type) {
               return type == QLatin1String("number") || type == QLatin1String("numeric string");
           });
}

bool DiscoveredPath::isTimeLike() const
{
    return count > 0 && (epochNumbers == count || isoStrings == count);
}

bool DiscoveredPath::isTextOnly() const
{
    return count > 0 && strings == count && isoStrings == 0;
}

QStringList PathDiscovery::timeCandidates() const
{
    QList<DiscoveredPath> candidates;
    for (const DiscoveredPath &path : m_paths) {
        if (path.isTimeLike())
            candidates << path;
    }
    // A time's name first, then the path most records hold, then the pointer.
    std::sort(candidates.begin(), candidates.end(),
              [](const DiscoveredPath &a, const DiscoveredPath &b) {
                  const bool aNamed = isTimeName(nameOf(a.pointer));
                  const bool bNamed = isTimeName(nameOf(b.pointer));
                  if (aNamed != bNamed)
                      return aNamed;
                  if (a.count != b.count)
                      return a.count > b.count;
                  return a.pointer < b.pointer;
              });
    QStringList pointers;
    for (const DiscoveredPath &path : std::as_const(candidates))
        pointers << path.pointer;
    return pointers;
}

QStringList PathDiscovery::keyCandidates() const
{
    QList<DiscoveredPath> candidates;
    for (const DiscoveredPath &path : m_paths) {
        if (path.isTextOnly())
            candidates << path;
    }
    const auto fewValues = [](const DiscoveredPath &p) {
        return p.distinct.size() <= DiscoveredPath::kMaxDistinct
            && (p.distinct.size() < p.count || p.count == 1);
    };
    // A key's name, then few distinct values (but more than one), then short values.
    std::sort(candidates.begin(), candidates.end(),
              [&](const DiscoveredPath &a, const DiscoveredPath &b) {
                  const auto rank = [&](const DiscoveredPath &p) {
                      return std::make_tuple(!isKeyName(nameOf(p.pointer)), !fewValues(p),
                                             p.distinct.size() < 2, p.maxStringLength);
                  };
                  if (rank(a) != rank(b))
                      return rank(a) < rank(b);
                  return a.pointer < b.pointer;
              });
    QStringList pointers;
    for (const DiscoveredPath &path : std::as_const(candidates))
        pointers << path.pointer;
    return pointers;
}

DiscoveryGuess PathDiscovery::guess() const
{
    DiscoveryGuess guess;
    const QStringList times = timeCandidates();
    if (!times.isEmpty())
        guess.time = times.first();
    for (const QString &pointer : keyCandidates()) {
        const auto it = std::find_if(m_paths.begin(), m_paths.end(),
                                     [&](const DiscoveredPath &p) { return p.pointer == pointer; });
        // Few distinct short names, in most records: a series per value makes sense. A value
        // that never changed only counts when the path is called like a key.
        const bool few = it->distinct.size() <= DiscoveredPath::kMaxDistinct
            && (it->distinct.size() < it->count || it->count == 1);
        const bool varies = it->distinct.size() > 1 || isKeyName(nameOf(pointer));
        if (few && varies && it->maxStringLength <= kMaxKeyLength && it->count * 2 >= m_records
            && !isLogName(nameOf(pointer))) {
            guess.key = pointer;
            break;
        }
    }
    for (const DiscoveredPath &path : paths()) {
        if (path.isAllNumeric() && !path.isTimeLike() && path.pointer != guess.key)
            guess.fields << path.pointer;
    }
    return guess;
}

QList<DiscoveredPath> PathDiscovery::paths() const
{
    QList<DiscoveredPath> sorted = m_paths;
    std::sort(sorted.begin(), sorted.end(), [](const DiscoveredPath &a, const DiscoveredPath &b) {
        return a.pointer < b.pointer;
    });
    return sorted;
}
