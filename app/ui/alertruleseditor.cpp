#include "alertruleseditor.h"

#include "model/loglevel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {
using Kind = AlertRulesEditor::Kind;

// The contract's key of each condition, in the combo's order.
const struct
{
    Kind kind;
    const char *key;
} kConditions[] = { { Kind::Above, "above" },
                    { Kind::Below, "below" },
                    { Kind::ChangePercent, "changePercent" },
                    { Kind::ChangeBy, "changeBy" },
                    { Kind::Stale, "staleMs" },
                    { Kind::NotOpen, "notOpenMs" },
                    { Kind::LogMatch, "logLevel" },
                    { Kind::ErrorRate, "errorsPerSecond" } };

// Keys the form writes; everything else of a rule is kept as it was.
const char *const kFormKeys[]
    = { "name",      "severity", "forMs",         "series",   "feed",           "above",
        "below",     "clear",    "changePercent", "changeBy", "withinMs",       "staleMs",
        "notOpenMs", "logLevel", "match",         "count",    "errorsPerSecond" };

Kind kindOf(const QJsonObject &rule)
{
    for (const auto &condition : kConditions) {
        if (rule.contains(QLatin1String(condition.key)))
            return condition.kind;
    }
    return Kind::Above;
}

bool isSeriesKind(Kind kind)
{
    return kind == Kind::Above || kind == Kind::Below || kind == Kind::ChangePercent
        || kind == Kind::ChangeBy;
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QLocale::c().toString(value.toDouble(), 'g', 17)
                            : value.toVariant().toString();
}

// A number as the C locale writes it (what the form shows), else in the user's locale (a
// German "40,5"); a text that is neither stays a string, so the parser names the key and
// says what it expected.
QJsonValue numberValue(const QString &text)
{
    bool ok = false;
    double number = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        number = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        return text;
    if (std::floor(number) == number && std::abs(number) < 9e15)
        return qint64(number);
    return number;
}
} // namespace

