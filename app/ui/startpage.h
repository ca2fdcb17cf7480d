#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;

// The window's central page while the session has no feed and no replay: Try the demo, New
// profile…, Open profile…, Open capture… and the recent profiles. Only asks (signals);
// GuiSession answers through SessionActions and SessionSwitcher. GUI thread; owned by the
// main window.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    // The recent profiles' paths, newest first; a click on one opens it.
    void setRecentProfiles(const QStringList &paths);

Q_SIGNALS:
    void demoRequested();
    void newProfileRequested();
    void templateRequested();
    void openProfileRequested();
    void openCaptureRequested();
    void recentProfileRequested(const QString &path);

private:
    QListWidget *m_recent;
};
