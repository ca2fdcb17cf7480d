// fb_membench: what a retained sample costs. Fills a SeriesStore (the GUI's store) to its cap,
// reading the resident set before, at half and when full, then keeps appending for two more caps'
// worth (the rings wrap) and reports how much the resident set grew after the stores were full.
//
//   fb_membench [--series 16] [--cap 500000]
#include "store/seriesstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cstdio>

namespace {
double residentMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : -1.0;
}

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int series = intArg(args, QStringLiteral("--series"), 16);
    const int cap = intArg(args, QStringLiteral("--cap"), 500000);

    SeriesStore store(cap);
    for (int s = 0; s < series; ++s)
        store.addSeries(SeriesInfo { s, QStringLiteral("bench"), QStringLiteral("K%1").arg(s),
                                     QStringLiteral("/p") });
    const double before = residentMb();
    qint64 t = 0;
    const auto fill = [&](qint64 perSeries) {
        for (qint64 i = 0; i < perSeries; ++i, ++t) {
            for (int s = 0; s < series; ++s)
                store.append(SamplePoint { s, 1.7e12 + double(t), double(i % 1000) });
        }
    };
    fill(cap / 2);
    const double half = residentMb();
    fill(cap - cap / 2);
    const double full = residentMb();
    fill(2LL * cap);
    const double after = residentMb();
    const double retained = double(store.retainedSamples());
    // Per sample: the growth from half full to full, so fixed costs (heap padding, the
    // series' bookkeeping) do not count; "with_fixed" includes them.
    const double mib = 1024.0 * 1024.0;
    const double secondHalf = double(series) * double(cap - cap / 2);
    std::printf("result memory series=%d cap=%d retained=%.0f bytes_per_sample=%.2f "
                "bytes_per_sample_with_fixed=%.2f rss_full_mb=%.1f rss_growth_mb=%.1f\n",
                series, cap, retained, (full - half) * mib / secondHalf,
                (full - before) * mib / retained, full, after - full);
    return 0;
}
