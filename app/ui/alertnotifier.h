#pragma once

#include "alerts/alertevent.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QSystemTrayIcon;
class QToolButton;

// Tells the user an alert fired: a desktop notification through the system tray where one
// exists, else this banner (a dismissible strip at the top of the window, coloured by the
// severity). Only firing transitions the core marked `notify` (the rule's notifyEveryMs)
// reach the user; the dock still lists every transition. GUI thread; owned by the window.
class AlertNotifier final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(QWidget *parent = nullptr);

    // Shows a notification for the event if it asks for one; true when it did.
    bool notify(const AlertEvent &event);
    // Whether the tray may be used when the platform has one (tests force the banner).
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }
    bool usesTray() const;

    int notificationCount() const { return m_count; }
    QString lastMessage() const { return m_last; }
    QLabel *label() const { return m_label; }
    QToolButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_label = nullptr;
    QToolButton *m_dismiss = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_trayAllowed = true;
    int m_count = 0;
    QString m_last;
};
