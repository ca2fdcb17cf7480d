#include "panelview.h"

#include "store/seriesstore.h"

PanelView::PanelView(const SeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{ }

void PanelView::setInputs(const std::vector<int> &seriesIds, qint64 windowMs,
                          const std::vector<QColor> &colors)
{
    if (seriesIds == m_ids && windowMs == m_windowMs && colors == m_colors)
        return;
    m_ids = seriesIds;
    m_colors = colors;
    m_windowMs = windowMs;
    inputsChanged();
}

void PanelView::setSettings(const PanelSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    inputsChanged();
}

void PanelView::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    themeChanged();
}

int PanelView::resolve(const PanelSettings::SeriesRef &ref, size_t fallback) const
{
    if (!ref.isEmpty())
        return m_store.find(ref.feed, ref.key, ref.field);
    return fallback < m_ids.size() ? m_ids[fallback] : -1;
}
