#include "feedspanel.h"

#include "feedsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FeedsPanel::FeedsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FeedsModel(this))
    , m_view(new QTableView(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
    , m_sendFeed(new QComboBox(this))
    , m_message(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    m_view->setObjectName(QStringLiteral("feedsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < FeedsModel::DetailColumn; ++column)
        m_view->setColumnWidth(column, digit * (column == FeedsModel::FeedColumn ? 14 : 13));

    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Change this feed's connection and decoding in the profile editor"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(selectedFeed()); });
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    connect(m_connect, &QPushButton::clicked, this,
            [this] { Q_EMIT openRequested(selectedFeed()); });
    connect(m_disconnect, &QPushButton::clicked, this,
            [this] { Q_EMIT closeRequested(selectedFeed()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedsPanel::updateButtons);

    m_sendFeed->setObjectName(QStringLiteral("sendFeedCombo"));
    m_sendFeed->setToolTip(tr("Feed to send the message to"));
    m_message->setObjectName(QStringLiteral("sendMessageEdit"));
    m_message->setPlaceholderText(tr("Message to send, e.g. a subscription in JSON"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    connect(m_send, &QPushButton::clicked, this, &FeedsPanel::send);
    connect(m_message, &QLineEdit::returnPressed, this, &FeedsPanel::send);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_connect);
    actions->addWidget(m_disconnect);
    actions->addWidget(m_edit);
    actions->addSpacing(12);
    actions->addWidget(m_sendFeed);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    updateButtons();
}

void FeedsPanel::setStats(const std::vector<FeedStats> &stats, qint64 nowMs)
{
    m_model->setStats(stats, nowMs);
    for (const FeedStats &feed : stats) {
        if (m_sendFeed->findText(feed.feed) < 0)
            m_sendFeed->addItem(feed.feed);
    }
    updateButtons();
}

void FeedsPanel::setFeeds(const QStringList &feeds)
{
    m_model->clear();
    m_sendFeed->clear();
    m_sendFeed->addItems(feeds);
    updateButtons();
}

QString FeedsPanel::selectedFeed() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->feedName(rows.constFirst().row());
}

void FeedsPanel::selectFeed(const QString &feed)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->feedName(row) == feed)
            m_view->selectRow(row);
    }
}

void FeedsPanel::updateButtons()
{
    const bool selected = !selectedFeed().isEmpty();
    m_connect->setEnabled(selected);
    m_disconnect->setEnabled(selected);
    m_send->setEnabled(m_sendFeed->count() > 0);
}

void FeedsPanel::send()
{
    const QString message = m_message->text();
    if (message.isEmpty() || m_sendFeed->currentText().isEmpty())
        return;
    Q_EMIT sendRequested(m_sendFeed->currentText(), message);
    m_message->clear();
}
