#include "service/influxpusher.h"

#include "capture/textformat.h"
#include "model/ingestbatch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <utility>

namespace {
// Line protocol escaping: measurement (comma, space), tag keys/values and field keys (comma,
// equals, space); backslashes first.
QByteArray escaped(const QString &text, bool equalsToo)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == ',' || c == ' ' || c == '\\' || (equalsToo && c == '='))
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}
} // namespace

InfluxPusher::InfluxPusher(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_network(new QNetworkAccessManager(this))
    , m_batchTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_batchTimer->setInterval(kBatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, [this] {
        sealBatch();
        sendNext();
    });
    m_batchTimer->start();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &InfluxPusher::sendNext);
    m_open.body.reserve(kMaxBatchPoints * 64);
}

InfluxPusher::~InfluxPusher() = default;

void InfluxPusher::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

QByteArray InfluxPusher::linePrefix(const QString &feed, const QString &key, const QString &field)
{
    QByteArray prefix = escaped(feed, false);
    if (!key.isEmpty())
        prefix += ",key=" + escaped(key, true);
    const QString name = field.startsWith(QLatin1Char('/')) ? field.mid(1) : field;
    prefix += ' ' + escaped(name.isEmpty() ? QStringLiteral("value") : name, true) + '=';
    return prefix;
}

qint64 InfluxPusher::nanoseconds(double timeMs)
{
    // Whole milliseconds and the fraction apart, the fraction to the microsecond: a double of
    // epoch milliseconds resolves ~0.25 us, so finer digits would be noise (captures keep us).
    const double whole = std::floor(timeMs);
    return qint64(whole) * 1'000'000 + qint64(std::llround((timeMs - whole) * 1e3)) * 1000;
}

int InfluxPusher::feedNumber(const QString &feed)
{
    const qsizetype at = m_feedNames.indexOf(feed);
    if (at >= 0)
        return int(at);
    m_feedNames << feed;
    return int(m_feedNames.size() - 1);
}

void InfluxPusher::addBatch(const IngestBatch &batch)
{
    for (const SeriesInfo &info : batch.newSeries) {
        if (info.id < 0)
            continue;
        if (size_t(info.id) >= m_series.size())
            m_series.resize(size_t(info.id) + 1);
        m_series[size_t(info.id)]
            = { linePrefix(info.feed, info.key, info.field), feedNumber(info.feed) };
    }
    char digits[24];
    for (const SamplePoint &sample : batch.samples) {
        if (sample.seriesId < 0 || size_t(sample.seriesId) >= m_series.size())
            continue;
        const Series &series = m_series[size_t(sample.seriesId)];
        m_open.body += series.prefix;
        TextFormat::appendNumber(m_open.body, sample.value);
        m_open.body += ' ';
        const auto end
            = std::to_chars(std::begin(digits), std::end(digits), nanoseconds(sample.timeMs));
        m_open.body.append(digits, end.ptr - digits);
        m_open.body += '\n';
        if (m_open.perFeed.size() <= size_t(series.feed))
            m_open.perFeed.resize(size_t(series.feed) + 1, 0);
        ++m_open.perFeed[size_t(series.feed)];
        if (++m_open.points >= kMaxBatchPoints) {
            sealBatch();
            sendNext();
        }
    }
}

void InfluxPusher::sealBatch()
{
    if (m_open.points == 0)
        return;
    m_bufferedPoints += m_open.points;
    m_queue.push_back(std::move(m_open));
    m_open = Batch();
    m_open.body.reserve(kMaxBatchPoints * 64);
    // Full: the oldest batches go (never one on the wire, nor the newest), counted per feed.
    for (auto it = m_queue.begin();
         m_bufferedPoints > m_maxBufferedPoints && it != std::prev(m_queue.end());) {
        if (it->reply) {
            ++it;
            continue;
        }
        dropBatch(*it);
        it = m_queue.erase(it);
    }
}

