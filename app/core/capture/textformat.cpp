#include "capture/textformat.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>

namespace TextFormat {

void appendJsonString(QByteArray &out, QStringView text)
{
    appendJsonString(out, text.toUtf8());
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    // Written straight into the buffer (sized for the worst case, trimmed after): captures
    // escape every frame, and an append per escaped quote dominated the capture's cost.
    const qsizetype start = out.size();
    out.resize(start + utf8.size() * 6 + 2);
    char *w = out.data() + start;
    *w++ = '"';
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *w++ = char(c);
            continue;
        }
        *w++ = '\\';
        switch (c) {
        case '"': *w++ = '"'; break;
        case '\\': *w++ = '\\'; break;
        case '\n': *w++ = 'n'; break;
        case '\r': *w++ = 'r'; break;
        case '\t': *w++ = 't'; break;
        case '\b': *w++ = 'b'; break;
        case '\f': *w++ = 'f'; break;
        default:
            *w++ = 'u';
            *w++ = '0';
            *w++ = '0';
            *w++ = hex[c >> 4];
            *w++ = hex[c & 0xf];
        }
    }
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
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')
        || utf8.contains('\r');
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
