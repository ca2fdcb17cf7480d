#include "feededitor.h"

#include "profiles/secretplaceholders.h"
#include "discoverydialog.h"
#include "feed/feedproxy.h"
#include "maskedvaluedelegate.h"
#include "secretsedit.h"
#include "profiles/feedchecks.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum HeaderColumn { HeaderName, HeaderValue, HeaderSecret };

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(HeaderSecret).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QSpinBox *spinBox(const char *name, int min, int max, int value, const QString &suffix,
                  QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

QLabel *problemLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}
} // namespace

FeedEditor::FeedEditor(const FeedSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_original(spec)
{
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createConnectionTab(), tr("Connection"));
    tabs->addTab(createDecodeTab(), tr("Decoding"));
    tabs->addTab(createBehaviourTab(), tr("Behaviour"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    load(spec);
    updateProblems();
}

QWidget *FeedEditor::createConnectionTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("feedName"));
    form->addRow(tr("&Name:"), m_name);
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(QStringLiteral("wss://example.com/stream"));
    form->addRow(tr("&URL:"), m_url);
    m_urlProblem = problemLabel("urlProblem", page);
    form->addRow(QString(), m_urlProblem);

    m_headers = new QTableWidget(0, 3, page);
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value"), tr("Secret") });
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderValue, QHeaderView::Stretch);
    m_headers->verticalHeader()->hide();
    m_headers->setItemDelegateForColumn(HeaderValue,
                                        new MaskedValueDelegate(isSecretRow, m_headers));
    // Ticking "Secret" re-draws the value masked at once.
    connect(m_headers, &QTableWidget::itemChanged, m_headers->viewport(),
            qOverload<>(&QWidget::update));
    m_headers->setToolTip(
        tr("Values of secret headers are kept in the system keychain (or a file only you "
           "can read), never in the profile file."));
    auto *addHeader = new QPushButton(tr("Add Header"), page);
    addHeader->setObjectName(QStringLiteral("addHeader"));
    auto *removeHeader = new QPushButton(tr("Remove Header"), page);
    connect(addHeader, &QPushButton::clicked, this,
            [this] { addHeaderRow(QString(), QString(), false); });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        m_headers->removeRow(m_headers->currentRow());
        Q_EMIT changed();
    });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    auto *headerBox = new QVBoxLayout;
    headerBox->addWidget(m_headers);
    headerBox->addLayout(headerButtons);
    // A layout cannot be a buddy: give the label the table, so its shortcut works.
    auto *headersLabel = new QLabel(tr("&Headers:"), page);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, headerBox);

    m_subprotocols = new QLineEdit(page);
    m_subprotocols->setObjectName(QStringLiteral("subprotocols"));
    m_subprotocols->setPlaceholderText(tr("comma-separated, e.g. json, v2.stream"));
    form->addRow(tr("Sub&protocols:"), m_subprotocols);
    m_subscribe = new QPlainTextEdit(page);
    m_subscribe->setObjectName(QStringLiteral("subscribe"));
    m_subscribe->setPlaceholderText(tr("one message per line, sent after every (re)connect"));
    form->addRow(tr("&Subscribe messages:"), m_subscribe);
    m_secrets = new SecretsEdit(page);
    form->addRow(tr("Se&crets:"), m_secrets);

    connect(m_name, &QLineEdit::textChanged, this, &FeedEditor::updateProblems);
    connect(m_url, &QLineEdit::textChanged, this, &FeedEditor::updateProblems);
    connect(m_headers, &QTableWidget::itemChanged, this, &FeedEditor::changed);
    connect(m_subprotocols, &QLineEdit::textChanged, this, &FeedEditor::changed);
    connect(m_subscribe, &QPlainTextEdit::textChanged, this, &FeedEditor::changed);
    connect(m_secrets, &SecretsEdit::changed, this, &FeedEditor::changed);
    connect(this, &FeedEditor::changed, this, &FeedEditor::updateSecretNames);
    return page;
}

QLineEdit *FeedEditor::addPointerEdit(QFormLayout *form, const QString &label, const char *name,
                                      const QString &text)
{
    auto *edit = new QLineEdit(text, form->parentWidget());
    edit->setObjectName(QLatin1String(name));
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &FeedEditor::updateProblems);
    return edit;
}

