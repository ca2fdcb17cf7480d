#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <deque>
#include <vector>

struct IngestBatch;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// --push URL: every sample in the InfluxDB line protocol, POSTed in batches (at most 1 s or
// kMaxBatchPoints points) to a store such as VictoriaMetrics or InfluxDB 1.x. Up to
// kMaxInFlight requests at once: Qt hands a POST's body to its HTTP thread 16 KiB at a time,
// each piece a round trip through this thread's event loop, so one request at a time kept a
// 5,000-point batch on the wire for ~24 ms and capped the push near 200 k points/s. Batches
// may then land out of order, which neither store minds (each point carries its time). A
// failed one (no answer, 5xx, 429) goes back to the queue and is retried with backoff, one
// request at a time until the store answers again, while new batches wait in a bounded buffer
// (kMaxBufferedPoints); when it is full the oldest batches not on the wire are dropped and
// counted — recording never waits for the store. A 4xx answer means the batch itself is
// refused: it is dropped, counted and its reason reported.
// Lives on the engine's thread (headless: the main thread); owned by the HeadlessRecorder.
class InfluxPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfluxPusher)

public:
    static constexpr int kMaxBatchPoints = 5000;
    static constexpr int kBatchIntervalMs = 1000;
    static constexpr qint64 kMaxBufferedPoints = 1'000'000;
    static constexpr int kMaxInFlight = 4;

    explicit InfluxPusher(const QUrl &url, QObject *parent = nullptr);
    ~InfluxPusher() override;

    // Test hooks: smaller buffer, quicker retries.
    void setMaxBufferedPoints(qint64 points) { m_maxBufferedPoints = points; }
    void setRetryDelays(int firstMs, int maxMs);

    void addBatch(const IngestBatch &batch);
    // Sends what is pending now and emits drained() once nothing is left (or after
    // `timeoutMs`, dropping and counting what could not be sent).
    void drain(int timeoutMs);

    quint64 pushed(const QString &feed) const { return m_pushed.value(feed); }
    quint64 dropped(const QString &feed) const { return m_dropped.value(feed); }
    qint64 bufferedPoints() const { return m_bufferedPoints; }

    // "ticks,key=BTC\ USDT p=" (the part of a line before the value), escaped.
    static QByteArray linePrefix(const QString &feed, const QString &key, const QString &field);
    // Nanoseconds since the epoch of a time in (fractional) milliseconds, exact to the us.
    static qint64 nanoseconds(double timeMs);

Q_SIGNALS:
    // A reason to show (store unreachable, batch refused); at most one per kind and state.
    void problem(const QString &message);
    void drained();

private:
    struct Batch
    {
        QByteArray body;
        int points = 0;
        std::vector<quint64> perFeed; // points per feed number (m_feedNames)
        QNetworkReply *reply = nullptr; // on the wire
    };
    struct Series
    {
        QByteArray prefix;
        int feed = -1;
    };

    void sealBatch();
    void sendNext();
    void onReply(QNetworkReply *reply);
    void dropBatch(Batch &batch);
    void abandon();
    void credit(const Batch &batch, QHash<QString, quint64> &counter);
    int feedNumber(const QString &feed);

    QUrl m_url;
    QNetworkAccessManager *m_network;
    QTimer *m_batchTimer;
    QTimer *m_retryTimer;
    std::vector<Series> m_series; // by series id
    QStringList m_feedNames;
    Batch m_open; // being filled
    std::deque<Batch> m_queue; // sealed, oldest first; those with a reply are on the wire
    qint64 m_bufferedPoints = 0;
    qint64 m_maxBufferedPoints = kMaxBufferedPoints;
    int m_inFlight = 0;
    int m_retryMs = 0;
    int m_firstRetryMs = 500;
    int m_maxRetryMs = 30000;
    bool m_failing = false; // a problem was reported and not yet recovered from
    bool m_draining = false;
    QHash<QString, quint64> m_pushed;
    QHash<QString, quint64> m_dropped;
};
