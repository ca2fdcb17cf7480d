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
    case element_type::INT64: out = double(e.get_int64().value_unsafe()); return true;
    case element_type::UINT64: out = double(e.get_uint64().value_unsafe()); return true;
    case element_type::DOUBLE: out = e.get_double().value_unsafe(); return true;
    default: return false;
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
                || c == 'A' || c == 'i' || c == 'I' || c == 'f' || c == 'F' || c == 't'
                || c == 'T' || c == 'y' || c == 'Y';
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
    std::array<InternSlot, kInternSlots> interned;
    QString scratchKey;
    const QString noKey;

    const QString &intern(std::string_view bytes)
    {
        InternSlot &slot = interned[std::hash<std::string_view>{}(bytes) % kInternSlots];
        if (!slot.used || !sameBytes(slot.bytes, bytes)) {
            slot.bytes.assign(bytes.data(), bytes.size());
            slot.text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
            slot.used = true;
        }
        return slot.text;
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
            for (const auto member : object) {
                for (size_t i = 0; i < paths.size(); ++i) {
                    const std::string &token = paths[i]->tokens.front();
                    if (sameBytes(member.key, token)) {
                        values[i] = member.value; // the last of duplicate keys wins
                        lookups[i] = Lookup::Found;
                    }
                }
            }
            return;
        }
        for (size_t i = 0; i < paths.size(); ++i)
            lookups[i] = resolve(record, *paths[i], values[i]);
    }

    // FrameDecoder::decodeRecord's key: string, number or bool; anything else is "no key".
    // Points `out` at the key's text (interned, or scratch for numbers and booleans) rather
    // than copying it: a QString copy is an atomic reference count, per record.
    Lookup keyOf(Lookup l, element value, const QString *&out)
    {
        out = &noKey;
        if (l != Lookup::Found)
            return l == Lookup::Unsure ? l : Lookup::Found;
        double number = 0.0;
        if (value.is_string()) {
            out = &intern(value.get_string().value_unsafe());
        } else if (numberOf(value, number)) {
            scratchKey = formatNumberKey(number);
            out = &scratchKey;
        } else if (value.is_bool()) {
            scratchKey = value.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
            out = &scratchKey;
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
        if (FrameDecoder::isUsableTimeMs(parsed) && FrameDecoder::isPlausibleTimeMs(parsed, receiveUs))
            timeMs = parsed;
        else if (std::isfinite(parsed))
            return Lookup::Unsure; // an error with a reason: the general path words it
        return Lookup::Found;
    }

    bool decodeFields(size_t first, const QString &keyText, double timeMs, FrameDecodeResult &out)
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
            put(out, count++, keyText, field.text, timeMs, number);
        }
        out.samples.resize(count);
        return true;
    }

    // Writes sample n over the previous frame's, assigning a string only when it is not
    // already the same shared one: a steady feed then decodes without touching a reference
    // count (each is an atomic operation, a few per sample otherwise).
    static void put(FrameDecodeResult &out, size_t n, const QString &key, const QString &field,
                    double timeMs, double value)
    {
        if (n >= out.samples.size()) {
            out.samples.push_back(DecodedSample{key, field, timeMs, value});
            return;
        }
        DecodedSample &s = out.samples[n];
        if (!sameString(s.key, key))
            s.key = key;
        if (!sameString(s.field, field))
            s.field = field;
        s.timeMs = timeMs;
        s.value = value;
    }

    static bool sameString(const QString &a, const QString &b)
    {
        return a.constData() == b.constData() && a.size() == b.size() && a.isSharedWith(b);
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
    for (const Path *path : d->paths)
        d->flat = d->flat && path->tokens.size() == 1;
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
    double timeMs = double(receiveUs) / 1000.0;
    size_t next = 0;
    if (d->hasKey && d->keyOf(d->lookups[next], d->values[next], keyText) == Lookup::Unsure)
        return false;
    next += d->hasKey ? 1 : 0;
    if (d->hasTime && d->timeOf(d->lookups[next], d->values[next], receiveUs, timeMs) == Lookup::Unsure)
        return false;
    next += d->hasTime ? 1 : 0;
    return d->decodeFields(next, *keyText, timeMs, out);
}