AlertRulesEditor::AlertRulesEditor(const QList<AlertRule> &rules, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_feed(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_field(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_clear(new QLineEdit(this))
    , m_within(new QLineEdit(this))
    , m_for(new QLineEdit(this))
    , m_logLevel(new QComboBox(this))
    , m_match(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_reason(new QLabel(this))
    , m_remove(new QPushButton(tr("Remove Ru&le"), this))
    , m_form(new QWidget(this))
{
    m_list->setObjectName(QStringLiteral("alertRuleList"));
    m_name->setObjectName(QStringLiteral("alertRuleName"));
    m_condition->setObjectName(QStringLiteral("alertRuleCondition"));
    m_value->setObjectName(QStringLiteral("alertRuleValue"));
    m_reason->setObjectName(QStringLiteral("alertRuleProblem"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_severity->addItem(tr("info"), QStringLiteral("info"));
    m_severity->addItem(tr("warning"), QStringLiteral("warning"));
    m_severity->addItem(tr("critical"), QStringLiteral("critical"));
    const QString conditionNames[] = { tr("Above a level"),
                                       tr("Below a level"),
                                       tr("Changes by % within a window"),
                                       tr("Changes by an amount within a window"),
                                       tr("Stale (nothing for ms)"),
                                       tr("Feed not open (for ms)"),
                                       tr("Log records match"),
                                       tr("Decode errors per second above") };
    for (const QString &name : conditionNames)
        m_condition->addItem(name);
    for (LogLevel level : { LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn,
                            LogLevel::Error, LogLevel::Fatal })
        m_logLevel->addItem(logLevelName(level), logLevelName(level));
    m_count->setRange(1, 1000000);
    m_feed->setPlaceholderText(tr("feed name or glob"));
    m_key->setPlaceholderText(tr("key or glob (BTC*), empty: none"));
    m_field->setPlaceholderText(tr("JSON Pointer, e.g. /p"));
    m_clear->setPlaceholderText(tr("optional: the level that resolves"));
    m_for->setPlaceholderText(tr("optional: must hold this long"));
    m_match->setPlaceholderText(tr("optional regular expression"));

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Rule na&me:"), m_name);
    form->addRow(tr("Severit&y:"), m_severity);
    form->addRow(tr("&Condition:"), m_condition);
    form->addRow(tr("&Feed:"), m_feed);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("F&ield:"), m_field);
    form->addRow(tr("Val&ue:"), m_value);
    form->addRow(tr("Clear le&vel:"), m_clear);
    form->addRow(tr("&Within (ms):"), m_within);
    form->addRow(tr("F&or (ms):"), m_for);
    form->addRow(tr("Lo&g level:"), m_logLevel);
    form->addRow(tr("Matc&h:"), m_match);
    form->addRow(tr("Coun&t:"), m_count);

    auto *add = new QPushButton(tr("&Add Rule"), this);
    add->setObjectName(QStringLiteral("addAlertRule"));
    m_remove->setObjectName(QStringLiteral("removeAlertRule"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRule({ { QStringLiteral("name"), tr("rule %1").arg(m_rules.size() + 1) },
                  { QStringLiteral("severity"), QStringLiteral("warning") } });
    });
    connect(m_remove, &QPushButton::clicked, this, &AlertRulesEditor::removeCurrentRule);
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertRulesEditor::showRule);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_reason);

    for (QLineEdit *edit :
         { m_name, m_feed, m_key, m_field, m_value, m_clear, m_within, m_for, m_match })
        connect(edit, &QLineEdit::textEdited, this, &AlertRulesEditor::storeForm);
    for (QComboBox *combo : { m_severity, m_condition, m_logLevel })
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertRulesEditor::storeForm);
    connect(m_count, &QSpinBox::valueChanged, this, &AlertRulesEditor::storeForm);

    m_loading = true;
    for (const AlertRule &rule : rules) {
        m_rules.push_back(rule.toJson());
        m_list->addItem(rule.name);
    }
    m_loading = false;
    m_list->setCurrentRow(m_rules.empty() ? -1 : 0);
    showRule(m_list->currentRow());
    validate();
}

void AlertRulesEditor::addRule(const QJsonObject &rule)
{
    m_rules.push_back(rule);
    m_list->addItem(rule.value(QStringLiteral("name")).toString());
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    validate();
    Q_EMIT changed();
}

void AlertRulesEditor::removeCurrentRule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_rules.erase(m_rules.begin() + row);
    delete m_list->takeItem(row); // ours after takeItem
    showRule(m_list->currentRow());
    validate();
    Q_EMIT changed();
}

void AlertRulesEditor::showRule(int row)
{
    const bool valid = row >= 0 && size_t(row) < m_rules.size();
    m_form->setEnabled(valid);
    m_remove->setEnabled(valid);
    const QJsonObject rule = valid ? m_rules[size_t(row)] : QJsonObject();
    const Kind kind = kindOf(rule);
    const QJsonObject series = rule.value(QStringLiteral("series")).toObject();
    m_loading = true;
    m_name->setText(rule.value(QStringLiteral("name")).toString());
    m_severity->setCurrentIndex(
        std::max(0,
                 m_severity->findData(
                     rule.value(QStringLiteral("severity")).toString(QStringLiteral("warning")))));
    m_condition->setCurrentIndex(int(kind));
    m_feed->setText(series.isEmpty() ? rule.value(QStringLiteral("feed")).toString()
                                     : series.value(QStringLiteral("feed")).toString());
    m_key->setText(series.value(QStringLiteral("key")).toString());
    m_field->setText(series.value(QStringLiteral("field")).toString());
    const char *key = kConditions[int(kind)].key;
    m_value->setText(kind == Kind::LogMatch ? QString()
                                            : numberText(rule.value(QLatin1String(key))));
    m_clear->setText(numberText(rule.value(QStringLiteral("clear"))));
    m_within->setText(numberText(rule.value(QStringLiteral("withinMs"))));
    m_for->setText(numberText(rule.value(QStringLiteral("forMs"))));
    m_logLevel->setCurrentIndex(
        std::max(0,
                 m_logLevel->findData(
                     rule.value(QStringLiteral("logLevel")).toString(QStringLiteral("ERROR")))));
    m_match->setText(rule.value(QStringLiteral("match")).toString());
    m_count->setValue(rule.value(QStringLiteral("count")).toInt(1));
    m_loading = false;
    updateFields();
}

void AlertRulesEditor::updateFields()
{
    const auto kind = Kind(m_condition->currentIndex());
    const bool series = isSeriesKind(kind) || kind == Kind::Stale;
    m_key->setEnabled(series);
    m_field->setEnabled(series);
    m_value->setEnabled(kind != Kind::LogMatch);
    m_clear->setEnabled(kind == Kind::Above || kind == Kind::Below);
    m_within->setEnabled(kind == Kind::ChangePercent || kind == Kind::ChangeBy
                         || kind == Kind::LogMatch);
    m_logLevel->setEnabled(kind == Kind::LogMatch);
    m_match->setEnabled(kind == Kind::LogMatch);
    m_count->setEnabled(kind == Kind::LogMatch);
}

namespace {
void putText(QJsonObject &rule, const char *key, const QLineEdit *edit)
{
    if (!edit->text().trimmed().isEmpty())
        rule.insert(QLatin1String(key), edit->text().trimmed());
}

void putNumber(QJsonObject &rule, const char *key, const QLineEdit *edit)
{
    if (!edit->text().trimmed().isEmpty())
        rule.insert(QLatin1String(key), numberValue(edit->text()));
}
} // namespace

// The form into the current rule's JSON (keys it does not show are kept).
void AlertRulesEditor::storeForm()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || size_t(row) >= m_rules.size())
        return;
    updateFields();
    QJsonObject rule = m_rules[size_t(row)];
    for (const char *key : kFormKeys)
        rule.remove(QLatin1String(key));
    putText(rule, "name", m_name);
    rule.insert(QStringLiteral("severity"), m_severity->currentData().toString());
    putNumber(rule, "forMs", m_for);
    writeCondition(rule);
    m_rules[size_t(row)] = rule;
    m_list->item(row)->setText(m_name->text().trimmed().isEmpty() ? tr("(unnamed)")
                                                                  : m_name->text().trimmed());
    validate();
    Q_EMIT changed();
}

