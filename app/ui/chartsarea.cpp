#include "chartsarea.h"

#include "chartcard.h"
#include "chartpanel.h"

#include "store/seriesstore.h"

#include <QJsonArray>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kCharts = QStringLiteral("charts");
const QString kSeries = QStringLiteral("series");
const QString kWindowMs = QStringLiteral("windowMs");
const QString kSizes = QStringLiteral("sizes");
const QString kActive = QStringLiteral("active");
const QString kFeed = QStringLiteral("feed");
const QString kKey = QStringLiteral("key");
const QString kField = QStringLiteral("field");
} // namespace

ChartsArea::ChartsArea(const SeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_splitter->setObjectName(QStringLiteral("chartSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

ChartCard *ChartsArea::addChart()
{
    ChartCard *card = createCard();
    setActiveCard(card);
    return card;
}

ChartCard *ChartsArea::createCard()
{
    auto *card = new ChartCard(m_store, ++m_created);
    card->setDarkTheme(m_dark);
    card->panel()->setFeedOutages(m_outages);
    card->panel()->setRawSource(m_rawSource);
    card->setChartMarks(m_marks);
    connect(card->panel(), &ChartPanel::timeClicked, this, &ChartsArea::timeClicked);
    connect(card->panel(), &ChartPanel::markerRequested, this, &ChartsArea::markerRequested);
    connect(card->panel(), &ChartPanel::alertRequested, this, &ChartsArea::alertRequested);
    connect(card->panel(), &ChartPanel::deriveRequested, this, &ChartsArea::deriveRequested);
    m_splitter->addWidget(card);
    m_cards.push_back(card);
    connect(card, &ChartCard::activated, this, [this, card] { setActiveCard(card); });
    connect(card, &ChartCard::closeRequested, this, [this, card] { removeChart(card); });
    // Equal shares: a new chart should not appear as a sliver.
    m_splitter->setSizes(QList<int>(m_splitter->count(), 1000));
    updateClosable();
    return card;
}

ChartCard *ChartsArea::chartForField(const QString &field)
{
    ChartCard *empty = nullptr;
    for (ChartCard *card : m_cards) {
        const std::vector<int> ids = card->panel()->visibleSeriesIds();
        if (std::any_of(ids.begin(), ids.end(),
                        [&](int id) { return m_store.info(id).field == field; })
            || std::any_of(m_pending.begin(), m_pending.end(),
                           [&](const Pending &p) { return p.card == card && p.field == field; }))
            return card;
        // A chart showing nothing is free, even if it waits for series of another session.
        if (!empty && ids.empty())
            empty = card;
    }
    return empty ? empty : createCard();
}

void ChartsArea::setFeedOutages(const FeedOutages *outages)
{
    m_outages = outages;
    for (ChartCard *card : m_cards)
        card->panel()->setFeedOutages(outages);
}

void ChartsArea::setChartMarks(const ChartMarks *marks)
{
    m_marks = marks;
    for (ChartCard *card : m_cards)
        card->setChartMarks(marks);
}

void ChartsArea::showTime(double timeMs)
{
    for (ChartCard *card : m_cards)
        card->panel()->showTime(timeMs);
}

void ChartsArea::setRawSource(const ChartPanel::RawSource &source)
{
    m_rawSource = source;
    for (ChartCard *card : m_cards)
        card->panel()->setRawSource(source);
}

void ChartsArea::rawSamplesArrived()
{
    for (ChartCard *card : m_cards)
        card->panel()->rawSamplesArrived();
}

void ChartsArea::removeChart(ChartCard *card)
{
    const auto it = std::find(m_cards.begin(), m_cards.end(), card);
    if (it == m_cards.end() || m_cards.size() == 1)
        return; // the last chart stays: an empty area would be a dead end
    m_cards.erase(it);
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [card](const Pending &p) { return p.card == card; }),
                    m_pending.end());
    // Out of the splitter now; deleted later, since this may run inside the card's own
    // close button's click.
    card->hide();
    card->setParent(nullptr);
    card->deleteLater();
    if (m_active == card) {
        m_active = nullptr;
        setActiveCard(m_cards.back());
    }
    updateClosable();
}

ChartPanel *ChartsArea::activePanel() const
{
    return m_active ? m_active->panel() : nullptr;
}

void ChartsArea::setActiveCard(ChartCard *card)
{
    if (card == m_active)
        return;
    for (ChartCard *other : m_cards)
        other->setActive(other == card);
    m_active = card;
    Q_EMIT activeChartChanged(activePanel());
}

void ChartsArea::render(const std::vector<int> &dirtyIds)
{
    for (ChartCard *card : m_cards)
        card->render(dirtyIds);
}

void ChartsArea::setDarkTheme(bool dark)
{
    m_dark = dark;
    for (ChartCard *card : m_cards)
        card->setDarkTheme(dark);
}

void ChartsArea::onSeriesAdded(const SeriesInfo &info)
{
    bool shown = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->feed == info.feed && it->key == info.key && it->field == info.field) {
            it->card->panel()->setSeriesVisible(info.id, true);
            shown = shown || it->card == m_active;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (shown)
        Q_EMIT activeChartChanged(activePanel());
}

QJsonObject ChartsArea::saveState() const
{
    QJsonArray charts;
    for (ChartCard *card : m_cards) {
        QJsonArray series;
        for (int id : card->panel()->visibleSeriesIds()) {
            const SeriesInfo &info = m_store.info(id);
            series.append(
                QJsonObject { { kFeed, info.feed }, { kKey, info.key }, { kField, info.field } });
        }
        // Series named but not yet discovered stay in the layout.
        for (const Pending &p : m_pending) {
            if (p.card == card)
                series.append(
                    QJsonObject { { kFeed, p.feed }, { kKey, p.key }, { kField, p.field } });
        }
        QJsonObject chart { { kSeries, series }, { kWindowMs, double(card->panel()->windowMs()) } };
        card->settings().writeTo(chart); // "kind" and each kind's settings
        charts.append(chart);
    }
    QJsonArray sizes;
    for (int size : m_splitter->sizes())
        sizes.append(size);
    const auto active = std::find(m_cards.begin(), m_cards.end(), m_active);
    return { { kCharts, charts }, { kSizes, sizes }, { kActive, int(active - m_cards.begin()) } };
}

void ChartsArea::reset()
{
    restoreState(
        { { kCharts,
            QJsonArray { QJsonObject { { kSeries, QJsonArray() }, { kWindowMs, 60000.0 } } } } });
}

bool ChartsArea::restoreState(const QJsonObject &state)
{
    const QJsonArray charts = state.value(kCharts).toArray();
    if (charts.isEmpty())
        return false;
    // Build the new charts first, then drop the old ones.
    const std::vector<ChartCard *> old = m_cards;
    m_pending.clear();
    m_created = 0;
    for (const QJsonValue &value : charts) {
        const QJsonObject chart = value.toObject();
        ChartCard *card = addChart();
        card->setWindowMs(qint64(chart.value(kWindowMs).toDouble(60000)));
        card->setSettings(PanelSettings::readFrom(chart)); // no "kind": a line chart
        for (const QJsonValue &entry : chart.value(kSeries).toArray()) {
            const QJsonObject s = entry.toObject();
            const QString feed = s.value(kFeed).toString();
            const QString key = s.value(kKey).toString();
            const QString field = s.value(kField).toString();
            const int id = m_store.find(feed, key, field);
            if (id >= 0)
                card->panel()->setSeriesVisible(id, true);
            else
                m_pending.push_back({ card, feed, key, field });
        }
    }
    for (ChartCard *card : old)
        removeChart(card);
    QList<int> sizes;
    for (const QJsonValue &size : state.value(kSizes).toArray())
        sizes << size.toInt();
    if (sizes.size() == m_splitter->count())
        m_splitter->setSizes(sizes);
    const int active = state.value(kActive).toInt(0);
    m_active = nullptr; // announce the active chart even if it did not change
    setActiveCard(m_cards.at(size_t(std::clamp(active, 0, chartCount() - 1))));
    return true;
}

void ChartsArea::updateClosable()
{
    for (ChartCard *card : m_cards)
        card->setClosable(m_cards.size() > 1);
}
