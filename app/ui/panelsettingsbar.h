#pragma once

#include "panels/panelsettings.h"

#include <QWidget>

class SeriesStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QStackedWidget;

// The settings of a chart card's kind, in a row under its header: candles' interval and
// volume field; XY's X and Y series and trail length; the histogram's bin count (auto or
// set); the gauge's range (auto or set). Lines and stat tiles have none. Holds the card's
// settings and says when the user changed them. GUI thread; owned by its ChartCard.
class PanelSettingsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelSettingsBar)

public:
    PanelSettingsBar(const SeriesStore &store, QWidget *parent = nullptr);

    const PanelSettings &settings() const { return m_settings; }
    // Shows these settings (and the page of their kind); emits nothing.
    void setSettings(const PanelSettings &settings);
    // The series and fields offered, again from the store (call when series were added).
    void refreshChoices();

Q_SIGNALS:
    void settingsChanged(const PanelSettings &settings);

private:
    QWidget *candlesPage();
    QWidget *xyPage();
    QWidget *histogramPage();
    QWidget *gaugePage();
    void showSettings();
    void fillSeriesCombo(QComboBox *combo, const PanelSettings::SeriesRef &chosen);
    PanelSettings::SeriesRef refAt(const QComboBox *combo) const;
    void changed();

    const SeriesStore &m_store;
    PanelSettings m_settings;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_interval = nullptr;
    QComboBox *m_volume = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QSpinBox *m_trail = nullptr;
    QSpinBox *m_bins = nullptr;
    QCheckBox *m_gaugeAuto = nullptr;
    QDoubleSpinBox *m_gaugeMin = nullptr;
    QDoubleSpinBox *m_gaugeMax = nullptr;
    bool m_showing = false; // filling the widgets, not the user
};
