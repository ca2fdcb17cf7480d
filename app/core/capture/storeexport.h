#pragma once

#include "capture/exportwriters.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <queue>
#include <vector>

class LogStore;
class SeriesStore;
class QTimer;

// Writes what the GUI holds (its bounded series and log stores) to a file in slices on the GUI
// thread, so a large export shows progress and can be cancelled: the file appears only when
// complete (QSaveFile), a cancel or an error leaves no partial file. Samples of the chosen
// series within [fromMs, toMs] go out in time order (CSV or JSON Lines, contract format);
// logs of the chosen feeds as text or JSON Lines. Owned by its parent (the export dialog).
class StoreExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreExport)

public:
    StoreExport(const SeriesStore &series, const LogStore &logs, QObject *parent = nullptr);
    ~StoreExport() override;

    // Starts a sample export; false with the reason when the file cannot be opened.
    bool startSamples(const QString &path, const std::vector<int> &seriesIds, double fromMs,
                      double toMs, QString *error);
    bool startLogs(const QString &path, const QSet<QString> &feeds, double fromMs, double toMs,
                   QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 total() const { return m_total; }
    void setSliceRows(int rows) { m_sliceRows = rows; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok false: error holds the reason (empty when cancelled).
    void finished(bool ok, const QString &error);

private:
    struct Cursor
    {
        double timeMs;
        int id;
        qsizetype index;
        qsizetype end;
        bool operator>(const Cursor &other) const { return timeMs > other.timeMs; }
    };
    void sampleSlice();
    void logSlice();
    void finish();

    const SeriesStore &m_series;
    const LogStore &m_logs;
    QTimer *m_timer;
    std::unique_ptr<SampleExportWriter> m_sampleWriter;
    std::unique_ptr<LogExportWriter> m_logWriter;
    std::priority_queue<Cursor, std::vector<Cursor>, std::greater<Cursor>> m_cursors;
    QSet<QString> m_feeds;
    qsizetype m_logIndex = 0;
    double m_fromMs = 0;
    double m_toMs = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_sliceRows = 20000;
    bool m_running = false;
};
