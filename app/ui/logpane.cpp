#include "logpane.h"

#include "logfiltermodel.h"
#include "logmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

LogPane::LogPane(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterModel(this))
    , m_view(new QTableView(this))
    , m_levelCombo(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
{
    m_filter->setSourceModel(model);

    m_levelCombo->addItem(tr("All levels"), int(LogLevel::Trace));
    m_levelCombo->addItem(tr("Debug and above"), int(LogLevel::Debug));
    m_levelCombo->addItem(tr("Info and above"), int(LogLevel::Info));
    m_levelCombo->addItem(tr("Warnings and errors"), int(LogLevel::Warn));
    m_levelCombo->addItem(tr("Errors only"), int(LogLevel::Error));
    m_levelCombo->setToolTip(tr("Show only records at or above this level"));
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LogPane::onLevelChanged);

    m_textFilter->setPlaceholderText(tr("Filter messages and feeds"));
    m_textFilter->setClearButtonEnabled(true);
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &LogFilterModel::setTextFilter);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("logView"));
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

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_levelCombo);
    filters->addWidget(m_textFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
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
