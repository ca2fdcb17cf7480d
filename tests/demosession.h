#pragma once

// The app's own demo feed on 127.0.0.1 at test rates, and a session with its feeds (not
// started): what the GUI flow tests put a MainWindow on.
#include "feed/demofeedserver.h"
#include "session/sessioncontroller.h"

#include <QString>

struct DemoSession
{
    DemoSession(int ticksPerSecond, int logsPerSecond)
        : demo(options(ticksPerSecond, logsPerSecond))
    { }

    DemoFeedServer demo;
    SessionController session;

    bool listen(QString *error)
    {
        if (!demo.listen(error))
            return false;
        for (const FeedSpec &spec : demo.feedSpecs())
            session.addFeed(spec);
        return true;
    }

private:
    static DemoFeedServer::Options options(int ticksPerSecond, int logsPerSecond)
    {
        DemoFeedServer::Options options;
        options.ticksPerSecond = ticksPerSecond;
        options.logsPerSecond = logsPerSecond;
        return options;
    }
};
