#include "panelsettingsbar.h"

#include "panels/candleaggregator.h"
#include "store/seriesstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>

#include <algorithm>
#include <cfloat>

namespace {
enum Page { None, Candles, XY, Histogram, Gauge };

QHBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QString intervalLabel(qint64 ms)
{
    switch (ms) {
    case 1000:
        return PanelSettingsBar::tr("1 s");
    case 5000:
        return PanelSettingsBar::tr("5 s");
    case 60000:
        return PanelSettingsBar::tr("1 min");
    case 300000:
        return PanelSettingsBar::tr("5 min");
    default:
        return PanelSettingsBar::tr("1 h");
    }
}
} // namespace

PanelSettingsBar::PanelSettingsBar(const SeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("panelSettingsBar"));
    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(candlesPage());
    m_pages->addWidget(xyPage());
    m_pages->addWidget(histogramPage());
    m_pages->addWidget(gaugePage());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 2, 2);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    showSettings();
}

QWidget *PanelSettingsBar::candlesPage()
{
    auto *page = new QWidget(m_pages);
    m_interval = new QComboBox(page);
    m_interval->setObjectName(QStringLiteral("candleIntervalCombo"));
    for (qint64 ms : CandleAggregator::intervalChoices())
        m_interval->addItem(intervalLabel(ms), ms);
    m_volume = new QComboBox(page);
    m_volume->setObjectName(QStringLiteral("volumeFieldCombo"));
    m_volume->setToolTip(tr("A field of the same feed and key summed into volume bars"));
    QHBoxLayout *layout = pageLayout(page);
    layout->addWidget(new QLabel(tr("Interval:"), page));
    layout->addWidget(m_interval);
    layout->addWidget(new QLabel(tr("Volume:"), page));
    layout->addWidget(m_volume);
    layout->addStretch(1); // packed to the left, whatever the widest page
    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        m_settings.candleIntervalMs = m_interval->itemData(index).toLongLong();
        changed();
    });
    connect(m_volume, &QComboBox::activated, this, [this](int index) {
        m_settings.volumeField = m_volume->itemData(index).toString();
        changed();
    });
    return page;
}

QWidget *PanelSettingsBar::xyPage()
{
    auto *page = new QWidget(m_pages);
    m_x = new QComboBox(page);
    m_x->setObjectName(QStringLiteral("xSeriesCombo"));
    m_y = new QComboBox(page);
    m_y->setObjectName(QStringLiteral("ySeriesCombo"));
    for (QComboBox *combo : { m_x, m_y })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_trail = new QSpinBox(page);
    m_trail->setObjectName(QStringLiteral("trailSpin"));
    m_trail->setRange(2, 10000);
    m_trail->setToolTip(tr("How many of the newest points the trail shows"));
    QHBoxLayout *layout = pageLayout(page);
    layout->addWidget(new QLabel(tr("X:"), page));
    layout->addWidget(m_x);
    layout->addWidget(new QLabel(tr("Y:"), page));
    layout->addWidget(m_y);
    layout->addWidget(new QLabel(tr("Trail:"), page));
    layout->addWidget(m_trail);
    layout->addStretch(1); // packed to the left, whatever the widest page
    connect(m_x, &QComboBox::activated, this, [this] {
        m_settings.xSeries = refAt(m_x);
        changed();
    });
    connect(m_y, &QComboBox::activated, this, [this] {
        m_settings.ySeries = refAt(m_y);
        changed();
    });
    connect(m_trail, &QSpinBox::valueChanged, this, [this](int points) {
        m_settings.trailLength = points;
        changed();
    });
    return page;
}

QWidget *PanelSettingsBar::histogramPage()
{
    auto *page = new QWidget(m_pages);
    m_bins = new QSpinBox(page);
    m_bins->setObjectName(QStringLiteral("binsSpin"));
    m_bins->setRange(0, 200);
    m_bins->setSpecialValueText(tr("Auto"));
    // Room for the word, which the spin box's own size hint leaves out.
    m_bins->setMinimumWidth(m_bins->fontMetrics().horizontalAdvance(tr("Auto")) + 48);
    m_bins->setToolTip(tr("Auto: Freedman-Diaconis, or Sturges when the values hardly spread"));
    QHBoxLayout *layout = pageLayout(page);
    layout->addWidget(new QLabel(tr("Bins:"), page));
    layout->addWidget(m_bins);
    layout->addStretch(1); // packed to the left, whatever the widest page
    connect(m_bins, &QSpinBox::valueChanged, this, [this](int bins) {
        m_settings.histogramBins = bins;
        changed();
    });
    return page;
}

