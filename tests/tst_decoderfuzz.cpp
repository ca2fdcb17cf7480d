// A seeded mutation fuzzer for the two decoding paths: frames of the decoder corpus
// (tests/data/decoder-corpus) with bytes flipped, replaced, inserted, deleted, duplicated,
// spliced with other frames and truncated, decoded under their own mapping or another one;
// the fast path must give what the general path gives, or decline the frame. ISO-8601 times
// are mutated the same way and read both ways. Deterministic for a seed; bounded by
// iterations and seconds so it fits a CI run:
//   FEEDBOARD_FUZZ_SEED (default 13), FEEDBOARD_FUZZ_ITERATIONS (default 400000),
//   FEEDBOARD_FUZZ_SECONDS (default 20). A failure prints the seed, iteration and frame.
#include "decoderdiff.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <random>
#include "testpaths.h"

namespace {
quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

// Pieces that steer mutations toward what decoders trip over.
const QByteArrayList &tokens()
{
    static const QByteArrayList all {
        "1e400",
        "-1e400",
        "1e-400",
        "5e-324",
        "-0",
        "0.0",
        "\"NaN\"",
        "\"Infinity\"",
        "\"1e400\"",
        "\" 12 \"",
        "null",
        "true",
        "false",
        "[]",
        "{}",
        "[",
        "{",
        "]",
        "}",
        "\"",
        ",",
        ":",
        "\n",
        "\r\n",
        "\\u00e9",
        "\\ud800",
        "\\\"",
        "\xc3\xa9",
        "\xe9",
        "\xf0\x9f\x98\x80",
        "\xee\x80\x80",
        "~0",
        "~1",
        "/",
        "\"s\":",
        "\"p\":",
        "\"t\":",
        "\"level\":\"error\"",
        "\"msg\":\"m\"",
        "\"data\":",
        "12345678901234567890",
        "-9223372036854775809",
        "1795687200",
        "\"2026-11-26T10:00:00Z\"",
        "\"2026-11-26T10:00:00.5+01:00\"",
        "   ",
        "\t",
        "x",
    };
    return all;
}

class Mutator
{
public:
    explicit Mutator(quint64 seed)
        : m_rng(seed)
    { }

    size_t below(size_t n) { return n == 0 ? 0 : size_t(m_rng() % n); }

    QByteArray mutate(QByteArray bytes, const QByteArray &other)
    {
        const size_t rounds = 1 + below(4);
        for (size_t r = 0; r < rounds; ++r) {
            const qsizetype size = bytes.size();
            const qsizetype at = qsizetype(below(size_t(size) + 1));
            switch (below(8)) {
            case 0: // flip a bit
                if (size > 0)
                    bytes[at % size] = char(bytes[at % size] ^ char(1 << below(8)));
                break;
            case 1: { // replace a byte with a structural or numeric character
                static const char pick[] = "{}[]\",:0123456789eE.+- \n\\~/aZ";
                if (size > 0)
                    bytes[at % size] = pick[below(sizeof pick - 1)];
                break;
            }
            case 2: // insert a token
            case 3:
                bytes.insert(at, tokens()[qsizetype(below(size_t(tokens().size())))]);
                break;
            case 4: // delete a range
                bytes.remove(at, qsizetype(below(8) + 1));
                break;
            case 5: { // duplicate a range
                const QByteArray piece = bytes.mid(at, qsizetype(below(24) + 1));
                bytes.insert(qsizetype(below(size_t(bytes.size()) + 1)), piece);
                break;
            }
            case 6: // splice: this frame's head with another frame's tail
                bytes = bytes.left(at) + other.mid(qsizetype(below(size_t(other.size()) + 1)));
                break;
            default: // truncate
                bytes.truncate(at);
                break;
            }
        }
        return bytes;
    }

private:
    std::mt19937_64 m_rng;
};
} // namespace

class TestDecoderFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutatedFrames();
    void mutatedIsoTimes();
    void numericStringsMatchStrtod();
};

