#include "chartcard.h"

#include "chartpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ChartCard::ChartCard(const SeriesStore &store, int number, QWidget *parent)
    : QFrame(parent)
    , m_panel(new ChartPanel(store, this))
    , m_title(new QLabel(tr("Chart %1").arg(number), this))
    , m_window(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_resetZoom(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("chartTitle"));

    for (const auto &[label, ms] : windowChoices())
        m_window->addItem(label, ms);
    m_window->setToolTip(tr("Time window of this chart"));
    m_window->setObjectName(QStringLiteral("windowCombo"));
    setWindowMs(m_panel->windowMs());
    connect(m_window, &QComboBox::activated, this, &ChartCard::onWindowChosen);

    m_pause->setText(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze this chart; data keeps arriving and being recorded"));
    connect(m_pause, &QToolButton::toggled, m_panel, &ChartPanel::setPaused);
    connect(m_panel, &ChartPanel::pausedChanged, this, [this](bool paused) {
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });

    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setObjectName(QStringLiteral("resetZoomButton"));
    m_resetZoom->setToolTip(tr("Drag a rectangle on the chart to zoom; this goes back"));
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QToolButton::clicked, m_panel, &ChartPanel::resetZoom);
    connect(m_panel, &ChartPanel::zoomChanged, m_resetZoom, &QToolButton::setEnabled);

    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Remove this chart"));
    connect(m_close, &QToolButton::clicked, this, &ChartCard::closeRequested);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 0);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_window);
    header->addWidget(m_pause);
    header->addWidget(m_resetZoom);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_panel, 1);

    // Clicks on the plot go to the view's viewport, not to this frame.
    if (auto *view = m_panel->findChild<QGraphicsView *>())
        view->viewport()->installEventFilter(this);
}

std::vector<std::pair<QString, qint64>> ChartCard::windowChoices()
{
    return { { tr("10 s"), 10000 },    { tr("1 min"), 60000 }, { tr("5 min"), 300000 },
             { tr("15 min"), 900000 }, { tr("1 h"), 3600000 }, { tr("All"), 0 } };
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    // The stylesheet draws the active chart's frame in the accent colour.
    setProperty("active", active);
    style()->unpolish(this);
    style()->polish(this);
}

void ChartCard::setWindowMs(qint64 ms)
{
    m_panel->setWindowMs(ms);
    const int index = m_window->findData(ms);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void ChartCard::setClosable(bool closable)
{
    m_close->setEnabled(closable);
}

bool ChartCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress)
        Q_EMIT activated();
    return QFrame::eventFilter(watched, event);
}

void ChartCard::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT activated();
    QFrame::mousePressEvent(event);
}

void ChartCard::onWindowChosen(int index)
{
    m_panel->setWindowMs(m_window->itemData(index).toLongLong());
    m_panel->render({});
    Q_EMIT activated();
}
