#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One frame as received, for the message inspector: bytes shared (implicitly) with the
// capture and decoder, not copied. Plain value.
struct RawFrame
{
    QString feed;
    qint64 receiveUs = 0; // microseconds since the epoch
    QByteArray data;
    bool binary = false;
};
Q_DECLARE_METATYPE(RawFrame)
