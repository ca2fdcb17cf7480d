#include "exportdialog.h"

#include "uisettings.h"

#include "chartimage.h"
#include "store/dashboarddata.h"
#include "overwriteprompt.h"
#include "capture/storeexport.h"

#include "profiles/profilestore.h"
#include "session/conversionrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
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
    , m_fromCapture(new QCheckBox(tr("The whole run, from the capture file"), this))
{
    setWindowTitle(tr("Export"));
    m_kind->addItem(tr("Samples as CSV"), SamplesCsv);
    m_kind->addItem(tr("Samples as JSON Lines"), SamplesJsonLines);
    m_kind->addItem(tr("Logs as text"), LogsText);
    m_kind->addItem(tr("Logs as JSON Lines"), LogsJsonLines);
    m_kind->addItem(tr("Chart as PNG"), ChartPng);
    m_kind->addItem(tr("Chart as SVG"), ChartSvg);
    for (QDateTimeEdit *edit : { m_from, m_to }) {
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
    m_fromCapture->setObjectName(QStringLiteral("fromCapture"));
    m_fromCapture->setToolTip(
        tr("Replays the capture into the file: every sample and log record of the run, "
           "not only what the window keeps."));
    m_fromCapture->setVisible(false);
    form->addRow(m_fromCapture);
    connect(m_fromCapture, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
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
    updateEnabled();
}

void ExportDialog::setCaptureSource(const QString &capturePath, const QList<FeedSpec> &feeds)
{
    m_capturePath = capturePath;
    m_captureFeeds = feeds;
    m_fromCapture->setVisible(!capturePath.isEmpty());
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const int kind = m_kind->currentData().toInt();
    const bool chart = kind == ChartPng || kind == ChartSvg;
    m_fromCapture->setEnabled(!chart && !m_capturePath.isEmpty());
    // The whole run is everything: no choice of series or time range.
    const bool choose = !chart && !(m_fromCapture->isEnabled() && m_fromCapture->isChecked());
    m_sources->setEnabled(choose);
    m_from->setEnabled(choose);
    m_to->setEnabled(choose);
}

void ExportDialog::exportNow()
{
    static const char *const kSuffix[] = { ".csv", ".jsonl", ".log", ".jsonl", ".png", ".svg" };
    const int kind = m_kind->currentData().toInt();
    // Starts in the folder the last export went to (remembered across runs).
    const QString folder = UiSettings::exportFolder();
    const QString name = QStringLiteral("feedboard") + QLatin1String(kSuffix[kind]);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export"), folder.isEmpty() ? name : QDir(folder).filePath(name));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    // The writers choose the format by the suffix: give a bare name the chosen one.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(kSuffix[kind]);
    if (kind == ChartSvg
        && QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) != 0)
        path += QLatin1String(".svg"); // the suffix picks the image format
    // The dialog confirmed replacing `chosen`, not the completed name: ask about that one.
    if (path != chosen && !confirmOverwrite(this, path))
        return;
    if (!exportTo(path))
        return;
    UiSettings::setExportFolder(QFileInfo(path).absolutePath());
    accept();
}

bool ExportDialog::exportTo(const QString &path)
{
    const bool ok = writeTo(path);
    if (ok)
        m_writtenPath = path;
    return ok;
}

bool ExportDialog::writeTo(const QString &path)
{
    const int kind = m_kind->currentData().toInt();
    if (kind == ChartPng || kind == ChartSvg) {
        QString error;
        if (!writeChartImage(m_chart, path, &error)) {
            QMessageBox::warning(this, tr("Export Failed"), error);
            return false;
        }
        return true;
    }
    if (m_fromCapture->isEnabled() && m_fromCapture->isChecked())
        return runConversion(path);
    return runWithProgress(path);
}

bool ExportDialog::runConversion(const QString &path)
{
    const int kind = m_kind->currentData().toInt();
    CaptureConversion::Request request;
    request.capturePath = m_capturePath;
    request.feeds = m_captureFeeds;
    (kind == SamplesCsv || kind == SamplesJsonLines ? request.samplesPath : request.logsPath)
        = path;
    ConversionRunner runner;
    QProgressDialog progress(tr("Exporting the whole run…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    // Reading the last line is not the end: the file is committed after it. Only finished()
    // may close the dialog.
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(300);
    bool ok = false;
    QString error;
    connect(&runner, &ConversionRunner::progress, &progress,
            [&progress](double fraction) { progress.setValue(int(fraction * 1000)); });
    connect(&runner, &ConversionRunner::finished, &progress,
            [&](bool success, const QString &reason) {
                ok = success;
                error = reason;
                progress.reset();
                progress.close();
            });
    connect(&progress, &QProgressDialog::canceled, &runner, &ConversionRunner::cancel);
    runner.start(request);
    progress.exec();
    runner.cancel(); // closed another way: make sure no file appears later
    if (!ok && !error.isEmpty())
        QMessageBox::warning(this, tr("Export Failed"), error);
    return ok;
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
        : m_export->startLogs(path, feeds.isEmpty() ? QSet<QString> { QString() } : feeds, fromMs,
                              toMs, &error);
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
