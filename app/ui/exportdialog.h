#pragma once

#include <QDialog>

class DashboardData;
class StoreExport;
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

private:
    enum Kind { SamplesCsv, SamplesJsonLines, LogsText, LogsJsonLines, ChartPng };
    void fillSources();
    void exportNow();
    bool runWithProgress(const QString &path);

    const DashboardData &m_data;
    QWidget *m_chart;
    StoreExport *m_export;
    QComboBox *m_kind;
    QListWidget *m_sources;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
};
