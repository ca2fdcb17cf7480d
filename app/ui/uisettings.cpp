#include "uisettings.h"

#include <QSettings>

namespace {
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
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
} // namespace UiSettings
