// IngestEngine's capture file and exports (contract: "Capture", "CSV"): opening them, what
// they are told about the feeds, and how a failure reaches the user.
#include "session/ingestengine.h"
#include "session/ingestengine_p.h"

#include "alerts/alertexport.h"
#include "capture/captureindex.h"
#include "capture/capturewriter.h"
#include "capture/exportwriters.h"
#include "capture/textformat.h"

namespace {
// The engine takes a writer only once its file is open, so a failed export changes nothing;
// `beforeTaking` runs just before (waiting for the thread that writes to it).
template<typename Writer, typename BeforeTaking>
bool openExport(std::unique_ptr<Writer> &slot, const QString &path, QString *error,
                BeforeTaking &&beforeTaking)
{
    auto writer = std::make_unique<Writer>();
    if (!writer->open(path, error))
        return false;
    beforeTaking();
    slot = std::move(writer);
    return true;
}
} // namespace

void IngestEngine::updateCaptureFeeds()
{
    if (!m_capture)
        return;
    QList<FeedSpec> specs;
    for (const auto &feed : m_feeds) {
        if (!feed->removed)
            specs << feed->spec;
    }
    m_capture->setFeeds(specs);
}

bool IngestEngine::startCapture(const QString &path, QString *error,
                                std::shared_ptr<CaptureIndex> index)
{
    QList<FeedSpec> specs;
    for (const auto &feed : m_feeds)
        specs << feed->spec;
    auto capture = std::make_unique<CaptureWriter>();
    capture->setIndex(std::move(index));
    capture->setRotation(m_captureRotation);
    if (m_runStartUs < 0)
        setRunStartUs(TextFormat::nowEpochUs());
    capture->setDerivedRules(DerivedRules::toJson(m_derivedRules));
    if (!capture->open(path, specs, error, AlertRules::toJson(m_alertRules), m_runStartUs))
        return false;
    m_capture = std::move(capture);
    m_captureFailureReported = false;
    m_reportedCaptureBytes = -1;
    return true;
}

bool IngestEngine::startSampleExport(const QString &path, QString *error)
{
    // The decode thread writes samples: it is idle when the writer changes.
    return openExport(m_sampleExport, path, error, [this] { drainDecoding(); });
}

bool IngestEngine::startAlertExport(const QString &path, QString *error)
{
    return openExport(m_alertExport, path, error, [] {});
}

bool IngestEngine::startLogExport(const QString &path, QString *error)
{
    return openExport(m_logExport, path, error, [this] { drainDecoding(); });
}

qint64 IngestEngine::captureBytes() const
{
    return m_capture ? m_capture->bytesWritten() + m_capture->bufferedBytes() : 0;
}

QString IngestEngine::capturePath() const
{
    return m_capture ? m_capture->path() : QString();
}

void IngestEngine::setCaptureEnabled(bool enabled)
{
    m_captureEnabled = enabled;
}

void IngestEngine::reportCaptureFailure()
{
    // Once per capture, whether the write failed in a timed flush, in a flush forced by a
    // full buffer while ingesting (no signal there: that is the hot path), or at close.
    if (m_capture->hasFailed() && !m_captureFailureReported) {
        m_captureFailureReported = true;
        Q_EMIT fileError(m_capture->errorString());
    }
}

void IngestEngine::cancelExports()
{
    drainDecoding();
    if (m_sampleExport)
        m_sampleExport->cancel();
    if (m_logExport)
        m_logExport->cancel();
    m_sampleExport.reset();
    m_logExport.reset();
}
