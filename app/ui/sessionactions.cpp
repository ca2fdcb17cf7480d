#include "sessionactions.h"

#include "exportdialog.h"

#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>

SessionActions::SessionActions(QMainWindow *window, SessionController *session, ProfileStore *store)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_store(store)
    , m_captureLabel(new QLabel(window))
{
    QMenu *file = nullptr;
    const QList<QAction *> menus = window->menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu())
        file = menus.first()->menu();
    else
        file = window->menuBar()->addMenu(tr("&File"));
    QAction *quit = window->findChild<QAction *>(QStringLiteral("actionQuit"));
    m_file = file;
    m_before = file->actions().contains(quit) ? quit : nullptr;
    installActions(file, m_before);

    m_captureLabel->setObjectName(QStringLiteral("captureSize"));
    m_captureLabel->setText(tr("Capture off"));
    window->statusBar()->addPermanentWidget(m_captureLabel);
    if (m_session)
        connect(m_session, &SessionController::captureSizeChanged, this, &SessionActions::onCaptureSize);
}

void SessionActions::installActions(QMenu *file, QAction *before)
{
    const auto add = [&](const QString &text, const char *name, auto slot) {
        auto *action = new QAction(text, file);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(before, action);
        return action;
    };
    add(tr("&Open Profile…"), "actionOpenProfile", &SessionActions::openProfile)
        ->setShortcut(QKeySequence::Open);
    m_recent = new QMenu(tr("Recent &Profiles"), file);
    m_recent->setObjectName(QStringLiteral("menuRecentProfiles"));
    connect(m_recent, &QMenu::aboutToShow, this, &SessionActions::fillRecentMenu);
    file->insertMenu(before, m_recent);
    fillRecentMenu();
    add(tr("&Import Profile…"), "actionImportProfile", &SessionActions::importProfile);
    add(tr("&Export Profile for Sharing…"), "actionExportProfile", &SessionActions::exportProfile);
    file->insertSeparator(before);
    add(tr("Open &Capture for Replay…"), "actionOpenCapture", &SessionActions::openCapture);
    m_capture = add(tr("&Record Capture"), "actionRecordCapture", [this](bool on) {
        if (m_session)
            m_session->setCaptureEnabled(on);
        m_captureLabel->setText(on ? tr("Capture on") : tr("Capture paused"));
    });
    m_capture->setCheckable(true);
    m_capture->setChecked(true);
    add(tr("Capture &File…"), "actionCaptureFile", &SessionActions::chooseCaptureFile);
    file->insertSeparator(before);
}

void SessionActions::setCapturePath(const QString &path)
{
    m_capturePath = path;
    m_capture->setEnabled(!path.isEmpty());
    m_captureLabel->setText(path.isEmpty() ? tr("Capture off") : tr("Capture on"));
    m_captureLabel->setToolTip(path);
}

void SessionActions::setExportSources(const DashboardData *data, QWidget *chart)
{
    auto *action = new QAction(tr("&Export…"), m_file);
    action->setObjectName(QStringLiteral("actionExport"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(action, &QAction::triggered, this, [this, data, chart] {
        ExportDialog dialog(*data, chart, m_window);
        dialog.exec();
    });
    m_file->insertAction(m_before, action);
    m_file->insertSeparator(m_before);
}

void SessionActions::onCaptureSize(const QString &path, qint64 bytes)
{
    m_capturePath = path;
    m_captureLabel->setToolTip(path);
    const QString size = QLocale().formattedDataSize(bytes, 1);
    m_captureLabel->setText(m_capture->isChecked() ? tr("Capture: %1").arg(size)
                                                   : tr("Capture paused: %1").arg(size));
}

void SessionActions::launch(const QStringList &arguments)
{
    // A profile or capture opens in a window of its own, so the running session (and its
    // capture) carries on undisturbed.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        showError(tr("Cannot Start FeedBoard"), tr("Could not start %1.").arg(QCoreApplication::applicationFilePath()));
}

void SessionActions::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Profile"), m_store->directory(),
                                                      tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_store->load(path, &error)) {
        showError(tr("Cannot Open Profile"), error);
        return;
    }
    m_store->addRecent(path);
    launch({QStringLiteral("--profile"), path});
}

void SessionActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_store->recent();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).completeBaseName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            m_store->addRecent(path);
            launch({QStringLiteral("--profile"), path});
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void SessionActions::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Profile"), QString(),
                                                      tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto saved = m_store->importFile(path, &error);
    if (!saved) {
        showError(tr("Cannot Import Profile"), error);
        return;
    }
    m_store->addRecent(*saved);
    m_window->statusBar()->showMessage(tr("Imported as %1").arg(*saved), 5000);
}

void SessionActions::exportProfile()
{
    const QString source = QFileDialog::getOpenFileName(m_window, tr("Profile to Export"), m_store->directory(),
                                                        tr("Profiles (*.json)"));
    if (source.isEmpty())
        return;
    QString error;
    const auto profile = m_store->load(source, &error);
    if (!profile) {
        showError(tr("Cannot Export Profile"), error);
        return;
    }
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Export Profile for Sharing"),
                                                        QFileInfo(source).fileName(), tr("Profiles (*.json)"));
    if (target.isEmpty())
        return;
    if (!ProfileStore::exportShared(*profile, target, &error))
        showError(tr("Cannot Export Profile"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported without secret header values: %1").arg(target), 5000);
}

void SessionActions::openCapture()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Capture"), QFileInfo(m_capturePath).path(),
                                                      tr("Captures (*.jsonl);;All Files (*)"));
    if (!path.isEmpty())
        launch({QStringLiteral("--replay"), path});
}

void SessionActions::chooseCaptureFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Capture File"), m_capturePath,
                                                      tr("Captures (*.jsonl)"));
    if (path.isEmpty() || !m_session)
        return;
    QString error;
    if (!m_session->setCapture(path, &error)) {
        showError(tr("Cannot Record Capture"), error);
        return;
    }
    m_capture->setChecked(true);
    m_session->setCaptureEnabled(true);
    setCapturePath(path);
}

void SessionActions::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}
