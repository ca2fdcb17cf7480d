#pragma once

#include "model/rawframe.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>
#include <vector>

// The newest raw frames of each feed (at most capacity() per feed), showing one feed at a
// time: Time, Size, Preview. New frames of the shown feed are appended and the oldest removed
// in one insertion and one removal per call. Each frame has a sequence number of its feed
// (frameId) that stays with it while rows shift, so a selection can follow the frame. While
// paused, the shown rows hold still and new frames wait (bounded) until resumed. GUI thread;
// owned by the MessageInspector.
class RawFramesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawFramesModel)

public:
    enum Column { TimeColumn, SizeColumn, PreviewColumn, ColumnCount };

    explicit RawFramesModel(qsizetype capacityPerFeed = 200, QObject *parent = nullptr);

    void addFrames(const std::vector<RawFrame> &frames);
    // Forgets every feed and frame (the window switched sessions).
    void clear();
    QString currentFeed() const { return m_current; }
    void setCurrentFeed(const QString &feed);
    QStringList feeds() const;
    qsizetype capacity() const { return m_capacity; }
    const RawFrame &frame(int row) const;
    // The frame's number within its feed; rowOf() finds it again, -1 once it has dropped out.
    quint64 frameId(int row) const;
    int rowOf(quint64 frameId) const;
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void feedAdded(const QString &feed);

private:
    struct FeedFrames
    {
        std::deque<RawFrame> frames;
        quint64 firstId = 0; // frameId of frames.front()
        std::deque<RawFrame> held; // the shown feed's frames that arrived while paused
        quint64 heldDropped = 0; // frames that did not fit in `held`: they take ids too
    };
    void appendToCurrent(const std::vector<const RawFrame *> &added);
    // Moves what a feed held while paused into its frames, ids in arrival order.
    static void releaseHeld(FeedFrames &feed, qsizetype capacity);
    static void push(std::deque<RawFrame> &frames, const RawFrame &frame, qsizetype capacity,
                     quint64 *firstId);

    qsizetype m_capacity;
    QHash<QString, FeedFrames> m_frames;
    QStringList m_feeds; // in the order they first sent a frame
    QString m_current;
    bool m_paused = false;
};
