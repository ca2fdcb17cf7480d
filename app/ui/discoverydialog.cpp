#include "discoverydialog.h"

#include "feed/discoveryprobe.h"
#include "profiles/secretplaceholders.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { PathColumn, TypesColumn, ExampleColumn, CountColumn };
}

DiscoveryDialog::DiscoveryDialog(const FeedSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_probe(new DiscoveryProbe(this))
    , m_status(new QLabel(this))
    , m_paths(new QTreeWidget(this))
    , m_key(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Discover Fields"));
    m_status->setObjectName(QStringLiteral("discoverStatus"));
    m_status->setWordWrap(true);
    m_paths->setObjectName(QStringLiteral("discoverPaths"));
    m_paths->setRootIsDecorated(false);
    m_paths->setHeaderLabels(
        { tr("Path (tick to chart)"), tr("Types"), tr("Example"), tr("Records") });
    m_paths->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
    m_paths->header()->setSectionResizeMode(ExampleColumn, QHeaderView::ResizeToContents);
    m_key->setObjectName(QStringLiteral("discoverKey"));
    m_time->setObjectName(QStringLiteral("discoverTime"));
    auto *choices = new QFormLayout;
    choices->addRow(tr("&Key (one series per value):"), m_key);
    choices->addRow(tr("&Time:"), m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_paths, 1);
    layout->addLayout(choices);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_probe, &DiscoveryProbe::finished, this, &DiscoveryDialog::onFinished);
    connect(m_probe, &DiscoveryProbe::frameCollected, this, [this](int frames) {
        m_status->setText(tr("Listening… %n frame(s) received.", nullptr, frames));
    });
    connect(m_probe, &DiscoveryProbe::connectionStateChanged, this,
            &DiscoveryDialog::onConnectionState);
    fillCombo(m_key, spec.decode.key.text(), {}, spec.decode.key.text());
    fillCombo(m_time, spec.decode.time.text(), {}, spec.decode.time.text());
    resize(720, 480);
}

void DiscoveryDialog::start(int maxFrames, int timeoutMs)
{
    m_status->setText(
        tr("Connecting to %1…")
            .arg(SecretPlaceholders::urlText(m_spec.url.adjusted(QUrl::RemoveUserInfo))));
    m_probe->start(m_spec, maxFrames, timeoutMs);
}

void DiscoveryDialog::onConnectionState(FeedState state, const QString &detail)
{
    if (state == FeedState::Reconnecting && m_probe->result().frames() == 0) {
        // The detail says when the next attempt comes ("...; retrying in 1.0 s").
        m_status->setText(tr("Not connected: %1. Trying again until it connects or you close "
                             "this dialog.")
                              .arg(detail));
    } else if (state == FeedState::Open && m_probe->result().frames() == 0) {
        m_status->setText(tr("Connected; waiting for messages…"));
    }
}

void DiscoveryDialog::onFinished(const QString &error)
{
    const PathDiscovery &result = m_probe->result();
    if (!error.isEmpty()) {
        m_status->setText(tr("Nothing to discover: %1").arg(error));
        return;
    }
    m_status->setText(
        tr("%n frame(s), %1 record(s): tick the paths to chart.", nullptr, result.frames())
            .arg(result.records()));
    m_paths->clear();
    QStringList configured;
    for (const JsonPointer &field : std::as_const(m_spec.decode.fields))
        configured << field.text();
    // What the feed already chose stays; otherwise the guess is pre-selected.
    const DiscoveryGuess guess = result.guess();
    const QList<DiscoveredPath> paths = result.paths();
    for (const DiscoveredPath &path : paths) {
        auto *item = new QTreeWidgetItem(m_paths,
                                         { path.pointer, path.types.join(QStringLiteral(", ")),
                                           path.example, QString::number(path.count) });
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool ticked = configured.isEmpty() ? guess.fields.contains(path.pointer)
                                                 : configured.contains(path.pointer);
        item->setCheckState(PathColumn, ticked ? Qt::Checked : Qt::Unchecked);
    }
    const QString key = m_spec.decode.key.text();
    const QString time = m_spec.decode.time.text();
    fillCombo(m_key, key, result.keyCandidates(), key.isEmpty() ? guess.key : key);
    fillCombo(m_time, time, result.timeCandidates(), time.isEmpty() ? guess.time : time);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!paths.isEmpty());
}

void DiscoveryDialog::fillCombo(QComboBox *combo, const QString &configured,
                                const QStringList &candidates, const QString &selected)
{
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    if (!configured.isEmpty())
        combo->addItem(configured, configured);
    const QList<DiscoveredPath> paths = m_probe->result().paths();
    for (const QString &pointer : candidates) {
        if (pointer == configured)
            continue;
        const auto it = std::find_if(paths.begin(), paths.end(),
                                     [&](const DiscoveredPath &p) { return p.pointer == pointer; });
        const QString example = it == paths.end() ? QString() : it->example;
        combo->addItem(QStringLiteral("%1  (%2)").arg(pointer, example), pointer);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

QStringList DiscoveryDialog::fields() const
{
    QStringList list;
    for (int i = 0; i < m_paths->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_paths->topLevelItem(i);
        if (item->checkState(PathColumn) == Qt::Checked && item->text(PathColumn) != key()
            && item->text(PathColumn) != time())
            list << item->text(PathColumn);
    }
    return list;
}

QString DiscoveryDialog::key() const
{
    return m_key->currentData().toString();
}

QString DiscoveryDialog::time() const
{
    return m_time->currentData().toString();
}
