#include "serieslist.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
const QString kPriceField = QStringLiteral("/price");

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    }
    return QIcon(pixmap);
}
} // namespace

SeriesList::SeriesList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("seriesList"));
    setColumnCount(1);
    setHeaderLabels({ tr("Series") });
    header()->setSectionResizeMode(QHeaderView::Stretch);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    header()->setSortIndicatorShown(false); // always sorted by name; no control to offer
    connect(this, &QTreeWidget::itemChanged, this, &SeriesList::onItemChanged);
}

void SeriesList::addSeries(const SeriesInfo &info)
{
    if (m_items.contains(info.id))
        return;
    // feed > key > field, or feed > field for a feed without keys.
    QTreeWidgetItem *parent
        = info.key.isEmpty() ? feedItem(info.feed) : keyItem(info.feed, info.key);
    QTreeWidgetItem *item = nullptr;
    {
        const QSignalBlocker blocker(this); // no itemChanged for the initial unchecked state
        item = new QTreeWidgetItem(parent, { info.field });
        item->setData(0, kIdRole, info.id);
        item->setToolTip(0, info.displayName());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemNeverHasChildren);
        item->setCheckState(0, Qt::Unchecked);
        item->setIcon(0, swatch(QColor()));
    }
    m_items.insert(info.id, item);
    applyFilter(item);
    if (m_defaultRule) {
        m_applyingDefault = true;
        applyDefaultRule(info, item);
        m_applyingDefault = false;
    }
}

// Default rule: the /price field of each key is shown; a feed without /price shows the first
// field of each key. Since fields are discovered one by one, a key that first showed another
// field switches to /price when it appears, unless the user has touched either check box.
void SeriesList::applyDefaultRule(const SeriesInfo &info, QTreeWidgetItem *item)
{
    const QString keyName = info.feed + QChar(0x1f) + info.key;
    const bool isPrice = info.field == kPriceField;
    auto known = m_keyDefaults.find(keyName);
    if (known == m_keyDefaults.end()) {
        if (m_defaultChecked >= kMaxDefaultChecked)
            return;
        m_keyDefaults.insert(keyName, KeyDefault { info.id, isPrice });
        ++m_defaultChecked;
        setSeriesChecked(info.id, true);
        return;
    }
    if (!isPrice || known->isPrice || m_userTouched.contains(known->id))
        return;
    const int previous = known->id;
    *known = KeyDefault { info.id, true };
    // Said even when its box shows unchecked: the list shows the active chart, and the
    // default layout may have put the previous series on another one.
    if (QTreeWidgetItem *old = m_items.value(previous)) {
        m_updating = true;
        old->setCheckState(0, Qt::Unchecked);
        m_updating = false;
    }
    Q_EMIT seriesToggled(previous, false);
    setSeriesChecked(info.id, true);
}

bool SeriesList::isSeriesChecked(int id) const
{
    const QTreeWidgetItem *item = m_items.value(id);
    return item && item->checkState(0) == Qt::Checked;
}

void SeriesList::setSeriesChecked(int id, bool checked)
{
    QTreeWidgetItem *item = m_items.value(id);
    if (!item || isSeriesChecked(id) == checked)
        return;
    m_updating = true;
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    Q_EMIT seriesToggled(id, checked);
}

void SeriesList::setSeriesColor(int id, const QColor &color)
{
    if (QTreeWidgetItem *item = m_items.value(id)) {
        const QSignalBlocker blocker(this); // an icon is not a check change
        item->setIcon(0, swatch(color));
    }
}

void SeriesList::showChartSeries(const QHash<int, QColor> &colors)
{
    const QSignalBlocker blocker(this);
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const QColor color = colors.value(it.key());
        it.value()->setCheckState(0, colors.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        it.value()->setIcon(0, swatch(color));
    }
}

void SeriesList::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    for (QTreeWidgetItem *item : std::as_const(m_items))
        applyFilter(item);
}

void SeriesList::applyFilter(QTreeWidgetItem *item)
{
    // The tooltip is the full name (feed key field): a search may name any part of it.
    const bool match
        = m_filter.isEmpty() || item->toolTip(0).contains(m_filter, Qt::CaseInsensitive);
    item->setHidden(!match);
    // A group shows while any of its children does.
    for (QTreeWidgetItem *group = item->parent(); group; group = group->parent()) {
        bool anyShown = false;
        for (int i = 0; i < group->childCount() && !anyShown; ++i)
            anyShown = !group->child(i)->isHidden();
        group->setHidden(!anyShown);
    }
}

QTreeWidgetItem *SeriesList::keyItem(const QString &feed, const QString &key)
{
    QTreeWidgetItem *&item = m_keys[feed + QChar(0x1f) + key];
    if (!item) {
        const QSignalBlocker blocker(this);
        item = new QTreeWidgetItem(feedItem(feed), { key });
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        item->setToolTip(0, feed + QLatin1Char(' ') + key);
    }
    return item;
}

QTreeWidgetItem *SeriesList::feedItem(const QString &feed)
{
    QTreeWidgetItem *&item = m_feeds[feed];
    if (!item) {
        const QSignalBlocker blocker(this);
        item = new QTreeWidgetItem(this, { feed });
        item->setFlags(Qt::ItemIsEnabled);
        item->setToolTip(0, feed);
        item->setExpanded(true);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
    }
    return item;
}

void SeriesList::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0)
        return;
    const QVariant id = item->data(0, kIdRole);
    if (!id.isValid())
        return;
    m_userTouched.insert(id.toInt());
    Q_EMIT seriesToggled(id.toInt(), item->checkState(0) == Qt::Checked);
}

void SeriesList::clearSeries()
{
    m_updating = true;
    clear();
    m_updating = false;
    m_items.clear();
    m_feeds.clear();
    m_keys.clear();
    m_keyDefaults.clear();
    m_userTouched.clear();
    m_defaultChecked = 0;
}
