#include "capture/capturerotation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
// "desk" and ".capture.jsonl.zst" of ".../desk.capture.jsonl.zst".
std::pair<QString, QString> nameAndSuffix(const QString &recordPath)
{
    const QString fileName = QFileInfo(recordPath).fileName();
    const qsizetype dot = fileName.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return { fileName, QString() };
    return { fileName.left(dot), fileName.mid(dot) };
}
} // namespace

QString CaptureRotation::partPath(const QString &recordPath, const QDateTime &startUtc)
{
    const auto [name, suffix] = nameAndSuffix(recordPath);
    const QDir dir = QFileInfo(recordPath).dir();
    // Two parts in one millisecond (a tiny --rotate-size): the later one is stamped a
    // millisecond on, so names stay unique and in time order.
    for (QDateTime start = startUtc.toUTC();; start = start.addMSecs(1)) {
        const QString stamp = start.toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
        const QString path = dir.filePath(name + QLatin1Char('-') + stamp + suffix);
        if (!QFileInfo::exists(path))
            return path;
    }
}

QStringList CaptureRotation::parts(const QString &recordPath)
{
    const auto [name, suffix] = nameAndSuffix(recordPath);
    const QRegularExpression pattern(
        QStringLiteral("^%1-\\d{8}T\\d{6}\\.\\d{3}Z%2$")
            .arg(QRegularExpression::escape(name), QRegularExpression::escape(suffix)));
    const QDir dir = QFileInfo(recordPath).dir();
    QStringList found;
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        if (pattern.match(entry).hasMatch())
            found << dir.filePath(entry);
    }
    return found;
}

QStringList CaptureRotation::prune(const QString &recordPath, int keep, const QString &current)
{
    QStringList removed;
    if (keep <= 0)
        return removed;
    QStringList all = parts(recordPath);
    all.removeAll(current);
    // `current` counts as one of the kept.
    while (all.size() > keep - 1) {
        const QString oldest = all.takeFirst();
        if (QFile::remove(oldest))
            removed << oldest;
    }
    return removed;
}
