#include "derivedserieseditor.h"

#include "util/globpattern.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace {
void setOrRemove(QJsonObject &object, const QString &key, const QString &text)
{
    if (text.trimmed().isEmpty())
        object.remove(key);
    else
        object.insert(key, text.trimmed());
}
} // namespace

DerivedSeriesEditor::DerivedSeriesEditor(const QList<DerivedRule> &rules, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_feed(new QLineEdit(m_form))
    , m_key(new QLineEdit(m_form))
    , m_expr(new QLineEdit(m_form))
    , m_check(new QLabel(m_form))
    , m_preview(new QLabel(m_form))
    , m_status(new QLabel(m_form))
    , m_reason(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove Series"), this))
{
    m_list->setObjectName(QStringLiteral("derivedList"));
    m_name->setObjectName(QStringLiteral("derivedName"));
    m_feed->setObjectName(QStringLiteral("derivedFeed"));
    m_key->setObjectName(QStringLiteral("derivedKey"));
    m_expr->setObjectName(QStringLiteral("derivedExpr"));
    m_check->setObjectName(QStringLiteral("derivedCheck"));
    m_preview->setObjectName(QStringLiteral("derivedPreview"));
    m_status->setObjectName(QStringLiteral("derivedStatus"));
    m_reason->setObjectName(QStringLiteral("derivedProblem"));
    m_feed->setPlaceholderText(tr("derived (needed for {/pointer} references)"));
    m_key->setPlaceholderText(tr("* (one series per key)"));
    m_expr->setPlaceholderText(QStringLiteral("{/ask} - {/bid}"));
    m_expr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (QLabel *label : { m_check, m_preview, m_status, m_reason }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *help = new QLabel(
        tr("{/p}: field /p of the same record (needs a feed; one series per key). "
           "{feed:key:/p}: one series, held at its latest value. "
           "Operators + - * / ^, functions abs sqrt ln log exp min max, and over data time "
           "ema(x, seconds), sma(x, seconds), rate(x) (per second), delta(x)."),
        m_form);
    help->setWordWrap(true);

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Series na&me:"), m_name);
    form->addRow(tr("&Feed:"), m_feed);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("E&xpression:"), m_expr);
    form->addRow(QString(), m_check);
    form->addRow(QString(), help);
    form->addRow(tr("Preview:"), m_preview);
    form->addRow(tr("Running:"), m_status);

    auto *add = new QPushButton(tr("&Add Series"), this);
    add->setObjectName(QStringLiteral("addDerived"));
    m_remove->setObjectName(QStringLiteral("removeDerived"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRule({ { QStringLiteral("name"), QStringLiteral("series%1").arg(m_rules.size() + 1) },
                  { QStringLiteral("expr"), QString() } });
        m_expr->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &DerivedSeriesEditor::removeCurrentRule);
    connect(m_list, &QListWidget::currentRowChanged, this, &DerivedSeriesEditor::showRule);
    for (QLineEdit *edit : { m_name, m_feed, m_key, m_expr })
        connect(edit, &QLineEdit::textEdited, this, &DerivedSeriesEditor::storeForm);

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

    for (const DerivedRule &rule : rules) {
        m_rules.push_back(rule.toJson());
        m_list->addItem(rule.name);
    }
    m_list->setCurrentRow(m_rules.empty() ? -1 : 0);
    showRule(m_list->currentRow());
    validate();
}

void DerivedSeriesEditor::setPreviewSource(LatestValue latest, KeysOf keysOf)
{
    m_latest = std::move(latest);
    m_keysOf = std::move(keysOf);
    validate(); // compiles the shown expression and previews it
}

void DerivedSeriesEditor::setStatus(std::vector<DerivedStatus> status)
{
    m_running = std::move(status);
    updateStatus();
}

void DerivedSeriesEditor::addRule(const QJsonObject &rule)
{
    m_rules.push_back(rule);
    m_list->addItem(rule.value(QStringLiteral("name")).toString());
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    validate();
    Q_EMIT changed();
}

bool DerivedSeriesEditor::selectRule(const QString &name, const QString &feed)
{
    for (size_t row = 0; row < m_rules.size(); ++row) {
        const QJsonObject &rule = m_rules[row];
        const QString ruleFeed = rule.value(QStringLiteral("feed")).toString();
        if (rule.value(QStringLiteral("name")).toString() == name
            && (ruleFeed.isEmpty() ? QStringLiteral("derived") : ruleFeed) == feed) {
            m_list->setCurrentRow(int(row));
            return true;
        }
    }
    return false;
}

void DerivedSeriesEditor::removeCurrentRule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_rules.erase(m_rules.begin() + row);
    const std::unique_ptr<QListWidgetItem> item(m_list->takeItem(row)); // ours after takeItem
    validate();
    Q_EMIT changed();
}

QJsonArray DerivedSeriesEditor::toJson() const
{
    QJsonArray array;
    for (const QJsonObject &rule : m_rules)
        array.append(rule);
    return array;
}

QList<DerivedRule> DerivedSeriesEditor::rules() const
{
    QString reason;
    return DerivedRules::fromJson(toJson(), &reason).value_or(QList<DerivedRule>());
}

void DerivedSeriesEditor::showRule(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && size_t(row) < m_rules.size();
    m_form->setEnabled(valid);
    m_remove->setEnabled(valid);
    const QJsonObject rule = valid ? m_rules[size_t(row)] : QJsonObject();
    m_name->setText(rule.value(QStringLiteral("name")).toString());
    m_feed->setText(rule.value(QStringLiteral("feed")).toString());
    m_key->setText(rule.value(QStringLiteral("key")).toString());
    m_expr->setText(rule.value(QStringLiteral("expr")).toString());
    m_loading = false;
    validate();
}

void DerivedSeriesEditor::storeForm()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || size_t(row) >= m_rules.size())
        return;
    QJsonObject &rule = m_rules[size_t(row)];
    rule.insert(QStringLiteral("name"), m_name->text().trimmed());
    rule.insert(QStringLiteral("expr"), m_expr->text());
    setOrRemove(rule, QStringLiteral("feed"), m_feed->text());
    setOrRemove(rule, QStringLiteral("key"), m_key->text());
    m_list->item(row)->setText(m_name->text().trimmed());
    validate();
    Q_EMIT changed();
}

