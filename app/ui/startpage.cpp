#include "startpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QPushButton *addButton(QVBoxLayout *layout, const QString &text, const QString &name,
                       const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setMinimumHeight(34);
    layout->addWidget(button);
    return button;
}
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget)
{
    setObjectName(QStringLiteral("startPage"));
    auto *column = new QWidget;
    column->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(column);
    auto *title = new QLabel(tr("<h2>Welcome to FeedBoard</h2>"
                                "<p>Chart and log live WebSocket feeds. No feed is open yet.</p>"));
    title->setWordWrap(true);
    layout->addWidget(title);
    connect(addButton(layout, tr("Try the demo"), QStringLiteral("tryDemo"),
                      tr("Built-in stock ticks and service logs on 127.0.0.1")),
            &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(addButton(layout, tr("New profile…"), QStringLiteral("newProfile"),
                      tr("Enter a feed's URL and discover its fields")),
            &QPushButton::clicked, this, &StartPage::newProfileRequested);
    connect(addButton(
                layout, tr("New profile from a template…"), QStringLiteral("newFromTemplate"),
                tr("Binance, Coinbase, Kraken, Finnhub, Alpaca, Home Assistant, Loki, Socket.IO…")),
            &QPushButton::clicked, this, &StartPage::templateRequested);
    connect(addButton(layout, tr("Open profile…"), QStringLiteral("openProfile"), QString()),
            &QPushButton::clicked, this, &StartPage::openProfileRequested);
    connect(addButton(layout, tr("Open capture…"), QStringLiteral("openCapture"),
                      tr("Replay a recorded session")),
            &QPushButton::clicked, this, &StartPage::openCaptureRequested);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Recent profiles:")));
    m_recent->setObjectName(QStringLiteral("recentProfiles"));
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT recentProfileRequested(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_recent, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 2);
    outer->addStretch(1);
}

void StartPage::setRecentProfiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("(none yet)"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}
