#include "alertnotifier.h"

#include "alertsmodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QToolButton>

AlertNotifier::AlertNotifier(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_dismiss(new QToolButton)
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("alertBannerText"));
    m_label->setWordWrap(true);
    m_dismiss->setObjectName(QStringLiteral("alertBannerDismiss"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

bool AlertNotifier::usesTray() const
{
    return m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable();
}

bool AlertNotifier::notify(const AlertEvent &event)
{
    if (event.state != AlertEvent::State::Firing || !event.notify)
        return false;
    const QString title
        = tr("%1 alert: %2").arg(AlertsModel::severityText(event.severity), event.rule);
    QStringList where;
    for (const QString &part : { event.feed, event.key, event.field }) {
        if (!part.isEmpty())
            where << part;
    }
    QString text = where.join(QLatin1Char(' '));
    if (event.hasValue())
        text = tr("%1 = %2").arg(text, QLocale().toString(event.value, 'g', 10));
    text = tr("%1 at %2")
               .arg(text,
                    QDateTime::fromMSecsSinceEpoch(qint64(event.dataTimeMs))
                        .toString(QStringLiteral("hh:mm:ss.zzz")));
    m_last = title + QLatin1Char('\n') + text;
    ++m_count;
    if (usesTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(window()->windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, text,
                            event.severity == AlertSeverity::Critical ? QSystemTrayIcon::Critical
                                : event.severity == AlertSeverity::Warning
                                ? QSystemTrayIcon::Warning
                                : QSystemTrayIcon::Information);
        return true;
    }
    const QColor color = AlertsModel::severityColor(event.severity);
    setStyleSheet(QStringLiteral("#alertBanner { background: %1; border: none; }"
                                 "#alertBanner QLabel, #alertBanner QToolButton { color: white; }")
                      .arg(color.name()));
    m_label->setText(
        QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    show();
    return true;
}
