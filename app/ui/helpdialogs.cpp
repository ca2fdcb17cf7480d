#include "helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QDialog *makeDialog(QWidget *window, const QString &title, QWidget *content, const QString &name)
{
    auto *dialog = new QDialog(window);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

QString plainText(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return plain.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

// The menu an action sits in, for the shortcut list's first column.
QString menuOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<QMenu *>(object))
            return plainText(menu->title());
    }
    return QString();
}
} // namespace

namespace HelpDialogs {
void showUserGuide(QWidget *window)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/userguide.md"));
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    QDialog *dialog
        = makeDialog(window, QCoreApplication::translate("HelpDialogs", "FeedBoard User Guide"),
                     browser, QStringLiteral("userGuideDialog"));
    dialog->resize(720, 640);
    dialog->open();
}

void showShortcuts(QWidget *window)
{
    auto *table = new QTableWidget(0, 3);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({ QCoreApplication::translate("HelpDialogs", "Menu"),
                                       QCoreApplication::translate("HelpDialogs", "Command"),
                                       QCoreApplication::translate("HelpDialogs", "Shortcut") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(menuOf(action)));
        table->setItem(row, 1, new QTableWidgetItem(plainText(action->text())));
        table->setItem(row, 2, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    QDialog *dialog
        = makeDialog(window, QCoreApplication::translate("HelpDialogs", "Keyboard Shortcuts"),
                     table, QStringLiteral("shortcutsDialog"));
    dialog->resize(560, 520);
    dialog->open();
}
} // namespace HelpDialogs
