#include "rawframesmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace {
constexpr int kPreviewChars = 160;
}

RawFramesModel::RawFramesModel(qsizetype capacityPerFeed, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max<qsizetype>(1, capacityPerFeed))
{ }

void RawFramesModel::addFrames(const std::vector<RawFrame> &frames)
{
    std::vector<const RawFrame *> forCurrent;
    for (const RawFrame &frame : frames) {
        if (!m_frames.contains(frame.feed)) {
            m_feeds << frame.feed;
            m_frames.insert(frame.feed, {});
            Q_EMIT feedAdded(frame.feed);
        }
        FeedFrames &kept = m_frames[frame.feed];
        if (frame.feed == m_current && m_paused) {
            kept.held.push_back(frame);
            if (qsizetype(kept.held.size()) > m_capacity) {
                kept.held.pop_front();
                ++kept.heldDropped;
            }
        } else if (frame.feed == m_current) {
            forCurrent.push_back(&frame);
        } else {
            push(kept.frames, frame, m_capacity, &kept.firstId);
        }
    }
    if (!forCurrent.empty())
        appendToCurrent(forCurrent);
}

void RawFramesModel::push(std::deque<RawFrame> &frames, const RawFrame &frame, qsizetype capacity,
                          quint64 *firstId)
{
    frames.push_back(frame);
    if (qsizetype(frames.size()) > capacity) {
        frames.pop_front();
        ++*firstId;
    }
}

void RawFramesModel::appendToCurrent(const std::vector<const RawFrame *> &added)
{
    FeedFrames &feed = m_frames[m_current];
    std::deque<RawFrame> &kept = feed.frames;
    const auto incoming = qsizetype(std::min<size_t>(added.size(), size_t(m_capacity)));
    const qsizetype overflow = qsizetype(kept.size()) + incoming - m_capacity;
    if (overflow > 0) { // at most kept.size(), as incoming is at most the capacity
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        kept.erase(kept.begin(), kept.begin() + overflow);
        feed.firstId += quint64(overflow);
        endRemoveRows();
    }
    // More than the capacity at once: all old rows went, and the frames skipped here still
    // take their numbers, so ids stay in arrival order.
    if (qsizetype(added.size()) > incoming)
        feed.firstId += quint64(qsizetype(added.size()) - incoming);
    const int first = int(kept.size());
    beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
    for (auto it = added.end() - incoming; it != added.end(); ++it)
        kept.push_back(**it);
    endInsertRows();
}

void RawFramesModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused || !m_frames.contains(m_current))
        return;
    FeedFrames &feed = m_frames[m_current];
    std::deque<RawFrame> held;
    held.swap(feed.held);
    std::vector<const RawFrame *> added;
    added.reserve(held.size());
    for (const RawFrame &frame : held)
        added.push_back(&frame);
    if (!added.empty())
        appendToCurrent(added);
    // Frames dropped while waiting mean `held` was full, so every row is new: the ids can
    // jump past the dropped ones.
    feed.firstId += std::exchange(feed.heldDropped, 0);
}

void RawFramesModel::releaseHeld(FeedFrames &feed, qsizetype capacity)
{
    for (const RawFrame &frame : feed.held)
        push(feed.frames, frame, capacity, &feed.firstId);
    feed.held.clear();
    feed.firstId += std::exchange(feed.heldDropped, 0);
}

quint64 RawFramesModel::frameId(int row) const
{
    return m_frames.find(m_current)->firstId + quint64(row);
}

int RawFramesModel::rowOf(quint64 frameId) const
{
    const auto it = m_frames.find(m_current);
    if (it == m_frames.end() || frameId < it->firstId)
        return -1;
    const quint64 row = frameId - it->firstId;
    return row < it->frames.size() ? int(row) : -1;
}

void RawFramesModel::setCurrentFeed(const QString &feed)
{
    if (feed == m_current)
        return;
    beginResetModel();
    // Frames the old feed held while paused join its list, unseen until it is shown again.
    const auto old = m_frames.find(m_current);
    if (old != m_frames.end())
        releaseHeld(*old, m_capacity);
    m_current = feed;
    endResetModel();
}

QStringList RawFramesModel::feeds() const
{
    return m_feeds;
}

const RawFrame &RawFramesModel::frame(int row) const
{
    return m_frames.find(m_current)->frames.at(size_t(row));
}

int RawFramesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const auto it = m_frames.find(m_current);
    return it == m_frames.end() ? 0 : int(it->frames.size());
}

int RawFramesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RawFramesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return QVariant();
    const RawFrame &f = frame(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(f.receiveUs / 1000)
            .toString(QStringLiteral("hh:mm:ss.zzz"));
    case SizeColumn:
        return QLocale().formattedDataSize(f.data.size());
    case PreviewColumn:
        if (f.binary)
            return tr("binary: %1")
                .arg(QString::fromLatin1(f.data.left(kPreviewChars / 3).toHex(' ')));
        return QString::fromUtf8(f.data.left(kPreviewChars)).simplified();
    }
    return QVariant();
}

QVariant RawFramesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Frame");
    }
    return QVariant();
}

void RawFramesModel::clear()
{
    beginResetModel();
    m_frames.clear();
    m_feeds.clear();
    m_current.clear();
    endResetModel();
}
