#pragma once

#include "profiles/profile.h"

#include <QDialog>

class AlertRulesEditor;
class DerivedSeriesEditor;
class FeedEditor;
class ProfileStore;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTabWidget;

// File → New Profile… / Edit Profile…: the profile's name, its feeds (add, remove, one
// FeedEditor each) and, on further tabs, its alert rules (AlertRulesEditor) and derived series
// (DerivedSeriesEditor). Save stays disabled,
// with the reason shown, while anything is invalid; saving goes through ProfileStore (secret header
// values to the keychain, never the file). Keys the editor does not show are kept. GUI thread;
// modal, owned by the caller.
class ProfileEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    ProfileEditor(ProfileStore *store, const Profile &profile, QWidget *parent = nullptr);

    Profile profile() const;
    // The problem that keeps Save disabled, translated; empty when the profile can be saved.
    QString problem() const;
    // Where the profile was written, once saved.
    QString savedPath() const { return m_savedPath; }

    void addFeed(const FeedSpec &spec);
    void removeCurrentFeed();
    AlertRulesEditor *alertRulesEditor() const { return m_rules; }
    // Brings the Alerts tab to the front (a chart's Add Alert...).
    void showAlertRules();
    DerivedSeriesEditor *derivedEditor() const { return m_derived; }
    // Brings the Derived tab to the front (a series' Derive...).
    void showDerived();

private:
    void updateState();
    void save();

    ProfileStore *m_store;
    Profile m_original;
    QLineEdit *m_name;
    QListWidget *m_feeds;
    QStackedWidget *m_editors;
    AlertRulesEditor *m_rules;
    DerivedSeriesEditor *m_derived;
    QTabWidget *m_tabs;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_savedPath;
};
