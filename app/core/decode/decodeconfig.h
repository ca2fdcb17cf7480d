#pragma once

#include "decode/jsonpointer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The `decode` block of a feed in a profile: JSON Pointers that map records to samples and
// log records. Plain value; validated once by fromJson so decoding never re-parses pointers.
struct DecodeConfig
{
    JsonPointer root;
    // A nested batch: in each record under `root`, the array whose elements are the records.
    // The other pointers read the element, and the enclosing record where the element has
    // nothing at that pointer (Loki: {"stream": labels, "values": [[ns, line], ...]}).
    JsonPointer records;
    JsonPointer key;
    JsonPointer time;
    QList<JsonPointer> fields; // empty: automatic discovery of numeric leaves
    JsonPointer level;
    JsonPointer message;
    QJsonObject extra; // keys this version does not know, kept on rewrite

    bool hasKey() const { return !key.isEmpty(); }
    bool hasTime() const { return !time.isEmpty(); }
    bool hasLog() const { return !level.isEmpty() || !message.isEmpty(); }
    bool autoFields() const { return fields.isEmpty(); }
    bool hasNestedRecords() const { return !records.isEmpty(); }

    // Reads a `decode` object; on error returns nullopt and sets *error to
    // "<JSON Pointer of the bad value>: <reason>" relative to the decode object.
    static std::optional<DecodeConfig> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
};
