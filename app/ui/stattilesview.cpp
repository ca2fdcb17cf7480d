#include "stattilesview.h"

#include "chartstyle.h"
#include "panelchart.h"
#include "stattile.h"

#include "panels/statsummary.h"
#include "store/seriesstore.h"

#include <QGridLayout>
#include <QLabel>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kTileMinWidth = 170;
// Up to this many tiles all refresh on every tick; beyond it, a third of them per tick.
constexpr size_t kTilesPerTick = 34;
constexpr int kCatchUpMs = 33;
} // namespace

StatTilesView::StatTilesView(const SeriesStore &store, QWidget *parent)
    : PanelView(store, parent)
    , m_grid(new QGridLayout(this))
    , m_placeholder(new QLabel(tr("Check series in the list: each gets a tile"), this))
    , m_catchUp(new QTimer(this))
{
    setObjectName(QStringLiteral("statTilesView"));
    m_catchUp->setSingleShot(true);
    m_catchUp->setInterval(kCatchUpMs);
    connect(m_catchUp, &QTimer::timeout, this, [this] { refreshPending(budgetPerTick()); });
    setAutoFillBackground(true);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setSpacing(2);
    m_placeholder->setAlignment(Qt::AlignCenter);
    themeChanged();
}

bool StatTilesView::hasData() const
{
    return std::any_of(m_tiles.begin(), m_tiles.end(),
                       [](const StatTile *t) { return t->summary().valid; });
}

void StatTilesView::themeChanged()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, ChartStyle::chartColors(m_dark).background);
    p.setColor(QPalette::WindowText, ChartStyle::chartColors(m_dark).text);
    setPalette(p);
    for (StatTile *tile : m_tiles)
        tile->setDark(m_dark);
}

void StatTilesView::rebuild()
{
    for (StatTile *tile : m_tiles) {
        // Out of sight now, gone at the next turn of the event loop (the layout lets go then).
        tile->hide();
        tile->deleteLater();
    }
    m_tiles.clear();
    m_tileOfSeries.clear();
    for (size_t i = 0; i < m_ids.size(); ++i) {
        const int id = m_ids[i];
        if (id >= 0) {
            if (size_t(id) >= m_tileOfSeries.size())
                m_tileOfSeries.resize(size_t(id) + 1, -1);
            m_tileOfSeries[size_t(id)] = int(i);
        }
        auto *tile = new StatTile(this);
        tile->setDark(m_dark);
        if (i < m_colors.size())
            tile->setLineColor(m_colors[i]);
        tile->setName(m_store.contains(id) ? m_store.info(id).displayName() : QString());
        m_tiles.push_back(tile);
    }
    m_pending.assign(m_tiles.size(), 0);
    m_cursor = 0;
    m_columns = 0;
    placeTiles();
}

// As many columns as tiles of kTileMinWidth fit, rows filled left to right.
void StatTilesView::placeTiles()
{
    m_placeholder->setVisible(m_tiles.empty());
    if (m_tiles.empty()) {
        m_grid->addWidget(m_placeholder, 0, 0);
        return;
    }
    const int fit = std::max(1, width() / kTileMinWidth);
    const int columns = std::min(int(m_tiles.size()), fit);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        m_grid->removeWidget(m_tiles[i]);
        m_grid->addWidget(m_tiles[i], int(i) / columns, int(i) % columns);
        m_tiles[i]->show();
    }
}

void StatTilesView::resizeEvent(QResizeEvent *event)
{
    PanelView::resizeEvent(event);
    placeTiles();
}

void StatTilesView::render(const std::vector<int> &dirtyIds)
{
    const bool all = m_stale;
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
    for (size_t i = 0; i < m_ids.size(); ++i) {
        const int id = m_ids[i];
        if (!m_store.contains(id))
            continue;
        // The alert colour can change without a sample (a rule resolved by time).
        m_tiles[i]->setAlertColor(PanelChart::alertStateColor(PanelChart::alertState(m_marks, id)));
        if (all)
            m_pending[i] = 1;
    }
    for (int id : dirtyIds) { // a tile's series, by its id: no search per tile
        const int tile
            = id >= 0 && size_t(id) < m_tileOfSeries.size() ? m_tileOfSeries[size_t(id)] : -1;
        if (tile >= 0 && m_store.contains(id))
            m_pending[size_t(tile)] = 1;
    }
    refreshPending(all ? m_tiles.size() : budgetPerTick());
}

size_t StatTilesView::budgetPerTick() const
{
    return std::max(kTilesPerTick, (m_tiles.size() + 2) / 3);
}

void StatTilesView::refreshPending(size_t budget)
{
    const size_t count = m_tiles.size();
    const size_t start = m_cursor;
    size_t left = 0;
    for (size_t step = 0; step < count; ++step) {
        const size_t i = (start + step) % count;
        if (!m_pending[i])
            continue;
        if (budget == 0) {
            ++left;
            continue;
        }
        --budget;
        m_pending[i] = 0;
        m_cursor = (i + 1) % count;
        m_tiles[i]->setSummary(StatTiles::summarize(m_store.buffer(m_ids[i]),
                                                    double(std::max<qint64>(0, m_windowMs))));
    }
    if (left > 0)
        m_catchUp->start();
}
