#pragma once

// Shared by the replay tests: writes a capture of `frames` ticks ({"p":i}) on one feed
// "ticks", spaced stepUs apart from a fixed start time. Returns the path, empty on failure.
#include "capture/capturewriter.h"
#include "testsupport.h"

#include <QString>
#include <QUrl>

constexpr qint64 kTickCaptureStartUs = 1'700'000'000'000'000;

inline QString writeTickCapture(const QString &path, int frames, qint64 stepUs)
{
    const FeedSpec spec = TestSupport::feedSpec(QStringLiteral("ticks"),
                                                QUrl(QStringLiteral("ws://127.0.0.1:1/ticks")));
    CaptureWriter writer;
    if (!writer.open(path, { spec }, nullptr))
        return {};
    for (int i = 0; i < frames; ++i)
        writer.writeText(kTickCaptureStartUs + i * stepUs, spec.name,
                         QByteArray("{\"p\":") + QByteArray::number(i) + '}');
    return writer.close() ? path : QString();
}
