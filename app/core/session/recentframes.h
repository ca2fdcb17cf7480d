#pragma once

#include "model/ingestbatch.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

// The last frames of one feed, for the message inspector: a fixed ring of buffers reused
// frame after frame, handed to the batch (shared, not copied) only at flush.
class RecentFrames final
{
public:
    void keep(const QByteArray &data, qint64 receiveUs, bool binary)
    {
        Slot &slot = m_ring[size_t(m_next)];
        slot.receiveUs = receiveUs;
        // Copied into the slot's own buffer, which keeps its capacity: sharing the caller's
        // array instead would make the next frame's write into it detach, an allocation per
        // frame. Only a slot handed to a batch (take) reallocates, once.
        slot.data.resize(data.size());
        if (!data.isEmpty())
            std::memcpy(slot.data.data(), data.constData(), size_t(data.size()));
        slot.binary = binary;
        m_next = (m_next + 1) % int(m_ring.size());
        m_new = std::min(m_new + 1, int(m_ring.size()));
    }

    // Appends the frames kept since the last take, oldest first.
    void take(const QString &feed, std::vector<RawFrame> &out)
    {
        const int size = int(m_ring.size());
        for (int i = m_new; i > 0; --i) {
            const Slot &slot = m_ring[size_t((m_next - i + size) % size)];
            out.push_back(RawFrame { feed, slot.receiveUs, slot.data, slot.binary });
        }
        m_new = 0;
    }

private:
    struct Slot
    {
        qint64 receiveUs = 0;
        QByteArray data;
        bool binary = false;
    };
    std::array<Slot, IngestBatch::kRawFramesPerFeed> m_ring;
    int m_next = 0; // slot the next frame goes to
    int m_new = 0; // frames since the last take, at most the ring's size
};
