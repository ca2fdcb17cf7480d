#pragma once

#include <QString>

// The GUI's persisted choices (QSettings, organisation/application "FeedBoard"): theme and
// language, capture retention, the export folder. The language takes effect at the next start;
// main() reads it when --lang is not given. Any thread that has a QCoreApplication.
namespace UiSettings {
QString theme(); // "system" (default), "light" or "dark"
void setTheme(const QString &theme);
QString language(); // "" (the system's), "en", "de" or "zh_CN"
void setLanguage(const QString &language);
// Retention of the default captures: total size in bytes and age in days (0: no limit).
qint64 captureMaxBytes(); // default 2 GiB
void setCaptureMaxBytes(qint64 bytes);
int captureMaxAgeDays(); // default 30
void setCaptureMaxAgeDays(int days);
// The folder File ▸ Export… last wrote to (empty: none yet).
QString exportFolder();
void setExportFolder(const QString &folder);
} // namespace UiSettings
