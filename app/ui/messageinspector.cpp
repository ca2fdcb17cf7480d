#include "messageinspector.h"

#include "rawframesmodel.h"

#include "decode/framedecoder.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <charconv>
#include <cstdlib>

namespace {
// Indented JSON; several NDJSON documents each; otherwise the text as it came.
QString prettyPrinted(const RawFrame &frame)
{
    if (frame.binary)
        return QString::fromLatin1(frame.data.toHex(' '));
    QStringList parts;
    for (const QByteArray &line : frame.data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isNull())
            return QString::fromUtf8(frame.data);
        parts << QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    }
    return parts.join(QLatin1Char('\n'));
}

// The records of a frame as the decoder walks them: each NDJSON document, then the record at
// `root` or each element of the batch there.
QList<QJsonValue> recordsOf(const QByteArray &data, const JsonPointer &root)
{
    QList<QJsonValue> records;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const QJsonValue at = root.resolve(document.isArray() ? QJsonValue(document.array())
                                                              : QJsonValue(document.object()));
        if (at.isArray()) {
            for (const QJsonValue &record : at.toArray())
                records << record;
        } else if (at.isObject()) {
            records << at;
        }
    }
    return records;
}

// A leaf as the frame wrote it: a string's own text ("37002.17" stays 37002.17), a number in
// its shortest exact form. Empty when the leaf is not a number or a numeric string.
QString leafText(const QJsonValue &leaf)
{
    if (leaf.isString()) {
        double number = 0.0;
        bool finite = false;
        return FrameDecoder::parseNumericString(leaf.toString(), &number, &finite) && finite
            ? leaf.toString().trimmed()
            : QString();
    }
    if (!leaf.isDouble())
        return QString();
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, leaf.toDouble()).ptr;
    return QString::fromLatin1(buffer, int(end - buffer));
}

