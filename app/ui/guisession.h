#pragma once

#include "session/feedlist.h"
#include "session/sessioncontroller.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class DemoFeedServer;
class MainWindow;
class ProfileStore;
class ReplayBar;
class SessionActions;
class SessionSwitcher;
struct FeedSpec;
struct RunOptions;

// The GUI's composition: a session controller, the main window over it, the File menu's
// session actions and the switcher they use, and the replay bar while a capture replays.
// main() builds exactly this through runGui(), and the GUI tests build the same, so the
// wiring they test is the wiring that ships. GUI thread; needs a QApplication.
class GuiSession final
{
    Q_DECLARE_TR_FUNCTIONS(GuiSession)
    Q_DISABLE_COPY_MOVE(GuiSession)

public:
    // `store` (the profiles) must outlive this.
    explicit GuiSession(ProfileStore *store);
    // Stops the session (files flushed, worker ended) before the window goes.
    ~GuiSession();

    // Configures the session as the command line asks: the feeds, a replay, a capture (the
    // GUI records every live session, to a default file unless --record names one), exports,
    // the profile's layout and the theme. False, with the reason in *error, when a file
    // cannot be opened. A default capture that cannot start is no error: captureWarning()
    // says why.
    // `run` is what FeedList::collect() found for these options (feeds, profile, alert rules).
    bool configure(const RunOptions &options, const FeedList::Run &run, QString *error);
    QString captureWarning() const { return m_captureWarning; }
    // Shows the window and starts the session.
    void start();

    SessionController *session() { return &m_session; }
    SessionSwitcher *switcher() const { return m_switcher.get(); }
    MainWindow *window() const { return m_window.get(); }
    SessionActions *actions() const { return m_actions; }
    // The replay controls while the session replays a capture, else null.
    ReplayBar *replayBar() const;
    // The built-in demo server the start page's Try the demo started (null before): it lives
    // as long as this composition, so the session switched to it keeps its feed.
    DemoFeedServer *demoServer() const { return m_demo.get(); }

private:
    void onSessionReplaced(const QString &title);
    void connectStartPage();
    void updateStartPage();
    void tryDemo();
    void updateReplayBar(double speed);

    SessionController m_session;
    std::unique_ptr<SessionSwitcher> m_switcher;
    std::unique_ptr<MainWindow> m_window;
    SessionActions *m_actions = nullptr; // child of the window
    QPointer<ReplayBar> m_replayBar;
    std::unique_ptr<DemoFeedServer> m_demo; // goes after ~GuiSession() stopped the session
    QString m_captureWarning;
};

// FeedBoard's GUI run: the application, translations, the demo feed, the feeds the options
// ask for, a GuiSession, --duration and --screenshot. `beforeStart` sees the composition
// before the window shows (the GUI benchmark attaches its probe there). Returns the exit
// status.
int runGui(int argc, char **argv, const RunOptions &options,
           const std::function<void(GuiSession &)> &beforeStart = {});
