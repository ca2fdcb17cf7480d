#pragma once

#include "profiles/feedspec.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class DashboardData;
struct Profile;
class ProfileStore;
class SessionController;
class ReplayBar;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;

// The File menu's session items: open, import and export profiles, recent profiles, open a
// capture for replay, capture on/off and its file, and the capture's size in the status bar.
// Inserted into the window's File menu before Quit, so MainWindow only has to exist.
// GUI thread; owned by the window.
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    SessionActions(QMainWindow *window, SessionController *session, ProfileStore *store);

Q_SIGNALS:
    // The old session has ended and the new one is configured but not started: the window
    // must forget the old series and logs now.
    void sessionCleared();

public:
    QAction *captureAction() const { return m_capture; }
    QLabel *captureLabel() const { return m_captureLabel; }
    QMenu *recentMenu() const { return m_recent; }
    // Shown next to the capture size (the file written now).
    void setCapturePath(const QString &path);
    // The profile this session runs (Edit Profile… opens it); empty for none.
    void setCurrentProfile(const QString &path) { m_profilePath = path; }
    QString currentProfile() const { return m_profilePath; }
    // Starts the GUI's default capture, a per-session file in the user's data folder; returns
    // its path, or an empty string with the reason in *error.
    QString startDefaultCapture(QString *error);
    // Adds the replay bar when the session replays, removes it when it does not.
    void updateReplayBar(double speed);
    ReplayBar *replayBar() const;
    // Replace the running session in this window: the feeds of a profile (with a new default
    // capture), or the replay of a capture. False, with the reason shown, if it cannot open;
    // the running session then carries on.
    bool switchToProfile(const QString &path);
    bool switchToCapture(const QString &path);
    // The window's layout, kept in a profile under "layout": taken when the profile editor
    // saves, restored when a profile is opened. Wired to MainWindow::saveLayout() /
    // restoreLayout() where the window has them; without hooks profiles keep what they hold.
    void setLayoutHooks(std::function<QJsonObject()> save, std::function<bool(const QJsonObject &)> restore);
    // Restores the layout stored in the current profile, if any (at start-up with --profile).
    void restoreProfileLayout();
    // The profile with the window's current layout under "layout" (unchanged without a hook).
    Profile withCurrentLayout(Profile profile) const;
    // Edits the running session's profile (the Feeds panel's Edit…): the profile file when
    // the session came from one, otherwise a new profile holding the session's feeds.
    void editSessionProfile();
    // Adds File → Export… over the window's stores and chart.
    void setExportSources(const DashboardData *data, QWidget *chart);

private:
    void installActions(QMenu *file, QAction *before);
    void openProfile();
    void newProfile();
    void editProfile();
    void runEditor(const Profile &profile);
    void importProfile();
    void exportProfile();
    void openCapture();
    void chooseCaptureFile();
    void fillRecentMenu();
    void replaceSession(const QList<FeedSpec> &feeds, const QString &replayPath, const QString &title);
    void onCaptureSize(const QString &path, qint64 bytes);
    void showError(const QString &title, const QString &message);
    void restoreLayout(const Profile &profile);

    QMainWindow *m_window;
    SessionController *m_session;
    ProfileStore *m_store;
    QAction *m_capture = nullptr;
    QMenu *m_recent = nullptr;
    QLabel *m_captureLabel = nullptr;
    QMenu *m_file = nullptr;
    QAction *m_before = nullptr;
    QString m_capturePath;
    QString m_profilePath;
    QPointer<ReplayBar> m_replayBar;
    std::function<QJsonObject()> m_saveLayout;
    std::function<bool(const QJsonObject &)> m_restoreLayout;
};
