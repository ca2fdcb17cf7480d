// fb_bigcapture: converting a big capture streams in bounded memory, with progress (issue 17).
// Writes a generated capture of --gb GB of tick frames (CaptureWriter, as a live run would) as
// JSON Lines and as .zst, then converts each to CSV with the real binary, headless:
//   feedboard --headless --replay FILE --export OUT.csv
// sampling the child's peak resident memory (VmHWM in /proc/PID/status) and counting the
// progress lines it prints on stderr. Prints GB, seconds, MB/s, peak RSS MiB per conversion
// and the zstd/plain time ratio; floor: peak RSS <= 300 MiB. Files are removed afterwards.
//
//   fb_bigcapture [--gb N] [--dir DIR] [--binary PATH]
#include "capture/capturewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

namespace {
constexpr double kRssFloorMiB = 300.0;

FeedSpec tickSpec()
{
    FeedSpec spec;
    spec.name = QStringLiteral("ticks");
    spec.url = QUrl(QStringLiteral("ws://127.0.0.1:1/ticks"));
    QString error;
    spec.decode = *DecodeConfig::fromJson(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("/symbol") },
                      { QStringLiteral("fields"), QJsonArray { QStringLiteral("/price") } } },
        &error);
    return spec;
}

// Demo-like ticks until the capture holds `bytes` of frames; returns the frames written.
quint64 writeCapture(const QString &path, qint64 bytes)
{
    const FeedSpec spec = tickSpec();
    CaptureWriter writer;
    QString error;
    if (!writer.open(path, { spec }, &error)) {
        std::fprintf(stderr, "fb_bigcapture: %s\n", qPrintable(error));
        return 0;
    }
    const char *names[] = { "ACME", "GLOBX", "INITECH", "UMBRL", "HOOLI", "STARK" };
    double prices[] = { 182.40, 143.10, 121.75, 64.20, 310.05, 97.60 };
    std::mt19937_64 rng(17);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::uniform_int_distribution<int> pick(0, 5), lots(1, 40);
    qint64 t = 1'795'687'200'000'000;
    qint64 written = 0;
    quint64 frames = 0;
    QByteArray json;
    while (written < bytes) {
        const int s = pick(rng);
        prices[s] *= std::exp(0.001 * gauss(rng));
        t += 2500;
        json = QByteArray(R"({"type":"tick","symbol":")") + names[s] + R"(","price":)"
            + QByteArray::number(std::round(prices[s] * 100.0) / 100.0, 'f', 2) + R"(,"volume":)"
            + QByteArray::number(lots(rng) * 100) + '}';
        writer.writeText(t, spec.name, json);
        written += json.size() + 60; // the record's own keys and time around the frame
        ++frames;
        if ((frames & 0xFFFF) == 0)
            writer.handOff(); // as the engine's 200 ms timer does: the disk thread keeps up
    }
    if (!writer.close()) {
        std::fprintf(stderr, "fb_bigcapture: %s\n", qPrintable(writer.errorString()));
        return 0;
    }
    return frames;
}

struct Conversion
{
    double seconds = 0;
    double peakRssMiB = 0;
    int progressLines = 0;
    int exitCode = -1;
    qint64 csvBytes = 0;
    QByteArray lastProgress;
};

double vmHwmMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

Conversion convert(const QString &binary, const QString &capture, const QString &csv)
{
    Conversion c;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(binary,
                  { QStringLiteral("--headless"), QStringLiteral("--replay"), capture,
                    QStringLiteral("--export"), csv });
    if (!process.waitForStarted())
        return c;
    QByteArray err;
    while (!process.waitForFinished(100)) {
        c.peakRssMiB = std::max(c.peakRssMiB, vmHwmMiB(process.processId()));
        err += process.readAllStandardError();
    }
    c.seconds = double(clock.nsecsElapsed()) / 1e9;
    err += process.readAllStandardError();
    c.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith("feedboard: replay ")) {
            ++c.progressLines;
            c.lastProgress = line;
        } else if (!line.isEmpty()) {
            std::fprintf(stderr, "  child: %s\n", line.constData());
        }
    }
    c.csvBytes = QFileInfo(csv).size();
    return c;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("gb"), QStringLiteral("Capture size in GB (1e9 bytes)."),
                       QStringLiteral("N"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the files."),
                       QStringLiteral("DIR"), QStringLiteral("/tmp") });
    parser.addOption({ QStringLiteral("binary"), QStringLiteral("The feedboard binary."),
                       QStringLiteral("PATH"), QStringLiteral(FEEDBOARD_BINARY) });
    parser.process(app);
    const double gb = parser.value(QStringLiteral("gb")).toDouble();
    const QString binary = parser.value(QStringLiteral("binary"));
    QTemporaryDir dir(parser.value(QStringLiteral("dir"))
                      + QStringLiteral("/fb-bigcapture-XXXXXX"));
    if (!dir.isValid() || gb <= 0) {
        std::fprintf(stderr, "fb_bigcapture: bad --dir or --gb\n");
        return 1;
    }
    const qint64 bytes = qint64(gb * 1e9);
    bool ok = true;
    double plainSeconds = 0;
    std::printf("fb_bigcapture: %.1f GB of ticks per capture, converted to CSV by %s\n", gb,
                qPrintable(binary));
    for (const char *suffix : { ".capture.jsonl", ".capture.jsonl.zst" }) {
        const QString capture = dir.filePath(QStringLiteral("big") + QLatin1String(suffix));
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        QElapsedTimer writeClock;
        writeClock.start();
        const quint64 frames = writeCapture(capture, bytes);
        if (frames == 0)
            return 1;
        const qint64 onDisk = QFileInfo(capture).size();
        std::printf("  %-18s %llu frames, %.2f GB on disk, written in %.1f s\n", suffix,
                    static_cast<unsigned long long>(frames), double(onDisk) / 1e9,
                    double(writeClock.elapsed()) / 1000.0);
        std::fflush(stdout);
        const Conversion c = convert(binary, capture, csv);
        const bool zst = QByteArray(suffix).endsWith(".zst");
        if (!zst)
            plainSeconds = c.seconds;
        const bool pass = c.exitCode == 0 && c.peakRssMiB <= kRssFloorMiB && c.progressLines > 0;
        ok = ok && pass;
        std::printf("  convert %-10s %.2f GB of frames in %.1f s = %.0f MB/s, peak RSS %.0f MiB "
                    "(floor <= %.0f), %d progress lines (last: \"%s\"), CSV %.2f GB, exit %d%s\n",
                    zst ? "zstd:" : "plain:", double(bytes) / 1e9, c.seconds,
                    double(bytes) / 1e6 / c.seconds, c.peakRssMiB, kRssFloorMiB, c.progressLines,
                    c.lastProgress.constData(), double(c.csvBytes) / 1e9, c.exitCode,
                    pass ? "" : "  FAIL");
        if (zst && plainSeconds > 0)
            std::printf("  time zstd/plain: %.2f\n", c.seconds / plainSeconds);
        std::fflush(stdout);
        QFile::remove(capture);
        QFile::remove(csv);
    }
    return ok ? 0 : 2;
}
