#pragma once

#include "profiles/feedspec.h"

#include <QDialog>

class DashboardData;
class StoreExport;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QListWidget;

// File → Export: samples (CSV, JSON Lines) of chosen series, logs (text, JSON Lines) of chosen
// feeds, within a time range, or the chart as PNG. Large exports run in slices behind a
// progress dialog and can be cancelled without leaving a partial file. GUI thread; modal.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const DashboardData &data, QWidget *chart, QWidget *parent = nullptr);

    // Offers exporting the whole run from this capture (replayed off the GUI thread through
    // the session's feed mappings), not only what the window retains.
    void setCaptureSource(const QString &capturePath, const QList<FeedSpec> &feeds);
    // Writes the chosen export to path (what Export… does after asking for the file);
    // false after showing why, or when cancelled.
    bool exportTo(const QString &path);
    // The file the last successful export wrote (empty before one).
    QString writtenPath() const { return m_writtenPath; }

private:
    enum Kind { SamplesCsv, SamplesJsonLines, LogsText, LogsJsonLines, ChartPng, ChartSvg };
    void fillSources();
    void updateEnabled();
    bool writeTo(const QString &path);
    bool runConversion(const QString &path);
    void exportNow();
    bool runWithProgress(const QString &path);

    const DashboardData &m_data;
    QWidget *m_chart;
    StoreExport *m_export;
    QComboBox *m_kind;
    QListWidget *m_sources;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QCheckBox *m_fromCapture;
    QString m_capturePath;
    QList<FeedSpec> m_captureFeeds;
    QString m_writtenPath;
};
