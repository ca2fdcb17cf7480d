#pragma once

#include "model/feedstate.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// Counters of one feed, as the stats line and the GUI show them. Plain value, copied into batches.
struct FeedStats
{
    QString feed;
    QString url;
    FeedState state = FeedState::Idle;
    QString stateDetail; // reason for the state (error text, close reason)
    quint64 frames = 0; // frames received
    quint64 decoded = 0; // frames fully decoded
    quint64 errors = 0; // frames that failed to decode
    quint64 samples = 0; // samples produced
    quint64 logRecords = 0; // log records produced
    quint64 bytes = 0; // payload bytes received
    double rttMs = -1.0; // last ping round trip, < 0 while unknown
    QString lastError; // last decode error reason
    qint64 nextRetryMs = -1; // epoch ms of the next reconnect attempt, < 0 when none
    bool everConnected = false;
    bool stale = false; // open, but silent for longer than the feed's stale time
    QString subprotocol; // negotiated in the handshake; empty when none
    QStringList recentErrors; // the last few decode error reasons, newest last
    quint64 binaryFrames = 0; // binary frames received (decoded or not)
    quint64 refusedSeries = 0; // samples refused because the feed hit its series cap
    quint64 oversizeFrames = 0; // frames refused for exceeding the message size cap
    quint64 slowPathFrames = 0; // JSON frames the fast decoder declined (general path)
    bool tlsUnverified = false; // the feed's profile opted out of certificate checks
    quint64 reconnects = 0; // times the feed opened again after its first open (service metrics)
};
Q_DECLARE_METATYPE(FeedStats)