void DerivedSeriesEditor::validate()
{
    // The whole array as the profile loader reads it: names used twice, a {/p} without a
    // feed and a bad expression are refused exactly as a saved file would be.
    QString reason;
    m_problem = DerivedRules::fromJson(toJson(), &reason) ? QString()
                                                          : tr("Derived series %1").arg(reason);
    m_reason->setText(m_problem);
    // The current expression on its own, with the place that is wrong.
    QString error;
    const auto compiled = DerivedExpression::compile(m_expr->text(), &error);
    if (m_list->currentRow() < 0) {
        m_check->clear();
    } else if (compiled) {
        m_check->setStyleSheet(QString());
        m_check->setText(tr("Expression reads %1 series.")
                             .arg(QLocale().toString(int(compiled->references().size()))));
    } else {
        m_check->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_check->setText(tr("Not an expression yet: %1").arg(error));
    }
    updatePreview(compiled.get());
    updateStatus();
}

void DerivedSeriesEditor::updatePreview(const DerivedExpression *expression)
{
    if (m_list->currentRow() < 0 || !expression) {
        m_preview->setText(QStringLiteral("\u2014"));
        return;
    }
    if (!m_latest) {
        m_preview->setText(tr("no session running"));
        return;
    }
    const QString feed = m_feed->text().trimmed();
    QStringList keys { QString() };
    if (expression->hasSameRecordReference()) {
        const QRegularExpression glob = globPattern(m_key->text().trimmed());
        keys.clear();
        for (const QString &key : m_keysOf ? m_keysOf(feed) : QStringList()) {
            if (glob.match(key).hasMatch())
                keys << key;
        }
    }
    const auto &refs = expression->references();
    for (const QString &key : std::as_const(keys)) {
        std::vector<double> inputs;
        for (const DerivedReference &ref : refs) {
            const auto value = ref.sameRecord ? m_latest(feed, key, ref.pointer)
                                              : m_latest(ref.feed, ref.key, ref.pointer);
            if (!value)
                break;
            inputs.push_back(*value);
        }
        if (inputs.size() != refs.size())
            continue;
        // A fresh evaluation: windows start empty here (the running series has the history).
        auto state = expression->newState();
        double value = 0.0;
        const QString where = key.isEmpty() ? tr("now") : tr("now, key %1").arg(key);
        if (!expression->evaluate(inputs.data(), 0.0, state, &value))
            m_preview->setText(tr("%1: rate and delta need a second value").arg(where));
        else if (!std::isfinite(value))
            m_preview->setText(tr("%1: not a number (counted, never drawn)").arg(where));
        else
            m_preview->setText(tr("%1: %2").arg(where, QLocale().toString(value, 'g', 10)));
        return;
    }
    m_preview->setText(tr("waiting until every input has a value"));
}

void DerivedSeriesEditor::updateStatus()
{
    const QString name = m_name->text().trimmed();
    const QString feed
        = m_feed->text().trimmed().isEmpty() ? QStringLiteral("derived") : m_feed->text().trimmed();
    int series = 0;
    quint64 results = 0, notFinite = 0;
    for (const DerivedStatus &s : m_running) {
        if (s.name != name || s.feed != feed)
            continue;
        ++series;
        results += s.samples;
        notFinite += s.notFinite;
    }
    if (series == 0) {
        m_status->setText(tr("not running (saved series start with the profile)"));
        return;
    }
    m_status->setText(tr("%1 series, %2 results, %3 not finite (not recorded)")
                          .arg(QLocale().toString(series), QLocale().toString(results),
                               QLocale().toString(notFinite)));
}
