#include "service/serveaddress.h"

QString ServeAddress::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

std::optional<ServeAddress> ServeAddress::parse(const QString &text, QString *error)
{
    ServeAddress result;
    QString host;
    QString portText = text.trimmed();
    // The port follows the last colon; an IPv6 address is bracketed so its colons are not read
    // as one ("[::1]:9464").
    const qsizetype colon = portText.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = portText.left(colon);
        portText = portText.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        else if (host.contains(QLatin1Char(':'))) {
            *error = QStringLiteral("write an IPv6 address in brackets: [ADDR]:PORT");
            return std::nullopt;
        }
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    // Port 0: a free port, which the run names on stderr (tests and scripts use it).
    if (!ok || port > 65535) {
        *error = QStringLiteral("expected [ADDR:]PORT with a port from 0 to 65535");
        return std::nullopt;
    }
    result.port = quint16(port);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host.clear();
    if (!host.isEmpty() && !result.address.setAddress(host)) {
        *error = QStringLiteral("\"%1\" is not an IP address").arg(host);
        return std::nullopt;
    }
    return result;
}
