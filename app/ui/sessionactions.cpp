#include "sessionactions.h"

#include "alertruleseditor.h"
#include "derivedserieseditor.h"
#include "chartsarea.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profiles/recipes.h"
#include "recipedialog.h"
#include "uisettings.h"

#include "profiles/profilestore.h"
#include "session/sessioncontroller.h"
#include "session/sessionswitcher.h"
#include "store/seriesstore.h"

#include <QAction>
#include <QJsonObject>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>

#include <algorithm>

SessionActions::SessionActions(MainWindow *window, SessionSwitcher *switcher)
    : QObject(window)
    , m_window(window)
    , m_switcher(switcher)
    , m_file(window->fileMenu())
    , m_before(window->quitAction())
    , m_captureLabel(new QLabel(window))
{
    installActions();
    m_captureLabel->setObjectName(QStringLiteral("captureSize"));
    m_captureLabel->setText(tr("Capture off"));
    window->statusBar()->addPermanentWidget(m_captureLabel);
    connect(switcher->session(), &SessionController::captureSizeChanged, this,
            &SessionActions::onCaptureSize);
    connect(switcher, &SessionSwitcher::sessionReplaced, this, &SessionActions::onSessionReplaced);
}

QAction *SessionActions::addAction(const QString &text, const char *name)
{
    auto *action = new QAction(text, m_file);
    action->setObjectName(QLatin1String(name)); // for tests and style sheets
    m_file->insertAction(m_before, action);
    return action;
}

void SessionActions::installActions()
{
    QAction *open = addAction(tr("&Open Profile…"), "actionOpenProfile");
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &SessionActions::openProfile);
    QAction *create = addAction(tr("&New Profile…"), "actionNewProfile");
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, &SessionActions::newProfile);
    connect(addAction(tr("New Profile from &Template…"), "actionNewProfileFromTemplate"),
            &QAction::triggered, this, &SessionActions::newProfileFromTemplate);
    connect(addAction(tr("E&dit Profile…"), "actionEditProfile"), &QAction::triggered, this,
            &SessionActions::editProfile);
    m_recent = new QMenu(tr("Recent &Profiles"), m_file);
    m_recent->setObjectName(QStringLiteral("menuRecentProfiles"));
    connect(m_recent, &QMenu::aboutToShow, this, &SessionActions::fillRecentMenu);
    m_file->insertMenu(m_before, m_recent);
    fillRecentMenu();
    connect(addAction(tr("&Import Profile…"), "actionImportProfile"), &QAction::triggered, this,
            &SessionActions::importProfile);
    connect(addAction(tr("&Export Profile for Sharing…"), "actionExportProfile"),
            &QAction::triggered, this, &SessionActions::exportProfile);
    m_file->insertSeparator(m_before);
    connect(addAction(tr("Open &Capture for Replay…"), "actionOpenCapture"), &QAction::triggered,
            this, &SessionActions::openCapture);
    m_capture = addAction(tr("&Record Capture"), "actionRecordCapture");
    m_capture->setCheckable(true);
    m_capture->setChecked(true);
    connect(m_capture, &QAction::triggered, this, [this](bool on) {
        m_switcher->session()->setCaptureEnabled(on);
        m_captureLabel->setText(on ? tr("Capture on") : tr("Capture paused"));
    });
    connect(addAction(tr("Capture &File…"), "actionCaptureFile"), &QAction::triggered, this,
            &SessionActions::chooseCaptureFile);
    m_file->insertSeparator(m_before);
    QAction *exportAction = addAction(tr("&Export…"), "actionExport");
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &SessionActions::exportData);
    m_file->insertSeparator(m_before);
    QAction *retention = m_window->settingsMenu()->addAction(tr("Capture &Retention…"));
    retention->setObjectName(QStringLiteral("actionCaptureRetention"));
    connect(retention, &QAction::triggered, this, &SessionActions::editCaptureRetention);
}

void SessionActions::updateCaptureToolTip(const QString &path)
{
    const CaptureRetention::Limits limits = m_switcher->captureRetention();
    const QString size = limits.maxBytes > 0 ? QLocale().formattedDataSize(limits.maxBytes, 1)
                                             : tr("no size limit");
    const QString age
        = limits.maxAgeDays > 0 ? tr("%n day(s)", nullptr, limits.maxAgeDays) : tr("no age limit");
    m_captureLabel->setToolTip(
        tr("%1\nDefault captures kept: up to %2 in total, %3 (Settings ▸ Capture Retention…)")
            .arg(path.isEmpty() ? tr("Capture off") : path, size, age));
}

