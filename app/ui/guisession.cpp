#include "guisession.h"

#include "feedspanel.h"
#include "mainwindow.h"
#include "replaybar.h"
#include "sessionactions.h"
#include "startpage.h"
#include "uisettings.h"

#include "feed/demofeedserver.h"
#include "profiles/profilestore.h"
#include "session/commandline.h"
#include "session/feedlist.h"
#include "session/sessionswitcher.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QLocale>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>

#include <cstdio>

GuiSession::GuiSession(ProfileStore *store)
    : m_switcher(std::make_unique<SessionSwitcher>(&m_session, store))
    , m_window(std::make_unique<MainWindow>(&m_session))
    , m_actions(new SessionActions(m_window.get(), m_switcher.get()))
{
    QObject::connect(m_switcher.get(), &SessionSwitcher::sessionReplaced, m_window.get(),
                     [this](const QString &title) { onSessionReplaced(title); });
    QObject::connect(m_window->feedsPanel(), &FeedsPanel::editRequested, m_actions,
                     [this](const QString &) { m_actions->editSessionProfile(); });
    QObject::connect(m_window.get(), &MainWindow::alertRuleRequested, m_actions,
                     &SessionActions::addAlertRule);
    QObject::connect(m_window.get(), &MainWindow::derivedSeriesRequested, m_actions,
                     &SessionActions::addDerivedSeries);
    CaptureRetention::Limits retention;
    retention.maxBytes = UiSettings::captureMaxBytes();
    retention.maxAgeDays = UiSettings::captureMaxAgeDays();
    m_switcher->setCaptureRetention(retention);
    connectStartPage();
}

void GuiSession::connectStartPage()
{
    StartPage *page = m_window->startPage();
    QObject::connect(page, &StartPage::demoRequested, m_actions, [this] { tryDemo(); });
    QObject::connect(page, &StartPage::newProfileRequested, m_actions, &SessionActions::newProfile);
    QObject::connect(page, &StartPage::templateRequested, m_actions,
                     &SessionActions::newProfileFromTemplate);
    QObject::connect(page, &StartPage::openProfileRequested, m_actions,
                     &SessionActions::openProfile);
    QObject::connect(page, &StartPage::openCaptureRequested, m_actions,
                     &SessionActions::openCapture);
    QObject::connect(page, &StartPage::recentProfileRequested, m_actions,
                     &SessionActions::openProfileFile);
}

// The start page shows while the session has nothing to show: no feed and no replay.
void GuiSession::updateStartPage()
{
    const bool empty = m_session.feedSpecs().isEmpty() && !m_session.hasReplay();
    if (empty)
        m_window->startPage()->setRecentProfiles(m_switcher->store()->recent());
    m_window->setStartPageShown(empty);
}

void GuiSession::tryDemo()
{
    if (!m_demo) {
        auto demo = std::make_unique<DemoFeedServer>();
        QString error;
        if (!demo->listen(&error)) {
            QMessageBox::warning(m_window.get(), tr("Cannot Start the Demo"), error);
            return;
        }
        m_demo = std::move(demo);
    }
    m_actions->openFeeds(m_demo->feedSpecs(), tr("Demo"));
}

GuiSession::~GuiSession()
{
    m_session.stop();
}

bool GuiSession::configure(const RunOptions &options, const FeedList::Run &run, QString *error)
{
    for (const FeedSpec &feed : run.feeds)
        m_session.addFeed(feed);
    m_session.setAlertRules(run.alerts); // before the capture: its header carries them
    m_session.setDerivedRules(run.derived);
    if ((!options.replayPath.isEmpty()
         && !m_session.setReplay(options.replayPath, options.speed.value_or(1.0), error))
        || (!options.recordPath.isEmpty() && !m_session.setCapture(options.recordPath, error))
        || (!options.exportPath.isEmpty() && !m_session.setSampleExport(options.exportPath, error))
        || (!options.exportLogsPath.isEmpty()
            && !m_session.setLogExport(options.exportLogsPath, error))
        || (!options.exportAlertsPath.isEmpty()
            && !m_session.setAlertExport(options.exportAlertsPath, error)))
        return false;
    // The GUI records every live session unless told otherwise: a per-session file in the
    // user's data folder. Failing to create it is reported, not fatal.
    QString capturePath = options.recordPath;
    m_captureWarning.clear();
    if (capturePath.isEmpty() && options.replayPath.isEmpty() && !run.feeds.isEmpty())
        capturePath = m_switcher->startDefaultCapture(&m_captureWarning);
    m_actions->setCapturePath(capturePath);
    if (!options.theme.isEmpty())
        m_window->setTheme(Theme::fromKey(options.theme));
    if (run.profile) {
        m_switcher->setCurrentProfile(run.profilePath);
        m_actions->restoreLayout(*run.profile);
    }
    updateReplayBar(options.speed.value_or(1.0));
    return true;
}