QWidget *FeedEditor::createDecodeTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *hint = new QLabel(
        tr("JSON Pointers (RFC 6901), relative to the root. Leave Fields empty to chart "
           "every numeric value."),
        page);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_root = addPointerEdit(form, tr("&Root:"), "decodeRoot", QString());
    m_key = addPointerEdit(form, tr("&Key:"), "decodeKey", QString());
    m_time = addPointerEdit(form, tr("&Time:"), "decodeTime", QString());
    m_fields = new QPlainTextEdit(page);
    m_fields->setObjectName(QStringLiteral("decodeFields"));
    m_fields->setPlaceholderText(tr("one pointer per line, e.g. /p"));
    form->addRow(tr("&Fields:"), m_fields);
    connect(m_fields, &QPlainTextEdit::textChanged, this, &FeedEditor::updateProblems);
    m_level = addPointerEdit(form, tr("&Level:"), "decodeLevel", QString());
    m_message = addPointerEdit(form, tr("&Message:"), "decodeMessage", QString());
    m_decodeProblem = problemLabel("decodeProblem", page);
    form->addRow(m_decodeProblem);
    auto *discover = new QPushButton(tr("&Discover from Live Messages…"), page);
    discover->setObjectName(QStringLiteral("discover"));
    connect(discover, &QPushButton::clicked, this, &FeedEditor::discover);
    connect(m_url, &QLineEdit::textChanged, discover, [this, discover] {
        discover->setEnabled(FeedChecks::urlProblem(m_url->text()).isEmpty());
    });
    form->addRow(discover);
    return page;
}

QWidget *FeedEditor::createBehaviourTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const QString ms = tr(" ms");
    m_initialDelay = spinBox("reconnectInitial", 1, 3600000, 500, ms, page);
    m_maxDelay = spinBox("reconnectMax", 1, 86400000, 30000, ms, page);
    m_ping = spinBox("pingInterval", 0, 3600000, 5000, ms, page);
    m_ping->setSpecialValueText(tr("no pings"));
    m_stale = spinBox("staleAfter", 0, 86400000, 30000, ms, page);
    m_stale->setSpecialValueText(tr("never"));
    m_maxSeries = spinBox("maxSeries", 1, 1000000, 2000, QString(), page);
    form->addRow(tr("Reconnect: &first delay:"), m_initialDelay);
    form->addRow(tr("Reconnect: &longest delay:"), m_maxDelay);
    form->addRow(tr("&Ping every:"), m_ping);
    form->addRow(tr("Mark &stale after:"), m_stale);
    form->addRow(tr("Most &series:"), m_maxSeries);
    m_proxy = new QLineEdit(page);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setPlaceholderText(tr("system (the environment's or the desktop's settings)"));
    m_proxy->setToolTip(tr("none, system, http://[user@]host:port or socks5://[user@]host:port; "
                           "a password only as ${secret:NAME}, e.g. "
                           "http://alice:${secret:PROXY_PASSWORD}@proxy:3128"));
    form->addRow(tr("Pro&xy:"), m_proxy);
    connect(m_proxy, &QLineEdit::textChanged, this, &FeedEditor::updateProblems);
    m_ignoreSsl = new QCheckBox(tr("&Ignore TLS certificate errors"), page);
    m_ignoreSsl->setObjectName(QStringLiteral("ignoreSslErrors"));
    m_sslWarning = problemLabel("sslWarning", page);
    m_sslWarning->setText(
        tr("Warning: anyone between you and the server can read and change this feed. "
           "Use only for test servers with self-signed certificates."));
    form->addRow(m_ignoreSsl);
    form->addRow(m_sslWarning);
    connect(m_ignoreSsl, &QCheckBox::toggled, m_sslWarning, &QLabel::setVisible);
    for (QSpinBox *box : { m_initialDelay, m_maxDelay, m_ping, m_stale, m_maxSeries })
        connect(box, &QSpinBox::valueChanged, this, &FeedEditor::updateProblems);
    connect(m_ignoreSsl, &QCheckBox::toggled, this, &FeedEditor::changed);
    return page;
}

void FeedEditor::addHeaderRow(const QString &name, const QString &value, bool secret)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, HeaderName, new QTableWidgetItem(name));
    m_headers->setItem(row, HeaderValue, new QTableWidgetItem(value));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    check->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, HeaderSecret, check);
}

void FeedEditor::load(const FeedSpec &spec)
{
    m_name->setText(spec.name);
    m_url->setText(SecretPlaceholders::urlText(spec.url));
    for (const auto &header : spec.headers)
        addHeaderRow(header.first, header.second, spec.isSecretHeader(header.first));
    m_subprotocols->setText(spec.subprotocols.join(QStringLiteral(", ")));
    m_subscribe->setPlainText(spec.subscribe.join(QLatin1Char('\n')));
    m_root->setText(spec.decode.root.text());
    m_key->setText(spec.decode.key.text());
    m_time->setText(spec.decode.time.text());
    QStringList fields;
    for (const JsonPointer &field : spec.decode.fields)
        fields << field.text();
    m_fields->setPlainText(fields.join(QLatin1Char('\n')));
    m_level->setText(spec.decode.level.text());
    m_message->setText(spec.decode.message.text());
    m_initialDelay->setValue(spec.reconnectInitialDelayMs);
    m_maxDelay->setValue(spec.reconnectMaxDelayMs);
    m_ping->setValue(spec.pingIntervalMs);
    m_stale->setValue(spec.staleAfterMs);
    m_maxSeries->setValue(spec.maxSeries);
    m_ignoreSsl->setChecked(spec.ignoreSslErrors);
    m_sslWarning->setVisible(spec.ignoreSslErrors);
    m_proxy->setText(spec.proxy.trimmed() == FeedProxy::kSystem ? QString() : spec.proxy);
    m_secrets->setValues(spec.storedSecrets);
    updateSecretNames();
}

