#pragma once

#include "model/seriesinfo.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

class MainWindow;
class SessionSwitcher;
struct FeedSpec;
struct Profile;
struct SeriesInfo;
class QAction;
class QLabel;
class QMenu;

// The File menu's session items: open, new, edit, import and export profiles, recent
// profiles, open a capture for replay, capture on/off and its file, Export…; and the capture's
// size in the status bar. Inserted into the window's File menu before Quit. Switching itself
// is SessionSwitcher's (core); this class only asks it and shows what went wrong.
// GUI thread; owned by the window.
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    SessionActions(MainWindow *window, SessionSwitcher *switcher);

    QAction *captureAction() const { return m_capture; }
    QLabel *captureLabel() const { return m_captureLabel; }
    QMenu *recentMenu() const { return m_recent; }
    // Shows the capture file written now next to its size (empty: capture off).
    void setCapturePath(const QString &path);
    // Replace the running session with a profile's feeds or a capture's replay, restoring the
    // profile's layout; false, with the reason shown in a message box, if it cannot open (the
    // running session then carries on).
    bool openProfileFile(const QString &path);
    bool openCaptureFile(const QString &path);
    // The profile with the window's current layout under "layout".
    Profile withCurrentLayout(Profile profile) const;
    // Restores the layout a profile holds (at start-up with --profile, after a switch); a
    // profile without one starts from the first layout (one chart of what the default rule
    // picks), not from the previous session's charts.
    void restoreLayout(const Profile &profile);
    // Layout changes are saved with the profile automatically: writes the window's layout
    // into the running session's profile file (before a switch and at quit). False, with the
    // reason in the status bar, when the file cannot be written; true when there is none.
    bool saveLayoutToProfile();
    // Edits the running session's profile (the Feeds panel's Edit…): the profile file when
    // the session came from one, otherwise a new profile holding the session's feeds.
    void editSessionProfile();
    // A chart's Add Alert...: the running session's profile (as editSessionProfile()) in the
    // editor, on its Alerts tab, with a new rule on `series` above `value` to adjust.
    void addAlertRule(const SeriesInfo &series, double value);
    // A series' Derive...: the same, on the Derived tab, with a new derived series reading
    // `series` to complete; on a derived series (not an input of others), its own definition.
    void addDerivedSeries(const SeriesInfo &series);
    // Replace the running session with these feeds (the built-in demo's), from the first layout.
    bool openFeeds(const QList<FeedSpec> &feeds, const QString &title);
    // The File menu's dialogs, also asked for by the start page.
    void openProfile();
    void newProfile();
    // File > New Profile from Template...: the profile editor on a chosen recipe.
    void newProfileFromTemplate();
    void openCapture();
    // Settings ▸ Capture Retention…: the limits of the default captures, persisted and applied
    // from the next default capture on.
    void editCaptureRetention();

private:
    void installActions();
    QAction *addAction(const QString &text, const char *name);
    void editProfile();
    // Edits `profile` (from the file `sourcePath`, empty for a new one) and runs what is saved.
    // `withLayout`: the profile is the running session's, so it gets the window's layout.
    // `newRule`: an alert rule added to the profile in the editor, shown on its Alerts tab;
    // `newDerived` likewise a derived series on its Derived tab; `showDerived`: a derived
    // series shown there.
    void runEditor(const Profile &profile, const QString &sourcePath, bool withLayout,
                   const QJsonObject &newRule = {}, const QJsonObject &newDerived = {},
                   const std::optional<SeriesInfo> &showDerived = std::nullopt);
    // The running session's profile for an Add Alert... or a Derive...: its file's, or a new
    // one holding the session's feeds; nullopt (the reason shown) when the file cannot load.
    std::optional<Profile> sessionProfile(QString *path);
    void importProfile();
    void exportProfile();
    void chooseCaptureFile();
    void updateCaptureToolTip(const QString &path);
    void exportData();
    void fillRecentMenu();
    void onSessionReplaced();
    void onCaptureSize(const QString &path, qint64 bytes);
    void showError(const QString &title, const QString &message);
    void showStatus(const QString &message);

    MainWindow *m_window;
    SessionSwitcher *m_switcher;
    QMenu *m_file = nullptr;
    QAction *m_before = nullptr; // Quit: the session's items go above it
    QAction *m_capture = nullptr;
    QMenu *m_recent = nullptr;
    QLabel *m_captureLabel = nullptr;
};
