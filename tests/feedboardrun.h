#pragma once

// Runs the built feedboard binary as users' scripts do and keeps what it printed. Header-only:
// each test is its own executable.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include "testpaths.h"

namespace TestSupport {
struct Run
{
    int exitCode = -1; // -1 when it crashed or had to be killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

inline Run runFeedboard(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProgram(TestPaths::binary());
    process.setArguments(arguments);
    QElapsedTimer clock;
    clock.start();
    process.start();
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace TestSupport
