#pragma once

// Small helpers several tests share. Header-only: each test is its own executable.
#include "model/seriesinfo.h"
#include "profiles/feedspec.h"

#include <QJsonObject>
#include <QUrl>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace TestSupport {
// The lines of a text file without their newlines (no empty entry for the final newline).
inline QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A whole file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes (truncates) a whole file; false if any of it could not be written.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

inline SeriesInfo seriesInfo(int id, const QString &feed, const QString &key, const QString &field)
{
    SeriesInfo info;
    info.id = id;
    info.feed = feed;
    info.key = key;
    info.field = field;
    return info;
}

// A feed as tests configure one: a name, a URL and (optionally) its "decode" object as a
// profile would hold it.
inline FeedSpec feedSpec(const QString &name, const QUrl &url, const QJsonObject &decode = {})
{
    FeedSpec spec;
    spec.name = name;
    spec.url = url;
    if (!decode.isEmpty()) {
        QString error;
        const auto config = DecodeConfig::fromJson(decode, &error);
        if (!config)
            qFatal("bad decode config in test: %s", qPrintable(error));
        spec.decode = *config;
    }
    return spec;
}

// The same for tests that make servers fail on purpose: no pings, and reconnects after
// `initialDelayMs`, growing to `maxDelayMs`, so a test sees several attempts quickly.
inline FeedSpec quickFeedSpec(const QString &name, const QUrl &url, const QJsonObject &decode = {},
                              int initialDelayMs = 20, int maxDelayMs = 200)
{
    FeedSpec spec = feedSpec(name, url, decode);
    spec.pingIntervalMs = 0;
    spec.reconnectInitialDelayMs = initialDelayMs;
    spec.reconnectMaxDelayMs = maxDelayMs;
    return spec;
}
} // namespace TestSupport
