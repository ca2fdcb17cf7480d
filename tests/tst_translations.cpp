// The German and Chinese translations are compiled into the app, load by locale, and are
// complete: no unfinished or empty entry in the committed .ts files.
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include "testpaths.h"

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedTranslationsLoad_data();
    void embeddedTranslationsLoad();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
};

void TestTranslations::embeddedTranslationsLoad_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("quit");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&File")
                        << QStringLiteral("&Datei");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("&File")
                           << QStringLiteral("文件(&F)");
}

void TestTranslations::embeddedTranslationsLoad()
{
    QFETCH(QString, locale);
    QFETCH(QString, file);
    QFETCH(QString, quit);
    QTranslator translator;
    // The same lookup main() does for --lang: :/i18n/feedboard_<locale>.qm
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("feedboard"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("MainWindow", file.toUtf8().constData()), quit);
    QVERIFY(!translator.translate("LogModel", "Message").isEmpty());
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("de") << TestPaths::source("/translations/feedboard_de.ts");
    QTest::newRow("zh_CN") << TestPaths::source("/translations/feedboard_zh_CN.ts");
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString ts = QString::fromUtf8(file.readAll());
    const qsizetype sources = ts.count(QStringLiteral("<source>"));
    QVERIFY(sources > 20);
    QVERIFY2(!ts.contains(QStringLiteral("type=\"unfinished\"")), "unfinished translations");
    QVERIFY2(!ts.contains(QStringLiteral("<translation></translation>")), "empty translations");
    QCOMPARE(ts.count(QStringLiteral("<translation>")), sources);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
