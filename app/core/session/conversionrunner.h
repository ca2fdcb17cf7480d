#pragma once

#include "session/captureconversion.h"

#include <QObject>
#include <QPointer>
#include <QThread>

// Runs one CaptureConversion on a worker thread of its own so the GUI stays responsive, and
// forwards its progress and result (queued). Cancel or destroy it to stop early; the
// destructor waits for the thread. GUI thread; owned by the dialog that started it.
class ConversionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversionRunner)

public:
    explicit ConversionRunner(QObject *parent = nullptr);
    ~ConversionRunner() override;

    void start(const CaptureConversion::Request &request);
    void cancel();

Q_SIGNALS:
    void progress(double fraction);
    void finished(bool ok, const QString &error);

private:
    QThread m_thread;
    QPointer<CaptureConversion> m_worker;
};
