#include "service/seriesselection.h"

#include "model/ingestbatch.h"
#include "service/servicesnapshot.h"

#include <algorithm>

bool globMatches(QStringView pattern, QStringView text)
{
    // Iterative wildcard match with one backtrack point: linear for the usual patterns.
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])
            && pattern[p] != QLatin1Char('*')) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            resume = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

std::optional<SeriesPattern> SeriesPattern::parse(const QString &text, QString *error)
{
    const qsizetype first = text.indexOf(QLatin1Char('/'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('/'), first + 1);
    if (second < 0 || first == 0 || second + 1 >= text.size()) {
        *error = QStringLiteral("expected FEED/KEY/FIELD (globs with * and ?), e.g. ticks/*//p");
        return std::nullopt;
    }
    SeriesPattern pattern;
    pattern.feed = text.left(first);
    pattern.key = text.mid(first + 1, second - first - 1);
    pattern.field = text.mid(second + 1);
    return pattern;
}

bool SeriesPattern::matches(const SeriesInfo &info) const
{
    if (!globMatches(feed, info.feed) || !globMatches(key, info.key))
        return false;
    if (globMatches(field, info.field))
        return true;
    // "p" names the pointer "/p" too: users need not double the slash.
    return info.field.startsWith(QLatin1Char('/'))
        && globMatches(field, QStringView(info.field).mid(1));
}

SeriesSelection::SeriesSelection(QList<SeriesPattern> patterns, int cap)
    : m_patterns(std::move(patterns))
    , m_cap(cap)
{ }

void SeriesSelection::addBatch(const IngestBatch &batch)
{
    if (m_patterns.isEmpty())
        return;
    for (const SeriesInfo &info : batch.newSeries) {
        if (info.id < 0)
            continue;
        if (size_t(info.id) >= m_slotBySeriesId.size())
            m_slotBySeriesId.resize(size_t(info.id) + 1, -1);
        const bool wanted
            = std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                          [&info](const SeriesPattern &p) { return p.matches(info); });
        if (!wanted)
            continue;
        const QByteArray labels = "{feed=" + ServiceFormat::labelValue(info.feed)
            + ",key=" + ServiceFormat::labelValue(info.key)
            + ",field=" + ServiceFormat::labelValue(info.field) + '}';
        // A feed restarted by a reload registers its series again under new ids: they take
        // the old slot, so a scrape never shows one series twice (rare: a linear search).
        const auto same = std::find_if(m_values.cbegin(), m_values.cend(),
                                       [&labels](const Value &v) { return v.labels == labels; });
        if (same != m_values.cend()) {
            m_slotBySeriesId[size_t(info.id)] = int(same - m_values.cbegin());
            continue;
        }
        if (int(m_values.size()) >= m_cap) {
            ++m_refused;
            continue;
        }
        m_slotBySeriesId[size_t(info.id)] = int(m_values.size());
        m_values.push_back(Value { info, 0.0, 0.0, false, labels });
    }
    for (const SamplePoint &sample : batch.samples) {
        if (sample.seriesId < 0 || size_t(sample.seriesId) >= m_slotBySeriesId.size())
            continue;
        const int slot = m_slotBySeriesId[size_t(sample.seriesId)];
        if (slot < 0)
            continue;
        Value &value = m_values[size_t(slot)];
        value.value = sample.value;
        value.timeMs = sample.timeMs;
        value.hasValue = true;
    }
}
