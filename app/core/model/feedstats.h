#pragma once

#include "model/feedstate.h"

#include <QMetaType>
#include <QString>

// Counters of one feed, as the stats line and the GUI show them. Plain value, copied into batches.
struct FeedStats
{
    QString feed;
    QString url;
    FeedState state = FeedState::Idle;
    QString stateDetail;      // reason for the state (error text, close reason)
    quint64 frames = 0;       // frames received
    quint64 decoded = 0;      // frames fully decoded
    quint64 errors = 0;       // frames that failed to decode
    quint64 samples = 0;      // samples produced
    quint64 logRecords = 0;   // log records produced
    quint64 bytes = 0;        // payload bytes received
    double rttMs = -1.0;      // last ping round trip, < 0 while unknown
    QString lastError;        // last decode error reason
    qint64 nextRetryMs = -1;  // epoch ms of the next reconnect attempt, < 0 when none
    bool everConnected = false;
};
Q_DECLARE_METATYPE(FeedStats)
