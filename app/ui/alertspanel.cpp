#include "alertspanel.h"

#include "alertsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Rows of at least a severity whose rule, series or feed holds the text.
class AlertFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }
    void setMinimumSeverity(int severity)
    {
        m_minimum = severity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (model->index(row, 0, parent).data(AlertsModel::SeverityRole).toInt() < m_minimum)
            return false;
        if (m_text.isEmpty())
            return true;
        for (const int column : { AlertsModel::RuleColumn, AlertsModel::SeriesColumn }) {
            if (model->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    int m_minimum = 0;
};
} // namespace

AlertsPanel::AlertsPanel(AlertsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new AlertFilterModel(this))
    , m_view(new QTableView)
    , m_text(new QLineEdit)
    , m_severity(new QComboBox)
    , m_acknowledge(new QToolButton)
{
    m_filter->setSourceModel(model);
    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_text->setObjectName(QStringLiteral("alertsTextFilter"));
    m_text->setPlaceholderText(tr("Filter rule or series"));
    m_text->setClearButtonEnabled(true);
    m_severity->setObjectName(QStringLiteral("alertsSeverityFilter"));
    m_severity->addItem(tr("All severities"), int(AlertSeverity::Info));
    m_severity->addItem(tr("Warning and worse"), int(AlertSeverity::Warning));
    m_severity->addItem(tr("Critical only"), int(AlertSeverity::Critical));
    m_acknowledge->setObjectName(QStringLiteral("alertsAcknowledge"));
    m_acknowledge->setText(tr("Acknowledge"));
    m_acknowledge->setToolTip(tr("Acknowledge the selected firing alerts"));
    m_acknowledge->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_text, &QLineEdit::textChanged, this, &AlertsPanel::setTextFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMinimumSeverity(m_severity->itemData(index).toInt()); });
    connect(m_acknowledge, &QToolButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPanel::updateAcknowledge);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateAcknowledge);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT timeActivated(index.data(AlertsModel::TimeMsRole).toDouble());
    });
}

void AlertsPanel::setTextFilter(const QString &text)
{
    static_cast<AlertFilterModel *>(m_filter)->setText(text);
    if (m_text->text() != text)
        m_text->setText(text);
}

void AlertsPanel::setMinimumSeverity(int severity)
{
    static_cast<AlertFilterModel *>(m_filter)->setMinimumSeverity(severity);
    const int index = m_severity->findData(severity);
    if (index >= 0 && index != m_severity->currentIndex())
        m_severity->setCurrentIndex(index);
}

void AlertsPanel::acknowledgeSelected()
{
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.data(AlertsModel::StateRole).toInt() == int(AlertEvent::State::Firing))
            Q_EMIT acknowledgeRequested(index.data(AlertsModel::InstanceRole).toInt());
    }
}

void AlertsPanel::updateAcknowledge()
{
    bool firing = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        firing = firing
            || index.data(AlertsModel::StateRole).toInt() == int(AlertEvent::State::Firing);
    m_acknowledge->setEnabled(firing);
}