void SessionActions::editCaptureRetention()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("captureRetentionDialog"));
    dialog.setWindowTitle(tr("Capture Retention"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Oldest default captures in %1 are removed when a session starts.")
                                .arg(SessionSwitcher::defaultCaptureFolder())));
    const CaptureRetention::Limits current = m_switcher->captureRetention();
    auto *size = new QSpinBox;
    size->setObjectName(QStringLiteral("retentionSize"));
    size->setRange(0, 100000);
    size->setSuffix(tr(" MiB"));
    size->setSpecialValueText(tr("no limit"));
    size->setValue(int(current.maxBytes >> 20));
    form->addRow(tr("Total &size:"), size);
    auto *age = new QSpinBox;
    age->setObjectName(QStringLiteral("retentionAge"));
    age->setRange(0, 3650);
    age->setSuffix(tr(" days"));
    age->setSpecialValueText(tr("no limit"));
    age->setValue(current.maxAgeDays);
    form->addRow(tr("&Age:"), age);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CaptureRetention::Limits limits;
    limits.maxBytes = qint64(size->value()) << 20;
    limits.maxAgeDays = age->value();
    UiSettings::setCaptureMaxBytes(limits.maxBytes);
    UiSettings::setCaptureMaxAgeDays(limits.maxAgeDays);
    m_switcher->setCaptureRetention(limits);
    updateCaptureToolTip(m_switcher->capturePath());
}

bool SessionActions::openFeeds(const QList<FeedSpec> &feeds, const QString &title)
{
    saveLayoutToProfile();
    QString error;
    if (!m_switcher->switchToFeeds(feeds, title, &error)) {
        showError(tr("Cannot Start"), error);
        return false;
    }
    m_window->resetLayout();
    return true;
}

void SessionActions::setCapturePath(const QString &path)
{
    m_switcher->setCapturePath(path);
    m_capture->setEnabled(!path.isEmpty());
    m_captureLabel->setText(path.isEmpty() ? tr("Capture off") : tr("Capture on"));
    updateCaptureToolTip(path);
}

void SessionActions::exportData()
{
    // All charts: a single chart may be removed while the session runs.
    ExportDialog dialog(m_window->dashboardData(), m_window->chartsArea(), m_window);
    // A replay exports from its capture; a live session from the capture it records.
    SessionController *session = m_switcher->session();
    const QString capture
        = session->hasReplay() ? session->replayPath() : m_switcher->capturePath();
    dialog.setCaptureSource(capture, session->feedSpecs());
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.writtenPath())));
}

void SessionActions::onCaptureSize(const QString &path, qint64 bytes)
{
    m_switcher->setCapturePath(path);
    updateCaptureToolTip(path);
    const QString size = QLocale().formattedDataSize(bytes, 1);
    m_captureLabel->setText(m_capture->isChecked() ? tr("Capture: %1").arg(size)
                                                   : tr("Capture paused: %1").arg(size));
}

void SessionActions::onSessionReplaced()
{
    m_capture->setChecked(true);
    setCapturePath(m_switcher->capturePath());
    if (!m_switcher->captureError().isEmpty())
        m_window->statusBar()->showMessage(
            tr("No capture this session: %1").arg(m_switcher->captureError()), 10000);
}

bool SessionActions::openProfileFile(const QString &path)
{
    saveLayoutToProfile();
    QString error;
    const auto profile = m_switcher->switchToProfile(path, &error);
    if (!profile) {
        showError(tr("Cannot Open Profile"), error);
        return false;
    }
    restoreLayout(*profile);
    return true;
}

bool SessionActions::openCaptureFile(const QString &path)
{
    saveLayoutToProfile();
    QString error;
    if (!m_switcher->switchToCapture(path, &error)) {
        showError(tr("Cannot Open Capture"), error);
        return false;
    }
    m_window->resetLayout(); // the capture's feeds are not the previous session's
    return true;
}

bool SessionActions::saveLayoutToProfile()
{
    const QString path = m_switcher->currentProfile();
    if (path.isEmpty())
        return true;
    QString error;
    if (ProfileStore::saveLayout(path, m_window->saveLayout(), &error))
        return true;
    showStatus(tr("The layout was not saved with the profile: %1").arg(error));
    return false;
}

void SessionActions::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Profile"), m_switcher->store()->directory(), tr("Profiles (*.json)"));
    if (!path.isEmpty())
        openProfileFile(path);
}

void SessionActions::newProfile()
{
    Profile profile;
    FeedSpec feed;
    feed.name = tr("feed 1");
    profile.feeds.append(feed);
    runEditor(profile, QString(), false); // a new profile starts from its own first layout
}

