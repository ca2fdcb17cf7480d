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
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

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
    connect(m_model, &RawFramesModel::feedAdded, m_feed, [this](const QString &feed) { m_feed->addItem(feed); });
    connect(m_feed, &QComboBox::currentTextChanged, m_model, &RawFramesModel::setCurrentFeed);

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
    connect(m_frames->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFrame(current.row()); });

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
    leftLayout->addWidget(m_feed);
    leftLayout->addWidget(m_frames, 1);
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
    m_model->addFrames(frames);
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
    int row = 0;
    for (const DecodedSample &sample : result.samples) {
        m_decoded->setItem(row, 0, item(sample.key()));
        m_decoded->setItem(row, 1, item(sample.field()));
        m_decoded->setItem(row, 2, item(QDateTime::fromMSecsSinceEpoch(qint64(sample.timeMs))
                                             .toString(QStringLiteral("hh:mm:ss.zzz"))));
        m_decoded->setItem(row, 3, item(QLocale().toString(sample.value, 'g', 17)));
        ++row;
    }
    QStringList notes;
    for (const LogRecord &log : result.logs)
        notes << tr("Log record: %1 %2").arg(logLevelName(log.level), log.message);
    for (const QString &error : result.errors)
        notes << tr("Decode error: %1").arg(error);
    m_errors->setText(notes.join(QLatin1Char('\n')));
}

void MessageInspector::clear()
{
    m_model->clear();
    m_feed->clear();
    m_pretty->clear();
    m_decoded->setRowCount(0);
    m_errors->clear();
}
