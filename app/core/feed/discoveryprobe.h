#pragma once

#include "decode/pathdiscovery.h"
#include "profiles/feedspec.h"

#include <QObject>

class FeedConnection;
class QTimer;

// Connects to a feed briefly (same handshake, headers, subprotocols and subscribe messages as
// a live run), collects its first text frames and lists their paths. Ends after maxFrames
// frames or timeoutMs, whichever comes first. Lives on the thread that creates it (the GUI's
// is fine: it only reads a handful of frames); owned by its parent.
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
    // error is empty when at least one frame arrived; otherwise why nothing did.
    void finished(const QString &error);

private:
    void onText(const QString &text);
    void finish();

    FeedConnection *m_connection = nullptr;
    QTimer *m_timer;
    PathDiscovery m_discovery;
    QString m_lastState;
    int m_maxFrames = 20;
};
