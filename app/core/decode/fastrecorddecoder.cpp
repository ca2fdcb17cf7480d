#include "decode/fastrecorddecoder.h"

#include "decode/framedecoder.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace {
using simdjson::dom::element;
using simdjson::dom::element_type;

// A JSON Pointer as UTF-8 tokens, resolved directly on simdjson's DOM.
struct Path
{
    std::vector<std::string> tokens;
    QString text;
};

enum class Lookup { Found, Missing, Unsure };

// Member names and symbols are a few bytes: comparing inline beats a call to memcmp.
bool sameBytes(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

Path toPath(const JsonPointer &pointer)
{
    Path path;
    path.text = pointer.text();
    if (pointer.isRoot())
        return path;
    // JsonPointer keeps the unescaped tokens private; re-split its text the same way.
    const QStringList raw = pointer.text().mid(1).split(QLatin1Char('/'));
    for (QString token : raw) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        path.tokens.push_back(token.toStdString());
    }
    return path;
}

// JsonPointer::resolve semantics: in an object the last of duplicate keys wins (as in
// QJsonObject); an array index is plain decimal without leading zeros. Tokens the Qt path
// might read differently ("+1", " 1") are Unsure, so the frame takes the general path.
Lookup resolve(element current, const Path &path, element &found)
{
    for (const std::string &token : path.tokens) {
        if (current.is_object()) {
            bool hit = false;
            simdjson::dom::object object;
            if (current.get_object().get(object) != simdjson::SUCCESS)
                return Lookup::Unsure;
            for (const auto field : object) {
                if (sameBytes(field.key, token)) {
                    found = field.value;
                    hit = true;
                }
            }
            if (!hit)
                return Lookup::Missing;
            current = found;
        } else if (current.is_array()) {
            if (token.empty() || token.size() > 18)
                return Lookup::Unsure;
            size_t index = 0;
            for (char c : token) {
                if (c < '0' || c > '9')
                    return Lookup::Unsure;
                index = index * 10 + size_t(c - '0');
            }
            if (token.size() > 1 && token[0] == '0')
                return Lookup::Missing;
            simdjson::dom::array array;
            if (current.get_array().get(array) != simdjson::SUCCESS)
                return Lookup::Unsure;
            element item;
            if (array.at(index).get(item) != simdjson::SUCCESS)
                return Lookup::Missing;
            current = item;
        } else {
            return Lookup::Missing;
        }
    }
    found = current;
    return Lookup::Found;
}

bool numberOf(element e, double &out)
{
    switch (e.type()) {
    case element_type::INT64:
        out = double(e.get_int64().value_unsafe());
        return true;
    case element_type::UINT64:
        out = double(e.get_uint64().value_unsafe());
        return true;
    case element_type::DOUBLE:
        out = e.get_double().value_unsafe();
        return true;
    default:
        return false;
    }
}

// Cheap pre-check so that strings like "AAPL" never become a QString: only spellings that
// FrameDecoder::parseNumericString could accept pass.
bool mayBeNumeric(std::string_view s)
{
    if (s.empty() || s.size() > 64 * 3)
        return false;
    for (char c : s) {
        const bool plain = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e'
            || c == 'E' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!plain)
            return (static_cast<unsigned char>(c) & 0x80) || c == 'n' || c == 'N' || c == 'a'
                || c == 'A' || c == 'i' || c == 'I' || c == 'f' || c == 'F' || c == 't' || c == 'T'
                || c == 'y' || c == 'Y';
    }
    return true;
}

QString formatNumberKey(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}
} // namespace

struct FastRecordDecoder::Impl
{
    // Keys repeat (a few symbols, many ticks): a direct-mapped cache from their UTF-8 bytes
    // to one shared QString, so a hit costs a hash and a compare, not an allocation.
    struct InternSlot
    {
        std::string bytes;
        QString text;
        qint64 serial = 0; // new for every string the slot takes: part of the series hint
        bool used = false;
    };
    static constexpr size_t kInternSlots = 512;

    simdjson::dom::parser parser;
    bool usable = false;
    bool hasKey = false;
    bool hasTime = false;
    Path key;
    Path time;
    std::vector<Path> fields;
    // key (if any), time (if any), then the fields; with their lookups for the current record.
    std::vector<const Path *> paths;
    std::vector<Lookup> lookups;
    std::vector<element> values;
    bool flat = true;
    struct LayoutMember
    {
        std::string name;
        int path = -1;
    };
    static constexpr size_t kLayoutMembers = 64;
    std::vector<LayoutMember> layout; // of the last flat record, see pathServedBy()
    std::array<InternSlot, kInternSlots> interned;
    QString scratchKey;
    const QString noKey;
    qint64 nextSerial = 1; // 0 is "no key"

