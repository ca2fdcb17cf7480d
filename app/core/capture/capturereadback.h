#pragma once

#include "decode/decodeconfig.h"

#include <QList>
#include <QPointF>
#include <QString>

class CaptureIndex;

// Reads the raw samples of one series in a past stretch back from a capture file, for a chart
// zoomed into a part of the run its buffer no longer holds: seeks with the capture's index to
// the feed's frames of that time, decodes them as the live run did (same mapping), and keeps
// the series' samples whose time falls in the stretch.
namespace CaptureReadback {
struct Request
{
    QString path;
    QString feed;
    QString key; // empty for a feed without keys
    QString field; // JSON Pointer
    DecodeConfig decode;
    double fromMs = 0.0;
    double toMs = 0.0;
    // Stops there (a zoom that is still too wide for raw samples).
    qsizetype maxSamples = 4'000'000;
};

// A record's own time may lag or lead its receive time: frames received this long before or
// after the stretch are read too.
constexpr double kMarginMs = 5000.0;

// Appends the samples to `out` in time order. False, with the reason in *error, when the file
// cannot be read or the index has nothing for the feed.
bool read(const Request &request, const CaptureIndex &index, QList<QPointF> &out, QString *error);
} // namespace CaptureReadback
