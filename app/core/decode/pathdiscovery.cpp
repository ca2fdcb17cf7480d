#include "decode/pathdiscovery.h"

#include "decode/framedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace {
constexpr int kMaxDepth = 32;
constexpr qsizetype kMaxExample = 40;

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::String: {
        double number = 0.0;
        bool finite = true;
        return FrameDecoder::parseNumericString(value.toString(), &number, &finite) && finite
            ? QStringLiteral("numeric string")
            : QStringLiteral("string");
    }
    default: return QString();
    }
}

QString exampleOf(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Double: text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest); break;
    case QJsonValue::Bool: text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
    case QJsonValue::Null: text = QStringLiteral("null"); break;
    case QJsonValue::String: text = QLatin1Char('"') + value.toString() + QLatin1Char('"'); break;
    default: break;
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
        : QList<QByteArray>{};
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
            walk(it.value(), pointer + QLatin1Char('/') + JsonPointer::escapeToken(it.key()), depth + 1);
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
        m_paths.append(DiscoveredPath{pointer, {type}, exampleOf(value), 1});
        return;
    }
    ++it->count;
    if (!it->types.contains(type))
        it->types << type;
}

QList<DiscoveredPath> PathDiscovery::paths() const
{
    QList<DiscoveredPath> sorted = m_paths;
    std::sort(sorted.begin(), sorted.end(),
              [](const DiscoveredPath &a, const DiscoveredPath &b) { return a.pointer < b.pointer; });
    return sorted;
}
