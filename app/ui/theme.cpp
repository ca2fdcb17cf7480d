#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {
// The platform's palette and style, kept before the first theme replaces them.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

const QString &systemStyle()
{
    static const QString name = QApplication::style()->name();
    return name;
}

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x27, 0x2e);
    const QColor base(0x1b, 0x1f, 0x24);
    const QColor text(0xd7, 0xdd, 0xe4);
    const QColor disabled(0x6e, 0x76, 0x81);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x41, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x39, 0x41));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2f, 0x36));
    p.setColor(QPalette::Dark, QColor(0x16, 0x19, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    // The platform's palette when it is light (it is the user's), else Fusion's light one.
    return systemPalette().color(QPalette::Window).lightness() >= 128
        ? systemPalette()
        : QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}
} // namespace

namespace Theme {
QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

bool systemIsDark()
{
    return systemPalette().color(QPalette::Window).lightness() < 128;
}

bool isDark(Choice choice)
{
    return choice == Choice::Dark || (choice == Choice::System && systemIsDark());
}

QString apply(Choice choice)
{
    systemPalette(); // keep the platform's before changing them
    systemStyle();
    const bool dark = isDark(choice);
    if (choice == Choice::System) {
        // The platform's own look, as it was.
        setStyleNamed(systemStyle());
        QApplication::setPalette(systemPalette());
    } else {
        // Fusion draws from the palette everywhere; native styles may ignore a dark one.
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
    }
    QFile file(dark ? QStringLiteral(":/styles/dark.qss") : QStringLiteral(":/styles/light.qss"));
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}
} // namespace Theme
