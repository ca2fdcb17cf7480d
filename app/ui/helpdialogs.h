#pragma once

class QDialog;
class QWidget;

// Help ▸ User Guide (the guide shipped in the resources, in a text browser) and Help ▸
// Keyboard Shortcuts (gathered from the window's actions, so the list cannot go stale).
// GUI thread; the dialogs are modal children of `window`, deleted when closed.
namespace HelpDialogs {
void showUserGuide(QWidget *window);
void showShortcuts(QWidget *window);
} // namespace HelpDialogs
