#pragma once

#include <QMetaType>
#include <QString>

// A user's marker on the time axis (contract: a capture's "note" event). Plain value.
struct NoteMarker
{
    qint64 timeUs = 0; // data time, microseconds since the epoch
    QString feed; // optional: the feed it is about
    QString text;
};
Q_DECLARE_METATYPE(NoteMarker)
