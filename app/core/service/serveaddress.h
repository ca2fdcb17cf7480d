#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// Where --serve listens: "[ADDR:]PORT" (ADDR an IPv4 address, "[IPv6]" or "localhost";
// default 127.0.0.1). Plain value.
struct ServeAddress
{
    QHostAddress address { QHostAddress::LocalHost };
    quint16 port = 0;

    // Loopback only (127.0.0.0/8, ::1): anything else needs a bearer token.
    bool isLoopback() const { return address.isLoopback(); }
    QString toString() const;

    // nullopt with a one-line reason (without the option name) when the text is not one.
    static std::optional<ServeAddress> parse(const QString &text, QString *error);
};
