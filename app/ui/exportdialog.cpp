#include "exportdialog.h"

#include "dashboarddata.h"
#include "storeexport.h"

#include "profiles/profilestore.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>

#include <limits>

ExportDialog::ExportDialog(const DashboardData &data, QWidget *chart, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_chart(chart)
    , m_export(new StoreExport(data.seriesStore(), data.logStore(), this))
    , m_kind(new QComboBox(this))
    , m_sources(new QListWidget(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Export"));
    m_kind->addItem(tr("Samples as CSV"), SamplesCsv);
    m_kind->addItem(tr("Samples as JSON Lines"), SamplesJsonLines);
    m_kind->addItem(tr("Logs as text"), LogsText);
    m_kind->addItem(tr("Logs as JSON Lines"), LogsJsonLines);
    m_kind->addItem(tr("Chart as PNG"), ChartPng);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    // The range of what the stores hold, so "everything" is the default.
    double first = std::numeric_limits<double>::max();
    double last = 0;
    const SeriesStore &series = m_data.seriesStore();
    for (const int id : series.seriesIds()) {
        const SeriesBuffer &buffer = series.buffer(id);
        if (!buffer.isEmpty()) {
            first = std::min(first, buffer.timeAt(0));
            last = std::max(last, buffer.lastTime());
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(last > 0 ? qint64(first) : now));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(last > 0 ? qint64(last) + 1000 : now));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout(this);
    form->addRow(tr("What"), m_kind);
    form->addRow(tr("Series or feeds"), m_sources);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::fillSources);
    fillSources();
}

void ExportDialog::fillSources()
{
    m_sources->clear();
    const int kind = m_kind->currentData().toInt();
    const SeriesStore &series = m_data.seriesStore();
    if (kind == SamplesCsv || kind == SamplesJsonLines) {
        for (const int id : series.seriesIds()) {
            auto *item = new QListWidgetItem(series.info(id).displayName(), m_sources);
            item->setData(Qt::UserRole, id);
            item->setCheckState(Qt::Checked);
        }
    } else if (kind == LogsText || kind == LogsJsonLines) {
        for (const FeedStats &stats : m_data.feedStats()) {
            auto *item = new QListWidgetItem(stats.feed, m_sources);
            item->setCheckState(Qt::Checked);
        }
    }
    m_sources->setEnabled(kind != ChartPng);
    m_from->setEnabled(kind != ChartPng);
    m_to->setEnabled(kind != ChartPng);
}

void ExportDialog::exportNow()
{
    static const char *const kSuffix[] = {".csv", ".jsonl", ".log", ".jsonl", ".png"};
    const int kind = m_kind->currentData().toInt();
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                QStringLiteral("feedboard") + QLatin1String(kSuffix[kind]));
    if (path.isEmpty())
        return;
    // The writers choose the format by the suffix: give a bare name the chosen one.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(kSuffix[kind]);
    if (kind == ChartPng) {
        QByteArray png;
        QBuffer buffer(&png);
        QString error;
        if (!buffer.open(QIODevice::WriteOnly) || !m_chart->grab().save(&buffer, "PNG")
            || !writeFileAtomically(path, png, &error)) {
            QMessageBox::warning(this, tr("Export Failed"), error.isEmpty() ? tr("Cannot render the chart.") : error);
            return;
        }
        accept();
        return;
    }
    if (runWithProgress(path))
        accept();
}

bool ExportDialog::runWithProgress(const QString &path)
{
    const int kind = m_kind->currentData().toInt();
    const double fromMs = double(m_from->dateTime().toMSecsSinceEpoch());
    const double toMs = double(m_to->dateTime().toMSecsSinceEpoch());
    std::vector<int> ids;
    QSet<QString> feeds;
    for (int i = 0; i < m_sources->count(); ++i) {
        const QListWidgetItem *item = m_sources->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (kind == LogsText || kind == LogsJsonLines)
            feeds.insert(item->text());
        else
            ids.push_back(item->data(Qt::UserRole).toInt());
    }
    QString error;
    const bool started = (kind == SamplesCsv || kind == SamplesJsonLines)
        ? m_export->startSamples(path, ids, fromMs, toMs, &error)
        : m_export->startLogs(path, feeds.isEmpty() ? QSet<QString>{QString()} : feeds, fromMs, toMs, &error);
    if (!started) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return false;
    }
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bool ok = false;
    connect(m_export, &StoreExport::progress, &progress, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_export, &StoreExport::finished, &progress, [&](bool success, const QString &reason) {
        ok = success;
        error = reason;
        progress.reset();
        progress.close();
    });
    connect(&progress, &QProgressDialog::canceled, m_export, &StoreExport::cancel);
    progress.exec();
    if (!ok && !error.isEmpty())
        QMessageBox::warning(this, tr("Export Failed"), error);
    return ok;
}
