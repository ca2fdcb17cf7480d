#pragma once

#include <QString>

// The life cycle of one feed connection.
enum class FeedState : quint8 { Idle, Connecting, Open, Reconnecting, Closed, Failed, Replaying };

// The contract's word for a state (stats line): idle, connecting, open, reconnecting, closed,
// failed, replay.
QString feedStateKeyword(FeedState state);
