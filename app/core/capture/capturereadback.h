#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

class CaptureIndex;

// Reads the raw samples of one series in a past stretch back from a capture file, for a chart
// zoomed into a part of the run its buffer no longer holds: seeks with the capture's index to
// the feed's frames of that time, decodes them as the live run did (the mapping the capture's
// header names for the feed), and keeps
// the series' samples whose time falls in the stretch.
namespace CaptureReadback {
struct Request
{
    QString path;
    QString feed;
    QString key; // empty for a feed without keys
    QString field; // JSON Pointer
    double fromMs = 0.0;
    double toMs = 0.0;
    // Stops there (a zoom that is still too wide for raw samples).
    qsizetype maxSamples = 4'000'000;
};

// A record's own time may lag or lead its receive time: frames received this long before or
// after the stretch are read too.
constexpr double kMarginMs = 5000.0;

// Every series of the feed in the stretch, by seriesName(key, field), each in time order.
using FeedSamples = QHash<QString, QList<QPointF>>;
QString seriesName(const QString &key, const QString &field);

// Reads every series of request.feed in the stretch in one pass (request.key and field are
// not used): a chart with several lines of a feed decodes the stretch once. False, with the
// reason in *error, when the file cannot be read or the index has nothing for the feed.
bool readFeed(const Request &request, const CaptureIndex &index, FeedSamples &out, QString *error);
// One series: appends its samples to `out` in time order.
bool read(const Request &request, const CaptureIndex &index, QList<QPointF> &out, QString *error);
} // namespace CaptureReadback
