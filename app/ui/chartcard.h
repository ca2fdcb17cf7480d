#pragma once

#include <QFrame>

#include <utility>
#include <vector>

class ChartPanel;
class SeriesStore;
class QComboBox;
class QLabel;
class QToolButton;

// One chart of the charts area: a header (title, time window, pause, reset zoom, close) over
// a ChartPanel. A click anywhere in it makes it the active chart, the one the series list
// edits. GUI thread; owned by the ChartsArea's splitter.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const SeriesStore &store, int number, QWidget *parent = nullptr);

    // The windows offered everywhere (chart headers and the View menu): label and ms, 0 = all.
    static std::vector<std::pair<QString, qint64>> windowChoices();

    ChartPanel *panel() const { return m_panel; }
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

    ChartPanel *m_panel = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_window = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_resetZoom = nullptr;
    QToolButton *m_close = nullptr;
    bool m_active = false;
};