// What the rule watches (a series, or a feed) and its condition with its parameters.
void AlertRulesEditor::writeCondition(QJsonObject &rule) const
{
    const auto kind = Kind(m_condition->currentIndex());
    if (isSeriesKind(kind) || (kind == Kind::Stale && !m_field->text().trimmed().isEmpty())) {
        QJsonObject series;
        putText(series, "feed", m_feed);
        putText(series, "key", m_key);
        putText(series, "field", m_field);
        rule.insert(QStringLiteral("series"), series);
    } else {
        putText(rule, "feed", m_feed);
    }
    if (kind == Kind::LogMatch) {
        rule.insert(QStringLiteral("logLevel"), m_logLevel->currentData().toString());
        putText(rule, "match", m_match);
        rule.insert(QStringLiteral("count"), m_count->value());
    } else {
        // A condition needs its value: an empty one is written as such for the parser to
        // name, rather than silently turning into another condition.
        rule.insert(QLatin1String(kConditions[int(kind)].key),
                    m_value->text().trimmed().isEmpty() ? QJsonValue(QString())
                                                        : numberValue(m_value->text()));
    }
    if (kind == Kind::Above || kind == Kind::Below)
        putNumber(rule, "clear", m_clear);
    if (kind == Kind::ChangePercent || kind == Kind::ChangeBy || kind == Kind::LogMatch)
        putNumber(rule, "withinMs", m_within);
}

void AlertRulesEditor::validate()
{
    QString error;
    if (AlertRules::fromJson(toJson(), &error)) {
        m_problem.clear();
    } else {
        // "/<index><pointer>: reason": named by the rule, the pointer inside it.
        static const QRegularExpression indexed(QStringLiteral("^/(\\d+)(.*)$"));
        const QRegularExpressionMatch match = indexed.match(error);
        const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
        const QString name = index >= 0 && size_t(index) < m_rules.size()
            ? m_rules[size_t(index)].value(QStringLiteral("name")).toString()
            : QString();
        m_problem = match.hasMatch() ? tr("Alert rule \"%1\": %2").arg(name, match.captured(2))
                                     : tr("Alert rules: %1").arg(error);
    }
    m_reason->setText(m_problem);
}

QJsonArray AlertRulesEditor::toJson() const
{
    QJsonArray array;
    for (const QJsonObject &rule : m_rules)
        array.append(rule);
    return array;
}

QList<AlertRule> AlertRulesEditor::rules() const
{
    QString error;
    return AlertRules::fromJson(toJson(), &error).value_or(QList<AlertRule>());
}
