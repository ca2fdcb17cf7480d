// Tests the contract's level normalisation (TRACE DEBUG INFO WARN ERROR FATAL): names as feeds
// spell them, and level words found in plain-text log lines.
#include "model/loglevel.h"

#include <QtTest>

Q_DECLARE_METATYPE(LogLevel)

namespace {
// Compare by name so a failure prints "WARN" rather than an enum integer.
QString name(std::optional<LogLevel> level)
{
    return level ? logLevelName(*level) : QStringLiteral("<none>");
}
} // namespace

class TestLogLevel : public QObject
{
    Q_OBJECT

private slots:
    void logLevelName_data();
    void logLevelName();
    void parseLogLevel_data();
    void parseLogLevel();
    void parseNumericPinoLevels_data();
    void parseNumericPinoLevels();
    void logLevelFromText_data();
    void logLevelFromText();
};

void TestLogLevel::logLevelName_data()
{
    QTest::addColumn<LogLevel>("level");
    QTest::addColumn<QString>("text");
    QTest::newRow("trace") << LogLevel::Trace << QStringLiteral("TRACE");
    QTest::newRow("debug") << LogLevel::Debug << QStringLiteral("DEBUG");
    QTest::newRow("info") << LogLevel::Info << QStringLiteral("INFO");
    QTest::newRow("warn") << LogLevel::Warn << QStringLiteral("WARN");
    QTest::newRow("error") << LogLevel::Error << QStringLiteral("ERROR");
    QTest::newRow("fatal") << LogLevel::Fatal << QStringLiteral("FATAL");
}

void TestLogLevel::logLevelName()
{
    QFETCH(LogLevel, level);
    QFETCH(QString, text);
    QCOMPARE(::logLevelName(level), text);
    // The normalised names read back as themselves, in any case.
    QCOMPARE(name(::parseLogLevel(text)), text);
    QCOMPARE(name(::parseLogLevel(text.toLower())), text);
}

void TestLogLevel::parseLogLevel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "<none>": unknown

    const QString none = QStringLiteral("<none>");
    QTest::newRow("TRACE") << QStringLiteral("TRACE") << QStringLiteral("TRACE");
    QTest::newRow("verbose") << QStringLiteral("verbose") << QStringLiteral("TRACE");
    QTest::newRow("Debug") << QStringLiteral("Debug") << QStringLiteral("DEBUG");
    QTest::newRow("dbg") << QStringLiteral("dbg") << QStringLiteral("DEBUG");
    QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("INFO");
    QTest::newRow("padded") << QStringLiteral("  INFO \t") << QStringLiteral("INFO");
    QTest::newRow("notice") << QStringLiteral("notice") << QStringLiteral("INFO");
    QTest::newRow("warn") << QStringLiteral("warn") << QStringLiteral("WARN");
    QTest::newRow("Warning") << QStringLiteral("Warning") << QStringLiteral("WARN");
    QTest::newRow("WARNING") << QStringLiteral("WARNING") << QStringLiteral("WARN");
    QTest::newRow("err") << QStringLiteral("err") << QStringLiteral("ERROR");
    QTest::newRow("Error") << QStringLiteral("Error") << QStringLiteral("ERROR");
    QTest::newRow("severe") << QStringLiteral("severe") << QStringLiteral("ERROR");
    QTest::newRow("fatal") << QStringLiteral("fatal") << QStringLiteral("FATAL");
    QTest::newRow("CRITICAL") << QStringLiteral("CRITICAL") << QStringLiteral("FATAL");
    QTest::newRow("crit") << QStringLiteral("crit") << QStringLiteral("FATAL");
    QTest::newRow("panic") << QStringLiteral("panic") << QStringLiteral("FATAL");
    QTest::newRow("emerg") << QStringLiteral("emerg") << QStringLiteral("FATAL");
    // syslog severities 0..7
    QTest::newRow("syslog 0") << QStringLiteral("0") << QStringLiteral("FATAL");
    QTest::newRow("syslog 2") << QStringLiteral("2") << QStringLiteral("FATAL");
    QTest::newRow("syslog 3") << QStringLiteral("3") << QStringLiteral("ERROR");
    QTest::newRow("syslog 4") << QStringLiteral("4") << QStringLiteral("WARN");
    QTest::newRow("syslog 5") << QStringLiteral("5") << QStringLiteral("INFO");
    QTest::newRow("syslog 6") << QStringLiteral("6") << QStringLiteral("INFO");
    QTest::newRow("syslog 7") << QStringLiteral("7") << QStringLiteral("DEBUG");
    // Unknown spellings are not guessed at.
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("blank") << QStringLiteral("   ") << none;
    QTest::newRow("word") << QStringLiteral("chatty") << none;
    QTest::newRow("prefix of a word") << QStringLiteral("warnx") << none;
    QTest::newRow("sentence") << QStringLiteral("error in module") << none;
}

