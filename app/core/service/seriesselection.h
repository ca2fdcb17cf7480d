#pragma once

#include "model/seriesinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

struct IngestBatch;

// One --metrics-series pattern: FEED/KEY/FIELD, each part a glob (* and ?). FIELD is the rest
// after the second slash, so "ticks/*//p" and "ticks/*/p" both name the field /p.
struct SeriesPattern
{
    QString feed;
    QString key;
    QString field;

    static std::optional<SeriesPattern> parse(const QString &text, QString *error);
    bool matches(const SeriesInfo &info) const;
};

// `*` any run of characters (slashes included), `?` one character; everything else literal.
bool globMatches(QStringView pattern, QStringView text);

// The latest value of each series chosen by the patterns, for /metrics. Fed every IngestBatch
// on the engine's thread (headless: the main thread); per sample one vector lookup, no
// allocation. At most `cap` series are kept: later matches are counted in refused(), so a glob
// over thousands of keys cannot blow up a scrape. Owned by the service.
class SeriesSelection final
{
public:
    static constexpr int kDefaultCap = 1000;

    struct Value
    {
        SeriesInfo info;
        double value = 0.0;
        double timeMs = 0.0;
        bool hasValue = false;
        QByteArray labels; // {feed="..",key="..",field=".."}, escaped once, not per scrape
    };

    explicit SeriesSelection(QList<SeriesPattern> patterns, int cap = kDefaultCap);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    void addBatch(const IngestBatch &batch);
    const std::vector<Value> &values() const { return m_values; }
    quint64 refused() const { return m_refused; }
    int cap() const { return m_cap; }

private:
    QList<SeriesPattern> m_patterns;
    int m_cap;
    std::vector<int> m_slotBySeriesId; // -1: not selected
    std::vector<Value> m_values;
    quint64 m_refused = 0;
};
