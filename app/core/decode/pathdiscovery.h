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
    QStringList types;  // "number", "numeric string", "string", "boolean", "null", in first-seen order
    QString example;    // the first value seen, as short text
    int count = 0;

    bool isNumeric() const
    {
        return types.contains(QLatin1String("number")) || types.contains(QLatin1String("numeric string"));
    }
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
