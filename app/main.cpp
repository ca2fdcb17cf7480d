// FeedBoard entry point: parses the command line and dispatches to the headless recorder or
// the GUI. All behaviour lives in feedboard_core (and feedboard_ui, in a GUI build).
#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/feedlist.h"
#include "session/headlessrecorder.h"
#include "session/signalwatcher.h"
#ifdef FEEDBOARD_GUI
#include "guisession.h"
#endif

#include <QCoreApplication>

#include <cstdio>

namespace {
QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "feedboard: %s\n", message.toUtf8().constData());
}

int runHeadless(int argc, char **argv, const RunOptions &options)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FeedBoard"));
    QCoreApplication::setOrganizationName(QStringLiteral("FeedBoard"));
    QString error;
    const auto demo = FeedList::startDemo(options, &error);
    if (options.demo && !demo) {
        printError(QStringLiteral("cannot start the demo feed: %1").arg(error));
        return 2;
    }
    ProfileStore profiles;
    const auto feeds = FeedList::collect(options, demo ? demo->feedSpecs() : QList<FeedSpec>(),
                                         profiles, &error);
    if (!feeds) {
        printError(error);
        return 1;
    }
    HeadlessRecorder recorder(options);
    for (const FeedSpec &feed : feeds->feeds)
        recorder.addFeed(feed);
    recorder.setAlertRules(feeds->alerts);
    recorder.setDerivedRules(feeds->derived);
    if (!recorder.prepare())
        return 1;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &recorder,
                     &HeadlessRecorder::finish);
    // SIGHUP: the profile read again; one that no longer reads is refused, the run goes on.
    const QList<FeedSpec> demoFeeds = demo ? demo->feedSpecs() : QList<FeedSpec>();
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &recorder, [&] {
        if (options.profile.isEmpty()) {
            printError(QStringLiteral("reload ignored: no --profile to read again"));
            return;
        }
        QString reason;
        const auto reread = FeedList::collect(options, demoFeeds, profiles, &reason);
        if (!reread) {
            printError(QStringLiteral("reload refused, the run goes on with the feeds it has: %1")
                           .arg(reason));
            return;
        }
        recorder.reloadFeeds(reread->feeds, reread->profilePath);
    });
    QObject::connect(
        &recorder, &HeadlessRecorder::finished, &app, [&app](int code) { app.exit(code); },
        Qt::QueuedConnection);
    if (demo)
        std::fprintf(stderr, "feedboard: demo feed on ws://127.0.0.1:%u\n", unsigned(demo->port()));
    recorder.start();
    return app.exec();
}

#ifdef FEEDBOARD_GUI
bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
}
#endif
} // namespace

int main(int argc, char **argv)
{
    const CommandLineResult parsed = parseCommandLine(argumentList(argc, argv));
    if (!parsed.options) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n",
                     parsed.message.toUtf8().constData());
        return parsed.exitCode;
    }
    const RunOptions &options = *parsed.options;
    if (options.headless)
        return runHeadless(argc, argv, options);
#ifdef FEEDBOARD_GUI
    if (!displayAvailable()) {
        printError(QStringLiteral("no display available; run with --headless (see --help)"));
        return 1;
    }
    return runGui(argc, argv, options);
#else
    printError(QStringLiteral(
        "this build has no window (FEEDBOARD_GUI=OFF); run with --headless (see --help)"));
    return 1;
#endif
}
