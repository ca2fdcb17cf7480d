#pragma once

#include "panelview.h"

#include <vector>

class QGridLayout;
class QLabel;
class QTimer;
class StatTile;

// Stat tiles: one tile per checked series in a grid (as square as the width allows), each its
// last value, change over the card's window and a sparkline, coloured by the state of the
// alert rules watching it. A tile reads a fixed number of samples however long the window.
// Many tiles refresh in turn: each tick repaints at most a third of the changed ones (at least
// kTilesPerTick), so a hundred tiles on a busy feed cost a third of their paint per tick and
// each still changes about ten times a second; a catch-up timer shows what is left when the
// data stops. GUI thread; owned by its ChartCard.
class StatTilesView final : public PanelView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTilesView)

public:
    explicit StatTilesView(const SeriesStore &store, QWidget *parent = nullptr);

    void render(const std::vector<int> &dirtyIds) override;
    bool hasData() const override;
    int tileCount() const { return int(m_tiles.size()); }
    const StatTile *tile(int index) const { return m_tiles.at(size_t(index)); }

protected:
    void inputsChanged() override { m_stale = true; }
    void themeChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void placeTiles();
    // Refreshes up to `budget` tiles waiting for a refresh, in turn from the last one done.
    void refreshPending(size_t budget);
    size_t budgetPerTick() const;

    QGridLayout *m_grid = nullptr;
    QLabel *m_placeholder = nullptr;
    std::vector<StatTile *> m_tiles; // owned by this widget, one per m_ids entry
    std::vector<char> m_pending; // per tile: its series changed since it was last refreshed
    std::vector<int> m_tileOfSeries; // by series id: its tile's index, or -1
    size_t m_cursor = 0; // where the next turn starts
    QTimer *m_catchUp = nullptr;
    int m_columns = 0;
    bool m_stale = true;
};
