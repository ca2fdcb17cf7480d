#pragma once

class QString;
class QWidget;

// Asks before a file is replaced, for paths the save dialog did not confirm itself (one the
// app completed with a suffix after the dialog closed). True when nothing exists at path or
// the user said Yes. GUI thread; modal.
bool confirmOverwrite(QWidget *parent, const QString &path);
