// Tests that a capture does not stay in the page cache (PageCacheTrimmer, used by
// ChunkFileWriter): a file written well past a few windows is byte-exact, the kernel reports
// its early part as no longer cached, and a file descriptor that cannot take the hints (a
// pipe) turns the trimmer off instead of failing the write.
#include "capture/chunkfilewriter.h"
#include "capture/pagecachetrimmer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {
// The share of [0, length) of the file that is in the page cache (0..1), or -1 if unknown.
double cachedShare(const QString &path, qint64 length)
{
#ifdef Q_OS_LINUX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    void *map = ::mmap(nullptr, size_t(length), PROT_READ, MAP_SHARED, file.handle(), 0);
    if (map == MAP_FAILED)
        return -1;
    const long page = ::sysconf(_SC_PAGESIZE);
    const size_t pages = size_t((length + page - 1) / page);
    std::vector<unsigned char> resident(pages);
    const bool ok = ::mincore(map, size_t(length), resident.data()) == 0;
    ::munmap(map, size_t(length));
    if (!ok)
        return -1;
    size_t cached = 0;
    for (unsigned char r : resident)
        cached += r & 1;
    return double(cached) / double(pages);
#else
    Q_UNUSED(path);
    Q_UNUSED(length);
    return -1;
#endif
}
} // namespace

class TestPageCacheTrimmer : public QObject
{
    Q_OBJECT

private slots:
    void largeCaptureIsExactAndLeavesTheCache();
    void pipeTurnsTheTrimmerOff();
};

void TestPageCacheTrimmer::largeCaptureIsExactAndLeavesTheCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.fbcap"));
    auto out = std::make_unique<QFile>(path);
    QVERIFY(out->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered));

    constexpr qint64 kTotal = 5 * PageCacheTrimmer::kWindowBytes + 12345;
    QCryptographicHash expected(QCryptographicHash::Sha256);
    qint64 total = 0;
    qint64 released = 0;
    {
        ChunkFileWriter disk(std::move(out), 0);
        QByteArray chunk;
        for (int i = 0; total < kTotal; ++i) {
            // Lines of varied length and content, handed off in chunks of varied size.
            QByteArray line = QByteArray::number(i) + ':';
            line += QByteArray(1 + (i * 7919) % 300, char('a' + i % 26));
            line += '\n';
            chunk += line;
            expected.addData(line);
            total += line.size();
            if (chunk.size() > 200000 + (i % 5) * 17000)
                disk.submit(chunk);
        }
        disk.submit(chunk);
        disk.drain();
        QVERIFY(!disk.hasFailed());
        QCOMPARE(disk.bytesWritten(), total);
        released = disk.cacheBytesReleased();
    }
#ifdef Q_OS_LINUX
    // All but the last two windows (the one being written and the one behind it) are dropped.
    QVERIFY2(released >= 3 * PageCacheTrimmer::kWindowBytes, qPrintable(QString::number(released)));
    QVERIFY(released <= total);
    const double share = cachedShare(path, released);
    QVERIFY(share >= 0);
    QVERIFY2(share < 0.2,
             qPrintable(QStringLiteral("%1 of the released bytes still cached").arg(share)));
    // The rest of the file was not dropped: the hints cover the released stretch only.
    QVERIFY(cachedShare(path, total) > share);
#else
    QCOMPARE(released, qint64(0));
#endif
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.size(), total);
    QCryptographicHash actual(QCryptographicHash::Sha256);
    QVERIFY(actual.addData(&in));
    QCOMPARE(actual.result().toHex(), expected.result().toHex());
}

void TestPageCacheTrimmer::pipeTurnsTheTrimmerOff()
{
#ifdef Q_OS_LINUX
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    PageCacheTrimmer trimmer(fds[1], 0);
    QVERIFY(trimmer.isActive());
    trimmer.written(PageCacheTrimmer::kWindowBytes - 1);
    QVERIFY(trimmer.isActive()); // no window closed yet: no call made
    trimmer.written(PageCacheTrimmer::kWindowBytes);
    QVERIFY(!trimmer.isActive()); // sync_file_range on a pipe fails: hints off, no error
    trimmer.written(3 * PageCacheTrimmer::kWindowBytes);
    QCOMPARE(trimmer.bytesReleased(), qint64(0));
    ::close(fds[0]);
    ::close(fds[1]);
#else
    QSKIP("page cache hints are Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestPageCacheTrimmer)
#include "tst_pagecachetrimmer.moc"