    const InternSlot &intern(std::string_view bytes)
    {
        InternSlot &slot = interned[std::hash<std::string_view> {}(bytes) % kInternSlots];
        if (!slot.used || !sameBytes(slot.bytes, bytes)) {
            slot.bytes.assign(bytes.data(), bytes.size());
            slot.text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
            slot.serial = nextSerial++;
            slot.used = true;
        }
        return slot;
    }

    // Resolves every path of the config against one record. When each path is one token
    // (the usual "/p"), a single pass over the record's members serves them all.
    void resolveAll(element record)
    {
        if (flat && record.is_object()) {
            std::fill(lookups.begin(), lookups.end(), Lookup::Missing);
            simdjson::dom::object object;
            if (record.get_object().get(object) != simdjson::SUCCESS)
                return;
            size_t position = 0;
            for (const auto member : object) {
                const int served = pathServedBy(position++, member.key);
                if (served >= 0) {
                    values[size_t(served)] = member.value; // the last of duplicate keys wins
                    lookups[size_t(served)] = Lookup::Found;
                }
            }
            return;
        }
        for (size_t i = 0; i < paths.size(); ++i)
            lookups[i] = resolve(record, *paths[i], values[i]);
    }

    // The path (index into `paths`) the member at `position` of a flat record serves, or -1.
    // Records of one feed share a layout: the member at each position is remembered with its
    // path, so a record like the last one costs one name comparison per member instead of
    // one per member and path. Paths with the same token (key and field both "/s") make the
    // same member serve two paths: those configs are never `flat`.
    int pathServedBy(size_t position, std::string_view name)
    {
        if (position < layout.size() && sameBytes(name, layout[position].name))
            return layout[position].path;
        int served = -1;
        for (size_t i = 0; i < paths.size() && served < 0; ++i) {
            if (sameBytes(name, paths[i]->tokens.front()))
                served = int(i);
        }
        if (position < kLayoutMembers) {
            if (position >= layout.size())
                layout.resize(position + 1);
            layout[position].name.assign(name.data(), name.size());
            layout[position].path = served;
        }
        return served;
    }

    // FrameDecoder::decodeRecord's key: string, number or bool; anything else is "no key".
    // Points `out` at the key's text (interned, or scratch for numbers and booleans) rather
    // than copying it: a QString copy is an atomic reference count, per record.
    // `serial` identifies the key for series hints: 0 for no key, -1 (no hint) for the
    // scratch text of numbers and booleans.
    Lookup keyOf(Lookup l, element value, const QString *&out, qint64 &serial)
    {
        out = &noKey;
        serial = 0;
        if (l != Lookup::Found)
            return l == Lookup::Unsure ? l : Lookup::Found;
        double number = 0.0;
        if (value.is_string()) {
            const InternSlot &slot = intern(value.get_string().value_unsafe());
            out = &slot.text;
            serial = slot.serial;
        } else if (numberOf(value, number)) {
            scratchKey = formatNumberKey(number);
            out = &scratchKey;
            serial = -1;
        } else if (value.is_bool()) {
            scratchKey = value.get_bool().value_unsafe() ? QStringLiteral("true")
                                                         : QStringLiteral("false");
            out = &scratchKey;
            serial = -1;
        }
        return Lookup::Found;
    }

    // FrameDecoder::decodeRecord's time: a number by magnitude, a numeric or ISO string,
    // else the receive time.
    Lookup timeOf(Lookup l, element value, qint64 receiveUs, double &timeMs)
    {
        timeMs = double(receiveUs) / 1000.0;
        if (l != Lookup::Found)
            return l == Lookup::Unsure ? l : Lookup::Found;
        double parsed = std::numeric_limits<double>::quiet_NaN();
        double number = 0.0;
        bool finite = false;
        if (numberOf(value, number)) {
            parsed = FrameDecoder::epochMsFromNumber(number);
        } else if (value.is_string()) {
            const std::string_view s = value.get_string().value_unsafe();
            const QString text = QString::fromUtf8(s.data(), qsizetype(s.size()));
            if (FrameDecoder::parseNumericString(text, &number, &finite) && finite)
                parsed = FrameDecoder::epochMsFromNumber(number);
            else
                parsed = FrameDecoder::epochMsFromIsoString(text);
        }
        if (FrameDecoder::isUsableTimeMs(parsed)
            && FrameDecoder::isPlausibleTimeMs(parsed, receiveUs))
            timeMs = parsed;
        else if (std::isfinite(parsed))
            return Lookup::Unsure; // an error with a reason: the general path words it
        return Lookup::Found;
    }

