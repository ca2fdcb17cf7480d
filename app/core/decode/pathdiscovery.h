#pragma once

#include "decode/jsonpointer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonValue;

// One leaf path seen in sample frames: its JSON Pointer relative to the record, the types
// its values had, an example value and how many records held it.
struct DiscoveredPath
{
    QString pointer;
    QStringList
        types; // "number", "numeric string", "string", "boolean", "null", in first-seen order
    QString example; // the first value seen, as short text
    int count = 0;
    // What the guesses below read, over every value seen at the path:
    int numbers = 0; // JSON numbers
    int epochNumbers = 0; // JSON numbers that read as a time since the epoch (s, ms, µs, ns)
    int strings = 0; // strings that are not numeric
    int isoStrings = 0; // strings that read as ISO-8601 times
    int maxStringLength = 0;
    QStringList distinct; // distinct strings, at most kMaxDistinct + 1 of them

    static constexpr int kMaxDistinct = 16;

    bool isNumeric() const
    {
        return types.contains(QLatin1String("number"))
            || types.contains(QLatin1String("numeric string"));
    }
    // Every value a number or numeric string (a field a chart can draw).
    bool isAllNumeric() const;
    // Every value an epoch-like number or an ISO-8601 string (a time).
    bool isTimeLike() const;
    // Every value a string that is not a number or a time (a key's values).
    bool isTextOnly() const;
};

// Discover's proposal: the key, the time and the fields to tick. Empty when none fits.
struct DiscoveryGuess
{
    QString key;
    QString time;
    QStringList fields;
};

// Lists the leaf paths of the first frames of a feed, as the decoder would see them: each
// frame may be NDJSON, a record or a batch; paths are relative to `root` (an object, or an
// array whose elements are the records). Used by the profile editor's "Discover" helper.
// Plain value, any thread.
class PathDiscovery final
{
public:
    explicit PathDiscovery(JsonPointer root = JsonPointer());

    // Returns false (and counts it) for a frame that held no JSON object.
    bool addFrame(const QByteArray &utf8);
    // Paths sorted by pointer; arrays of records are indexed per element (/items/0/p).
    QList<DiscoveredPath> paths() const;
    int frames() const { return m_frames; }
    int records() const { return m_records; }
    int nonJsonFrames() const { return m_nonJson; }

    // What a person would pick: the key is a short string with few distinct values over the
    // records (names such as "s" or "symbol" first), the time an epoch-like number or ISO
    // string (names such as "E", "T" or "time" first), the fields every other numeric path.
    DiscoveryGuess guess() const;
    // The sensible choices for each list, best first: time-like paths, string paths.
    QStringList timeCandidates() const;
    QStringList keyCandidates() const;

    static constexpr int kMaxPaths = 2000;

private:
    void addRecord(const QJsonValue &record);
    void walk(const QJsonValue &value, const QString &pointer, int depth);
    void note(const QString &pointer, const QJsonValue &value);

    JsonPointer m_root;
    QList<DiscoveredPath> m_paths;
    int m_frames = 0;
    int m_records = 0;
    int m_nonJson = 0;
};
