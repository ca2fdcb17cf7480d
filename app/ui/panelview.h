#pragma once

#include "panels/panelsettings.h"

#include <QColor>
#include <QWidget>

#include <vector>

struct ChartMarks;
class SeriesStore;

// A chart card's picture when it is not the line chart (candles, XY, stat tiles, gauge,
// histogram): it reads the card's checked series, window and settings from the card before
// each render tick, and redraws from what arrived since the last one. The computations live
// in core (app/core/panels); a view only draws. GUI thread; owned by its ChartCard.
class PanelView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelView)

public:
    PanelView(const SeriesStore &store, QWidget *parent = nullptr);

    // The card's checked series, in the order they were checked, with their colours in the
    // series list (may be empty); its window (0: all).
    void setInputs(const std::vector<int> &seriesIds, qint64 windowMs,
                   const std::vector<QColor> &colors = {});
    void setSettings(const PanelSettings &settings);
    void setChartMarks(const ChartMarks *marks) { m_marks = marks; }
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    // One render tick: dirtyIds are the series with new samples since the last one.
    virtual void render(const std::vector<int> &dirtyIds) = 0;
    // Whether the view draws something (for the placeholder and tests).
    virtual bool hasData() const = 0;

protected:
    // The checked series, window or settings changed: the next render starts over.
    virtual void inputsChanged() { }
    virtual void themeChanged() { }
    // The series a settings reference names, else the n-th checked series, else -1.
    int resolve(const PanelSettings::SeriesRef &ref, size_t fallback) const;

    const SeriesStore &m_store;
    const ChartMarks *m_marks = nullptr;
    std::vector<int> m_ids;
    std::vector<QColor> m_colors; // of m_ids, when the card gave them
    qint64 m_windowMs = 60000;
    PanelSettings m_settings;
    bool m_dark = false;
};