void SessionActions::newProfileFromTemplate()
{
    RecipeDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedId().isEmpty())
        return;
    QString error;
    const auto profile = Recipes::profile(dialog.selectedId(), &error);
    if (!profile) {
        showError(tr("Cannot Open Template"), error);
        return;
    }
    runEditor(*profile, QString(), false);
}

void SessionActions::editSessionProfile()
{
    if (!m_switcher->currentProfile().isEmpty()) {
        editProfile();
        return;
    }
    Profile profile;
    profile.name = tr("New profile");
    profile.feeds = m_switcher->session()->feedSpecs();
    runEditor(profile, QString(), true);
}

void SessionActions::editProfile()
{
    QString path = m_switcher->currentProfile();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(m_window, tr("Edit Profile"),
                                            m_switcher->store()->directory(),
                                            tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto profile = m_switcher->store()->load(path, &error);
    if (!profile) {
        showError(tr("Cannot Open Profile"), error);
        return;
    }
    runEditor(*profile, path, path == m_switcher->currentProfile());
}

std::optional<Profile> SessionActions::sessionProfile(QString *path)
{
    *path = m_switcher->currentProfile();
    if (path->isEmpty()) {
        Profile profile;
        profile.name = tr("New profile");
        profile.feeds = m_switcher->session()->feedSpecs();
        profile.derived = m_switcher->session()->derivedRules(); // what the window shows
        return profile;
    }
    QString error;
    auto loaded = m_switcher->store()->load(*path, &error);
    if (!loaded)
        showError(tr("Cannot Open Profile"), error);
    return loaded;
}

void SessionActions::addDerivedSeries(const SeriesInfo &series)
{
    QString path;
    const auto profile = sessionProfile(&path);
    if (!profile)
        return;
    if (!series.field.startsWith(QLatin1Char('/'))) {
        runEditor(*profile, path, true, {}, {}, series);
        return;
    }
    // A field of a keyed feed reads as the same record's ({/p}: one series per key); anything
    // else (a derived series, a feed without keys) as the one named series.
    const bool sameRecord = !series.key.isEmpty();
    QJsonObject rule;
    QString base = series.field.mid(1);
    base.replace(QLatin1Char('/'), QLatin1Char('_'));
    base += QStringLiteral("_derived");
    QString name = base;
    for (int n = 2; std::any_of(profile->derived.cbegin(), profile->derived.cend(),
                                [&name](const DerivedRule &rule) { return rule.name == name; });
         ++n)
        name = QStringLiteral("%1%2").arg(base).arg(n);
    rule.insert(QStringLiteral("name"), name);
    if (sameRecord) {
        rule.insert(QStringLiteral("feed"), series.feed);
        rule.insert(QStringLiteral("key"), series.key);
        rule.insert(QStringLiteral("expr"), QStringLiteral("{%1}").arg(series.field));
    } else {
        rule.insert(QStringLiteral("expr"),
                    QStringLiteral("{%1:%2:%3}").arg(series.feed, series.key, series.field));
    }
    runEditor(*profile, path, true, {}, rule);
}

void SessionActions::addAlertRule(const SeriesInfo &series, double value)
{
    QString path;
    const auto loaded = sessionProfile(&path);
    if (!loaded)
        return;
    const Profile &profile = *loaded;
    QJsonObject seriesObject { { QStringLiteral("feed"), series.feed },
                               { QStringLiteral("field"), series.field } };
    if (!series.key.isEmpty())
        seriesObject.insert(QStringLiteral("key"), series.key);
    // A name no rule of the profile has (the parser refuses a name used twice).
    const QString base
        = tr("%1 above %2").arg(series.displayName(), QLocale().toString(value, 'g', 10));
    QString name = base;
    for (int n = 2; std::any_of(profile.alerts.cbegin(), profile.alerts.cend(),
                                [&name](const AlertRule &rule) { return rule.name == name; });
         ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    // The running session's profile either way: it gets the window's layout.
    runEditor(profile, path, true,
              { { QStringLiteral("name"), name },
                { QStringLiteral("severity"), QStringLiteral("warning") },
                { QStringLiteral("series"), seriesObject },
                { QStringLiteral("above"), value } });
}

void SessionActions::runEditor(const Profile &profile, const QString &sourcePath, bool withLayout,
                               const QJsonObject &newRule, const QJsonObject &newDerived,
                               const std::optional<SeriesInfo> &showDerived)
{
    ProfileEditor editor(m_switcher->store(), withLayout ? withCurrentLayout(profile) : profile,
                         m_window);
    // The Derived tab previews on the window's latest values and shows the running counts.
    const SeriesStore &series = m_window->seriesStore();
    editor.derivedEditor()->setPreviewSource(
        [&store = series](const QString &feed, const QString &key,
                          const QString &field) -> std::optional<double> {
            const int id = store.find(feed, key, field);
            if (id < 0 || store.buffer(id).isEmpty())
                return std::nullopt;
            return store.buffer(id).lastValue();
        },
        [&store = series](const QString &feed) {
            QSet<QString> keys;
            for (const int id : store.seriesIds()) {
                if (store.info(id).feed == feed)
                    keys.insert(store.info(id).key);
            }
            QStringList sorted(keys.cbegin(), keys.cend());
            sorted.sort();
            return sorted;
        });
    editor.derivedEditor()->setStatus(m_switcher->session()->derivedStatus());
    if (!newRule.isEmpty()) {
        editor.alertRulesEditor()->addRule(newRule);
        editor.showAlertRules();
    }
    if (!newDerived.isEmpty())
        editor.derivedEditor()->addRule(newDerived);
    if (showDerived)
        editor.derivedEditor()->selectRule(showDerived->field, showDerived->feed);
    if (!newDerived.isEmpty() || showDerived)
        editor.showDerived();
    if (editor.exec() != QDialog::Accepted)
        return;
    // Renamed: the profile now lives in the file of its new name; the old one would come
    // back as a second profile.
    ProfileStore *store = m_switcher->store();
    const bool renamed = !sourcePath.isEmpty()
        && QFileInfo(sourcePath) != QFileInfo(editor.savedPath())
        && QFileInfo(sourcePath) == QFileInfo(store->pathForName(profile.name));
    if (renamed) {
        QFile::remove(sourcePath);
        if (m_switcher->currentProfile() == sourcePath)
            m_switcher->setCurrentProfile(QString()); // nothing to save a layout into now
    }
    store->addRecent(editor.savedPath());
    showStatus(tr("Profile saved: %1").arg(editor.savedPath()));
    // The saved profile is what the user wants to see running.
    openProfileFile(editor.savedPath());
}

void SessionActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_switcher->store()->recent();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).completeBaseName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openProfileFile(path); });
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
    const auto saved = m_switcher->store()->importFile(path, &error);
    if (!saved) {
        showError(tr("Cannot Import Profile"), error);
        return;
    }
    m_switcher->store()->addRecent(*saved);
    showStatus(tr("Imported as %1").arg(*saved));
}

