#include "decode/decodevalues.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace {
constexpr size_t kMaxNumericChars = 64;
constexpr double kEarliestTimeMs = 631152000000.0; // 1990-01-01T00:00:00Z
constexpr double kMaxAheadMs = 86400000.0; // a day: clocks drift, not by that much
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isBlank(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsLower(std::string_view s, std::string_view lower)
{
    if (s.size() != lower.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = (s[i] >= 'A' && s[i] <= 'Z') ? char(s[i] - 'A' + 'a') : s[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

// Reads `digits` decimal digits at `at`; false unless all are digits.
bool readDigits(std::string_view s, size_t at, size_t digits, int *value)
{
    if (at + digits > s.size())
        return false;
    int v = 0;
    for (size_t i = at; i < at + digits; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// "0.<digits>" as a double, as the general reading always did: correctly rounded.
double fractionOf(std::string_view digits)
{
    char buffer[kMaxNumericChars + 2];
    if (digits.size() > kMaxNumericChars)
        digits = digits.substr(0, kMaxNumericChars); // beyond 17 digits nothing changes
    buffer[0] = '0';
    buffer[1] = '.';
    std::copy(digits.begin(), digits.end(), buffer + 2);
    double value = 0.0;
    std::from_chars(buffer, buffer + 2 + digits.size(), value);
    return value;
}

// YYYY-MM-DD(T| )hh:mm[:ss[.fraction]][Z|±hh:mm|±hhmm], each part in range; anything else
// (other separators, leap seconds, 24:00, years before 1000) is left to QDateTime: false.
bool fastIso(std::string_view s, double *ms)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (s.size() < 16 || !readDigits(s, 0, 4, &year) || s[4] != '-' || !readDigits(s, 5, 2, &month)
        || s[7] != '-' || !readDigits(s, 8, 2, &day) || (s[10] != 'T' && s[10] != ' ')
        || !readDigits(s, 11, 2, &hour) || s[13] != ':' || !readDigits(s, 14, 2, &minute))
        return false;
    size_t at = 16;
    double fraction = 0.0;
    if (at < s.size() && s[at] == ':') {
        if (!readDigits(s, at + 1, 2, &second))
            return false;
        at += 3;
        if (at < s.size() && s[at] == '.') {
            size_t end = at + 1;
            while (end < s.size() && isDigit(s[end]))
                ++end;
            if (end == at + 1)
                return false;
            fraction = fractionOf(s.substr(at + 1, end - at - 1)) * 1000.0;
            at = end;
        }
    }
    int offsetMinutes = 0;
    if (at < s.size()) {
        if (s[at] == 'Z' && at + 1 == s.size()) {
            at += 1;
        } else if (s[at] == '+' || s[at] == '-') {
            int oh = 0, om = 0;
            const bool colon = at + 6 == s.size() && s[at + 3] == ':';
            const bool plain = at + 5 == s.size();
            if ((!colon && !plain) || !readDigits(s, at + 1, 2, &oh)
                || !readDigits(s, at + (colon ? 4 : 3), 2, &om) || oh > 14 || om > 59)
                return false;
            offsetMinutes = (oh * 60 + om) * (s[at] == '-' ? -1 : 1);
            at = s.size();
        } else {
            return false;
        }
    }
    if (at != s.size() || year < 1000 || month < 1 || month > 12 || day < 1
        || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        return false;
    const qint64 wholeMs = daysFromCivil(year, month, day) * 86400000
        + qint64(hour * 3600 + minute * 60 + second) * 1000 - qint64(offsetMinutes) * 60000;
    *ms = double(wholeMs) + fraction;
    return true;
}

// The general reading, through QDateTime (which reads milliseconds only: finer fractions are
// kept here so µs survive).
double qtIso(const QString &text)
{
    const QString trimmedText = text.trimmed();
    if (trimmedText.size() < 10)
        return kNaN;
    QString base = trimmedText;
    double fractionMs = 0.0;
    const qsizetype dot = trimmedText.indexOf(QLatin1Char('.'), 10);
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < trimmedText.size() && trimmedText[end].isDigit())
            ++end;
        const QString digits = trimmedText.mid(dot + 1, end - dot - 1);
        if (!digits.isEmpty()) {
            fractionMs = QString(QStringLiteral("0.") + digits).toDouble() * 1000.0;
            base = trimmedText.left(dot) + trimmedText.mid(end);
        }
    }
    base.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(base, Qt::ISODate);
    if (!dt.isValid())
        return kNaN;
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the contract reads it as UTC
        dt.setTimeZone(QTimeZone::utc());
    return double(dt.toMSecsSinceEpoch()) + fractionMs;
}
} // namespace

namespace DecodeValues {

bool parseNumericString(std::string_view utf8, double *value, bool *finite)
{
    const std::string_view t = trimmed(utf8);
    if (t.empty() || t.size() > kMaxNumericChars)
        return false;
    std::string_view unsignedText = t;
    const bool negative = t.front() == '-';
    if (t.front() == '+' || t.front() == '-')
        unsignedText.remove_prefix(1);
    if (equalsLower(unsignedText, "nan") || equalsLower(unsignedText, "inf")
        || equalsLower(unsignedText, "infinity")) {
        *value = kNaN;
        *finite = false;
        return true;
    }
    // Plain decimal notation only: rejects "0x10", "1,5", "12abc", "1.2.3", "1e".
    size_t i = 0;
    const std::string_view u = unsignedText;
    size_t mantissaDigits = 0;
    quint64 mantissa = 0; // exact while mantissaDigits <= kExactDigits
    int scale = 0; // digits after the point
    while (i < u.size() && isDigit(u[i])) {
        mantissa = mantissa * 10 + quint64(u[i++] - '0');
        ++mantissaDigits;
    }
    if (i < u.size() && u[i] == '.') {
        ++i;
        while (i < u.size() && isDigit(u[i])) {
            mantissa = mantissa * 10 + quint64(u[i++] - '0');
            ++mantissaDigits;
            ++scale;
        }
    }
    if (mantissaDigits == 0)
        return false;
    bool negativeExponent = false;
    int exponent = 0;
    if (i < u.size() && (u[i] == 'e' || u[i] == 'E')) {
        ++i;
        if (i < u.size() && (u[i] == '+' || u[i] == '-'))
            negativeExponent = u[i++] == '-';
        const size_t digitsAt = i;
        while (i < u.size() && isDigit(u[i])) {
            exponent = std::min(exponent * 10 + (u[i++] - '0'), 100000);
        }
        if (i == digitsAt)
            return false;
    }
    if (i != u.size())
        return false;
    // Clinger's fast path, what a feed's prices nearly always are: a mantissa of at most 15
    // digits is exact in a double, so are 10^0..10^22, and one multiplication or division of
    // exact values rounds once, correctly. tst_decoderfuzz checks it against strtod.
    constexpr size_t kExactDigits = 15;
    static constexpr double kPowers[]
        = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    const int power = (negativeExponent ? -exponent : exponent) - scale;
    if (mantissaDigits <= kExactDigits && power >= -22 && power <= 22) {
        const double m = double(mantissa);
        const double d = power < 0 ? m / kPowers[-power] : m * kPowers[power];
        *value = negative ? -d : d;
        *finite = true;
        return true;
    }
    double d = 0.0;
    const auto [end, ec] = std::from_chars(u.data(), u.data() + u.size(), d);
    if (ec == std::errc::result_out_of_range) {
        // Beyond double range: a number, but not finite; below it: zero.
        *value
            = negativeExponent ? (negative ? -0.0 : 0.0) : std::numeric_limits<double>::infinity();
        *finite = negativeExponent;
        return true;
    }
    if (ec != std::errc() || end != u.data() + u.size())
        return false;
    *value = negative ? -d : d;
    *finite = std::isfinite(d);
    return true;
}

bool parseNumericString(const QString &text, double *value, bool *finite)
{
    if (text.size() > qsizetype(kMaxNumericChars) * 2)
        return false; // blanks aside, too long to be one
    const QByteArray utf8 = text.toUtf8();
    return parseNumericString(std::string_view(utf8.constData(), size_t(utf8.size())), value,
                              finite);
}

double epochMsFromNumber(double number)
{
    const double magnitude = std::fabs(number);
    if (magnitude < 1.0e11) // seconds until the year 5138
        return number * 1000.0;
    if (magnitude < 1.0e14) // milliseconds
        return number;
    if (magnitude < 1.0e17) // microseconds
        return number / 1000.0;
    return number / 1.0e6; // nanoseconds
}

double epochMsFromIsoString(std::string_view utf8)
{
    double ms = 0.0;
    if (fastIso(trimmed(utf8), &ms))
        return ms;
    return qtIso(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

double epochMsFromIsoStringGeneral(const QString &text)
{
    return qtIso(text);
}

double epochMsFromIsoString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return epochMsFromIsoString(std::string_view(utf8.constData(), size_t(utf8.size())));
}

double epochMsFromTimeString(std::string_view utf8)
{
    double number = 0.0;
    bool finite = false;
    if (parseNumericString(utf8, &number, &finite) && finite)
        return epochMsFromNumber(number);
    return epochMsFromIsoString(utf8);
}

bool isUsableTimeMs(double timeMs)
{
    // Beyond ±1e15 ms (year 33658) a "time" is damage, and would not survive conversion to
    // integer microseconds.
    return std::isfinite(timeMs) && std::fabs(timeMs) < 1.0e15;
}

bool isPlausibleTimeMs(double timeMs, qint64 receiveUs)
{
    return timeMs >= kEarliestTimeMs && timeMs <= double(receiveUs) / 1000.0 + kMaxAheadMs;
}

QString timeRangeError(const QString &pointer, double timeMs, qint64 receiveUs)
{
    const QString when = std::fabs(timeMs) < 1.0e15
        ? QDateTime::fromMSecsSinceEpoch(qint64(timeMs), QTimeZone::utc())
              .toString(Qt::ISODateWithMs)
        : QString::number(timeMs, 'g', 6) + QStringLiteral(" ms");
    if (timeMs < kEarliestTimeMs)
        return QStringLiteral("time %1: %2 is before 1990; the receive time is used")
            .arg(pointer, when);
    return QStringLiteral("time %1: %2 is %3 days after the receive time; the receive time is used")
        .arg(pointer, when)
        .arg((timeMs - double(receiveUs) / 1000.0) / kMaxAheadMs, 0, 'f', 1);
}

bool startsLikeJson(std::string_view bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

LogRecord textLogRecord(const QString &feed, std::string_view utf8Line, qint64 receiveUs)
{
    LogRecord log;
    log.timeUs = receiveUs;
    log.feed = feed;
    log.message = QString::fromUtf8(utf8Line.data(), qsizetype(utf8Line.size())).trimmed();
    log.level = logLevelFromText(log.message);
    return log;
}

QString numberKeyText(double number)
{
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

} // namespace DecodeValues
