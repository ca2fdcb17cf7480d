// Chart export (offscreen): a chart panel with a series is written as SVG (well-formed XML
// with an <svg> root holding the series' name) and as PNG (an image of the widget's size);
// a folder that cannot be written is reported, and leaves nothing behind.
#include "chartimage.h"
#include "chartpanel.h"

#include "store/seriesstore.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestChartImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgIsXmlWithSvgRoot();
    void pngHasTheWidgetsSize();
    void unwritableFolderIsReported();

private:
    SeriesStore m_store;
    std::unique_ptr<ChartPanel> m_chart;
};

void TestChartImage::initTestCase()
{
    SeriesInfo info;
    info.id = 0;
    info.feed = QStringLiteral("ticks");
    info.key = QStringLiteral("AAPL");
    info.field = QStringLiteral("/price");
    m_store.addSeries(info);
    for (int i = 0; i < 200; ++i)
        m_store.append(SamplePoint { 0, 1.7e12 + i * 10.0, 100.0 + (i % 17) });
    m_chart = std::make_unique<ChartPanel>(m_store);
    m_chart->resize(640, 360);
    m_chart->setSeriesVisible(0, true);
    m_chart->render({ 0 });
}

void TestChartImage::svgIsXmlWithSvgRoot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(writeChartImage(m_chart.get(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    int elements = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            ++elements;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(elements > 20, "a chart draws more than a handful of shapes");
    QVERIFY(bytes.contains("AAPL")); // the legend's text is in the vector file
}

void TestChartImage::pngHasTheWidgetsSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(writeChartImage(m_chart.get(), path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_chart->size());
}

void TestChartImage::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("file/chart.svg")); // a file, not a folder
    QString error;
    QVERIFY(!writeChartImage(m_chart.get(), path, &error));
    QVERIFY(error.contains(QStringLiteral("chart.svg")));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestChartImage)
#include "tst_chartimage.moc"
