#include "model/feedstate.h"
#include "model/loglevel.h"
#include "model/seriesinfo.h"

#include <QStringList>

#include <array>

QString SeriesInfo::displayName() const
{
    QStringList parts;
    parts.reserve(3);
    if (!feed.isEmpty())
        parts << feed;
    if (!key.isEmpty())
        parts << key;
    if (!field.isEmpty())
        parts << field;
    return parts.join(QLatin1Char(' '));
}

QString feedStateKeyword(FeedState state)
{
    switch (state) {
    case FeedState::Idle:
        return QStringLiteral("idle");
    case FeedState::Connecting:
        return QStringLiteral("connecting");
    case FeedState::Open:
        return QStringLiteral("open");
    case FeedState::Reconnecting:
        return QStringLiteral("reconnecting");
    case FeedState::Closed:
        return QStringLiteral("closed");
    case FeedState::Failed:
        return QStringLiteral("failed");
    case FeedState::Replaying:
        return QStringLiteral("replay");
    }
    return QStringLiteral("idle");
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return QStringLiteral("TRACE");
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Warn:
        return QStringLiteral("WARN");
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    case LogLevel::Fatal:
        return QStringLiteral("FATAL");
    }
    return QStringLiteral("INFO");
}

namespace {
struct LevelWord
{
    QLatin1String word;
    LogLevel level;
};
// The length counted at compile time: every log line compares its words with these.
template<size_t N> constexpr LevelWord levelWord(const char (&word)[N], LogLevel level)
{
    return LevelWord { QLatin1String(word, qsizetype(N - 1)), level };
}
// Longest words first so that "WARNING" is not read as "WARN" + junk by the text scan.
constexpr std::array<LevelWord, 17> kLevelWords { {
    levelWord("CRITICAL", LogLevel::Fatal),
    levelWord("WARNING", LogLevel::Warn),
    levelWord("NOTICE", LogLevel::Info),
    levelWord("VERBOSE", LogLevel::Trace),
    levelWord("SEVERE", LogLevel::Error),
    levelWord("ERROR", LogLevel::Error),
    levelWord("FATAL", LogLevel::Fatal),
    levelWord("PANIC", LogLevel::Fatal),
    levelWord("TRACE", LogLevel::Trace),
    levelWord("DEBUG", LogLevel::Debug),
    levelWord("EMERG", LogLevel::Fatal),
    levelWord("CRIT", LogLevel::Fatal),
    levelWord("INFO", LogLevel::Info),
    levelWord("WARN", LogLevel::Warn),
    levelWord("FAIL", LogLevel::Error),
    levelWord("ERR", LogLevel::Error),
    levelWord("DBG", LogLevel::Debug),
} };

// Plain-text lines only count the contract's words, so ordinary prose ("failed") stays INFO.
constexpr std::array<LevelWord, 8> kTextLevelWords { {
    levelWord("CRITICAL", LogLevel::Fatal),
    levelWord("WARNING", LogLevel::Warn),
    levelWord("ERROR", LogLevel::Error),
    levelWord("FATAL", LogLevel::Fatal),
    levelWord("TRACE", LogLevel::Trace),
    levelWord("DEBUG", LogLevel::Debug),
    levelWord("INFO", LogLevel::Info),
    levelWord("WARN", LogLevel::Warn),
} };

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}
} // namespace

std::optional<LogLevel> parseLogLevel(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    for (const LevelWord &w : kLevelWords) {
        if (trimmed.size() == w.word.size() && trimmed.compare(w.word, Qt::CaseInsensitive) == 0)
            return w.level;
    }
    // syslog-style numeric severities are common in log shippers: 0-2 fatal ... 7 debug.
    bool ok = false;
    const int numeric = trimmed.toInt(&ok);
    if (ok) {
        if (numeric <= 2)
            return LogLevel::Fatal;
        if (numeric == 3)
            return LogLevel::Error;
        if (numeric == 4)
            return LogLevel::Warn;
        if (numeric <= 6)
            return LogLevel::Info;
        if (numeric == 7)
            return LogLevel::Debug;
        // pino / bunyan: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
        if (numeric < 10)
            return std::nullopt;
        if (numeric < 20)
            return LogLevel::Trace;
        if (numeric < 30)
            return LogLevel::Debug;
        if (numeric < 40)
            return LogLevel::Info;
        if (numeric < 50)
            return LogLevel::Warn;
        if (numeric < 60)
            return LogLevel::Error;
        return LogLevel::Fatal;
    }
    return std::nullopt;
}

LogLevel logLevelFromText(QStringView text)
{
    // Only look at the start of a line: levels sit there in every common log layout, and
    // scanning a whole 16 MiB frame for a word would be wasted time.
    const QStringView head = text.left(160);
    const qsizetype n = head.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(head[i]))
            ++i;
        qsizetype j = i;
        while (j < n && isWordChar(head[j]))
            ++j;
        if (j > i && j - i <= 8) {
            const QStringView word = head.mid(i, j - i);
            for (const LevelWord &w : kTextLevelWords) {
                if (word.size() == w.word.size() && word.compare(w.word, Qt::CaseInsensitive) == 0)
                    return w.level;
            }
        }
        i = j;
    }
    return LogLevel::Info;
}
