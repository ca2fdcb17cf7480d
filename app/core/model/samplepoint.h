#pragma once

#include <QMetaType>

// One sample of a known series: 16 bytes of payload plus the series id.
struct SamplePoint
{
    int seriesId = -1;
    double timeMs = 0.0; // sample time, milliseconds since the epoch (fraction kept)
    double value = 0.0;
};
Q_DECLARE_METATYPE(SamplePoint)
