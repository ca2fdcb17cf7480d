// CaptureRetention: the GUI's default captures are pruned oldest first down to the size and
// age limits, never the file being written, never a file of another name. Files in a
// temporary folder, their times set by hand.
#include "capture/captureretention.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCaptureRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesOfDefaultCaptures();
    void oldestRemovedDownToTheSizeLimit();
    void filesOlderThanTheAgeLimitRemoved();
    void noLimitsRemoveNothing();

private:
    // A file of `bytes` bytes, last modified `daysAgo` days before `now`.
    static QString makeFile(const QTemporaryDir &dir, const QString &name, qint64 bytes,
                            double daysAgo);
    const QDateTime m_now = QDateTime::currentDateTime();
};

QString TestCaptureRetention::makeFile(const QTemporaryDir &dir, const QString &name, qint64 bytes,
                                       double daysAgo)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(int(bytes), 'x')) != bytes)
        qFatal("cannot write %s", qPrintable(path));
    file.flush(); // a later flush would set the time again
    file.setFileTime(QDateTime::currentDateTime().addSecs(qint64(-daysAgo * 86400)),
                     QFileDevice::FileModificationTime);
    return path;
}

void TestCaptureRetention::namesOfDefaultCaptures()
{
    QVERIFY(CaptureRetention::isDefaultCaptureName(
        QStringLiteral("session-20261130-231500-123.capture.jsonl")));
    QVERIFY(!CaptureRetention::isDefaultCaptureName(QStringLiteral("run.capture.jsonl")));
    QVERIFY(!CaptureRetention::isDefaultCaptureName(
        QStringLiteral("session-20261130-231500-123.capture.jsonl.bak")));
    QVERIFY(!CaptureRetention::isDefaultCaptureName(
        QStringLiteral("my-session-20261130-231500-123.capture.jsonl")));
}

void TestCaptureRetention::oldestRemovedDownToTheSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldest
        = makeFile(dir, QStringLiteral("session-20261101-100000-000.capture.jsonl"), 400, 5);
    const QString older
        = makeFile(dir, QStringLiteral("session-20261102-100000-000.capture.jsonl"), 400, 4);
    const QString newer
        = makeFile(dir, QStringLiteral("session-20261103-100000-000.capture.jsonl"), 400, 3);
    const QString mine
        = makeFile(dir, QStringLiteral("my-run.capture.jsonl"), 5000, 10); // not ours
    // The capture being written is the oldest by mtime here: it counts, but stays.
    const QString current
        = makeFile(dir, QStringLiteral("session-20261104-100000-000.capture.jsonl"), 400, 6);

    CaptureRetention::Limits limits;
    limits.maxBytes = 1000;
    limits.maxAgeDays = 0;
    const QStringList removed = CaptureRetention::prune(dir.path(), limits, current, m_now);
    QCOMPARE(removed, (QStringList { oldest, older }));
    QVERIFY(!QFile::exists(oldest));
    QVERIFY(!QFile::exists(older));
    QVERIFY(QFile::exists(newer));
    QVERIFY(QFile::exists(current));
    QVERIFY(QFile::exists(mine));
}

void TestCaptureRetention::filesOlderThanTheAgeLimitRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString old
        = makeFile(dir, QStringLiteral("session-20261001-100000-000.capture.jsonl"), 10, 40);
    const QString recent
        = makeFile(dir, QStringLiteral("session-20261125-100000-000.capture.jsonl"), 10, 5);
    const QString current
        = makeFile(dir, QStringLiteral("session-20261130-100000-000.capture.jsonl"), 10, 0);
    const QString foreign = makeFile(dir, QStringLiteral("notes.txt"), 10, 400);

    CaptureRetention::Limits limits; // the defaults: 2 GiB, 30 days
    QCOMPARE(CaptureRetention::prune(dir.path(), limits, current, m_now), QStringList { old });
    QVERIFY(QFile::exists(recent));
    QVERIFY(QFile::exists(current));
    QVERIFY(QFile::exists(foreign));
}

void TestCaptureRetention::noLimitsRemoveNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    makeFile(dir, QStringLiteral("session-20200101-100000-000.capture.jsonl"), 1000, 2000);
    CaptureRetention::Limits limits;
    limits.maxBytes = 0;
    limits.maxAgeDays = 0;
    QVERIFY(CaptureRetention::prune(dir.path(), limits, QString(), m_now).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

QTEST_APPLESS_MAIN(TestCaptureRetention)
#include "tst_captureretention.moc"
