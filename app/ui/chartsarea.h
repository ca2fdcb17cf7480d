#pragma once

#include "chartpanel.h"
#include "model/seriesinfo.h"

#include <QJsonObject>
#include <QWidget>

#include <vector>

class ChartCard;
class ChartPanel;
class FeedOutages;
struct ChartMarks;
class SeriesStore;
class QSplitter;

// As many charts as the user wants, stacked in a splitter; one of them is active (the one
// the series list and the View menu act on). Saves and restores its charts, their series,
// windows and sizes as JSON; series not yet discovered are shown once they appear.
// GUI thread; reads the SeriesStore, which must outlive it. Owned by the main window.
class ChartsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsArea)

public:
    explicit ChartsArea(const SeriesStore &store, QWidget *parent = nullptr);

    // Adds a chart and makes it the active one.
    ChartCard *addChart();
    // The chart for a series the default layout shows: the one already showing (or waiting
    // for) that field, else an empty one, else a new chart below; the active chart stays.
    ChartCard *chartForField(const QString &field);
    // Every chart, present and future, shades the outages recorded here (may be null).
    void setFeedOutages(const FeedOutages *outages);
    // Every chart, present and future, reads raw samples back from here when zoomed into a
    // stretch its buffer dropped (ChartPanel::setRawSource).
    void setRawSource(const ChartPanel::RawSource &source);
    // The raw source has read a stretch some chart waits for (ChartPanel::rawSamplesArrived).
    void rawSamplesArrived();
    // Every chart, present and future, draws these alert thresholds, markers and the time
    // cursor (may be null).
    void setChartMarks(const ChartMarks *marks);
    // Every chart brings this time into view (ChartPanel::showTime).
    void showTime(double timeMs);
    void removeChart(ChartCard *card);
    int chartCount() const { return int(m_cards.size()); }
    ChartCard *chart(int index) const { return m_cards.at(size_t(index)); }
    ChartCard *activeCard() const { return m_active; }
    ChartPanel *activePanel() const;
    void setActiveCard(ChartCard *card);

    void render(const std::vector<int> &dirtyIds);
    void setDarkTheme(bool dark);
    // Shows series that a restored layout named before they were discovered.
    void onSeriesAdded(const SeriesInfo &info);

    QJsonObject saveState() const;
    // Replaces every chart with the saved ones; false (and nothing changed) when malformed.
    bool restoreState(const QJsonObject &state);
    // One empty chart with the default window: where a session without a layout starts.
    void reset();

Q_SIGNALS:
    // The active chart changed, or the series shown in it changed.
    void activeChartChanged(ChartPanel *panel);
    // A chart's ChartPanel::timeClicked, markerRequested, alertRequested.
    void timeClicked(double timeMs);
    void markerRequested(double timeMs);
    void alertRequested(int seriesId, double value);
    void deriveRequested(int seriesId);

private:
    struct Pending
    {
        ChartCard *card;
        QString feed, key, field;
    };
    void updateClosable();
    ChartCard *createCard();

    const SeriesStore &m_store;
    QSplitter *m_splitter = nullptr;
    std::vector<ChartCard *> m_cards; // owned by the splitter
    std::vector<Pending> m_pending;
    ChartCard *m_active = nullptr;
    int m_created = 0; // numbers new charts
    bool m_dark = false;
    const FeedOutages *m_outages = nullptr;
    const ChartMarks *m_marks = nullptr;
    ChartPanel::RawSource m_rawSource;
};