void TestLogLevel::parseLogLevel()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(name(::parseLogLevel(text)), expected);
}

// pino and bunyan, the common Node.js JSON loggers, write numeric levels 10..60
// (trace, debug, info, warn, error, fatal). A level of 50 is an error, not a debug message.
void TestLogLevel::parseNumericPinoLevels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("10") << QStringLiteral("10") << QStringLiteral("TRACE");
    QTest::newRow("20") << QStringLiteral("20") << QStringLiteral("DEBUG");
    QTest::newRow("30") << QStringLiteral("30") << QStringLiteral("INFO");
    QTest::newRow("40") << QStringLiteral("40") << QStringLiteral("WARN");
    QTest::newRow("50") << QStringLiteral("50") << QStringLiteral("ERROR");
    QTest::newRow("60") << QStringLiteral("60") << QStringLiteral("FATAL");
}

void TestLogLevel::parseNumericPinoLevels()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(name(::parseLogLevel(text)), expected);
}

void TestLogLevel::logLevelFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ERROR") << QStringLiteral("2026-11-26T10:00:00Z ERROR connection reset")
                           << QStringLiteral("ERROR");
    QTest::newRow("error lower") << QStringLiteral("error: connection reset")
                                 << QStringLiteral("ERROR");
    QTest::newRow("WARN bracketed") << QStringLiteral("[WARN] slow") << QStringLiteral("WARN");
    QTest::newRow("Warning") << QStringLiteral("Warning: disk") << QStringLiteral("WARN");
    QTest::newRow("info") << QStringLiteral("info started") << QStringLiteral("INFO");
    QTest::newRow("debug") << QStringLiteral("10:00:00 debug tick") << QStringLiteral("DEBUG");
    QTest::newRow("TRACE") << QStringLiteral("TRACE enter") << QStringLiteral("TRACE");
    QTest::newRow("fatal") << QStringLiteral("Fatal: abort") << QStringLiteral("FATAL");
    QTest::newRow("CRITICAL") << QStringLiteral("CRITICAL broker down") << QStringLiteral("FATAL");
    QTest::newRow("level=") << QStringLiteral("ts=1 level=warning msg=x") << QStringLiteral("WARN");
    QTest::newRow("first word wins")
        << QStringLiteral("INFO user error count reset") << QStringLiteral("INFO");
    QTest::newRow("none") << QStringLiteral("heartbeat") << QStringLiteral("INFO");
    QTest::newRow("empty") << QString() << QStringLiteral("INFO");
    QTest::newRow("inside a word")
        << QStringLiteral("terrorist errors=3 informal") << QStringLiteral("INFO");
    QTest::newRow("underscore joins words")
        << QStringLiteral("error_count=3") << QStringLiteral("INFO");
    QTest::newRow("prose failed") << QStringLiteral("request failed, retrying")
                                  << QStringLiteral("INFO");
}

void TestLogLevel::logLevelFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(::logLevelName(::logLevelFromText(text)), expected);
}

QTEST_APPLESS_MAIN(TestLogLevel)
#include "tst_loglevel.moc"
