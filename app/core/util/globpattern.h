#pragma once

#include <QRegularExpression>
#include <QString>

// Feed and key globs of alert rules and derived series: `*` any run of characters (a '/' too:
// feed names and keys are not paths), `?` one; the rest literal. Empty: everything.
QRegularExpression globPattern(const QString &glob);