void GuiSession::start()
{
    m_window->resize(1280, 800);
    updateStartPage();
    m_window->show();
    m_session.start();
}

ReplayBar *GuiSession::replayBar() const
{
    return m_replayBar;
}

void GuiSession::onSessionReplaced(const QString &title)
{
    updateReplayBar(1.0);
    m_window->setWindowTitle(tr("FeedBoard — %1").arg(title));
    m_window->clearSession();
    updateStartPage();
}

void GuiSession::updateReplayBar(double speed)
{
    if (m_replayBar) {
        m_window->removeToolBar(m_replayBar);
        m_replayBar->deleteLater();
        m_replayBar = nullptr;
    }
    if (!m_session.hasReplay())
        return;
    m_replayBar = new ReplayBar(&m_session, m_window.get());
    m_window->addToolBar(Qt::BottomToolBarArea, m_replayBar);
    m_replayBar->show(); // a tool bar added to a visible window stays hidden otherwise
    m_replayBar->setSpeed(speed);
}

namespace {
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("feedboard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "feedboard: %s\n", message.toUtf8().constData());
}
} // namespace

int runGui(int argc, char **argv, const RunOptions &options,
           const std::function<void(GuiSession &)> &beforeStart)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FeedBoard"));
    QApplication::setOrganizationName(QStringLiteral("FeedBoard"));
    QApplication::setApplicationVersion(QStringLiteral(FEEDBOARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/feedboard.png")));
    // --lang wins; else the language chosen in Settings (takes effect at this start).
    installTranslations(app,
                        options.language.isEmpty() ? UiSettings::language() : options.language);

    QString error;
    const auto demo = FeedList::startDemo(options, &error);
    if (options.demo && !demo)
        printError(QStringLiteral("cannot start the demo feed: %1").arg(error));
    ProfileStore profiles; // outlives the window and its actions
    const auto run = FeedList::collect(options, demo ? demo->feedSpecs() : QList<FeedSpec>(),
                                       profiles, &error);
    if (!run) {
        printError(error);
        return 1;
    }
    GuiSession gui(&profiles);
    if (!gui.configure(options, *run, &error)) {
        printError(error);
        return 1;
    }
    if (!gui.captureWarning().isEmpty())
        printError(QStringLiteral("no capture this session: %1").arg(gui.captureWarning()));
    if (beforeStart)
        beforeStart(gui);
    gui.start();
    // Layout changes are saved with the running profile (autosave), then files are flushed.
    QObject::connect(&app, &QApplication::aboutToQuit, gui.actions(),
                     &SessionActions::saveLayoutToProfile);
    QObject::connect(&app, &QApplication::aboutToQuit, gui.session(), &SessionController::stop);
    if (options.durationSeconds >= 0)
        QTimer::singleShot(qint64(options.durationSeconds * 1000.0), &app, &QApplication::quit);
    if (!options.screenshotPath.isEmpty()) {
        MainWindow *window = gui.window();
        QTimer::singleShot(
            qint64(options.screenshotDelaySeconds * 1000.0), window, [&options, window] {
                if (!window->grab().save(options.screenshotPath))
                    printError(QStringLiteral("cannot save %1").arg(options.screenshotPath));
                QApplication::quit();
            });
    }
    return app.exec();
}
