#include "session/captureconversion.h"

#include "session/ingestengine.h"
#include "session/replaysource.h"

CaptureConversion::CaptureConversion(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

void CaptureConversion::start()
{
    m_engine = new IngestEngine(this);
    connect(m_engine, &IngestEngine::fileError, this, [this](const QString &message) {
        if (m_fileError.isEmpty())
            m_fileError = message;
    });
    for (const FeedSpec &feed : std::as_const(m_request.feeds))
        m_engine->addReplayFeed(feed);
    QString error;
    if ((!m_request.samplesPath.isEmpty()
         && !m_engine->startSampleExport(m_request.samplesPath, &error))
        || (!m_request.logsPath.isEmpty()
            && !m_engine->startLogExport(m_request.logsPath, &error))) {
        finish(false, error);
        return;
    }
    auto *replay = new ReplaySource(m_engine, m_engine);
    replay->setSpeed(0.0);
    if (!replay->open(m_request.capturePath, &error)) {
        finish(false, error);
        return;
    }
    connect(replay, &ReplaySource::progressChanged, this,
            [this](double fraction, qint64) { Q_EMIT progress(fraction); });
    connect(replay, &ReplaySource::finished, this, &CaptureConversion::onReplayFinished);
    m_engine->start();
    replay->start();
}

void CaptureConversion::cancel()
{
    finish(false, QString());
}

void CaptureConversion::onReplayFinished()
{
    m_engine->stop(); // commits the exports; a failed commit arrives as fileError
    finish(m_fileError.isEmpty(), m_fileError);
}

void CaptureConversion::finish(bool ok, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_engine) {
        if (!ok)
            m_engine->cancelExports();
        m_engine->stop();
        m_engine->deleteLater(); // with its replay source: no more steps after this
        m_engine = nullptr;
    }
    Q_EMIT finished(ok, error);
}
