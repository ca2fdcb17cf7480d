#pragma once

#include "derived/derivedevaluator.h"
#include "derived/derivedrule.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The profile editor's Derived tab: the profile's derived series (contract: "Derived series"),
// each a name, a feed, a key glob and an expression. The expression is compiled by the core
// as you type: its reason and position are shown under it, and problem() keeps Save disabled.
// A preview evaluates it on the running session's latest values; the running series' counts
// (results, results not finite) are shown. Keys the form does not show are kept. GUI thread;
// owned by the editor.
class DerivedSeriesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DerivedSeriesEditor)

public:
    // The latest value of a series of the running session, if it has one.
    using LatestValue = std::function<std::optional<double>(const QString &feed, const QString &key,
                                                            const QString &field)>;
    // The keys of a feed's series in the running session.
    using KeysOf = std::function<QStringList(const QString &feed)>;

    explicit DerivedSeriesEditor(const QList<DerivedRule> &rules, QWidget *parent = nullptr);

    void setPreviewSource(LatestValue latest, KeysOf keysOf);
    // How the running session's derived series stand (from SessionController::derivedStatus).
    void setStatus(std::vector<DerivedStatus> status);

    // Adds a series (its JSON as the contract has it) and selects it.
    void addRule(const QJsonObject &rule);
    void removeCurrentRule();
    // Selects the series named `name` of result feed `feed`; false if there is none.
    bool selectRule(const QString &name, const QString &feed);
    int ruleCount() const { return int(m_rules.size()); }
    QJsonArray toJson() const;
    QList<DerivedRule> rules() const;
    // The reason the series cannot be saved (translated frame, the core's pointer, position
    // and words), else empty.
    QString problem() const { return m_problem; }

    // The form, for tests and the profile editor.
    QListWidget *ruleList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *feedEdit() const { return m_feed; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *exprEdit() const { return m_expr; }
    QLabel *checkLabel() const { return m_check; }
    QLabel *previewLabel() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void changed();

private:
    void showRule(int row);
    void storeForm();
    void validate();
    // `expression`: the shown one, compiled (nullptr when it does not compile).
    void updatePreview(const DerivedExpression *expression);
    void updateStatus();

    std::vector<QJsonObject> m_rules; // as edited; m_rules[row] shown in the form
    std::vector<DerivedStatus> m_running;
    LatestValue m_latest;
    KeysOf m_keysOf;
    QListWidget *m_list;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_feed;
    QLineEdit *m_key;
    QLineEdit *m_expr;
    QLabel *m_check;
    QLabel *m_preview;
    QLabel *m_status;
    QLabel *m_reason;
    QPushButton *m_remove;
    QString m_problem;
    bool m_loading = false;
};
