#include "session/commandline.h"

#include "profiles/secretplaceholders.h"
#include "alerts/alertexport.h"
#include "capture/exportwriters.h"
#include "feed/feedproxy.h"
#include "profiles/feedchecks.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
CommandLineResult failure(const QString &reason)
{
    CommandLineResult result;
    result.exitCode = 1;
    result.message = QStringLiteral("feedboard: ") + reason;
    return result;
}

bool readDouble(const QString &text, double min, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min)
        return false;
    *out = value;
    return true;
}
} // namespace

QString resolveProfilePath(const QString &nameOrFile)
{
    const QFileInfo info(nameOrFile);
    if (info.exists() || nameOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || nameOrFile.contains(QLatin1Char('/')))
        return nameOrFile;
    // A name: the file the profile store would save it as, else any stored profile whose
    // "name" matches (an imported "desk (2)" keeps its name inside a differently named file).
    const ProfileStore store;
    const QString byFileName = store.pathForName(nameOrFile);
    if (QFileInfo::exists(byFileName))
        return byFileName;
    for (const ProfileEntry &entry : store.list()) {
        if (entry.profile && entry.profile->name == nameOrFile)
            return entry.path;
    }
    return byFileName; // missing: the load reports "no such file" with this path
}

// `--exit-on-alert` takes an optional severity, which QCommandLineParser cannot express: the
// flag is rewritten to its "=VALUE" form, with the next argument when that is a severity,
// else with the default (warning).
QStringList withExitOnAlertValue(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg != QLatin1String("--exit-on-alert") && arg != QLatin1String("-exit-on-alert")) {
            out << arg;
            continue;
        }
        if (i + 1 < arguments.size() && parseAlertSeverity(arguments.at(i + 1)))
            out << QStringLiteral("--exit-on-alert=") + arguments.at(++i);
        else
            out << QStringLiteral("--exit-on-alert=warning");
    }
    return out;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "FeedBoard: a live dashboard and recorder for WebSocket feeds of JSON messages."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start the built-in demo feed on 127.0.0.1 and connect to it."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Load a saved profile by name, or a profile file by path."),
        QStringLiteral("NAME|FILE"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QStringLiteral("Connect to a feed (repeatable), with automatic field discovery."),
        QStringLiteral("URL"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QStringLiteral("No window: connect, decode, record and print stats each second."));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QStringLiteral("Stop after that many seconds, then export and exit."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Write the capture to FILE while running."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption exportOpt(
        QStringLiteral("export"),
        QStringLiteral("At exit, write the decoded samples (.csv or .jsonl)."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportLogs(
        QStringLiteral("export-logs"),
        QStringLiteral("At exit, write the log records (.log, .txt or .jsonl)."),
        QStringLiteral("FILE"));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QStringLiteral("Read a capture instead of connecting (also .zst, a folder of "
                       "rotated parts; repeatable: one run)."),
        QStringLiteral("FILE"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral(
            "Replay speed: 1 real time (GUI default), 0 as fast as possible (headless default)."),
        QStringLiteral("X"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("User-interface language: en, de, zh_CN (default: the system's)."),
        QStringLiteral("CODE"));
    const QCommandLineOption demoRate(QStringLiteral("demo-rate"),
                                      QStringLiteral("Demo ticks per second (default 400)."),
                                      QStringLiteral("N"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("GUI: save a picture of the window to FILE after a delay, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QStringLiteral(
            "GUI colours: system, light or dark (default: the saved choice, else system)."),
        QStringLiteral("THEME"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QStringLiteral("Seconds before --screenshot is taken (default 6)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption alerts(
        QStringLiteral("alerts"),
        QStringLiteral("Add the alert rules of FILE ({\"alerts\": [...]}) to the profile's."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportAlerts(
        QStringLiteral("export-alerts"),
        QStringLiteral("At exit, write every alert transition (.csv or .jsonl)."),
        QStringLiteral("FILE"));
    const QCommandLineOption exitOnAlert(
        QStringLiteral("exit-on-alert"),
        QStringLiteral("End the run at the first alert firing of at least SEVERITY (info, "
                       "warning, critical; default warning), files written, exit status 3."),
        QStringLiteral("SEVERITY"));
    const QCommandLineOption proxy(
        QStringLiteral("proxy"),
        QStringLiteral("Connect every feed through URL: http://[user@]host:port, "
                       "socks5://[user@]host:port, system (default) or none."),
        QStringLiteral("URL"));
    parser.addOptions({ help,         version,    demo,       profile,         url,    headless,
                        duration,     record,     exportOpt,  exportLogs,      replay, speed,
                        lang,         demoRate,   screenshot, screenshotDelay, theme,  alerts,
                        exportAlerts, exitOnAlert });
    parser.addOption(proxy);
    parser.addOptions(ServiceCommandLine::options());

    if (!parser.parse(withExitOnAlertValue(arguments)))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(QStringLiteral("unexpected argument \"%1\" (see --help)")
                           .arg(parser.positionalArguments().constFirst()));
    CommandLineResult result;
    if (parser.isSet(help)) {
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.message = QStringLiteral("feedboard %1").arg(QStringLiteral(FEEDBOARD_VERSION));
        return result;
    }

    RunOptions options;
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    options.headless = parser.isSet(headless);
    options.recordPath = parser.value(record);
    options.exportPath = parser.value(exportOpt);
    options.exportLogsPath = parser.value(exportLogs);
    options.replayPaths = parser.values(replay);
    options.replayPath = options.replayPaths.value(0);
    options.language = parser.value(lang);
    options.theme = parser.value(theme);
    options.screenshotPath = parser.value(screenshot);
    options.alertsPath = parser.value(alerts);
    options.exportAlertsPath = parser.value(exportAlerts);
    if (parser.isSet(exitOnAlert)) {
        options.exitOnAlert = parseAlertSeverity(parser.value(exitOnAlert));
        if (!options.exitOnAlert)
            return failure(QStringLiteral("--exit-on-alert %1: expected info, warning or critical")
                               .arg(parser.value(exitOnAlert)));
    }
    if (!options.exportAlertsPath.isEmpty()
        && !AlertExportWriter::formatForPath(options.exportAlertsPath))
        return failure(QStringLiteral("--export-alerts %1: use a .csv or .jsonl file name")
                           .arg(options.exportAlertsPath));
    if (!options.alertsPath.isEmpty() && !QFileInfo(options.alertsPath).isFile())
        return failure(QStringLiteral("--alerts %1: no such file").arg(options.alertsPath));
    for (const QString &text : parser.values(url)) {
        if (const QString problem = FeedChecks::urlProblem(text); !problem.isEmpty())
            return failure(QStringLiteral("--url %1: %2").arg(text, problem));
        const QUrl parsed = SecretPlaceholders::parseUrl(text);
        options.urls << parsed;
    }
    if (parser.isSet(duration)
        && !readDouble(parser.value(duration), 0.0, &options.durationSeconds))
        return failure(QStringLiteral("--duration %1: expected a number of seconds >= 0")
                           .arg(parser.value(duration)));
    if (parser.isSet(speed)) {
        double value = 0;
        if (!readDouble(parser.value(speed), 0.0, &value))
            return failure(
                QStringLiteral("--speed %1: expected a number >= 0").arg(parser.value(speed)));
        options.speed = value;
    }
    if (parser.isSet(demoRate)) {
        double value = 0;
        if (!readDouble(parser.value(demoRate), 1.0, &value) || value > 1.0e7)
            return failure(QStringLiteral("--demo-rate %1: expected 1 to 10000000")
                               .arg(parser.value(demoRate)));
        options.demoRate = int(value);
    }
    if (parser.isSet(proxy)) {
        options.proxy = parser.value(proxy).trimmed();
        if (const QString problem = FeedProxy::problem(options.proxy); !problem.isEmpty())
            return failure(QStringLiteral("--proxy ") + problem);
    }
    if (parser.isSet(screenshotDelay)
        && !readDouble(parser.value(screenshotDelay), 0.0, &options.screenshotDelaySeconds))
        return failure(QStringLiteral("--screenshot-delay: expected a number of seconds"));
    if (!options.exportPath.isEmpty() && !SampleExportWriter::formatForPath(options.exportPath))
        return failure(
            QStringLiteral("--export %1: use a .csv or .jsonl file name").arg(options.exportPath));
    if (!options.exportLogsPath.isEmpty()
        && !LogExportWriter::formatForPath(options.exportLogsPath))
        return failure(QStringLiteral("--export-logs %1: use a .log, .txt or .jsonl file name")
                           .arg(options.exportLogsPath));
    if (!options.replayPath.isEmpty() && (options.demo || !options.urls.isEmpty()))
        return failure(
            QStringLiteral("--replay reads a capture; it cannot be combined with --demo or --url"));
    for (const QString &path : std::as_const(options.replayPaths)) { // folders: rotated parts
        if (!QFileInfo::exists(path))
            return failure(QStringLiteral("--replay %1: no such capture file").arg(path));
    }
    const QStringList themes
        = { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
    if (!options.theme.isEmpty() && !themes.contains(options.theme))
        return failure(
            QStringLiteral("--theme %1: expected system, light or dark").arg(options.theme));
    const QStringList languages
        = { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN") };
    if (!options.language.isEmpty() && !languages.contains(options.language))
        return failure(QStringLiteral("--lang %1: available languages are en, de, zh_CN")
                           .arg(options.language));
    if (options.headless && !options.hasSource())
        return failure(
            QStringLiteral("--headless needs a feed: --demo, --url, --profile or --replay"));
    if (const QString problem
        = ServiceCommandLine::read(parser, options.headless, &options.service);
        !problem.isEmpty())
        return failure(problem);
    result.options = options;
    return result;
}
