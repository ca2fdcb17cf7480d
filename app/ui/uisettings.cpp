#include "uisettings.h"

#include <QSettings>

namespace {
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
const QString kCaptureMaxBytes = QStringLiteral("capture/maxBytes");
const QString kCaptureMaxAgeDays = QStringLiteral("capture/maxAgeDays");
const QString kExportFolder = QStringLiteral("export/folder");
} // namespace

namespace UiSettings {
QString theme()
{
    return QSettings().value(kTheme, QStringLiteral("system")).toString();
}

void setTheme(const QString &theme)
{
    QSettings().setValue(kTheme, theme);
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

qint64 captureMaxBytes()
{
    return QSettings().value(kCaptureMaxBytes, qint64(2) << 30).toLongLong();
}

void setCaptureMaxBytes(qint64 bytes)
{
    QSettings().setValue(kCaptureMaxBytes, bytes);
}

int captureMaxAgeDays()
{
    return QSettings().value(kCaptureMaxAgeDays, 30).toInt();
}

void setCaptureMaxAgeDays(int days)
{
    QSettings().setValue(kCaptureMaxAgeDays, days);
}

QString exportFolder()
{
    return QSettings().value(kExportFolder).toString();
}

void setExportFolder(const QString &folder)
{
    QSettings().setValue(kExportFolder, folder);
}
} // namespace UiSettings
