#pragma once

#include <QObject>

class DashboardData;
class ProfileStore;
class SessionController;
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

    QAction *captureAction() const { return m_capture; }
    QLabel *captureLabel() const { return m_captureLabel; }
    QMenu *recentMenu() const { return m_recent; }
    // Shown next to the capture size (the file written now).
    void setCapturePath(const QString &path);
    // Adds File → Export… over the window's stores and chart.
    void setExportSources(const DashboardData *data, QWidget *chart);

private:
    void installActions(QMenu *file, QAction *before);
    void openProfile();
    void importProfile();
    void exportProfile();
    void openCapture();
    void chooseCaptureFile();
    void fillRecentMenu();
    void launch(const QStringList &arguments);
    void onCaptureSize(const QString &path, qint64 bytes);
    void showError(const QString &title, const QString &message);

    QMainWindow *m_window;
    SessionController *m_session;
    ProfileStore *m_store;
    QAction *m_capture = nullptr;
    QMenu *m_recent = nullptr;
    QLabel *m_captureLabel = nullptr;
    QMenu *m_file = nullptr;
    QAction *m_before = nullptr;
    QString m_capturePath;
};
