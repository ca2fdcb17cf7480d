#include "profileeditor.h"

#include "alertruleseditor.h"
#include "derivedserieseditor.h"
#include "feededitor.h"

#include "profiles/profilestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

ProfileEditor::ProfileEditor(ProfileStore *store, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_feeds(new QListWidget(this))
    , m_editors(new QStackedWidget(this))
    , m_rules(new AlertRulesEditor(profile.alerts, this))
    , m_derived(new DerivedSeriesEditor(profile.derived, this))
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(profile.name.isEmpty() ? tr("New Profile")
                                          : tr("Edit Profile %1").arg(profile.name));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_feeds->setObjectName(QStringLiteral("feedList"));
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *add = new QPushButton(tr("&Add Feed"), this);
    add->setObjectName(QStringLiteral("addFeed"));
    auto *remove = new QPushButton(tr("&Remove Feed"), this);
    remove->setObjectName(QStringLiteral("removeFeed"));
    connect(add, &QPushButton::clicked, this, [this] {
        FeedSpec spec;
        spec.name = tr("feed %1").arg(m_feeds->count() + 1);
        addFeed(spec);
    });
    connect(remove, &QPushButton::clicked, this, &ProfileEditor::removeCurrentFeed);
    connect(m_feeds, &QListWidget::currentRowChanged, m_editors, &QStackedWidget::setCurrentIndex);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_feeds);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    leftLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editors);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 180, 620 });

    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(splitter, tr("F&eeds"));
    m_tabs->addTab(m_rules, tr("Ale&rts"));
    connect(m_rules, &AlertRulesEditor::changed, this, &ProfileEditor::updateState);
    m_tabs->addTab(m_derived, tr("&Derived"));
    connect(m_derived, &DerivedSeriesEditor::changed, this, &ProfileEditor::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditor::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const FeedSpec &feed : profile.feeds)
        addFeed(feed);
    m_feeds->setCurrentRow(0);
    updateState();
    resize(860, 600);
}

void ProfileEditor::addFeed(const FeedSpec &spec)
{
    auto *editor = new FeedEditor(spec, m_editors);
    m_editors->addWidget(editor);
    auto *item = new QListWidgetItem(spec.name, m_feeds);
    connect(editor, &FeedEditor::changed, this, [this, editor, item] {
        item->setText(editor->name().isEmpty() ? tr("(unnamed)") : editor->name());
        updateState();
    });
    m_feeds->setCurrentItem(item);
    updateState();
}

void ProfileEditor::removeCurrentFeed()
{
    const int row = m_feeds->currentRow();
    if (row < 0)
        return;
    QWidget *editor = m_editors->widget(row);
    m_editors->removeWidget(editor);
    editor->deleteLater();
    const std::unique_ptr<QListWidgetItem> item(m_feeds->takeItem(row)); // ours after takeItem
    updateState();
}

QString ProfileEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (m_editors->count() == 0)
        return tr("Add at least one feed.");
    QStringList names;
    for (int i = 0; i < m_editors->count(); ++i) {
        const auto *editor = static_cast<const FeedEditor *>(m_editors->widget(i));
        if (const QString reason = editor->problem(); !reason.isEmpty())
            return tr("Feed \"%1\": %2").arg(m_feeds->item(i)->text(), reason);
        if (names.contains(editor->name()))
            return tr("Two feeds are named \"%1\".").arg(editor->name());
        names << editor->name();
    }
    if (const QString reason = m_rules->problem(); !reason.isEmpty())
        return reason;
    return m_derived->problem();
}

Profile ProfileEditor::profile() const
{
    Profile profile = m_original; // keeps version, unknown keys and the layout
    profile.name = m_name->text().trimmed();
    profile.feeds.clear();
    for (int i = 0; i < m_editors->count(); ++i)
        profile.feeds.append(static_cast<const FeedEditor *>(m_editors->widget(i))->spec());
    profile.alerts = m_rules->rules();
    profile.derived = m_derived->rules();
    return profile;
}

void ProfileEditor::showAlertRules()
{
    m_tabs->setCurrentWidget(m_rules);
}

void ProfileEditor::showDerived()
{
    m_tabs->setCurrentWidget(m_derived);
}

void ProfileEditor::updateState()
{
    const QString reason = problem();
    m_problem->setText(reason);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(reason.isEmpty());
}

void ProfileEditor::save()
{
    if (!problem().isEmpty())
        return;
    QString error;
    const auto path = m_store->save(profile(), &error);
    if (!path) {
        m_problem->setText(tr("Cannot save: %1").arg(error));
        return;
    }
    m_savedPath = *path;
    accept();
}