void FeedEditor::updateSecretNames()
{
    m_secrets->setNames(SecretPlaceholders::namesIn(spec()));
}

QString FeedEditor::name() const
{
    return m_name->text().trimmed();
}

QString FeedEditor::problem() const
{
    if (name().isEmpty())
        return tr("The feed needs a name.");
    if (const QString url = FeedChecks::urlProblem(m_url->text()); !url.isEmpty())
        return url;
    const struct
    {
        QLineEdit *edit;
        QString label;
    } pointers[] = { { m_root, tr("Root") },
                     { m_key, tr("Key") },
                     { m_time, tr("Time") },
                     { m_level, tr("Level") },
                     { m_message, tr("Message") } };
    for (const auto &pointer : pointers) {
        if (const QString reason = FeedChecks::pointerProblem(pointer.edit->text());
            !reason.isEmpty())
            return tr("%1: %2").arg(pointer.label, reason);
    }
    const QStringList fields = nonEmptyLines(m_fields->toPlainText());
    for (const QString &field : fields) {
        if (const QString reason = FeedChecks::pointerProblem(field); !reason.isEmpty())
            return tr("Field %1: %2").arg(field, reason);
    }
    if (const QString proxy = m_proxy->text().trimmed();
        !proxy.isEmpty() && !FeedProxy::problem(proxy).isEmpty())
        return tr("Proxy: %1").arg(FeedProxy::problem(proxy));
    if (m_maxDelay->value() < m_initialDelay->value())
        return tr("The longest reconnect delay is shorter than the first.");
    return QString();
}

void FeedEditor::updateProblems()
{
    const QString url = FeedChecks::urlProblem(m_url->text());
    m_urlProblem->setText(url);
    m_urlProblem->setVisible(!url.isEmpty());
    const QString all = problem();
    const bool decodeProblem = !all.isEmpty() && url.isEmpty() && !name().isEmpty();
    m_decodeProblem->setText(decodeProblem ? all : QString());
    m_decodeProblem->setVisible(decodeProblem);
    Q_EMIT changed();
}

FeedSpec FeedEditor::spec() const
{
    FeedSpec spec = m_original; // keeps the keys this editor does not show
    spec.name = name();
    spec.url = SecretPlaceholders::parseUrl(m_url->text());
    spec.headers.clear();
    spec.secretHeaders.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString header = m_headers->item(row, HeaderName)->text().trimmed();
        if (header.isEmpty())
            continue;
        spec.headers.append({ header, m_headers->item(row, HeaderValue)->text() });
        if (m_headers->item(row, HeaderSecret)->checkState() == Qt::Checked)
            spec.secretHeaders << header;
    }
    spec.subprotocols.clear();
    const QStringList protocols
        = m_subprotocols->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &protocol : protocols) {
        if (!protocol.trimmed().isEmpty())
            spec.subprotocols << protocol.trimmed();
    }
    spec.subscribe = nonEmptyLines(m_subscribe->toPlainText());
    const auto pointer = [](const QLineEdit *edit) {
        return JsonPointer::parse(edit->text()).value_or(JsonPointer());
    };
    spec.decode.root = pointer(m_root);
    spec.decode.key = pointer(m_key);
    spec.decode.time = pointer(m_time);
    spec.decode.level = pointer(m_level);
    spec.decode.message = pointer(m_message);
    spec.decode.fields.clear();
    const QStringList fields = nonEmptyLines(m_fields->toPlainText());
    for (const QString &field : fields) {
        if (const auto parsed = JsonPointer::parse(field))
            spec.decode.fields.append(*parsed);
    }
    spec.reconnectInitialDelayMs = m_initialDelay->value();
    spec.reconnectMaxDelayMs = m_maxDelay->value();
    spec.pingIntervalMs = m_ping->value();
    spec.staleAfterMs = m_stale->value();
    spec.maxSeries = m_maxSeries->value();
    spec.ignoreSslErrors = m_ignoreSsl->isChecked();
    spec.proxy
        = m_proxy->text().trimmed().isEmpty() ? FeedProxy::kSystem : m_proxy->text().trimmed();
    spec.storedSecrets = m_secrets->values();
    return spec;
}

void FeedEditor::discover()
{
    DiscoveryDialog dialog(spec(), this);
    dialog.start();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_fields->setPlainText(dialog.fields().join(QLatin1Char('\n')));
    m_key->setText(dialog.key());
    m_time->setText(dialog.time());
}