void TestDecoderFuzz::mutatedFrames()
{
    QString error;
    const std::vector<DecoderDiff::Case> cases
        = DecoderDiff::loadCorpus(TestPaths::data("/decoder-corpus/corpus.json"), &error);
    QVERIFY2(!cases.empty(), qPrintable(error));
    std::vector<const DecoderDiff::Frame *> frames;
    std::vector<size_t> caseOf;
    for (size_t c = 0; c < cases.size(); ++c) {
        for (const DecoderDiff::Frame &frame : cases[c].frames) {
            frames.push_back(&frame);
            caseOf.push_back(c);
        }
    }
    std::vector<std::unique_ptr<DecoderDiff::Pair>> pairs;
    for (const DecoderDiff::Case &c : cases)
        pairs.push_back(std::make_unique<DecoderDiff::Pair>(c.config));

    const quint64 seed = envNumber("FEEDBOARD_FUZZ_SEED", 13);
    const quint64 iterations = envNumber("FEEDBOARD_FUZZ_ITERATIONS", 400000);
    const qint64 budgetMs = qint64(envNumber("FEEDBOARD_FUZZ_SECONDS", 20)) * 1000;
    Mutator mutator(seed);
    QElapsedTimer clock;
    clock.start();
    quint64 done = 0;
    quint64 fast = 0;
    for (; done < iterations && clock.elapsed() < budgetMs; ++done) {
        const size_t pick = mutator.below(frames.size());
        const DecoderDiff::Frame &source = *frames[pick];
        const DecoderDiff::Frame &other = *frames[mutator.below(frames.size())];
        DecoderDiff::Frame frame { mutator.mutate(source.bytes, other.bytes),
                                   mutator.below(8) == 0 };
        const size_t mapping = mutator.below(2) == 0 ? caseOf[pick] : mutator.below(cases.size());
        bool tookFast = false;
        const QString difference = pairs[mapping]->check(frame, &tookFast);
        fast += tookFast ? 1 : 0;
        if (!difference.isEmpty()) {
            QFAIL(qPrintable(
                QStringLiteral("seed %1 iteration %2, mapping '%3', %4 frame hex %5 "
                               "(%6): %7")
                    .arg(seed)
                    .arg(done)
                    .arg(cases[mapping].name,
                         frame.binary ? QStringLiteral("binary") : QStringLiteral("text"),
                         QString::fromLatin1(frame.bytes.toHex()),
                         QString::fromUtf8(frame.bytes.left(300)), difference)));
        }
    }
    qInfo("seed %llu: %llu mutated frames in %lld ms, %llu taken by the fast path",
          static_cast<unsigned long long>(seed), static_cast<unsigned long long>(done),
          static_cast<long long>(clock.elapsed()), static_cast<unsigned long long>(fast));
    QVERIFY(done > 1000);
    QVERIFY(fast > done / 10); // mutations must not all end on the general path
}

void TestDecoderFuzz::mutatedIsoTimes()
{
    static const QByteArrayList seeds { "2026-11-26T10:00:00Z", "2026-11-26 10:00:00.123456",
                                        "2026-11-26T12:00:00.5+02:00", "2024-02-29T23:59:59-0330",
                                        "2026-11-26T10:00" };
    Mutator mutator(envNumber("FEEDBOARD_FUZZ_SEED", 13));
    const quint64 iterations = envNumber("FEEDBOARD_FUZZ_ITERATIONS", 400000) / 10;
    for (quint64 i = 0; i < iterations; ++i) {
        QByteArray text = seeds[qsizetype(mutator.below(size_t(seeds.size())))];
        // Mostly digit changes, which keep the shape and move the values across ranges.
        const size_t rounds = 1 + mutator.below(3);
        for (size_t r = 0; r < rounds; ++r) {
            if (mutator.below(3) != 0 && !text.isEmpty()) { // a mutation may empty it
                const qsizetype at = qsizetype(mutator.below(size_t(text.size())));
                if (text[at] >= '0' && text[at] <= '9')
                    text[at] = char('0' + mutator.below(10));
            } else {
                text = mutator.mutate(text, seeds[0]);
            }
        }
        const QString difference = DecoderDiff::isoDifference(text);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TestDecoderFuzz::numericStringsMatchStrtod()
{
    // Both paths read numbers in strings with one function, so the comparison above cannot
    // see a wrong value there: hold it to the C library's correctly rounded strtod instead.
    Mutator mutator(envNumber("FEEDBOARD_FUZZ_SEED", 13));
    const quint64 iterations = envNumber("FEEDBOARD_FUZZ_ITERATIONS", 400000) / 2;
    quint64 compared = 0;
    for (quint64 i = 0; i < iterations; ++i) {
        QByteArray text;
        if (mutator.below(3) == 0)
            text += mutator.below(2) ? '-' : '+';
        const auto digits = [&](size_t most) {
            const size_t n = mutator.below(most + 1);
            for (size_t k = 0; k < n; ++k)
                text += char('0' + mutator.below(10));
        };
        digits(mutator.below(4) == 0 ? 25 : 9);
        if (mutator.below(2) == 0) {
            text += '.';
            digits(mutator.below(4) == 0 ? 25 : 9);
        }
        if (mutator.below(3) == 0) {
            text += mutator.below(2) ? 'e' : 'E';
            if (mutator.below(2) == 0)
                text += mutator.below(2) ? '-' : '+';
            digits(3);
        }
        double value = 0.0;
        bool finite = false;
        const bool parsed = DecodeValues::parseNumericString(
            std::string_view(text.constData(), size_t(text.size())), &value, &finite);
        errno = 0;
        char *end = nullptr;
        const double reference = std::strtod(text.constData(), &end);
        const bool referenceReads = end == text.constData() + text.size() && text.size() > 0
            && text != "+" && text != "-";
        if (!referenceReads || errno != 0 || !(std::isnormal(reference) || reference == 0.0)) {
            // Refused, out of range or subnormal: only agree on whether it is a number.
            if (!referenceReads)
                QVERIFY2(!parsed || !finite, text.constData());
            continue;
        }
        QVERIFY2(parsed && finite, text.constData());
        QVERIFY2(std::memcmp(&value, &reference, sizeof value) == 0 || value == reference,
                 qPrintable(QStringLiteral("%1: %2, strtod %3")
                                .arg(QString::fromLatin1(text), QString::number(value, 'g', 17),
                                     QString::number(reference, 'g', 17))));
        ++compared;
    }
    QVERIFY(compared > iterations / 4);
}

QTEST_APPLESS_MAIN(TestDecoderFuzz)
#include "tst_decoderfuzz.moc"
