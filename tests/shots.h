#pragma once

// Screenshots of a test's widgets for a person to look at: with FEEDBOARD_TEST_SHOTS=DIR set,
// saveShot() writes DIR/NAME.png; otherwise it does nothing. Header-only.
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace TestSupport {
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FEEDBOARD_TEST_SHOTS");
    if (!dir.isEmpty() && widget)
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace TestSupport
