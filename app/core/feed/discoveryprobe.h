#pragma once

#include "decode/pathdiscovery.h"
#include "model/feedstate.h"
#include "profiles/feedspec.h"

#include <QObject>

class FeedConnection;
class QTimer;

// Connects to a feed briefly (same handshake, headers, subprotocols and subscribe messages as
// a live run), collects its first text frames and lists their paths. Ends after maxFrames
// frames or timeoutMs after the connection opened, whichever comes first. Until it opens it
// keeps reconnecting with the feed's backoff (reporting each state) until cancelled; only a
// failure that retrying cannot fix (a refused certificate) ends it. Lives on the thread that
// creates it (the GUI's is fine: it only reads a handful of frames); owned by its parent.
class DiscoveryProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryProbe)

public:
    explicit DiscoveryProbe(QObject *parent = nullptr);
    ~DiscoveryProbe() override;

    void start(const FeedSpec &spec, int maxFrames = 20, int timeoutMs = 4000);
    void cancel();
    bool isRunning() const { return m_connection != nullptr; }
    const PathDiscovery &result() const { return m_discovery; }

Q_SIGNALS:
    void frameCollected(int frames);
    // The connection's state and reason ("Connection refused; retrying in 0.5 s").
    void connectionStateChanged(FeedState state, const QString &detail);
    // error is empty when at least one frame arrived; otherwise why nothing did.
    void finished(const QString &error);

private:
    void onText(const QString &text);
    void onStateChanged(FeedState state, const QString &detail);
    void finish();

    FeedConnection *m_connection = nullptr;
    QTimer *m_timer;
    PathDiscovery m_discovery;
    QString m_lastState;
    int m_maxFrames = 20;
    int m_timeoutMs = 4000;
};
