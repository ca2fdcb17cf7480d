#pragma once

#include "model/seriesinfo.h"

#include <QHash>
#include <QSet>
#include <QTreeWidget>

// The discovered series, grouped by feed and key, each with a check box that shows or hides it on
// the chart. New series are checked by a default rule (see serieslist.cpp), at most
// kMaxDefaultChecked of them. GUI thread; owned by the main window's splitter.
class SeriesList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesList)

public:
    static constexpr int kMaxDefaultChecked = 8;

    explicit SeriesList(QWidget *parent = nullptr);

    // Adds a series; emits seriesToggled(id, true) when the default rule checks it.
    void addSeries(const SeriesInfo &info);
    bool isSeriesChecked(int id) const;
    void setSeriesChecked(int id, bool checked);
    // Removes every series and feed (the window switched sessions).
    void clearSeries();
    // Shows the chart's colour of a series next to it; an invalid colour clears it.
    void setSeriesColor(int id, const QColor &color);
    // Shows which series a chart holds (the active chart changed): check boxes and colours
    // follow `colors` (id -> line colour), without emitting seriesToggled.
    void showChartSeries(const QHash<int, QColor> &colors);
    // Hides series whose feed, key or field does not contain `text` (case-insensitive).
    void setFilterText(const QString &text);
    // Off once a saved layout decides what is shown.
    void setDefaultRuleEnabled(bool enabled) { m_defaultRule = enabled; }
    // True while seriesToggled comes from the default rule rather than from the user: the
    // window lays such series out by field instead of adding them to the active chart.
    bool isApplyingDefault() const { return m_applyingDefault; }

Q_SIGNALS:
    void seriesToggled(int id, bool checked);

private:
    struct KeyDefault
    {
        int id = -1; // the series checked for this (feed, key) by the default rule
        bool isPrice = false; // chosen because it is /price
    };
    QTreeWidgetItem *feedItem(const QString &feed);
    QTreeWidgetItem *keyItem(const QString &feed, const QString &key);
    void applyDefaultRule(const SeriesInfo &info, QTreeWidgetItem *item);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void applyFilter(QTreeWidgetItem *item);

    QHash<int, QTreeWidgetItem *> m_items;
    QHash<QString, QTreeWidgetItem *> m_feeds;
    QHash<QString, QTreeWidgetItem *> m_keys; // by feed + key
    QHash<QString, KeyDefault> m_keyDefaults; // by feed + key
    QSet<int> m_userTouched; // ids the user checked or unchecked
    int m_defaultChecked = 0;
    bool m_updating = false; // true while the list itself changes check states
    bool m_defaultRule = true;
    bool m_applyingDefault = false;
    QString m_filter;
};
