#pragma once

#include <QString>

// Light and dark colours for the whole application: a palette (Fusion style, so it is honoured
// on every platform) and a stylesheet for the main window. "System" follows the platform's
// palette as it was at start-up (Qt 6.4 has no colour-scheme hint: its window colour's
// lightness decides). GUI thread only.
namespace Theme {
enum class Choice { System, Light, Dark };

QString key(Choice choice); // "system", "light", "dark"
Choice fromKey(const QString &key); // unknown: System
// Whether the platform's own palette is dark.
bool systemIsDark();
bool isDark(Choice choice);
// Applies the palette application-wide; returns the stylesheet for the main window.
QString apply(Choice choice);
} // namespace Theme
