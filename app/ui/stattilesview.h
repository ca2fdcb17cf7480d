#pragma once

#include "panelview.h"

#include <vector>

class QGridLayout;
class QLabel;
class StatTile;

// Stat tiles: one tile per checked series in a grid (as square as the width allows), each its
// last value, change over the card's window and a sparkline, coloured by the state of the
// alert rules watching it. A tile reads a fixed number of samples however long the window.
// GUI thread; owned by its ChartCard.
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

    QGridLayout *m_grid = nullptr;
    QLabel *m_placeholder = nullptr;
    std::vector<StatTile *> m_tiles; // owned by this widget, one per m_ids entry
    int m_columns = 0;
    bool m_stale = true;
};
