#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

// File > New Profile from Template...: the ready recipes (Recipes::all()), each with what it
// shows, the secrets it needs and the documentation it follows. Accepting gives the chosen id;
// the profile editor then opens on that recipe's profile. GUI thread.
class RecipeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeDialog)

public:
    explicit RecipeDialog(QWidget *parent = nullptr);

    // The chosen recipe's id; empty when none is selected.
    QString selectedId() const;

private:
    void showSelected();

    QListWidget *m_list = nullptr;
    QLabel *m_description = nullptr;
};
