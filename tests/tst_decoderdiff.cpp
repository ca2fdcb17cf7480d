// The fast decoding path (simdjson) against the general one (QJsonDocument) on a corpus of
// every feed shape of the contract and its edge cases (tests/data/decoder-corpus): for each
// frame, the same samples, log records and errors, or the fast path declined the frame.
// Cases marked "fast": "all" must not be declined at all, so a fast path that gives up on
// everything fails too. Frames run in order through one decoder pair per case, so the fast
// path's remembered layouts and interned names are exercised across shapes.
#include "decoderdiff.h"

#include <QtTest>
#include "testpaths.h"

class TestDecoderDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void crossMappings();
    void isoTimes_data();
    void isoTimes();
    void fastPathCoverage();

private:
    std::vector<DecoderDiff::Case> m_cases;
};

void TestDecoderDiff::initTestCase()
{
    QString error;
    m_cases = DecoderDiff::loadCorpus(TestPaths::data("/decoder-corpus/corpus.json"), &error);
    QVERIFY2(!m_cases.empty(), qPrintable(error));
}

void TestDecoderDiff::corpus_data()
{
    QTest::addColumn<int>("which");
    for (size_t i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases[i].name)) << int(i);
}

void TestDecoderDiff::corpus()
{
    QFETCH(int, which);
    const DecoderDiff::Case &c = m_cases[size_t(which)];
    // Twice through: the second pass meets the state the first one left.
    DecoderDiff::Pair pair(c.config);
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < c.frames.size(); ++i) {
            bool fast = false;
            const QString difference = pair.check(c.frames[i], &fast);
            QVERIFY2(
                difference.isEmpty(),
                qPrintable(QStringLiteral("frame %1 (%2): %3")
                               .arg(i)
                               .arg(QString::fromUtf8(c.frames[i].bytes.left(200)), difference)));
            if (c.allFast)
                QVERIFY2(fast,
                         qPrintable(QStringLiteral("frame %1 declined: %2")
                                        .arg(i)
                                        .arg(QString::fromUtf8(c.frames[i].bytes.left(200)))));
        }
    }
}

void TestDecoderDiff::crossMappings()
{
    // Every frame under every mapping: shapes meet configurations they were not made for.
    int compared = 0;
    for (const DecoderDiff::Case &mapping : m_cases) {
        DecoderDiff::Pair pair(mapping.config);
        for (const DecoderDiff::Case &source : m_cases) {
            for (const DecoderDiff::Frame &frame : source.frames) {
                const QString difference = pair.check(frame);
                QVERIFY2(
                    difference.isEmpty(),
                    qPrintable(QStringLiteral("mapping '%1', frame of '%2' (%3): %4")
                                   .arg(mapping.name, source.name,
                                        QString::fromUtf8(frame.bytes.left(200)), difference)));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 1000);
}

void TestDecoderDiff::isoTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *text : { "2026-11-26T10:00:00Z",
                              "2026-11-26T10:00:00.5Z",
                              "2026-11-26 10:00:00",
                              "2026-11-26T10:00Z",
                              "2026-11-26T10:00",
                              "2026-11-26T12:00:00+02:00",
                              "2026-11-26T12:00:00+0200",
                              "2026-11-26T05:30:00.000250-04:30",
                              "2026-11-26",
                              "2026-11-26T24:00:00Z",
                              "2026-11-26T23:59:60Z",
                              "2024-02-29T00:00:00Z",
                              "2026-02-29T00:00:00Z",
                              "2026-11-31T00:00:00Z",
                              "0999-01-01T00:00:00Z",
                              "1000-01-01T00:00:00Z",
                              "9999-12-31T23:59:59.999999Z",
                              "2026-11-26T10:00:00+14:59",
                              "2026-11-26T10:00:00+15:00",
                              "2026-11-26T10:00:00-00:00",
                              "2026-11-26T10:00:00+02",
                              "2026-11-26T10:00:00 Z",
                              "2026-11-26t10:00:00z",
                              " 2026-11-26T10:00:00Z\t",
                              "2026-11-26T10:00:00.Z",
                              "2026-11-26T10:00:00,5Z",
                              "20261126T100000Z",
                              "2026-1-26T10:00:00Z",
                              "+2026-11-26T10:00:00Z",
                              "2026-11-26T10:00:00ZZ",
                              "2026-11-26T10:00:00.123456789012345678901234567890Z" })
        QTest::newRow(text) << QByteArray(text);
}

void TestDecoderDiff::isoTimes()
{
    QFETCH(QByteArray, text);
    const QString difference = DecoderDiff::isoDifference(text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestDecoderDiff::fastPathCoverage()
{
    // The corpus is mostly edge cases; still, the fast path must take most frames.
    int fast = 0;
    int total = 0;
    for (const DecoderDiff::Case &c : m_cases) {
        DecoderDiff::Pair pair(c.config);
        for (const DecoderDiff::Frame &frame : c.frames) {
            bool tookFast = false;
            pair.check(frame, &tookFast);
            fast += tookFast ? 1 : 0;
            ++total;
        }
    }
    qInfo("fast path took %d of %d corpus frames", fast, total);
    QVERIFY2(fast * 10 >= total * 6, qPrintable(QStringLiteral("%1 of %2").arg(fast).arg(total)));
}

QTEST_APPLESS_MAIN(TestDecoderDiff)
#include "tst_decoderdiff.moc"
