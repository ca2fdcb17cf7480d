#include "chartcard.h"

#include "candlesview.h"
#include "chartpanel.h"
#include "gaugeview.h"
#include "histogramview.h"
#include "panelsettingsbar.h"
#include "stattilesview.h"
#include "xyview.h"

#include "store/seriesstore.h"

#include <QComboBox>
#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ChartCard::ChartCard(const SeriesStore &store, int number, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_panel(new ChartPanel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_settingsBar(new PanelSettingsBar(store, this))
    , m_kind(new QComboBox(this))
    , m_title(new QLabel(tr("Chart %1").arg(number), this))
    , m_window(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_resetZoom(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("chartTitle"));

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setToolTip(tr("What this chart shows: lines, candles, X against Y, stat tiles, a "
                          "gauge or a histogram"));
    for (PanelSettings::Kind kind : PanelSettings::kinds())
        m_kind->addItem(kindLabel(kind), int(kind));
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        setKind(PanelSettings::Kind(m_kind->itemData(index).toInt()));
        Q_EMIT activated();
    });
    connect(m_settingsBar, &PanelSettingsBar::settingsChanged, this,
            [this](const PanelSettings &settings) {
                m_settings = settings;
                if (m_view) {
                    m_view->setSettings(settings);
                    render({});
                }
            });

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
    header->addWidget(m_kind);
    header->addWidget(m_window);
    header->addWidget(m_pause);
    header->addWidget(m_resetZoom);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_settingsBar);
    m_stack->addWidget(m_panel);
    layout->addWidget(m_stack, 1);
    m_settingsBar->setSettings(m_settings);

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
    render({});
    Q_EMIT activated();
}

QString ChartCard::kindLabel(PanelSettings::Kind kind)
{
    switch (kind) {
    case PanelSettings::Kind::Line:
        return tr("Line");
    case PanelSettings::Kind::Candles:
        return tr("Candles");
    case PanelSettings::Kind::XY:
        return tr("XY");
    case PanelSettings::Kind::StatTiles:
        return tr("Stat tiles");
    case PanelSettings::Kind::Gauge:
        return tr("Gauge");
    case PanelSettings::Kind::Histogram:
        return tr("Histogram");
    }
    return QString();
}

void ChartCard::setKind(PanelSettings::Kind kind)
{
    PanelSettings settings = m_settings;
    settings.kind = kind;
    setSettings(settings);
}

void ChartCard::setSettings(const PanelSettings &settings)
{
    const bool newKind = settings.kind != m_settings.kind
        || (!m_view && settings.kind != PanelSettings::Kind::Line);
    m_settings = settings;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(settings.kind))));
    m_settingsBar->setSettings(settings);
    m_knownSeries = m_store.seriesCount();
    if (newKind)
        showView();
    else if (m_view)
        m_view->setSettings(settings);
    if (m_view)
        render({});
}

// The picture of the kind: the line chart, or a new view of another kind (the old one goes).
void ChartCard::showView()
{
    using Kind = PanelSettings::Kind;
    if (m_view) {
        m_stack->removeWidget(m_view);
        // Gone at the next turn of the event loop: what asked for the switch (a combo box's
        // signal, a restored layout) may still be on the stack.
        m_view->hide();
        m_view->deleteLater();
        m_view = nullptr;
    }
    switch (m_settings.kind) {
    case Kind::Line:
        break;
    case Kind::Candles:
        m_view = new CandlesView(m_store, m_stack);
        break;
    case Kind::XY:
        m_view = new XYView(m_store, m_stack);
        break;
    case Kind::StatTiles:
        m_view = new StatTilesView(m_store, m_stack);
        break;
    case Kind::Gauge:
        m_view = new GaugeView(m_store, m_stack);
        break;
    case Kind::Histogram:
        m_view = new HistogramView(m_store, m_stack);
        break;
    }
    // Pause and zoom belong to the line chart.
    m_pause->setVisible(!m_view);
    m_resetZoom->setVisible(!m_view);
    if (!m_view) {
        m_stack->setCurrentWidget(m_panel);
        return;
    }
    m_view->setSettings(m_settings);
    m_view->setDarkTheme(m_panel->isDarkTheme());
    m_view->setChartMarks(m_marks);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    // Clicks on a chart view's plot go to its viewport, not to this frame.
    for (QGraphicsView *view : m_view->findChildren<QGraphicsView *>())
        view->viewport()->installEventFilter(this);
}

void ChartCard::render(const std::vector<int> &dirtyIds)
{
    if (!m_view) {
        m_panel->render(dirtyIds);
        return;
    }
    if (m_store.seriesCount() != m_knownSeries) {
        m_knownSeries = m_store.seriesCount();
        m_settingsBar->refreshChoices();
    }
    const std::vector<int> ids = m_panel->visibleSeriesIds();
    std::vector<QColor> colors;
    colors.reserve(ids.size());
    for (int id : ids)
        colors.push_back(m_panel->seriesColor(id)); // the tiles match the series list
    m_view->setInputs(ids, m_panel->windowMs(), colors);
    m_view->render(dirtyIds);
}

void ChartCard::setDarkTheme(bool dark)
{
    m_panel->setDarkTheme(dark);
    if (m_view)
        m_view->setDarkTheme(dark);
}

void ChartCard::setChartMarks(const ChartMarks *marks)
{
    m_marks = marks;
    m_panel->setChartMarks(marks);
    if (m_view)
        m_view->setChartMarks(marks);
}
