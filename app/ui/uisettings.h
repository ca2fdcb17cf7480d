#pragma once

#include <QString>

// The GUI's persisted choices (QSettings, organisation/application "FeedBoard"): theme and
// language. The language takes effect at the next start; main() reads it when --lang is not
// given. Any thread that has a QCoreApplication.
namespace UiSettings {
QString theme(); // "system" (default), "light" or "dark"
void setTheme(const QString &theme);
QString language(); // "" (the system's), "en", "de" or "zh_CN"
void setLanguage(const QString &language);
} // namespace UiSettings