    bool decodeFields(size_t first, const QString &keyText, qint64 keySerial, double timeMs,
                      FrameDecodeResult &out)
    {
        size_t count = 0;
        for (size_t i = first; i < paths.size(); ++i) {
            const Path &field = *paths[i];
            const element value = values[i];
            const Lookup l = lookups[i];
            if (l == Lookup::Unsure)
                return false;
            if (l == Lookup::Missing || value.is_null())
                continue;
            double number = 0.0;
            if (!numberOf(value, number)) {
                if (!value.is_string())
                    return false; // an error with a reason: the general path words it
                const std::string_view s = value.get_string().value_unsafe();
                bool finite = false;
                if (!mayBeNumeric(s)
                    || !FrameDecoder::parseNumericString(
                        QString::fromUtf8(s.data(), qsizetype(s.size())), &number, &finite)
                    || !finite)
                    return false;
            }
            const qint64 hint
                = keySerial < 0 ? -1 : keySerial * qint64(fields.size()) + qint64(i - first);
            put(out, count++,
                DecodedSample { {}, {}, timeMs, number, &keyText, &field.text, hint });
        }
        out.samples.resize(count);
        return true;
    }

    // Writes sample n over the previous frame's: the vector keeps its elements, so a steady
    // feed decodes without allocating. Strings the general path left in an element stay
    // there unread (key() and field() prefer the pointers) until that path clears the result.
    static void put(FrameDecodeResult &out, size_t n, const DecodedSample &sample)
    {
        if (n >= out.samples.size()) {
            out.samples.push_back(sample);
            return;
        }
        DecodedSample &s = out.samples[n];
        s.timeMs = sample.timeMs;
        s.value = sample.value;
        s.keyRef = sample.keyRef;
        s.fieldRef = sample.fieldRef;
        s.seriesHint = sample.seriesHint;
    }
};

FastRecordDecoder::FastRecordDecoder(const DecodeConfig &config)
    : d(std::make_unique<Impl>())
{
    // Batches (root), log mappings and field discovery stay on the general path.
    d->usable = config.root.isEmpty() && !config.hasLog() && !config.autoFields();
    d->hasKey = config.hasKey();
    d->hasTime = config.hasTime();
    if (d->hasKey)
        d->key = toPath(config.key);
    if (d->hasTime)
        d->time = toPath(config.time);
    for (const JsonPointer &field : config.fields)
        d->fields.push_back(toPath(field));
    if (d->hasKey)
        d->paths.push_back(&d->key);
    if (d->hasTime)
        d->paths.push_back(&d->time);
    for (const Path &field : d->fields)
        d->paths.push_back(&field);
    std::vector<std::string> tokens;
    for (const Path *path : d->paths) {
        d->flat = d->flat && path->tokens.size() == 1;
        if (path->tokens.size() == 1)
            tokens.push_back(path->tokens.front());
    }
    // One member serving two paths (key and field both "/s") takes the general walk.
    std::sort(tokens.begin(), tokens.end());
    d->flat = d->flat && std::adjacent_find(tokens.begin(), tokens.end()) == tokens.end();
    d->lookups.resize(d->paths.size());
    d->values.resize(d->paths.size());
}

FastRecordDecoder::~FastRecordDecoder() = default;

bool FastRecordDecoder::decode(const QByteArray &utf8, qint64 receiveUs, FrameDecodeResult &out)
{
    if (!d->usable)
        return false;
    element document;
    // realloc_if_needed copies into the parser's reused, padded buffer: no allocation.
    if (d->parser.parse(utf8.constData(), size_t(utf8.size()), true).get(document)
        != simdjson::SUCCESS)
        return false; // malformed, out-of-range numbers, NDJSON: the general path decides
    if (!document.is_object())
        return false;
    d->resolveAll(document);
    const QString *keyText = &d->noKey;
    qint64 keySerial = 0;
    double timeMs = double(receiveUs) / 1000.0;
    size_t next = 0;
    if (d->hasKey
        && d->keyOf(d->lookups[next], d->values[next], keyText, keySerial) == Lookup::Unsure)
        return false;
    next += d->hasKey ? 1 : 0;
    if (d->hasTime
        && d->timeOf(d->lookups[next], d->values[next], receiveUs, timeMs) == Lookup::Unsure)
        return false;
    next += d->hasTime ? 1 : 0;
    return d->decodeFields(next, *keyText, keySerial, timeMs, out);
}
