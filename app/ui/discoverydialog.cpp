#include "discoverydialog.h"

#include "feed/discoveryprobe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    m_paths->setHeaderLabels({tr("Path (tick to chart)"), tr("Types"), tr("Example"), tr("Records")});
    m_paths->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
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
    fillCombo(m_key, spec.decode.key.text());
    fillCombo(m_time, spec.decode.time.text());
    resize(720, 480);
}

void DiscoveryDialog::start(int maxFrames, int timeoutMs)
{
    m_status->setText(tr("Connecting to %1…").arg(m_spec.url.toDisplayString(QUrl::RemoveUserInfo)));
    m_probe->start(m_spec, maxFrames, timeoutMs);
}

void DiscoveryDialog::onFinished(const QString &error)
{
    const PathDiscovery &result = m_probe->result();
    if (!error.isEmpty()) {
        m_status->setText(tr("Nothing to discover: %1").arg(error));
        return;
    }
    m_status->setText(tr("%n frame(s), %1 record(s): tick the paths to chart.", nullptr, result.frames())
                          .arg(result.records()));
    m_paths->clear();
    QStringList configured;
    for (const JsonPointer &field : std::as_const(m_spec.decode.fields))
        configured << field.text();
    const QList<DiscoveredPath> paths = result.paths();
    for (const DiscoveredPath &path : paths) {
        auto *item = new QTreeWidgetItem(m_paths, {path.pointer, path.types.join(QStringLiteral(", ")),
                                                   path.example, QString::number(path.count)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Numbers are what a chart can draw; offer them ticked unless the feed already chose.
        const bool ticked = configured.isEmpty() ? path.isNumeric() : configured.contains(path.pointer);
        item->setCheckState(PathColumn, ticked ? Qt::Checked : Qt::Unchecked);
    }
    fillCombo(m_key, key());
    fillCombo(m_time, time());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!paths.isEmpty());
}

void DiscoveryDialog::fillCombo(QComboBox *combo, const QString &current)
{
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    if (!current.isEmpty())
        combo->addItem(current, current);
    const QList<DiscoveredPath> paths = m_probe->result().paths();
    for (const DiscoveredPath &path : paths) {
        if (path.pointer != current)
            combo->addItem(QStringLiteral("%1  (%2)").arg(path.pointer, path.example), path.pointer);
    }
    combo->setCurrentIndex(current.isEmpty() ? 0 : 1);
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
