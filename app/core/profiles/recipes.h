#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Ready profiles for common public feeds (File > New Profile from Template..., README table):
// each is a profile file in resources/recipes/, written from the feed's public documentation
// (`documentation`) and tested against a local server speaking that format (tst_recipes).
// Secrets are ${secret:NAME} placeholders; the user enters them in the profile editor.
namespace Recipes {
struct Recipe
{
    QString id; // the file's base name: resources/recipes/<id>.json
    QString title; // translated
    QString description; // translated: what it shows, what to change
    QString documentation; // the public documentation the format follows
};

// Every recipe, in menu order.
QList<Recipe> all();
// The recipe's profile, ready for the profile editor (not saved anywhere yet); nullopt with the
// reason when `id` names none (or its file does not read, which tst_recipes rules out).
std::optional<Profile> profile(const QString &id, QString *error);
} // namespace Recipes
