// Exports never replace a file without the user's say (issue 7). The save dialog confirms the
// name typed into it; the export dialog then completes a bare name with the format's suffix,
// which may name another, existing file: that one must be asked about too. No keeps the old
// file byte for byte; Yes replaces it atomically (a new file renamed over the old one).
#include "store/dashboarddata.h"
#include "exportdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

namespace {
// The button of a dialog's button box that accepts it (Save, Export…).
QPushButton *acceptButton(const QWidget *dialog)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

ino_t inodeOf(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}
} // namespace

class TestExportOverwrite : public QObject
{
    Q_OBJECT

private slots:
    void completedNameAsksFirst_data();
    void completedNameAsksFirst();
};

void TestExportOverwrite::completedNameAsksFirst_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::newRow("No keeps the file") << QMessageBox::No;
    QTest::newRow("Yes replaces it") << QMessageBox::Yes;
}

void TestExportOverwrite::completedNameAsksFirst()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("chart.png"));
    const QByteArray old = "the user's own file, not a chart";
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    const ino_t oldInode = inodeOf(existing);

    DashboardData data;
    QLabel chart(QStringLiteral("a chart"));
    chart.resize(200, 100);
    ExportDialog dialog(data, &chart);
    auto *kind = dialog.findChild<QComboBox *>();
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Chart as PNG")));
    QVERIFY(kind->currentIndex() >= 0);
    dialog.show();

    // The modal dialogs: the save dialog gets the bare name "chart" (nothing by that name
    // exists, so it asks nothing); the question that must follow gets `answer`.
    int questions = 0;
    QString question;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // Typed, as a user would: selectFile() with a folder applies it asynchronously.
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(dir.filePath(QStringLiteral("chart")));
            acceptButton(files)->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            ++questions;
            question = box->text();
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No)); // safe default
            box->button(answer)->click();
        }
    });
    driver.start();
    QPushButton *exportButton = acceptButton(&dialog);
    QVERIFY(exportButton);
    exportButton->click(); // returns once the file dialog and the question are answered
    driver.stop();

    QCOMPARE(questions, 1);
    QVERIFY2(question.contains(QStringLiteral("chart.png")), qPrintable(question));
    const QByteArray now = TestSupport::readFile(existing);
    if (answer == QMessageBox::No) {
        QCOMPARE(now, old);
        QCOMPARE(inodeOf(existing), oldInode);
        QVERIFY(dialog.isVisible()); // the user may pick another name
    } else {
        QVERIFY(now.startsWith("\x89PNG"));
        QVERIFY(inodeOf(existing)
                != oldInode); // a new file renamed over it, not rewritten in place
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // No temporary file left behind either way.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("chart.png") });
}

QTEST_MAIN(TestExportOverwrite)
#include "tst_exportoverwrite.moc"
