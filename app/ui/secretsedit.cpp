#include "secretsedit.h"

#include "maskedvaluedelegate.h"
#include "profiles/secretplaceholders.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { NameColumn, ValueColumn, SourceColumn };

bool inEnvironment(const QString &name)
{
    return qEnvironmentVariableIsSet(
        SecretPlaceholders::environmentVariable(name).toUtf8().constData());
}
} // namespace

SecretsEdit::SecretsEdit(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_warning(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("secrets"));
    m_table->setHorizontalHeaderLabels({ tr("Secret"), tr("Value"), tr("Used from") });
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(
        ValueColumn, new MaskedValueDelegate([](const QModelIndex &) { return true; }, m_table));
    m_warning->setObjectName(QStringLiteral("secretsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *hint = new QLabel(
        tr("${secret:NAME} in the URL, a header or a message keeps a token out of the profile: "
           "its value is kept in the keychain, or comes from FEEDBOARD_SECRET_NAME."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(m_warning);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ValueColumn)
            return;
        m_values.insert(m_table->item(item->row(), NameColumn)->text(), item->text());
        refreshSources();
        Q_EMIT changed();
    });
    m_table->hide(); // until a placeholder is typed
    refreshSources();
}

void SecretsEdit::setNames(const QStringList &names)
{
    if (names == m_names && m_table->rowCount() == names.size())
        return;
    m_names = names;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(int(names.size()));
        for (int row = 0; row < names.size(); ++row) {
            auto *name = new QTableWidgetItem(names.at(row));
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, NameColumn, name);
            m_table->setItem(row, ValueColumn, new QTableWidgetItem(m_values.value(names.at(row))));
            auto *source = new QTableWidgetItem;
            source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, SourceColumn, source);
        }
    }
    m_table->setVisible(!names.isEmpty());
    // Tall enough for every row up to four, so no name hides behind a scroll bar.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min<int>(int(names.size()), 4); ++row)
        height += m_table->verticalHeader()->sectionSize(row);
    m_table->setFixedHeight(height);
    refreshSources();
}

void SecretsEdit::setValues(const QHash<QString, QString> &values)
{
    m_values = values;
    const QStringList names = m_names;
    m_names.clear();
    setNames(names);
}

QHash<QString, QString> SecretsEdit::values() const
{
    QHash<QString, QString> used;
    for (const QString &name : m_names) {
        const QString value = m_values.value(name);
        if (!value.isEmpty())
            used.insert(name, value);
    }
    return used;
}

QStringList SecretsEdit::missing() const
{
    QStringList names;
    for (const QString &name : m_names) {
        if (m_values.value(name).isEmpty() && !inEnvironment(name))
            names << name;
    }
    return names;
}

void SecretsEdit::refreshSources()
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_names.size(); ++row) {
        const QString &name = m_names.at(row);
        // The environment wins at connect time (FeedConnection), so say so.
        const QString source = inEnvironment(name)
            ? tr("environment (%1)").arg(SecretPlaceholders::environmentVariable(name))
            : m_values.value(name).isEmpty() ? tr("nowhere yet")
                                             : tr("keychain");
        m_table->item(row, SourceColumn)->setText(source);
    }
    const QStringList absent = missing();
    m_warning->setText(absent.isEmpty()
                           ? QString()
                           : tr("No value for %1: the feed will not connect until one is "
                                "entered here or set in the environment.")
                                 .arg(absent.join(QStringLiteral(", "))));
    m_warning->setVisible(!absent.isEmpty());
}
