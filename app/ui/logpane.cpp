#include "logpane.h"

#include "logfiltermodel.h"
#include "logmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

LogPane::LogPane(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterModel(this))
    , m_view(new QTableView(this))
    , m_levelCombo(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_feedCombo(new QComboBox(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_dropped(new QLabel(this))
    , m_filterError(new QLabel(this))
    , m_latest(new QToolButton(this))
    , m_model(model)
{
    m_filter->setSourceModel(model);

    m_feedCombo->setObjectName(QStringLiteral("logFeedCombo"));
    m_feedCombo->addItem(tr("All feeds"), QString());
    m_feedCombo->setToolTip(tr("Show only records of this feed"));
    connect(m_feedCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setFeedFilter(m_feedCombo->itemData(index).toString());
        m_view->scrollToBottom();
    });
    m_regex->setObjectName(QStringLiteral("logRegexCheck"));
    m_regex->setToolTip(tr("Read the filter text as a regular expression"));
    connect(m_regex, &QCheckBox::toggled, m_filter, &LogFilterModel::setRegularExpression);
    connect(m_regex, &QCheckBox::toggled, this, &LogPane::updateRegexState);
    m_dropped->setObjectName(QStringLiteral("logDroppedLabel"));
    m_dropped->setToolTip(tr("Oldest records removed from the bounded log store"));
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogPane::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogPane::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LogPane::updateDropped);

    m_levelCombo->addItem(tr("All levels"), int(LogLevel::Trace));
    m_levelCombo->addItem(tr("Debug and above"), int(LogLevel::Debug));
    m_levelCombo->addItem(tr("Info and above"), int(LogLevel::Info));
    m_levelCombo->addItem(tr("Warnings and errors"), int(LogLevel::Warn));
    m_levelCombo->addItem(tr("Errors only"), int(LogLevel::Error));
    m_levelCombo->setToolTip(tr("Show only records at or above this level"));
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LogPane::onLevelChanged);

    m_textFilter->setPlaceholderText(tr("Filter messages and feeds"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setObjectName(QStringLiteral("logTextFilter"));
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &LogFilterModel::setTextFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &LogPane::updateRegexState);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("logView"));
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT recordActivated(index.data(LogModel::TimeUsRole).toLongLong());
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and column widths: measuring 100,000 rows' contents would stall the
    // GUI on every insertion.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    columns->resizeSection(LogModel::TimeColumn, digit * 14);
    columns->resizeSection(LogModel::FeedColumn, digit * 12);
    columns->resizeSection(LogModel::LevelColumn, digit * 8);

    // The model inserts once per render tick; decide before the insertion whether the view was
    // at the bottom, since afterwards the scroll range has already grown.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_followBeforeInsert = isFollowingTail(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followBeforeInsert)
            m_view->scrollToBottom();
    });

    m_latest->setObjectName(QStringLiteral("logLatestButton"));
    m_latest->setText(tr("Jump to latest"));
    m_latest->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_latest->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_latest->setToolTip(tr("Scroll to the newest record and keep following new ones"));
    connect(m_latest, &QToolButton::clicked, m_view, &QTableView::scrollToBottom);
    const QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &LogPane::updateLatestButton);
    connect(bar, &QScrollBar::rangeChanged, this, &LogPane::updateLatestButton);
    m_filterError->setObjectName(QStringLiteral("logFilterError"));
    m_filterError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_filterError->setWordWrap(true);
    m_filterError->hide();

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_levelCombo);
    filters->addWidget(m_feedCombo);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_regex);
    filters->addWidget(m_dropped);
    filters->addWidget(m_latest);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_filterError);
    layout->addWidget(m_view, 1);
    updateDropped();
    updateLatestButton();
    onRowsInserted(QModelIndex(), 0, model->rowCount() - 1);
}

void LogPane::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(m_model->rowsText(rows));
}

QString LogPane::droppedText() const
{
    return m_dropped->text();
}

void LogPane::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    // New feed names join the feed filter; a few rows per tick, so a scan is cheap.
    for (int row = first; row <= last; ++row) {
        const QString feed = m_model->index(row, LogModel::FeedColumn, parent).data().toString();
        addFeed(feed);
    }
    updateDropped();
}

void LogPane::setFeeds(const QStringList &feeds)
{
    const QString selected = m_feedCombo->currentData().toString();
    m_feedCombo->clear();
    m_feedCombo->addItem(tr("All feeds"), QString());
    for (const QString &feed : feeds)
        addFeed(feed);
    m_feedCombo->setCurrentIndex(std::max(0, m_feedCombo->findData(selected)));
}

void LogPane::addFeed(const QString &feed)
{
    if (!feed.isEmpty() && m_feedCombo->findData(feed) < 0)
        m_feedCombo->addItem(feed, feed);
}

void LogPane::updateDropped()
{
    const quint64 dropped = m_model->droppedCount();
    m_dropped->setVisible(dropped > 0);
    const QString text = tr("%1 dropped").arg(QLocale().toString(dropped));
    if (m_dropped->text() != text)
        m_dropped->setText(text);
}

void LogPane::updateRegexState()
{
    // An unfinished pattern is common while typing: mark it and say why, without a dialog.
    // No row matches it, so the view never pretends that everything does.
    const QString error = m_filter->patternError();
    m_textFilter->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_textFilter->setToolTip(error);
    m_filterError->setText(
        error.isEmpty() ? QString() : tr("%1 — no rows shown until it is fixed.").arg(error));
    m_filterError->setVisible(!error.isEmpty());
}

void LogPane::updateLatestButton()
{
    m_latest->setEnabled(!isFollowingTail());
}

bool LogPane::isFollowingTail() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void LogPane::onLevelChanged(int index)
{
    m_filter->setMinimumLevel(LogLevel(m_levelCombo->itemData(index).toInt()));
    // A new filter rebuilds the rows; start again from the newest matches.
    m_view->scrollToBottom();
}

qint64 LogPane::selectNearest(qint64 timeUs)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return -1;
    const auto timeOf = [this](int row) {
        return m_filter->index(row, 0).data(LogModel::TimeUsRole).toLongLong();
    };
    // Records come in receive order, which is time order for all but a few late ones: a
    // binary search lands at or next to the nearest.
    int low = 0;
    int high = rows;
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (timeOf(mid) < timeUs)
            low = mid + 1;
        else
            high = mid;
    }
    int best = std::min(low, rows - 1);
    if (best > 0 && std::llabs(timeOf(best - 1) - timeUs) <= std::llabs(timeOf(best) - timeUs))
        --best;
    const QModelIndex index = m_filter->index(best, 0);
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return timeOf(best);
}
