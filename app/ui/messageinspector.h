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

// The message inspector dock: the last frames of a feed as received; selecting one shows it
// pretty-printed (JSON indented, binary as hex) beside the samples, log records and errors
// it decodes to with the feed's decode settings. Decoding happens only on selection, so
// the ingest path pays nothing for it. GUI thread; owned by its dock.
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

private:
    void showFrame(int row);
    void showDecoded(const RawFrame &frame);

    RawFramesModel *m_model = nullptr;
    QComboBox *m_feed = nullptr;
    QTableView *m_frames = nullptr;
    QPlainTextEdit *m_pretty = nullptr;
    QTableWidget *m_decoded = nullptr;
    QLabel *m_errors = nullptr;
    QHash<QString, DecodeConfig> m_configs;
};
