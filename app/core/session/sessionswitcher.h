#pragma once

#include "capture/captureretention.h"
#include "profiles/feedspec.h"
#include "profiles/profile.h"

#include <QObject>
#include <QString>

#include <optional>

class ProfileStore;
class SessionController;

// Replaces the session a window runs: the feeds of a profile (with a default capture of its
// own) or the replay of a capture. Refuses a bad profile or capture before the running
// session is given up, so a failed switch changes nothing. Keeps what the session came
// from (the profile file, the capture being written). Core: no window, no dialog; the UI
// shows the errors it returns. Main thread; does not own the controller or the store.
class SessionSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSwitcher)

public:
    SessionSwitcher(SessionController *session, ProfileStore *store, QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    ProfileStore *store() const { return m_store; }

    // The folder of the GUI's default captures: <app data>/captures.
    static QString defaultCaptureFolder();
    // Starts a default capture on the session, a new per-session file in
    // defaultCaptureFolder(), then removes the oldest default captures beyond the retention
    // limits; returns its path, or an empty string with the reason in *error.
    QString startDefaultCapture(QString *error);
    // The limits applied to the default captures each time one starts.
    CaptureRetention::Limits captureRetention() const { return m_retention; }
    void setCaptureRetention(const CaptureRetention::Limits &limits) { m_retention = limits; }

    // Replace the running session: nullopt / false with the reason in *error when the profile
    // or capture cannot be opened (the running session then carries on). On success the
    // session has been reset, configured and started, and sessionReplaced() was emitted
    // before it started.
    std::optional<Profile> switchToProfile(const QString &path, QString *error);
    bool switchToCapture(const QString &path, QString *error);
    // Replace the running session with these feeds (the built-in demo's), titled `title`.
    bool switchToFeeds(const QList<FeedSpec> &feeds, const QString &title, QString *error);

    // The profile file the session runs (empty for none), and the capture it writes (empty
    // for none).
    QString currentProfile() const { return m_profilePath; }
    void setCurrentProfile(const QString &path) { m_profilePath = path; }
    QString capturePath() const { return m_capturePath; }
    void setCapturePath(const QString &path) { m_capturePath = path; }
    // Why the last switch to a live profile records no capture (empty when it does).
    QString captureError() const { return m_captureError; }

Q_SIGNALS:
    // The old session has ended and the new one is configured but not started: views must
    // forget the old feeds, series and logs now. `title` names the new session.
    void sessionReplaced(const QString &title);

private:
    // `rules`, `derived`: the profile's (none for a replay or the demo).
    bool replaceSession(const QList<FeedSpec> &feeds, const QList<AlertRule> &rules,
                        const QList<DerivedRule> &derived, const QString &replayPath,
                        const QString &title, QString *error);

    SessionController *m_session;
    ProfileStore *m_store;
    QString m_profilePath;
    QString m_capturePath;
    QString m_captureError;
    CaptureRetention::Limits m_retention;
};
