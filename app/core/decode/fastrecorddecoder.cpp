#include "decode/fastrecorddecoder.h"

#include "decode/decodevalues.h"
#include "decode/framedecoder.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <optional>

namespace {
using simdjson::dom::element;
using simdjson::dom::element_type;

// The general path's QJsonDocument refuses documents nested deeper than 1024; read nothing
// nearly that deep, so a frame both parsers accept is the only kind this path takes.
constexpr size_t kMaxParseDepth = 256;
// FrameDecoder's discovery stops at this depth; so does this path.
constexpr int kMaxDiscoveryDepth = 64;
// Members sorted in place by insertion; larger objects use std::stable_sort.
constexpr size_t kInsertionSortMembers = 48;
constexpr qint64 kMaxHintSerial = qint64(1) << 31;

// A JSON Pointer as UTF-8 tokens, resolved directly on simdjson's DOM.
struct Path
{
    std::vector<std::string> tokens;
    QString text;
    std::string utf8; // the pointer's text, for comparing with discovered pointers
};

enum class Lookup { Found, Missing, Unsure };

simdjson::dom::object objectOf(element e);
simdjson::dom::array arrayOf(element e);

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
    path.utf8 = pointer.text().toStdString();
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
            for (const auto field : objectOf(current)) {
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
            element item;
            if (arrayOf(current).at(index).get(item) != simdjson::SUCCESS)
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

// A literal the general path may read differently: Qt refuses literals that underflow
// (1e-400) and then reads them as strings, so a tiny double's spelling matters there.
bool isTinyDouble(element e, double number)
{
    return e.type() == element_type::DOUBLE && std::fabs(number) < DBL_MIN;
}

// simdjson_result::value_unsafe() returns into its temporary: copy the (small) view out
// before iterating it.
simdjson::dom::object objectOf(element e)
{
    simdjson::dom::object object;
    [[maybe_unused]] const auto error = e.get_object().get(object);
    return object;
}

simdjson::dom::array arrayOf(element e)
{
    simdjson::dom::array array;
    [[maybe_unused]] const auto error = e.get_array().get(array);
    return array;
}

std::string_view stringOf(element e)
{
    return e.get_string().value_unsafe();
}

bool isBlankLine(std::string_view line)
{
    for (char c : line) {
        if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    return true;
}

// Keys, numeric keys and discovered field pointers repeat (a few symbols and fields, many
// ticks): a direct-mapped cache from their bytes to one shared QString, so a hit costs a hash
// and a compare, not an allocation. A sample points at the slot's text until the next frame,
// so a slot already used by this frame is never taken over: the newcomer goes to `overflow`.
class InternTable
{
public:
    struct Slot
    {
        std::string bytes;
        QString text;
        qint64 serial = 0; // new for every string the slot takes: part of the series hint
        quint64 frame = 0; // the last frame that used it
        bool used = false;
    };

    // Interns `bytes`; `make` gives the text for a new entry. serial: -1 when overflowed.
    template<typename Make>
    const QString *get(std::string_view bytes, quint64 frame, qint64 &nextSerial,
                       std::deque<QString> &overflow, qint64 &serial, Make &&make)
    {
        Slot &slot = slotFor(bytes);
        if (slot.used && sameBytes(slot.bytes, bytes)) {
            slot.frame = frame;
            serial = slot.serial;
            return &slot.text;
        }
        if (slot.used && slot.frame == frame) {
            overflow.push_back(make());
            serial = -1;
            return &overflow.back();
        }
        slot.bytes.assign(bytes.data(), bytes.size());
        slot.text = make();
        slot.serial = nextSerial++;
        slot.frame = frame;
        slot.used = true;
        serial = slot.serial;
        return &slot.text;
    }

    Slot &slotFor(std::string_view bytes)
    {
        return m_slots[std::hash<std::string_view> {}(bytes) % m_slots.size()];
    }

private:
    std::array<Slot, 512> m_slots;
};
} // namespace

struct FastRecordDecoder::Impl
{
    QString feed;
    simdjson::dom::parser parser;
    bool hasRoot = false;
    bool autoFields = false;
    bool autoLog = false; // no level/message mapping: the common names make a log record
    Path root;
    Path key;
    Path time;
    Path level;
    Path message;
    std::vector<Path> fields;
    // key, time, level, message (those configured), then the fields; with their lookups for
    // the current record. The index of each, or -1.
    std::vector<const Path *> paths;
    int keyAt = -1;
    int timeAt = -1;
    int levelAt = -1;
    int messageAt = -1;
    size_t firstField = 0;
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

    InternTable keys;
    InternTable numberKeys;
    InternTable pointers;
    std::deque<QString> overflow;
    quint64 frame = 0;
    qint64 nextSerial = 1; // 0 is "no key"
    const QString noKey;
    const QString trueText = QStringLiteral("true");
    const QString falseText = QStringLiteral("false");

    // Discovery's state: the pointer being built, and the members of the objects on the way
    // down (each object's, sorted, on top of its parent's).
    struct Member
    {
        std::string_view name;
        element value;
    };
    std::string pointer;
    std::vector<Member> members;
    std::vector<uint32_t> order;
    struct FlatLayout
    {
        struct Field
        {
            size_t position = 0; // in document order
            std::string pointer;
            InternTable::Slot *slot = nullptr;
            qint64 serial = -1; // the slot's serial when this pointer was interned there
        };
        std::vector<std::string> names; // in document order
        std::vector<Field> fields; // the members that may be samples, in QJsonObject's order
        bool logNames = false; // a member is named like a log level or message
        bool valid = false;
    };
    FlatLayout flatLayout;
    bool noLogNames = false; // this record has no member named like a log level or message

    // Log levels as feeds spell them, read once per spelling.
    struct LevelSlot
    {
        std::string bytes;
        LogLevel level = LogLevel::Info;
        bool used = false;
    };
    std::array<LevelSlot, 64> levels;

    size_t count = 0; // samples of this frame so far

    // ---- records -------------------------------------------------------------------------

    bool decodeDocument(element document, qint64 receiveUs, FrameDecodeResult &out)
    {
        element top = document;
        if (hasRoot) {
            const Lookup l = resolve(document, root, top);
            if (l == Lookup::Unsure)
                return false;
            // Acknowledgements and heartbeats lack the root: nothing to decode, not an error.
            if (l == Lookup::Missing || top.is_null())
                return true;
        }
        if (top.is_array()) {
            const simdjson::dom::array batch = arrayOf(top);
            bool allObjects = true;
            for (const element item : batch) {
                if (!item.is_object()) {
                    allObjects = false;
                    break;
                }
            }
            // A configured root names a batch; without one, only an array of objects is a
            // batch, and any other array is one record whose elements are fields (/0, /1...).
            if (allObjects || hasRoot) {
                for (const element item : batch) {
                    if (!decodeRecord(item, receiveUs, out))
                        return false;
                }
                return true;
            }
        }
        return decodeRecord(top, receiveUs, out);
    }

    bool decodeRecord(element record, qint64 receiveUs, FrameDecodeResult &out)
    {
        if (!record.is_object() && !record.is_array())
            return false; // an error with a reason: the general path words it
        resolveAll(record);
        const QString *keyText = &noKey;
        qint64 keySerial = 0;
        if (keyAt >= 0 && !keyOf(size_t(keyAt), keyText, keySerial))
            return false;
        double timeMs = double(receiveUs) / 1000.0;
        if (timeAt >= 0 && !timeOf(size_t(timeAt), receiveUs, timeMs))
            return false;
        // A record is a log record "as well" (contract): its numbers still become samples.
        // (Samples and log records go to lists of their own: the order of the two is free.)
        noLogNames = false;
        if (autoFields) {
            if (!discoverRecord(record, *keyText, keySerial, timeMs, out))
                return false;
            return decodeLog(record, timeMs, receiveUs, out);
        }
        if (!decodeLog(record, timeMs, receiveUs, out))
            return false;
        return decodeFields(*keyText, keySerial, timeMs, out);
    }

    // Resolves every path of the config against one record. When each path is one token
    // (the usual "/p"), a single pass over the record's members serves them all.
    void resolveAll(element record)
    {
        if (flat && record.is_object()) {
            std::fill(lookups.begin(), lookups.end(), Lookup::Missing);
            size_t position = 0;
            for (const auto member : objectOf(record)) {
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

    // FrameDecoder's key: string, number or bool; anything else is "no key". Points `out` at
    // the key's interned text rather than copying it: a QString copy is an atomic reference
    // count, per record. `serial` identifies the key for series hints (0: no key).
    bool keyOf(size_t at, const QString *&out, qint64 &serial)
    {
        out = &noKey;
        serial = 0;
        if (lookups[at] == Lookup::Unsure)
            return false;
        if (lookups[at] == Lookup::Missing)
            return true;
        const element value = values[at];
        double number = 0.0;
        if (value.is_string()) {
            const std::string_view bytes = stringOf(value);
            out = keys.get(bytes, frame, nextSerial, overflow, serial, [bytes] {
                return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
            });
        } else if (numberOf(value, number)) {
            if (isTinyDouble(value, number))
                return false;
            char raw[sizeof number];
            std::memcpy(raw, &number, sizeof number);
            out = numberKeys.get(std::string_view(raw, sizeof raw), frame, nextSerial, overflow,
                                 serial, [number] { return DecodeValues::numberKeyText(number); });
        } else if (value.is_bool()) {
            out = value.get_bool().value_unsafe() ? &trueText : &falseText;
            serial = value.get_bool().value_unsafe() ? -2 : -3; // no hint (see hintOf)
        }
        return true;
    }

    // FrameDecoder's time: a number by magnitude, a numeric or ISO string, else the receive
    // time. False for a time out of range: an error with a reason, the general path words it.
    bool timeOf(size_t at, qint64 receiveUs, double &timeMs)
    {
        if (lookups[at] == Lookup::Unsure)
            return false;
        if (lookups[at] == Lookup::Missing)
            return true;
        const element value = values[at];
        double parsed = std::numeric_limits<double>::quiet_NaN();
        double number = 0.0;
        if (numberOf(value, number))
            parsed = DecodeValues::epochMsFromNumber(number);
        else if (value.is_string())
            parsed = DecodeValues::epochMsFromTimeString(stringOf(value));
        if (DecodeValues::isUsableTimeMs(parsed)
            && DecodeValues::isPlausibleTimeMs(parsed, receiveUs))
            timeMs = parsed;
        else if (std::isfinite(parsed))
            return false;
        return true;
    }

    // FrameDecoder's log record. False for the forms the general path words itself: a level
    // that is not a string, a message that is not one, or no message (the record's JSON).
    bool decodeLog(element record, double timeMs, qint64 receiveUs, FrameDecodeResult &out)
    {
        element levelValue;
        element messageValue;
        bool hasLevel = false;
        bool hasMessage = false;
        if (levelAt >= 0 || messageAt >= 0) {
            if ((levelAt >= 0 && lookups[size_t(levelAt)] == Lookup::Unsure)
                || (messageAt >= 0 && lookups[size_t(messageAt)] == Lookup::Unsure))
                return false;
            hasLevel = levelAt >= 0 && lookups[size_t(levelAt)] == Lookup::Found
                && !values[size_t(levelAt)].is_null();
            hasMessage = messageAt >= 0 && lookups[size_t(messageAt)] == Lookup::Found
                && !values[size_t(messageAt)].is_null();
            if (hasLevel)
                levelValue = values[size_t(levelAt)];
            if (hasMessage)
                messageValue = values[size_t(messageAt)];
        } else if (autoLog && record.is_object() && !noLogNames) {
            const Lookup found = findLogMembers(record, levelValue, messageValue);
            if (found == Lookup::Unsure)
                return false;
            if (found == Lookup::Missing)
                return true;
            hasLevel = hasMessage = true;
        }
        if (!hasLevel && !hasMessage)
            return true;
        if (!hasMessage || !messageValue.is_string() || (hasLevel && !levelValue.is_string()))
            return false;
        LogRecord log;
        log.timeUs = std::isfinite(timeMs) ? qint64(std::llround(timeMs * 1000.0)) : receiveUs;
        log.feed = feed;
        const std::string_view text = stringOf(messageValue);
        log.message = QString::fromUtf8(text.data(), qsizetype(text.size()));
        log.level = hasLevel ? levelOf(stringOf(levelValue)) : logLevelFromText(log.message);
        out.logs.push_back(std::move(log));
        return true;
    }

    // Without a mapping, {"level":..,"msg":..} and its kin: the first of each list of names
    // whose value (the last of duplicates, as in QJsonObject) is a string. Unsure when one of
    // them is a tiny double literal, which Qt reads as a string (see isTinyDouble).
    static Lookup findLogMembers(element record, element &levelValue, element &messageValue)
    {
        static constexpr std::array<std::string_view, 4> levelNames
            = { "level", "severity", "lvl", "loglevel" };
        static constexpr std::array<std::string_view, 3> messageNames = { "message", "msg", "log" };
        std::array<element, 4> levelFound;
        std::array<bool, 4> levelHit {};
        std::array<element, 3> messageFound;
        std::array<bool, 3> messageHit {};
        for (const auto member : objectOf(record)) {
            const std::string_view name = member.key;
            if (name.size() < 3 || name.size() > 8)
                continue;
            for (size_t i = 0; i < levelNames.size(); ++i) {
                if (sameBytes(name, levelNames[i])) {
                    levelFound[i] = member.value;
                    levelHit[i] = true;
                }
            }
            for (size_t i = 0; i < messageNames.size(); ++i) {
                if (sameBytes(name, messageNames[i])) {
                    messageFound[i] = member.value;
                    messageHit[i] = true;
                }
            }
        }
        const auto tiny = [](const element &e) {
            double number = 0.0;
            return numberOf(e, number) && isTinyDouble(e, number);
        };
        for (size_t i = 0; i < levelNames.size(); ++i) {
            if (levelHit[i] && tiny(levelFound[i]))
                return Lookup::Unsure;
        }
        for (size_t i = 0; i < messageNames.size(); ++i) {
            if (messageHit[i] && tiny(messageFound[i]))
                return Lookup::Unsure;
        }
        bool haveLevel = false;
        for (size_t i = 0; i < levelNames.size() && !haveLevel; ++i) {
            if (levelHit[i] && levelFound[i].is_string()) {
                levelValue = levelFound[i];
                haveLevel = true;
            }
        }
        bool haveMessage = false;
        for (size_t i = 0; i < messageNames.size() && !haveMessage; ++i) {
            if (messageHit[i] && messageFound[i].is_string()) {
                messageValue = messageFound[i];
                haveMessage = true;
            }
        }
        return haveLevel && haveMessage ? Lookup::Found : Lookup::Missing;
    }

    LogLevel levelOf(std::string_view bytes)
    {
        LevelSlot &slot = levels[std::hash<std::string_view> {}(bytes) % levels.size()];
        if (!slot.used || !sameBytes(slot.bytes, bytes)) {
            slot.bytes.assign(bytes.data(), bytes.size());
            slot.level = parseLogLevel(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())))
                             .value_or(LogLevel::Info);
            slot.used = true;
        }
        return slot.level;
    }

    // ---- samples -------------------------------------------------------------------------

    // A number for the engine's series cache: unique to (key, field) while both are interned.
    static qint64 hintOf(qint64 keySerial, qint64 fieldSerial)
    {
        if (keySerial < 0 || fieldSerial < 0 || keySerial >= kMaxHintSerial
            || fieldSerial >= kMaxHintSerial)
            return -1;
        return (keySerial << 32) | fieldSerial;
    }

    // A value that becomes a sample: a number, or a string holding a finite one. `finite`
    // false: a string holding NaN/Infinity or out of range (the caller decides).
    static bool sampleValue(element value, double &number, bool &isText, bool &finite)
    {
        isText = false;
        finite = true;
        if (numberOf(value, number))
            return !isTinyDouble(value, number) || number == 0.0;
        if (!value.is_string())
            return false;
        isText = true;
        return DecodeValues::parseNumericString(stringOf(value), &number, &finite);
    }

    bool decodeFields(const QString &keyText, qint64 keySerial, double timeMs,
                      FrameDecodeResult &out)
    {
        for (size_t i = firstField; i < paths.size(); ++i) {
            const Lookup l = lookups[i];
            if (l == Lookup::Unsure)
                return false;
            if (l == Lookup::Missing || values[i].is_null())
                continue; // records of other shapes (heartbeats, acks) simply lack the field
            double number = 0.0;
            bool isText = false;
            bool finite = true;
            if (!sampleValue(values[i], number, isText, finite) || !finite)
                return false; // an error with a reason: the general path words it
            put(out, keyText, paths[i]->text, timeMs, number,
                hintOf(keySerial, qint64(i - firstField) + 1));
        }
        return true;
    }

    bool discoverRecord(element record, const QString &keyText, qint64 keySerial, double timeMs,
                        FrameDecodeResult &out)
    {
        if (record.is_object()) {
            const Lookup flatResult = discoverFlat(record, keyText, keySerial, timeMs, out);
            if (flatResult != Lookup::Missing)
                return flatResult == Lookup::Found;
        }
        pointer.clear();
        members.clear();
        return discover(record, 0, keyText, keySerial, timeMs, out);
    }

    // Discovery of a flat record (an object of scalars), the common case. Records of a feed
    // repeat their member names, so the last layout's order (QJsonObject's: by name, the last
    // of duplicates), its skipped members (key, time, level) and interned pointers serve the
    // next record when its names are the same. Missing: not flat (the recursive walk reads
    // it); Unsure: the general path.
    Lookup discoverFlat(element record, const QString &keyText, qint64 keySerial, double timeMs,
                        FrameDecodeResult &out)
    {
        members.clear();
        for (const auto member : objectOf(record)) {
            if (member.value.is_object() || member.value.is_array())
                return Lookup::Missing;
            members.push_back(Member { member.key, member.value });
        }
        FlatLayout &l = flatLayout;
        bool same = l.valid && l.names.size() == members.size();
        for (size_t i = 0; same && i < members.size(); ++i)
            same = sameBytes(members[i].name, l.names[i]);
        if (!same) {
            const Lookup rebuilt = rebuildFlatLayout();
            if (rebuilt != Lookup::Found)
                return rebuilt;
        }
        const size_t countBefore = count;
        for (FlatLayout::Field &field : l.fields) {
            const element value = members[field.position].value;
            double number = 0.0;
            bool isText = false;
            bool finite = true;
            if (!sampleValue(value, number, isText, finite)) {
                if (numberOf(value, number))
                    return Lookup::Unsure; // a tiny double literal
                continue;
            }
            if (!finite)
                continue; // text that spells a non-finite number is not a measurement
            if (field.slot->serial != field.serial || !field.slot->used) {
                // Taken over by another pointer since: intern this one again.
                const std::string_view bytes = field.pointer;
                pointers.get(bytes, frame, nextSerial, overflow, field.serial, [bytes] {
                    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
                });
                if (field.serial < 0) { // its slot holds another of this frame's pointers
                    l.valid = false;
                    count = countBefore; // the recursive walk reads the record instead
                    return Lookup::Missing;
                }
            }
            field.slot->frame = frame; // not to be taken over while this frame's samples live
            put(out, keyText, field.slot->text, timeMs, number, hintOf(keySerial, field.serial));
        }
        noLogNames = !l.logNames;
        return Lookup::Found;
    }

    // The layout of `members` (a flat record's, in document order). Unsure when a name sorts
    // differently in QJsonObject (see sortMembers); Missing when a pointer cannot be interned
    // for good (the recursive walk reads the record).
    Lookup rebuildFlatLayout()
    {
        FlatLayout &l = flatLayout;
        l.valid = false;
        l.names.clear();
        l.fields.clear();
        l.logNames = false;
        order.clear();
        for (size_t i = 0; i < members.size(); ++i) {
            l.names.emplace_back(members[i].name);
            order.push_back(uint32_t(i));
            for (std::string_view name :
                 { "level", "severity", "lvl", "loglevel", "message", "msg", "log" })
                l.logNames = l.logNames || sameBytes(members[i].name, name);
        }
        if (order.size() > 1) {
            for (const Member &m : members) {
                for (char c : m.name) {
                    if (static_cast<unsigned char>(c) >= 0xEE)
                        return Lookup::Unsure;
                }
            }
        }
        // Stable: equal names keep their document order, and the last of them is kept.
        std::stable_sort(order.begin(), order.end(), [this](uint32_t a, uint32_t b) {
            return members[a].name < members[b].name;
        });
        for (size_t k = 0; k < order.size(); ++k) {
            const Member &m = members[order[k]];
            if (k + 1 < order.size() && sameBytes(m.name, members[order[k + 1]].name))
                continue;
            pointer.clear();
            appendToken(m.name);
            if ((keyAt >= 0 && sameBytes(pointer, key.utf8))
                || (timeAt >= 0 && sameBytes(pointer, time.utf8))
                || (levelAt >= 0 && sameBytes(pointer, level.utf8)))
                continue;
            FlatLayout::Field field;
            field.position = order[k];
            field.pointer = pointer;
            const std::string_view bytes = field.pointer;
            pointers.get(bytes, frame, nextSerial, overflow, field.serial, [bytes] {
                return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
            });
            if (field.serial < 0)
                return Lookup::Missing; // two of this frame's pointers in one slot
            field.slot = &pointers.slotFor(bytes);
            l.fields.push_back(std::move(field));
        }
        l.valid = true;
        return Lookup::Found;
    }

    // FrameDecoder::discoverFields: every numeric leaf (numbers, strings holding finite
    // numbers) but the key, time and level, in QJsonObject's order (members sorted by name,
    // the last of duplicates kept), named by its pointer.
    bool discover(element value, int depth, const QString &keyText, qint64 keySerial, double timeMs,
                  FrameDecodeResult &out)
    {
        if (depth > kMaxDiscoveryDepth)
            return true;
        if (value.is_object()) {
            const size_t first = members.size();
            for (const auto member : objectOf(value))
                members.push_back(Member { member.key, member.value });
            const size_t end = members.size();
            if (!sortMembers(first, end))
                return false;
            const size_t base = pointer.size();
            for (size_t i = first; i < end; ++i) {
                // Sorted: equal names are neighbours, and the last of them is the one kept.
                if (i + 1 < end && sameBytes(members[i].name, members[i + 1].name))
                    continue;
                appendToken(members[i].name);
                const element child = members[i].value;
                if (!discover(child, depth + 1, keyText, keySerial, timeMs, out))
                    return false;
                pointer.resize(base);
            }
            members.resize(first);
            return true;
        }
        if (value.is_array()) {
            const size_t base = pointer.size();
            size_t index = 0;
            for (const element item : arrayOf(value)) {
                char digits[24];
                const auto written = std::to_chars(digits, digits + sizeof digits, index++);
                pointer += '/';
                pointer.append(digits, written.ptr);
                if (!discover(item, depth + 1, keyText, keySerial, timeMs, out))
                    return false;
                pointer.resize(base);
            }
            return true;
        }
        // The key, time and level are what a record is about, not measurements of it.
        if ((keyAt >= 0 && sameBytes(pointer, key.utf8))
            || (timeAt >= 0 && sameBytes(pointer, time.utf8))
            || (levelAt >= 0 && sameBytes(pointer, level.utf8)))
            return true;
        double number = 0.0;
        bool isText = false;
        bool finite = true;
        if (!sampleValue(value, number, isText, finite))
            return !numberOf(value, number); // a tiny double literal: general path
        if (!finite)
            return isText; // text that spells a non-finite number is not a measurement
        qint64 fieldSerial = -1;
        const std::string_view bytes = pointer;
        const QString *field
            = pointers.get(bytes, frame, nextSerial, overflow, fieldSerial, [bytes] {
                  return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
              });
        put(out, keyText, *field, timeMs, number, hintOf(keySerial, fieldSerial));
        return true;
    }

    // Sorts members[first, end) by name as QJsonObject orders its keys. UTF-8 byte order is
    // code-point order, which is UTF-16 order below U+E000; names with characters from there
    // on (lead bytes 0xEE and up) are left to the general path: false.
    bool sortMembers(size_t first, size_t end)
    {
        if (end - first < 2)
            return true;
        for (size_t i = first; i < end; ++i) {
            for (char c : members[i].name) {
                if (static_cast<unsigned char>(c) >= 0xEE)
                    return false;
            }
        }
        const auto before = [](const Member &a, const Member &b) { return a.name < b.name; };
        if (end - first > kInsertionSortMembers) {
            std::stable_sort(members.begin() + std::ptrdiff_t(first),
                             members.begin() + std::ptrdiff_t(end), before);
            return true;
        }
        for (size_t i = first + 1; i < end; ++i) {
            const Member m = members[i];
            size_t j = i;
            while (j > first && before(m, members[j - 1])) {
                members[j] = members[j - 1];
                --j;
            }
            members[j] = m;
        }
        return true;
    }

    void appendToken(std::string_view name)
    {
        pointer += '/';
        for (char c : name) {
            if (c == '~')
                pointer += "~0";
            else if (c == '/')
                pointer += "~1";
            else
                pointer += c;
        }
    }

    // Writes sample n over the previous frame's: the vector keeps its elements, so a steady
    // feed decodes without allocating. Strings the general path left in an element stay
    // there unread (key() and field() prefer the pointers) until that path clears the result.
    void put(FrameDecodeResult &out, const QString &keyText, const QString &field, double timeMs,
             double value, qint64 hint)
    {
        const size_t n = count++;
        if (n >= out.samples.size()) {
            out.samples.push_back(DecodedSample { {}, {}, timeMs, value, &keyText, &field, hint });
            return;
        }
        DecodedSample &s = out.samples[n];
        s.timeMs = timeMs;
        s.value = value;
        s.keyRef = &keyText;
        s.fieldRef = &field;
        s.seriesHint = hint;
    }
};

FastRecordDecoder::FastRecordDecoder(QString feedName, const DecodeConfig &config)
    : d(std::make_unique<Impl>())
{
    d->feed = std::move(feedName);
    // parse() grows the buffers as frames need, keeping this depth; a failure here only
    // means parse() allocates on the first frame instead.
    [[maybe_unused]] const auto allocated = d->parser.allocate(4096, kMaxParseDepth);
    d->hasRoot = !config.root.isEmpty();
    if (d->hasRoot)
        d->root = toPath(config.root);
    d->autoFields = config.autoFields();
    d->autoLog = config.autoFields() && !config.hasLog();
    const auto add = [this](Path &path, const JsonPointer &pointer, int &at) {
        path = toPath(pointer);
        at = int(d->paths.size());
        d->paths.push_back(&path);
    };
    if (config.hasKey())
        add(d->key, config.key, d->keyAt);
    if (config.hasTime())
        add(d->time, config.time, d->timeAt);
    if (!config.level.isEmpty())
        add(d->level, config.level, d->levelAt);
    if (!config.message.isEmpty())
        add(d->message, config.message, d->messageAt);
    d->firstField = d->paths.size();
    d->fields.reserve(size_t(config.fields.size())); // `paths` points into it
    for (const JsonPointer &field : config.fields) {
        d->fields.push_back(toPath(field));
        d->paths.push_back(&d->fields.back());
    }
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
    ++d->frame;
    if (!d->overflow.empty())
        d->overflow.clear();
    d->count = 0;
    element document;
    // realloc_if_needed copies into the parser's reused, padded buffer: no allocation.
    const simdjson::error_code error
        = d->parser.parse(utf8.constData(), size_t(utf8.size()), true).get(document);
    if (error == simdjson::SUCCESS) {
        if (!d->decodeDocument(document, receiveUs, out))
            return false;
    } else if (utf8.contains('\n')) {
        // NDJSON: one document (or text line) per line, as the general path splits them.
        const std::string_view all(utf8.constData(), size_t(utf8.size()));
        size_t start = 0;
        while (start < all.size()) {
            size_t end = all.find('\n', start);
            if (end == std::string_view::npos)
                end = all.size();
            const std::string_view line = all.substr(start, end - start);
            start = end + 1;
            if (isBlankLine(line))
                continue;
            if (!DecodeValues::startsLikeJson(line)) {
                out.logs.push_back(DecodeValues::textLogRecord(d->feed, line, receiveUs));
                continue;
            }
            if (d->parser.parse(line.data(), line.size(), true).get(document) != simdjson::SUCCESS
                || !d->decodeDocument(document, receiveUs, out))
                return false;
        }
    } else {
        return false; // malformed, out-of-range numbers, bracketed text: the general path
    }
    out.samples.resize(d->count);
    return true;
}
