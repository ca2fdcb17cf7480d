#pragma once

#include "alerts/alertrule.h"
#include "service/serviceoptions.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the command line asks for (contract: "Command line"). Plain value.
struct RunOptions
{
    bool demo = false;
    QString profile; // name or file
    QList<QUrl> urls;
    bool headless = false;
    double durationSeconds = -1; // < 0: until closed or signalled
    QString recordPath;
    QString exportPath;
    QString exportLogsPath;
    QString replayPath; // the first --replay
    QStringList replayPaths; // every --replay: files and folders read as one run (issue 17)
    std::optional<double> speed;
    QString language;
    int demoRate = 400; // demo ticks per second (extension)
    QString screenshotPath; // GUI: grab the window to this PNG, then quit (extension)
    double screenshotDelaySeconds = 6.0;
    QString theme; // GUI: system, light or dark; empty: the saved choice (extension)
    QString alertsPath; // --alerts FILE: rules added to the profile's
    QString exportAlertsPath; // --export-alerts FILE (.csv, .jsonl)
    std::optional<AlertSeverity> exitOnAlert; // --exit-on-alert [SEVERITY]: exit 3
    QString proxy; // --proxy URL for every feed of the run; empty: each feed's own
    ServiceOptions service; // --serve, --metrics-series and the like (issue 17)

    bool hasSource() const
    {
        return demo || !profile.isEmpty() || !urls.isEmpty() || !replayPath.isEmpty();
    }
};

// Parses arguments (argv[0] first). On --help / --version `message` holds the text to print
// and exitCode is 0; on a bad argument exitCode is 1 and message is a one-line reason.
struct CommandLineResult
{
    std::optional<RunOptions> options;
    int exitCode = 0;
    QString message;
};

CommandLineResult parseCommandLine(const QStringList &arguments);

// A profile argument is a file when it names an existing file or ends in .json; otherwise a
// profile name, looked up in the per-user profile folder (by file name, then by the name
// inside each profile).
QString resolveProfilePath(const QString &nameOrFile);
