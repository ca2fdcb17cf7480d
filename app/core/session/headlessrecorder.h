#pragma once

#include "alerts/alertevent.h"
#include "derived/derivedrule.h"
#include "model/feedstats.h"
#include "profiles/feedspec.h"
#include "session/commandline.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <cstdio>

class IngestEngine;
class MetricsService;
class InfluxPusher;
class ReplaySource;
class QTimer;

// The window-less recorder: runs an IngestEngine on the main thread, prints the contract's
// stats line per feed every second and the total line at exit, and ends after --duration,
// on SIGINT/SIGTERM, or when a replay is done. Owned by main().
class HeadlessRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRecorder)

public:
    HeadlessRecorder(const RunOptions &options, FILE *out = stdout, FILE *err = stderr,
                     QObject *parent = nullptr);
    ~HeadlessRecorder() override;

    // Feeds to connect (profile, --url, demo). Call before start().
    void addFeed(const FeedSpec &spec);
    // The run's alert rules (profile and --alerts). Call before prepare(): a replay adds the
    // capture's own.
    void setAlertRules(const QList<AlertRule> &rules);
    // The run's derived series (profile). Before prepare(): a replay adds the capture's own.
    void setDerivedRules(const QList<DerivedRule> &rules);
    // Opens capture, exports and replay; false with a reason printed on err.
    bool prepare();
    void start();
    // Exit status per the contract, valid once finished() was emitted.
    int exitCode() const { return m_exitCode; }
    // Issue 17, SIGHUP: the feeds the profile now lists. Feeds not in `feeds` stop, new ones
    // start, changed ones (any setting) restart; unchanged ones keep running untouched. One
    // line per change on err, then a summary naming `source`. Ignored while replaying.
    void reloadFeeds(const QList<FeedSpec> &feeds, const QString &source);
    void setStatsIntervalMs(int ms);

public Q_SLOTS:
    void finish();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printStats();
    void printLine(const QByteArray &line);
    void onAlert(const AlertEvent &event);

    RunOptions m_options;
    FILE *m_out;
    FILE *m_err;
    IngestEngine *m_engine;
    ReplaySource *m_replay = nullptr;
    MetricsService *m_service = nullptr; // --serve
    InfluxPusher *m_pusher = nullptr; // --push
    bool m_pushDrained = false;
    void preparePush();
    void appendPush(QByteArray &line, const QString &feed) const;
    QTimer *m_statsTimer;
    QElapsedTimer m_clock;
    QHash<QString, quint64> m_lastDecoded;
    QHash<QString, quint64> m_lastErrors;
    // Counters of feeds a reload removed: the total line still counts what they received.
    FeedStats m_removedTotals;
    void removeFeed(const QString &name);
    // Issue 17: a long replay (or conversion) says how far it is, at most once a second.
    void printReplayProgress(bool done);
    QElapsedTimer m_progressClock;
    bool m_progressShown = false;
    void printErr(const QString &message);
    int m_exitCode = 0;
    bool m_finished = false;
    bool m_endedByAlert = false;
};
