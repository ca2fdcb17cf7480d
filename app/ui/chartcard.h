#pragma once

#include "panels/panelsettings.h"

#include <QFrame>

#include <utility>
#include <vector>

class ChartPanel;
class PanelSettingsBar;
class PanelView;
struct ChartMarks;
class SeriesStore;
class QComboBox;
class QStackedWidget;
class QLabel;
class QToolButton;

// One chart of the charts area: a header (title, kind, time window, pause, reset zoom, close)
// and the kind's settings over its picture: the line chart (ChartPanel), or a PanelView of
// another kind (candles, XY, stat tiles, gauge, histogram) fed with the series checked in the
// ChartPanel, which keeps the card's series whatever its kind. A click anywhere in it makes it
// the active chart, the one the series list edits. GUI thread; owned by the ChartsArea's
// splitter.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const SeriesStore &store, int number, QWidget *parent = nullptr);

    // The windows offered everywhere (chart headers and the View menu): label and ms, 0 = all.
    static std::vector<std::pair<QString, qint64>> windowChoices();

    ChartPanel *panel() const { return m_panel; }
    // The picture of a kind other than Line; null for Line.
    PanelView *view() const { return m_view; }
    static QString kindLabel(PanelSettings::Kind kind);
    PanelSettings::Kind kind() const { return m_settings.kind; }
    const PanelSettings &settings() const { return m_settings; }
    // Switches kind and settings (the kind selector and settings row follow).
    void setSettings(const PanelSettings &settings);
    void setKind(PanelSettings::Kind kind);
    // One render tick of whichever picture is shown.
    void render(const std::vector<int> &dirtyIds);
    void setDarkTheme(bool dark);
    void setChartMarks(const ChartMarks *marks);
    QString title() const;
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setWindowMs(qint64 ms);
    void setClosable(bool closable);

Q_SIGNALS:
    void activated();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void onWindowChosen(int index);
    void showView();

    const SeriesStore &m_store;
    ChartPanel *m_panel = nullptr;
    QStackedWidget *m_stack = nullptr;
    PanelView *m_view = nullptr; // owned by m_stack
    PanelSettingsBar *m_settingsBar = nullptr;
    QComboBox *m_kind = nullptr;
    PanelSettings m_settings;
    const ChartMarks *m_marks = nullptr;
    int m_knownSeries = 0; // the store's series count when the settings' choices were filled
    QLabel *m_title = nullptr;
    QComboBox *m_window = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_resetZoom = nullptr;
    QToolButton *m_close = nullptr;
    bool m_active = false;
};