// The text of each sample's value in the frame, in the decoder's order: the n-th sample of a
// field comes from the n-th record whose leaf there is numeric. Empty where none matches.
QStringList valueTexts(const RawFrame &frame, const DecodeConfig &config,
                       const std::vector<DecodedSample> &samples)
{
    QStringList texts;
    if (frame.binary)
        return QStringList(qsizetype(samples.size()), QString());
    const QList<QJsonValue> records = recordsOf(frame.data, config.root);
    QHash<QString, int> next; // per field: the record to look at next
    for (const DecodedSample &sample : samples) {
        QString text;
        const auto pointer = JsonPointer::parse(sample.field());
        int &from = next[sample.field()];
        while (pointer && text.isEmpty() && from < records.size())
            text = leafText(pointer->resolve(records.at(from++)));
        texts << text;
    }
    return texts;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}
} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent)
    , m_model(new RawFramesModel(200, this))
    , m_feed(new QComboBox(this))
    , m_frames(new QTableView(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_decoded(new QTableWidget(0, 4, this))
    , m_errors(new QLabel(this))
{
    m_feed->setObjectName(QStringLiteral("inspectorFeedCombo"));
    m_feed->setToolTip(tr("Feed whose frames are shown"));
    connect(m_model, &RawFramesModel::feedAdded, m_feed,
            [this](const QString &feed) { m_feed->addItem(feed); });
    connect(m_feed, &QComboBox::currentTextChanged, this, [this](const QString &feed) {
        m_model->setCurrentFeed(feed); // a reset: no row of the old feed stays selected
        m_selectedId = -1;
        m_gone->hide();
        showFrame(-1);
    });

    m_frames->setObjectName(QStringLiteral("inspectorFrames"));
    m_frames->setModel(m_model);
    m_frames->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frames->setSelectionMode(QAbstractItemView::SingleSelection);
    m_frames->setShowGrid(false);
    m_frames->setWordWrap(false);
    m_frames->verticalHeader()->hide();
    m_frames->verticalHeader()->setDefaultSectionSize(m_frames->fontMetrics().height() + 4);
    m_frames->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_frames->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_frames->setColumnWidth(RawFramesModel::TimeColumn, digit * 13);
    m_frames->setColumnWidth(RawFramesModel::SizeColumn, digit * 9);
    // Per pixel, so rows can be held in place on screen while the list shifts under them.
    m_frames->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_frames->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    connect(m_frames, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_model->rowCount())
            Q_EMIT frameActivated(m_model->frame(index.row()).receiveUs);
    });

    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("inspectorPause"));
    m_pause->setText(tr("Pause list"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold the list still; the feed goes on and new frames appear when "
                           "you resume"));
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume list") : tr("Pause list"));
        const Anchor before = anchor();
        m_adding = true;
        m_model->setPaused(paused);
        m_adding = false;
        restore(before);
    });
    m_gone = new QLabel(tr("This frame has left the list (it keeps the newest %1); its details "
                           "stay here.")
                            .arg(m_model->capacity()),
                        this);
    m_gone->setObjectName(QStringLiteral("inspectorFrameGone"));
    m_gone->setWordWrap(true);
    m_gone->hide();

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_pretty->setObjectName(QStringLiteral("inspectorPretty"));
    m_pretty->setReadOnly(true);
    m_pretty->setFont(mono);
    m_pretty->setPlaceholderText(tr("Select a frame to see it here"));
    m_decoded->setObjectName(QStringLiteral("inspectorDecoded"));
    m_decoded->setHorizontalHeaderLabels({ tr("Key"), tr("Field"), tr("Time"), tr("Value") });
    m_decoded->verticalHeader()->hide();
    m_decoded->verticalHeader()->setDefaultSectionSize(m_decoded->fontMetrics().height() + 4);
    m_decoded->horizontalHeader()->setStretchLastSection(true);
    m_decoded->setShowGrid(false);
    m_errors->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("inspectorErrors"));

    auto *details = new QSplitter(Qt::Vertical);
    details->addWidget(m_pretty);
    auto *decodedPane = new QWidget;
    auto *decodedLayout = new QVBoxLayout(decodedPane);
    decodedLayout->setContentsMargins(0, 0, 0, 0);
    decodedLayout->addWidget(m_decoded, 1);
    decodedLayout->addWidget(m_errors);
    details->addWidget(decodedPane);
    auto *split = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_feed, 1);
    top->addWidget(m_pause);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_frames, 1);
    leftLayout->addWidget(m_gone);
    split->addWidget(left);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
}

void MessageInspector::addFrames(const std::vector<RawFrame> &frames)
{
    const Anchor before = anchor();
    m_adding = true;
    m_model->addFrames(frames);
    m_adding = false;
    restore(before);
}

MessageInspector::Anchor MessageInspector::anchor() const
{
    Anchor anchor;
    const QScrollBar *bar = m_frames->verticalScrollBar();
    anchor.atBottom = bar->value() >= bar->maximum();
    int row = m_selectedId < 0 ? -1 : m_model->rowOf(quint64(m_selectedId));
    const int height = m_frames->viewport()->height();
    if (row >= 0) {
        const int y = m_frames->rowViewportPosition(row);
        if (y + m_frames->rowHeight(row) <= 0 || y >= height)
            row = -1; // scrolled away from it: hold the rows in view instead
    }
    if (row < 0 && !anchor.atBottom)
        row = m_frames->rowAt(0);
    if (row >= 0) {
        anchor.frameId = qint64(m_model->frameId(row));
        anchor.y = m_frames->rowViewportPosition(row);
    }
    return anchor;
}

