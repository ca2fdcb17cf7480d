#include "capture/storeexport.h"

#include "store/logstore.h"
#include "store/seriesstore.h"

#include <QTimer>

StoreExport::StoreExport(const SeriesStore &series, const LogStore &logs, QObject *parent)
    : QObject(parent)
    , m_series(series)
    , m_logs(logs)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_sampleWriter)
            sampleSlice();
        else
            logSlice();
    });
}

StoreExport::~StoreExport()
{
    cancel();
}

bool StoreExport::startSamples(const QString &path, const std::vector<int> &seriesIds,
                               double fromMs, double toMs, QString *error)
{
    cancel();
    auto writer = std::make_unique<SampleExportWriter>();
    if (!writer->open(path, error))
        return false;
    m_sampleWriter = std::move(writer);
    m_cursors = {};
    m_done = 0;
    m_total = 0;
    // One cursor per series; merging them by time gives the rows in time order, which for
    // a live run is the receive order the contract asks for.
    for (const int id : seriesIds) {
        if (!m_series.contains(id))
            continue;
        const SeriesBuffer &buffer = m_series.buffer(id);
        const qsizetype begin = buffer.lowerBound(fromMs);
        const qsizetype end = buffer.lowerBound(toMs + 1e-9);
        if (begin < end) {
            m_cursors.push({ buffer.timeAt(begin), id, begin, end });
            m_total += end - begin;
        }
    }
    m_running = true;
    m_timer->start(0);
    return true;
}

bool StoreExport::startLogs(const QString &path, const QSet<QString> &feeds, double fromMs,
                            double toMs, QString *error)
{
    cancel();
    auto writer = std::make_unique<LogExportWriter>();
    if (!writer->open(path, error))
        return false;
    m_logWriter = std::move(writer);
    m_feeds = feeds;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_logIndex = 0;
    m_done = 0;
    m_total = m_logs.size();
    m_running = true;
    m_timer->start(0);
    return true;
}

void StoreExport::sampleSlice()
{
    for (int n = 0; n < m_sliceRows && !m_cursors.empty(); ++n) {
        Cursor cursor = m_cursors.top();
        m_cursors.pop();
        const SeriesBuffer &buffer = m_series.buffer(cursor.id);
        const SeriesInfo &info = m_series.info(cursor.id);
        m_sampleWriter->write(cursor.timeMs, info.feed, info.key, info.field,
                              buffer.valueAt(cursor.index));
        ++m_done;
        if (++cursor.index < cursor.end) {
            cursor.timeMs = buffer.timeAt(cursor.index);
            m_cursors.push(cursor);
        }
    }
    Q_EMIT progress(m_done, m_total);
    if (m_cursors.empty())
        finish();
}

void StoreExport::logSlice()
{
    for (int n = 0; n < m_sliceRows && m_logIndex < m_logs.size(); ++n, ++m_logIndex) {
        const LogRecord &record = m_logs.at(m_logIndex);
        const double timeMs = double(record.timeUs) / 1000.0;
        if ((m_feeds.isEmpty() || m_feeds.contains(record.feed)) && timeMs >= m_fromMs
            && timeMs <= m_toMs)
            m_logWriter->write(record);
        ++m_done;
    }
    Q_EMIT progress(m_done, m_total);
    if (m_logIndex >= m_logs.size())
        finish();
}

void StoreExport::finish()
{
    m_timer->stop();
    m_running = false;
    QString error;
    const bool ok = m_sampleWriter ? m_sampleWriter->commit(&error) : m_logWriter->commit(&error);
    m_sampleWriter.reset();
    m_logWriter.reset();
    Q_EMIT finished(ok, error);
}

void StoreExport::cancel()
{
    if (!m_running)
        return;
    m_timer->stop();
    m_running = false;
    if (m_sampleWriter)
        m_sampleWriter->cancel();
    if (m_logWriter)
        m_logWriter->cancel();
    m_sampleWriter.reset();
    m_logWriter.reset();
    Q_EMIT finished(false, QString());
}
