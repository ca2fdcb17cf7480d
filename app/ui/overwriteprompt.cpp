#include "overwriteprompt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

bool confirmOverwrite(QWidget *parent, const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    // No is the default: Return on a surprise question must not destroy a file.
    const auto answer = QMessageBox::question(
        parent, QCoreApplication::translate("OverwritePrompt", "Replace File?"),
        QCoreApplication::translate("OverwritePrompt",
                                    "%1 already exists. Do you want to replace it?")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}