void MessageInspector::restore(const Anchor &anchor)
{
    // Qt keeps a selection on its row index; when that row drops out it would select a
    // neighbour and show another frame. The selection follows the frame instead.
    const int selected = m_selectedId < 0 ? -1 : m_model->rowOf(quint64(m_selectedId));
    m_adding = true;
    if (selected >= 0 && m_frames->currentIndex().row() != selected)
        m_frames->setCurrentIndex(m_model->index(selected, 0));
    else if (selected < 0 && m_frames->currentIndex().isValid())
        m_frames->selectionModel()->clear();
    m_adding = false;
    m_gone->setVisible(m_selectedId >= 0 && selected < 0);
    if (!m_frames->isVisible())
        return; // a hidden dock: nothing on screen to hold still, no layout to pay for
    m_frames->doItemsLayout(); // the scroll range must know the new rows now
    QScrollBar *bar = m_frames->verticalScrollBar();
    const int row = anchor.frameId < 0 ? -1 : m_model->rowOf(quint64(anchor.frameId));
    if (row >= 0)
        bar->setValue(bar->value() + m_frames->rowViewportPosition(row) - anchor.y);
    else if (anchor.atBottom)
        bar->setValue(bar->maximum());
}

void MessageInspector::setFeedSpecs(const QList<FeedSpec> &specs)
{
    for (const FeedSpec &spec : specs)
        m_configs.insert(spec.name, spec.decode);
}

QString MessageInspector::prettyText() const
{
    return m_pretty->toPlainText();
}

void MessageInspector::selectFrame(int row)
{
    m_frames->setCurrentIndex(m_model->index(row, 0));
}

int MessageInspector::selectNearest(qint64 timeUs)
{
    // A few hundred frames at most (the model's bound): a scan is enough. Frames carry only
    // their receive time.
    int best = -1;
    qint64 bestDistance = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 distance = std::llabs(m_model->frame(row).receiveUs - timeUs);
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        selectFrame(best);
        m_frames->scrollTo(m_model->index(best, 0));
    }
    return best;
}

void MessageInspector::onCurrentRowChanged(int row)
{
    if (m_adding)
        return; // rows shifted or dropped out; restore() puts the selection back on its frame
    m_selectedId = row < 0 ? -1 : qint64(m_model->frameId(row));
    m_gone->hide();
    showFrame(row);
}

void MessageInspector::showFrame(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_pretty->clear();
        m_decoded->setRowCount(0);
        m_errors->clear();
        return;
    }
    // A copy: the row may scroll out of the model while the user reads it.
    const RawFrame frame = m_model->frame(row);
    m_pretty->setPlainText(prettyPrinted(frame));
    showDecoded(frame);
}

void MessageInspector::showDecoded(const RawFrame &frame)
{
    const FrameDecoder decoder(frame.feed, m_configs.value(frame.feed));
    FrameDecodeResult result;
    if (frame.binary)
        decoder.decodeBinary(frame.data, frame.receiveUs, result);
    else
        decoder.decodeText(frame.data, frame.receiveUs, result);
    m_decoded->setRowCount(int(result.samples.size()));
    const QStringList values = valueTexts(frame, m_configs.value(frame.feed), result.samples);
    int row = 0;
    for (const DecodedSample &sample : result.samples) {
        m_decoded->setItem(row, 0, item(sample.key()));
        m_decoded->setItem(row, 1, item(sample.field()));
        m_decoded->setItem(row, 2,
                           item(QDateTime::fromMSecsSinceEpoch(qint64(sample.timeMs))
                                    .toString(QStringLiteral("hh:mm:ss.zzz"))));
        // As the frame wrote it; a value the frame does not spell out (none known) falls back
        // to its shortest exact form, never grouped or rounded.
        const QString value = values.value(row);
        m_decoded->setItem(row, 3,
                           item(value.isEmpty() ? leafText(QJsonValue(sample.value)) : value));
        ++row;
    }
    // Key, field and time fit their text; the value column takes the rest.
    for (int column = 0; column < 3; ++column)
        m_decoded->resizeColumnToContents(column);
    QStringList notes;
    for (const LogRecord &log : result.logs)
        notes << tr("Log record: %1 %2").arg(logLevelName(log.level), log.message);
    for (const QString &error : result.errors)
        notes << tr("Decode error: %1").arg(error);
    m_errors->setText(notes.join(QLatin1Char('\n')));
}

void MessageInspector::clear()
{
    m_selectedId = -1;
    m_gone->hide();
    m_model->clear();
    m_feed->clear();
    m_pretty->clear();
    m_decoded->setRowCount(0);
    m_errors->clear();
}
