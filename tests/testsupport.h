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
} // namespace TestSupport
