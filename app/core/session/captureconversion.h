#pragma once

#include "profiles/feedspec.h"

#include <QObject>

class IngestEngine;
class ReplaySource;

// Converts a whole capture into sample and/or log exports at full speed, through the same
// engine and replay path as `--replay FILE --headless --export OUT`, so both give the same
// file. Feeds named in `feeds` decode with their mapping (a profile's); others as the capture
// header says (automatic fields). Written atomically: a cancel or an error leaves no file.
// Thread-unaware: runs on whichever thread it lives on (ConversionRunner moves it to one).
class CaptureConversion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureConversion)

public:
    struct Request
    {
        QString capturePath;
        QList<FeedSpec> feeds;
        QString samplesPath; // .csv or .jsonl; empty: none
        QString logsPath; // .log/.txt or .jsonl; empty: none
    };

    explicit CaptureConversion(Request request, QObject *parent = nullptr);

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(double fraction);
    // ok=false with an empty error: cancelled.
    void finished(bool ok, const QString &error);

private:
    void finish(bool ok, const QString &error);
    void onReplayFinished();

    Request m_request;
    IngestEngine *m_engine = nullptr;
    QString m_fileError;
    bool m_done = false;
};