void SessionActions::exportProfile()
{
    const QString source
        = QFileDialog::getOpenFileName(m_window, tr("Profile to Export"),
                                       m_switcher->store()->directory(), tr("Profiles (*.json)"));
    if (source.isEmpty())
        return;
    QString error;
    const auto profile = m_switcher->store()->load(source, &error);
    if (!profile) {
        showError(tr("Cannot Export Profile"), error);
        return;
    }
    const QString target
        = QFileDialog::getSaveFileName(m_window, tr("Export Profile for Sharing"),
                                       QFileInfo(source).fileName(), tr("Profiles (*.json)"));
    if (target.isEmpty())
        return;
    if (!ProfileStore::exportShared(*profile, target, &error))
        showError(tr("Cannot Export Profile"), error);
    else
        showStatus(tr("Exported without secret header values: %1").arg(target));
}

void SessionActions::openCapture()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Capture"), QFileInfo(m_switcher->capturePath()).path(),
        tr("Captures (*.jsonl *.zst);;All Files (*)"));
    if (!path.isEmpty())
        openCaptureFile(path);
}

void SessionActions::chooseCaptureFile()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Capture File"), m_switcher->capturePath(), tr("Captures (*.jsonl *.zst)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_switcher->session()->setCapture(path, &error)) {
        showError(tr("Cannot Record Capture"), error);
        return;
    }
    m_capture->setChecked(true);
    m_switcher->session()->setCaptureEnabled(true);
    setCapturePath(path);
}

void SessionActions::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

void SessionActions::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, 5000);
}

Profile SessionActions::withCurrentLayout(Profile profile) const
{
    const QJsonObject layout = m_window->saveLayout();
    if (!layout.isEmpty())
        profile.extra.insert(QStringLiteral("layout"), layout);
    return profile;
}

void SessionActions::restoreLayout(const Profile &profile)
{
    const QJsonValue layout = profile.extra.value(QStringLiteral("layout"));
    if (!layout.isObject()) {
        m_window->resetLayout();
        return;
    }
    if (!m_window->restoreLayout(layout.toObject())) {
        m_window->resetLayout();
        showStatus(tr("The profile's layout could not be restored."));
    }
}
