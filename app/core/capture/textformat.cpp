#include "capture/textformat.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace TextFormat {

QByteArray lineToken(QStringView text)
{
    QString t = text.toString();
    for (QChar &c : t) {
        if (c.isSpace())
            c = QLatin1Char('_');
    }
    return t.toUtf8();
}

void appendJsonString(QByteArray &out, QStringView text)
{
    appendJsonString(out, text.toUtf8());
}

namespace {
// The high bit of each byte of `word` (in memory order) that must be escaped in
// a JSON string: below 0x20, a quote or a backslash. Bit tricks on a 64-bit word ("has a byte
// less than n", "has a zero byte" after XOR): a borrow can mark a byte above a real match, so
// only the lowest mark is exact, and "none" is exact. Bytes from 0x80 up (UTF-8) never match.
inline std::uint64_t escapeMarks(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const std::uint64_t quotes = word ^ (ones * '"'); // a zero byte where word has a quote
    const std::uint64_t backslashes = word ^ (ones * '\\');
    const std::uint64_t controls = (word - ones * 0x20) & ~word;
    const std::uint64_t quoteFound = (quotes - ones) & ~quotes;
    const std::uint64_t backslashFound = (backslashes - ones) & ~backslashes;
    return (controls | quoteFound | backslashFound) & highs;
}

inline char *appendEscaped(char *w, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    if (c >= 0x20 && c != '"' && c != '\\') {
        *w++ = char(c);
        return w;
    }
    *w++ = '\\';
    switch (c) {
    case '"':
        *w++ = '"';
        break;
    case '\\':
        *w++ = '\\';
        break;
    case '\n':
        *w++ = 'n';
        break;
    case '\r':
        *w++ = 'r';
        break;
    case '\t':
        *w++ = 't';
        break;
    case '\b':
        *w++ = 'b';
        break;
    case '\f':
        *w++ = 'f';
        break;
    default:
        *w++ = 'u';
        *w++ = '0';
        *w++ = '0';
        *w++ = hex[c >> 4];
        *w++ = hex[c & 0xf];
    }
    return w;
}
} // namespace

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    // Written straight into the buffer (sized for the worst case, trimmed after), eight bytes
    // at a time where none needs escaping: captures escape every frame they hold.
    const qsizetype start = out.size();
    out.resize(start + utf8.size() * 6 + 2);
    char *w = out.data() + start;
    *w++ = '"';
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        std::memcpy(w, p, 8); // the buffer has room: what follows the first mark is rewritten
        const std::uint64_t marks = escapeMarks(word);
        if (!marks) {
            w += 8;
            p += 8;
            continue;
        }
        // JSON text quotes every key: escape the first mark and go on right after it, rather
        // than byte by byte through the rest of the word.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        const int plain = __builtin_ctzll(marks) / 8;
#else
        const int plain = __builtin_clzll(marks) / 8;
#endif
        w += plain;
        p += plain;
        w = appendEscaped(w, static_cast<unsigned char>(*p));
        ++p;
    }
    for (; p != end; ++p)
        w = appendEscaped(w, static_cast<unsigned char>(*p));
    *w++ = '"';
    out.resize(w - out.constData());
}

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    // Shortest digits that read back exactly, in plain notation where that stays readable
    // (100000, 0.0001) and in exponent notation only for the very large or small.
    char buffer[400];
    const double magnitude = std::fabs(value);
    const bool plain = value == 0.0 || (magnitude >= 1e-5 && magnitude < 1e17);
    const auto result = plain
        ? std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::fixed)
        : std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, result.ptr - buffer);
}

QByteArray formatNumber(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

QByteArray isoTimeFromMs(double epochMs)
{
    // Clamp before converting: a double outside qint64 range is undefined behaviour.
    const auto ms = qint64(std::clamp(std::floor(epochMs), -1.0e15, 1.0e15));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

void appendCsvField(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool quote
        = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

qint64 nowEpochUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace TextFormat
