#pragma once

#include "decode/framedecoder.h"

#include <QHash>
#include <QString>

#include <array>
#include <utility>

// The series ids of one feed by (key, field). In front of the hash: a direct-mapped cache by
// the decoder's series hint (see DecodedSample), so a steady feed finds its series by
// comparing two integers and never hashes a string. A collision, an evicted intern slot or a
// sample without a hint only costs a trip through the hash, which never allocates on a hit.
class FeedSeriesIndex final
{
public:
    // The id of the sample's series. For a series not seen before it asks
    // `create(key, field)`, which returns the new id, or -1 to refuse it (a cap); refusals are
    // not remembered, so each refused sample comes back to `create` to be counted.
    template<typename Create> int idFor(const DecodedSample &sample, Create &&create)
    {
        if (sample.seriesHint < 0)
            return idFor(sample.key(), sample.field(), create);
        HintSlot &slot = m_hints[slotOf(sample.seriesHint)];
        if (slot.hint == sample.seriesHint)
            return slot.id;
        const int id = idFor(sample.key(), sample.field(), create);
        if (id >= 0)
            slot = HintSlot { sample.seriesHint, id };
        return id;
    }

    // A new decoder numbers its hints anew.
    void forgetHints() { m_hints.fill(HintSlot {}); }

private:
    template<typename Create> int idFor(const QString &key, const QString &field, Create &create)
    {
        const auto found = m_ids.constFind(std::make_pair(key, field));
        if (found != m_ids.constEnd())
            return found.value();
        const int id = create(key, field);
        if (id >= 0)
            m_ids.insert(std::make_pair(key, field), id);
        return id;
    }

    // Hints pack two serial numbers into one (see FastRecordDecoder): mix all of their bits
    // into the slot, or the series of one field under many keys would share a slot.
    size_t slotOf(qint64 hint) const
    {
        return size_t((quint64(hint) * 0x9E3779B97F4A7C15ULL) >> 56) % m_hints.size();
    }

    struct HintSlot
    {
        qint64 hint = -1;
        int id = -1;
    };
    std::array<HintSlot, 256> m_hints;
    QHash<std::pair<QString, QString>, int> m_ids;
};
