// FeedBoard entry point: parses the command line and wires the core (and, with a display,
// the UI). All behaviour lives in feedboard_core and feedboard_ui.
#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/headlessrecorder.h"
#include "session/sessioncontroller.h"
#include "session/signalwatcher.h"
#include "benchprobe.h"
#include "chartpanel.h"
#include "chartsarea.h"
#include "feedspanel.h"
#include "mainwindow.h"
#include "uisettings.h"
#include "sessionactions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {
QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

// A readable, unique feed name for a bare --url: host:port/path.
QString feedNameForUrl(const QUrl &url, const QStringList &taken)
{
    QString name = url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    if (url.path().size() > 1)
        name += url.path();
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = name + QLatin1Char('#') + QString::number(n);
    return unique;
}

// Collects the feeds the options ask for. False after printing a reason (exit status 1).
bool collectFeeds(const RunOptions &options, DemoFeedServer *demo, QList<FeedSpec> &feeds)
{
    if (!options.profile.isEmpty()) {
        QString error;
        // Through the store, so secret headers come back from the keychain / secrets file.
        ProfileStore store;
        const QString path = resolveProfilePath(options.profile);
        const auto profile = store.load(path, &error);
        if (!profile) {
            std::fprintf(stderr, "feedboard: %s\n", error.toUtf8().constData());
            return false;
        }
        feeds += profile->feeds;
        store.addRecent(path);
    }
    if (demo)
        feeds += demo->feedSpecs();
    QStringList names;
    for (const FeedSpec &feed : feeds)
        names << feed.name;
    for (const QUrl &url : options.urls) {
        FeedSpec spec;
        spec.url = url;
        spec.name = feedNameForUrl(url, names);
        names << spec.name;
        feeds << spec;
    }
    return true;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("feedboard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

std::unique_ptr<DemoFeedServer> startDemo(const RunOptions &options)
{
    if (!options.demo)
        return nullptr;
    DemoFeedServer::Options demoOptions;
    demoOptions.ticksPerSecond = options.demoRate;
    auto demo = std::make_unique<DemoFeedServer>(demoOptions);
    QString error;
    if (!demo->listen(&error)) {
        std::fprintf(stderr, "feedboard: cannot start the demo feed: %s\n", error.toUtf8().constData());
        return nullptr;
    }
    return demo;
}

int runHeadless(int argc, char **argv, const RunOptions &options)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FeedBoard"));
    QCoreApplication::setOrganizationName(QStringLiteral("FeedBoard"));
    const auto demo = startDemo(options);
    if (options.demo && !demo)
        return 2;
    QList<FeedSpec> feeds;
    if (!collectFeeds(options, demo.get(), feeds))
        return 1;
    HeadlessRecorder recorder(options);
    for (const FeedSpec &feed : feeds)
        recorder.addFeed(feed);
    if (!recorder.prepare())
        return 1;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &recorder, &HeadlessRecorder::finish);
    QObject::connect(&recorder, &HeadlessRecorder::finished, &app, [&app](int code) { app.exit(code); },
                     Qt::QueuedConnection);
    if (demo)
        std::fprintf(stderr, "feedboard: demo feed on ws://127.0.0.1:%u\n", unsigned(demo->port()));
    recorder.start();
    return app.exec();
}

int runGui(int argc, char **argv, const RunOptions &options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FeedBoard"));
    QApplication::setOrganizationName(QStringLiteral("FeedBoard"));
    QApplication::setApplicationVersion(QStringLiteral(FEEDBOARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/feedboard.png")));
    // --lang wins; else the language chosen in Settings (takes effect at this start).
    installTranslations(app, options.language.isEmpty() ? UiSettings::language() : options.language);

    const auto demo = startDemo(options);
    QList<FeedSpec> feeds;
    if (!collectFeeds(options, demo.get(), feeds))
        return 1;
    SessionController session;
    for (const FeedSpec &feed : feeds)
        session.addFeed(feed);
    QString error;
    const auto check = [&error](bool ok) {
        if (!ok)
            std::fprintf(stderr, "feedboard: %s\n", error.toUtf8().constData());
        return ok;
    };
    if ((!options.replayPath.isEmpty()
         && !check(session.setReplay(options.replayPath, options.speed.value_or(1.0), &error)))
        || (!options.recordPath.isEmpty() && !check(session.setCapture(options.recordPath, &error)))
        || (!options.exportPath.isEmpty() && !check(session.setSampleExport(options.exportPath, &error)))
        || (!options.exportLogsPath.isEmpty()
            && !check(session.setLogExport(options.exportLogsPath, &error))))
        return 1;

    ProfileStore profiles; // outlives the window and its actions
    MainWindow window(&session);
    if (BenchProbe::requested()) // bench/guibench.py: first paint and latencies on stderr
        new BenchProbe(&window);
    auto *actions = new SessionActions(&window, &session, &profiles);
    QObject::connect(actions, &SessionActions::sessionCleared, &window, &MainWindow::clearSession);
    QObject::connect(window.feedsPanel(), &FeedsPanel::editRequested, actions,
                     [actions](const QString &) { actions->editSessionProfile(); });
    // The GUI records every live session unless told otherwise: a per-session file in the
    // user's data folder. Failing to create it is reported, not fatal.
    QString capturePath = options.recordPath;
    if (capturePath.isEmpty() && options.replayPath.isEmpty()) {
        capturePath = actions->startDefaultCapture(&error);
        if (capturePath.isEmpty())
            std::fprintf(stderr, "feedboard: no capture this session: %s\n", error.toUtf8().constData());
    }
    if (!options.theme.isEmpty())
        window.setTheme(Theme::fromKey(options.theme));
    actions->setCapturePath(capturePath);
    // All charts: a single chart may be removed while the session runs.
    actions->setExportSources(&window.dashboardData(), window.chartsArea());
    actions->setLayoutHooks([&window] { return window.saveLayout(); },
                            [&window](const QJsonObject &layout) { return window.restoreLayout(layout); });
    if (!options.profile.isEmpty()) {
        actions->setCurrentProfile(resolveProfilePath(options.profile));
        actions->restoreProfileLayout();
    }
    actions->updateReplayBar(options.speed.value_or(1.0));
    window.resize(1280, 800);
    window.show();
    session.start();
    QObject::connect(&app, &QApplication::aboutToQuit, &session, &SessionController::stop);
    if (options.durationSeconds >= 0)
        QTimer::singleShot(qint64(options.durationSeconds * 1000.0), &app, &QApplication::quit);
    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(qint64(options.screenshotDelaySeconds * 1000.0), &window, [&] {
            if (!window.grab().save(options.screenshotPath))
                std::fprintf(stderr, "feedboard: cannot save %s\n", options.screenshotPath.toUtf8().constData());
            app.quit();
        });
    }
    return app.exec();
}

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
}
} // namespace

int main(int argc, char **argv)
{
    const CommandLineResult parsed = parseCommandLine(argumentList(argc, argv));
    if (!parsed.options) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", parsed.message.toUtf8().constData());
        return parsed.exitCode;
    }
    const RunOptions &options = *parsed.options;
    if (options.headless)
        return runHeadless(argc, argv, options);
    if (!displayAvailable()) {
        std::fprintf(stderr, "feedboard: no display available; run with --headless (see --help)\n");
        return 1;
    }
    return runGui(argc, argv, options);
}
