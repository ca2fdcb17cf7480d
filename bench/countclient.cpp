// fb_countclient: the limit. A bare QWebSocket client that only counts text frames, no
// decoding, no storing: what Qt's WebSocket stack alone sustains on this machine.
//
//   fb_countclient --url ws://127.0.0.1:PORT/ --connections 1 --expect 3000000
#include "benchclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("feed URL"),
                                 QStringLiteral("URL"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("sockets"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("frames in total"),
                                    QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("give up after S seconds"), QStringLiteral("S"),
                                     QStringLiteral("120"));
    parser.addOptions({ url, connections, expect, timeout });
    parser.process(app);

    const long long expected = parser.value(expect).toLongLong();
    const int n = std::max(1, parser.value(connections).toInt());
    long long frames = 0;
    int open = 0;
    QElapsedTimer clock;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    const auto done = [&] {
        BenchClock::printResult("qwebsocket", frames, expected, double(clock.nsecsElapsed()) / 1e9);
        QCoreApplication::exit(frames == expected ? 0 : 3);
    };
    for (int i = 0; i < n; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *s = socket.get();
        QObject::connect(s, &QWebSocket::connected, &app, [&] {
            if (++open == n)
                clock.start(); // the generator starts sending once all are connected
        });
        QObject::connect(s, &QWebSocket::textMessageReceived, &app, [&](const QString &) {
            if (++frames == expected)
                done();
        });
        s->open(QUrl(parser.value(url)));
        sockets.push_back(std::move(socket));
    }
    QTimer::singleShot(parser.value(timeout).toInt() * 1000, &app, done);
    return app.exec();
}
