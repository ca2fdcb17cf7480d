#pragma once

#include "decode/decodeconfig.h"
#include "model/rawframe.h"
#include "profiles/feedspec.h"

#include <QHash>
#include <QWidget>

#include <vector>

class RawFramesModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTableWidget;
class QToolButton;

// The message inspector dock: the last frames of a feed as received; selecting one shows it
// pretty-printed (JSON indented, binary as hex) beside the samples, log records and errors
// it decodes to with the feed's decode settings. Decoding happens only on selection, so
// the ingest path pays nothing for it. The selection follows its frame (not its row) while
// frames arrive and drop out, and "Pause list" holds the list still while the feed goes on.
// GUI thread; owned by its dock.
class MessageInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageInspector)

public:
    explicit MessageInspector(QWidget *parent = nullptr);

    void addFrames(const std::vector<RawFrame> &frames);
    // Decode settings by feed; feeds not listed decode with automatic discovery.
    void setFeedSpecs(const QList<FeedSpec> &specs);
    // Forgets the frames and feeds of the previous session.
    void clear();

    RawFramesModel *model() const { return m_model; }
    QTableView *frameView() const { return m_frames; }
    QString prettyText() const;
    QTableWidget *decodedTable() const { return m_decoded; }
    void selectFrame(int row);
    // Selects the listed frame received nearest `timeUs` (a click on a chart); its row, or
    // -1 when none is listed.
    int selectNearest(qint64 timeUs);
    QToolButton *pauseButton() const { return m_pause; }

Q_SIGNALS:
    // The user clicked a frame: its receive time, for the charts' time cursor.
    void frameActivated(qint64 receiveUs);

private:
    void onCurrentRowChanged(int row);
    void showFrame(int row);
    void showDecoded(const RawFrame &frame);
    // Where the list stands before rows shift: the frame to keep in place on screen (the
    // selected one when visible, else the top row), or the newest when scrolled to the end.
    struct Anchor
    {
        qint64 frameId = -1;
        int y = 0;
        bool atBottom = false;
    };
    Anchor anchor() const;
    // Reselects the selected frame at its new row (or notes it dropped out) and scrolls so
    // the anchor stays where it was.
    void restore(const Anchor &anchor);

    RawFramesModel *m_model = nullptr;
    QComboBox *m_feed = nullptr;
    QTableView *m_frames = nullptr;
    QPlainTextEdit *m_pretty = nullptr;
    QTableWidget *m_decoded = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_gone = nullptr;
    QToolButton *m_pause = nullptr;
    QHash<QString, DecodeConfig> m_configs;
    qint64 m_selectedId = -1; // frameId of the frame shown in the details, -1 for none
    bool m_adding = false; // rows shift: the view's current-row changes are not the user's
};
