#include "recipedialog.h"

#include "profiles/recipes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RecipeDialog::RecipeDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
{
    setWindowTitle(tr("New Profile from Template"));
    m_list->setObjectName(QStringLiteral("recipes"));
    for (const Recipes::Recipe &recipe : Recipes::all()) {
        auto *item = new QListWidgetItem(recipe.title, m_list);
        item->setData(Qt::UserRole, recipe.id);
        item->setData(Qt::UserRole + 1, recipe.description);
        item->setData(Qt::UserRole + 2, recipe.documentation);
    }
    m_description->setObjectName(QStringLiteral("recipeDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    m_description->setOpenExternalLinks(true);
    m_description->setMinimumHeight(90);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Edit and Save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecipeDialog::showSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Ready profiles for public feeds. The profile editor opens on the one you pick: "
           "enter its secrets, change symbols or hosts, and save it under a name of yours."),
        this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    resize(560, 440);
    m_list->setCurrentRow(0);
}

QString RecipeDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RecipeDialog::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_description->clear();
        return;
    }
    const QString docs = item->data(Qt::UserRole + 2).toString();
    m_description->setText(QStringLiteral("<p>%1</p><p>%2 <a href=\"%3\">%3</a></p>")
                               .arg(item->data(Qt::UserRole + 1).toString().toHtmlEscaped(),
                                    tr("Format as documented at").toHtmlEscaped(),
                                    docs.toHtmlEscaped()));
}
