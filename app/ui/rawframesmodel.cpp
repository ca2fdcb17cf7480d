#include "rawframesmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

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
        if (frame.feed == m_current) {
            forCurrent.push_back(&frame);
            continue;
        }
        std::deque<RawFrame> &kept = m_frames[frame.feed];
        kept.push_back(frame);
        if (qsizetype(kept.size()) > m_capacity)
            kept.pop_front();
    }
    if (!forCurrent.empty())
        appendToCurrent(forCurrent);
}

void RawFramesModel::appendToCurrent(const std::vector<const RawFrame *> &added)
{
    std::deque<RawFrame> &kept = m_frames[m_current];
    const auto incoming = qsizetype(std::min<size_t>(added.size(), size_t(m_capacity)));
    const qsizetype overflow = qsizetype(kept.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        kept.erase(kept.begin(), kept.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(kept.size());
    beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
    for (auto it = added.end() - incoming; it != added.end(); ++it)
        kept.push_back(**it);
    endInsertRows();
}

void RawFramesModel::setCurrentFeed(const QString &feed)
{
    if (feed == m_current)
        return;
    beginResetModel();
    m_current = feed;
    endResetModel();
}

QStringList RawFramesModel::feeds() const
{
    return m_feeds;
}

const RawFrame &RawFramesModel::frame(int row) const
{
    return m_frames.find(m_current)->at(size_t(row));
}

int RawFramesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const auto it = m_frames.find(m_current);
    return it == m_frames.end() ? 0 : int(it->size());
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
            return tr("binary: %1").arg(QString::fromLatin1(f.data.left(kPreviewChars / 3).toHex(' ')));
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