void InfluxPusher::credit(const Batch &batch, QHash<QString, quint64> &counter)
{
    for (size_t i = 0; i < batch.perFeed.size(); ++i) {
        if (batch.perFeed[i] > 0)
            counter[m_feedNames[int(i)]] += batch.perFeed[i];
    }
}

void InfluxPusher::dropBatch(Batch &batch)
{
    credit(batch, m_dropped);
    m_bufferedPoints -= batch.points;
}

void InfluxPusher::sendNext()
{
    // While the store fails, one request probes it; once it answers, several go at once.
    const int limit = m_failing ? 1 : kMaxInFlight;
    if (!m_retryTimer->isActive()) {
        for (Batch &batch : m_queue) {
            if (m_inFlight >= limit)
                break;
            if (batch.reply)
                continue;
            QNetworkRequest request(m_url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("text/plain; charset=utf-8"));
            request.setTransferTimeout(10000);
            QNetworkReply *reply = m_network->post(request, batch.body);
            batch.reply = reply;
            ++m_inFlight;
            connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
        }
    }
    if (m_draining && m_inFlight == 0 && m_queue.empty() && m_open.points == 0) {
        m_draining = false;
        Q_EMIT drained();
    }
}

void InfluxPusher::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto batch = std::find_if(m_queue.begin(), m_queue.end(),
                                    [reply](const Batch &b) { return b.reply == reply; });
    if (batch == m_queue.end())
        return; // abandoned
    batch->reply = nullptr;
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        credit(*batch, m_pushed);
        m_bufferedPoints -= batch->points;
        m_queue.erase(batch);
        m_retryMs = 0;
        if (m_failing)
            Q_EMIT problem(QStringLiteral("push to %1 works again").arg(m_url.toDisplayString()));
        m_failing = false;
        sendNext();
        return;
    }
    const QString why = status > 0
        ? QStringLiteral("HTTP %1 %2")
              .arg(status)
              .arg(QString::fromUtf8(reply->readAll().left(200)).simplified())
        : reply->errorString();
    if (status >= 400 && status < 500 && status != 429) {
        // The store refuses this batch as such: retrying cannot help.
        Q_EMIT problem(QStringLiteral("push to %1: batch of %2 points refused, dropped: %3")
                           .arg(m_url.toDisplayString())
                           .arg(batch->points)
                           .arg(why));
        dropBatch(*batch);
        m_queue.erase(batch);
        sendNext();
        return;
    }
    // The batch stays queued, to be sent again. Other requests still on the wire finish (or
    // fail) on their own; a retry waits for the timer.
    if (m_retryTimer->isActive())
        return;
    m_retryMs = m_retryMs == 0 ? m_firstRetryMs : std::min(m_maxRetryMs, m_retryMs * 2);
    if (!m_failing)
        Q_EMIT problem(QStringLiteral("push to %1 failed (%2); retrying, buffering up to %3 "
                                      "points")
                           .arg(m_url.toDisplayString(), why)
                           .arg(m_maxBufferedPoints));
    m_failing = true;
    m_retryTimer->start(m_retryMs);
}

void InfluxPusher::drain(int timeoutMs)
{
    m_draining = true;
    m_batchTimer->stop();
    sealBatch();
    if (m_retryTimer->isActive() && m_inFlight == 0) { // at the end, try again at once
        m_retryTimer->stop();
        m_retryMs = std::min(m_retryMs, 1000);
    }
    QTimer::singleShot(timeoutMs, this, [this] {
        if (m_draining)
            abandon();
    });
    sendNext();
}

void InfluxPusher::abandon()
{
    // The store stayed away past the deadline: what is left is dropped, and counted.
    for (Batch &batch : m_queue) {
        if (QNetworkReply *reply = std::exchange(batch.reply, nullptr)) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight = 0;
    m_retryTimer->stop();
    for (Batch &batch : m_queue)
        dropBatch(batch);
    m_queue.clear();
    if (!m_failing)
        Q_EMIT problem(QStringLiteral("push to %1: gave up at exit").arg(m_url.toDisplayString()));
    m_draining = false;
    Q_EMIT drained();
}
