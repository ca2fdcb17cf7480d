#pragma once

#include "capture/zstdstream.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

// The bytes of one capture file, plain or zstd (told by the file's first four bytes, not its
// name), read in chunks. Damaged zstd data is reported once per damaged stretch and skipped
// to the next frame, so what follows still reads. Positions are in the file's own bytes
// (compressed for zstd), which is what progress and seeking use. One thread.
class CaptureInput final
{
public:
    CaptureInput();
    ~CaptureInput();
    CaptureInput(const CaptureInput &) = delete;
    CaptureInput &operator=(const CaptureInput &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    bool isCompressed() const { return m_compressed; }
    QString path() const { return m_file.fileName(); }

    // The next decoded bytes (at most about `max`); empty at the end of the file.
    QByteArray read(qint64 max);
    // The same into `buffer` (replacing its contents), reusing its memory: a plain file is
    // read straight into it, so a reader's 1 MiB chunks fault in their pages once, not per
    // chunk. Empty at the end.
    void readInto(QByteArray &buffer, qint64 max);
    // Damage found since the last call (zstd), each "at byte N: reason"; cleared by the call.
    QStringList takeProblems();

    qint64 fileSize() const { return m_file.size(); }
    // File bytes consumed so far.
    qint64 filePosition() const;
    // Continues from file byte `offset` (plain: exactly; zstd: the first decoded byte of the
    // block that holds it, decoding from the start when going back).
    bool seekFile(qint64 offset);

private:
    QByteArray readCompressed(qint64 max);
    bool resync();

    QFile m_file;
    bool m_compressed = false;
    std::unique_ptr<Zstd::Decompressor> m_zstd;
    QByteArray m_input; // compressed bytes read ahead
    QByteArray m_decoded; // decoded by seekFile() at the offset, handed out by the next read()
    qsizetype m_inputPos = 0;
    QStringList m_problems;
};