QWidget *PanelSettingsBar::gaugePage()
{
    auto *page = new QWidget(m_pages);
    m_gaugeAuto = new QCheckBox(tr("Auto range"), page);
    m_gaugeAuto->setObjectName(QStringLiteral("gaugeAutoCheck"));
    m_gaugeMin = new QDoubleSpinBox(page);
    m_gaugeMin->setObjectName(QStringLiteral("gaugeMinSpin"));
    m_gaugeMax = new QDoubleSpinBox(page);
    m_gaugeMax->setObjectName(QStringLiteral("gaugeMaxSpin"));
    for (QDoubleSpinBox *spin : { m_gaugeMin, m_gaugeMax }) {
        spin->setRange(-DBL_MAX, DBL_MAX);
        spin->setDecimals(4);
    }
    QHBoxLayout *layout = pageLayout(page);
    layout->addWidget(m_gaugeAuto);
    layout->addWidget(new QLabel(tr("Min:"), page));
    layout->addWidget(m_gaugeMin);
    layout->addWidget(new QLabel(tr("Max:"), page));
    layout->addWidget(m_gaugeMax);
    layout->addStretch(1); // packed to the left, whatever the widest page
    connect(m_gaugeAuto, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.gaugeAuto = on;
        m_gaugeMin->setEnabled(!on);
        m_gaugeMax->setEnabled(!on);
        changed();
    });
    connect(m_gaugeMin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_settings.gaugeMin = v;
        changed();
    });
    connect(m_gaugeMax, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_settings.gaugeMax = v;
        changed();
    });
    return page;
}

void PanelSettingsBar::setSettings(const PanelSettings &settings)
{
    m_settings = settings;
    showSettings();
}

void PanelSettingsBar::showSettings()
{
    m_showing = true;
    using Kind = PanelSettings::Kind;
    const Kind kind = m_settings.kind;
    m_pages->setCurrentIndex(kind == Kind::Candles         ? Candles
                                 : kind == Kind::XY        ? XY
                                 : kind == Kind::Histogram ? Histogram
                                 : kind == Kind::Gauge     ? Gauge
                                                           : None);
    setVisible(m_pages->currentIndex() != None);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(m_settings.candleIntervalMs)));
    m_trail->setValue(m_settings.trailLength);
    m_bins->setValue(m_settings.histogramBins);
    m_gaugeAuto->setChecked(m_settings.gaugeAuto);
    m_gaugeMin->setValue(m_settings.gaugeMin);
    m_gaugeMax->setValue(m_settings.gaugeMax);
    m_gaugeMin->setEnabled(!m_settings.gaugeAuto);
    m_gaugeMax->setEnabled(!m_settings.gaugeAuto);
    m_showing = false;
    refreshChoices();
}

void PanelSettingsBar::refreshChoices()
{
    m_showing = true;
    QStringList fields;
    for (int id : m_store.seriesIds()) {
        if (!fields.contains(m_store.info(id).field))
            fields << m_store.info(id).field;
    }
    if (!m_settings.volumeField.isEmpty() && !fields.contains(m_settings.volumeField))
        fields << m_settings.volumeField; // named by the layout, not discovered yet
    fields.sort();
    m_volume->clear();
    m_volume->addItem(tr("None"), QString());
    for (const QString &field : fields)
        m_volume->addItem(field, field);
    m_volume->setCurrentIndex(std::max(0, m_volume->findData(m_settings.volumeField)));
    fillSeriesCombo(m_x, m_settings.xSeries);
    fillSeriesCombo(m_y, m_settings.ySeries);
    m_showing = false;
}

// Each series by name; first "the chart's checked series", and a series the layout names
// that is not discovered yet.
void PanelSettingsBar::fillSeriesCombo(QComboBox *combo, const PanelSettings::SeriesRef &chosen)
{
    combo->clear();
    combo->addItem(combo == m_x ? tr("1st checked series") : tr("2nd checked series"),
                   QStringList());
    bool found = chosen.isEmpty();
    for (int id : m_store.seriesIds()) {
        const SeriesInfo &info = m_store.info(id);
        combo->addItem(info.displayName(), QStringList { info.feed, info.key, info.field });
        found = found || PanelSettings::SeriesRef { info.feed, info.key, info.field } == chosen;
    }
    if (!found) {
        SeriesInfo named;
        named.feed = chosen.feed;
        named.key = chosen.key;
        named.field = chosen.field;
        combo->addItem(named.displayName(), QStringList { chosen.feed, chosen.key, chosen.field });
    }
    const QStringList wanted
        = chosen.isEmpty() ? QStringList() : QStringList { chosen.feed, chosen.key, chosen.field };
    combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
}

PanelSettings::SeriesRef PanelSettingsBar::refAt(const QComboBox *combo) const
{
    const QStringList parts = combo->currentData().toStringList();
    if (parts.size() != 3)
        return {};
    return { parts.at(0), parts.at(1), parts.at(2) };
}

void PanelSettingsBar::changed()
{
    if (!m_showing)
        Q_EMIT settingsChanged(m_settings);
}
