#pragma once

#include "alerts/alertrule.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// The profile editor's Alerts tab: the profile's alert rules (add, remove), each edited in a
// form (name, severity, condition and its parameters). Every change is checked with the
// core's rule parser as you type; problem() gives its reason, so Save stays disabled while a
// rule is invalid. Keys the form does not show are kept. GUI thread; owned by the editor.
class AlertRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesEditor)

public:
    // The conditions the form offers: the contract's keys of the condition.
    enum class Kind { Above, Below, ChangePercent, ChangeBy, Stale, NotOpen, LogMatch, ErrorRate };

    explicit AlertRulesEditor(const QList<AlertRule> &rules, QWidget *parent = nullptr);

    // Adds a rule (its JSON as the contract has it) and selects it.
    void addRule(const QJsonObject &rule);
    void removeCurrentRule();
    int ruleCount() const { return int(m_rules.size()); }
    QListWidget *ruleList() const { return m_list; }
    // The rules as JSON, and as parsed; the parser's reason (translated frame, the parser's
    // pointer and words) while one is invalid, else empty.
    QJsonArray toJson() const;
    QList<AlertRule> rules() const;
    QString problem() const { return m_problem; }

    // The form's fields, for tests and the profile editor.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *conditionCombo() const { return m_condition; }
    QLineEdit *feedEdit() const { return m_feed; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *fieldEdit() const { return m_field; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *clearEdit() const { return m_clear; }
    QLineEdit *withinEdit() const { return m_within; }
    QLineEdit *forEdit() const { return m_for; }
    QLineEdit *matchEdit() const { return m_match; }

Q_SIGNALS:
    void changed();

private:
    void showRule(int row);
    void storeForm();
    void writeCondition(QJsonObject &rule) const;
    void updateFields();
    void validate();

    std::vector<QJsonObject> m_rules; // as edited; m_rules[row] shown in the form
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_severity;
    QComboBox *m_condition;
    QLineEdit *m_feed;
    QLineEdit *m_key;
    QLineEdit *m_field;
    QLineEdit *m_value;
    QLineEdit *m_clear;
    QLineEdit *m_within;
    QLineEdit *m_for;
    QComboBox *m_logLevel;
    QLineEdit *m_match;
    QSpinBox *m_count;
    QLabel *m_reason;
    QPushButton *m_remove;
    QWidget *m_form;
    QString m_problem;
    bool m_loading = false; // showRule() fills the form: not an edit
};
