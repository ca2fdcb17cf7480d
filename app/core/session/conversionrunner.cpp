#include "session/conversionrunner.h"

ConversionRunner::ConversionRunner(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("feedboard-convert"));
}

ConversionRunner::~ConversionRunner()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void ConversionRunner::start(const CaptureConversion::Request &request)
{
    if (m_worker)
        return;
    auto *worker = new CaptureConversion(request); // no parent: it moves to the thread
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &CaptureConversion::progress, this, &ConversionRunner::progress,
            Qt::QueuedConnection);
    connect(worker, &CaptureConversion::finished, this, &ConversionRunner::finished,
            Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(worker, &CaptureConversion::start, Qt::QueuedConnection);
}

void ConversionRunner::cancel()
{
    // Blocking, so that once cancel() returns no file can appear any more.
    if (m_worker && m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &CaptureConversion::cancel,
                                  Qt::BlockingQueuedConnection);
}
