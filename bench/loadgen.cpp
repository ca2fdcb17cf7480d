// fb_loadgen: a WebSocket load generator, run as its own process so FeedBoard is measured
// from the outside. It listens on 127.0.0.1, waits for N clients, then sends each one
// `--count` messages (or for `--duration` seconds) at `--rate` messages per second in total,
// or as fast as the clients take them (`--rate 0`). Every message carries its send time in
// microseconds since the epoch ("t"), so receivers can measure latency.
//
//   fb_loadgen --connections 4 --count 1000000 --rate 0 --size 150 --shape tick
//
// Prints "port N" once listening, and "sent total=.. seconds=.. rate=.." when done.
//
// --seq (for scripts/soak.sh) adds "c" (the connection's index, in accept order) and "q" (the
// message's sequence number on that connection, from 0) to every message, and once a
// connection's queued bytes have all gone to the kernel (or it closed) prints
//   conn id=K sent=N drained=1|0 unflushed_bytes=B
// so a receiver can be checked frame by frame: drained=1 means all N messages left this process.
#include "benchclock.h"
#include "wsframes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace {
constexpr int kRingMessages = 4096; // distinct pre-framed messages per connection
constexpr qsizetype kHighWater = 4 << 20; // bytes queued in the socket before we wait
constexpr qsizetype kBacklogCap = 64 << 20;
constexpr int kTimeDigits = 16;
constexpr int kSeqWidth = 16; // "q": a number right-aligned in spaces (valid JSON whitespace)

struct Options
{
    int connections = 1;
    qint64 count = 0; // per connection; 0: until duration
    double rate = 0; // messages per second in total; 0: flat out
    double duration = 0; // seconds; 0: until count
    int size = 150; // approximate payload bytes
    int symbols = 8;
    QString shape = QStringLiteral("tick");
    quint16 port = 0;
    bool seq = false;
};

// One message: its frame inside the ring, and where its 16 time digits are.
struct Slot
{
    qsizetype begin = 0;
    qsizetype timeOffset = 0; // relative to begin; -1: none
    qsizetype seqOffset = 0; // relative to begin; 0 without --seq
};

// A record of the tick shape: symbol, time (`time` digits), prices, volume; `quoted` puts
// every number in a string, as many exchanges send them.
QByteArray tickRecord(const Options &o, int index, double price, const QByteArray &time,
                      QRandomGenerator &rng, bool quoted = false)
{
    const int symbol = index % std::max(1, o.symbols);
    char buf[256];
    const char *format = quoted
        ? R"({"s":"SYM%03d","t":"%s","p":"%.4f","b":"%.4f","a":"%.4f","v":"%u")"
        : R"({"s":"SYM%03d","t":%s,"p":%.4f,"b":%.4f,"a":%.4f,"v":%u)";
    std::snprintf(buf, sizeof buf, format, symbol, time.constData(), price, price - 0.01,
                  price + 0.01, unsigned(rng.bounded(1, 100000)));
    return buf;
}

// Pads a JSON object to about the requested size with a string member nobody maps.
QByteArray padded(const Options &o, QByteArray text)
{
    const qsizetype pad = o.size - text.size() - 8;
    if (pad > 0)
        text += R"(,"x":")" + QByteArray(pad, 'x') + '"';
    return text + '}';
}

// One message of the shape. Only "tick" and "log" carry the send time for latency (stamped
// per message); the other shapes, made for throughput by shape, carry the time the ring was
// built (believable, so every record decodes without a time error).
QByteArray messageText(const Options &o, int connection, int index, double price,
                       QRandomGenerator &rng)
{
    const QByteArray time(kTimeDigits, '0');
    const QByteArray now = QByteArray::number(BenchClock::epochUs());
    const QByteArray iso = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    static const char *levels[] = { "INFO", "DEBUG", "WARN", "ERROR" };
    const QByteArray words = "request " + QByteArray::number(index) + " handled in "
        + QByteArray::number(rng.bounded(1, 900)) + " ms";
    if (o.shape == QLatin1String("log")) {
        QByteArray text = QByteArray(R"({"t":)") + time + R"(,"level":")" + levels[index % 4]
            + R"(","msg":")" + words + '"';
        if (o.seq) // placeholders, stamped per message by Client::send()
            text.insert(1,
                        R"("c":)" + QByteArray::number(connection) + R"(,"q":)"
                            + QByteArray(kSeqWidth, ' ') + ',');
        return padded(o, text);
    }
    if (o.shape == QLatin1String("wrapped")) // {"stream":..,"data":{..}}, root "/data"
        return R"({"stream":"sym@trade","data":)" + padded(o, tickRecord(o, index, price, now, rng))
            + '}';
    if (o.shape == QLatin1String("batch8") || o.shape == QLatin1String("ndjson")) {
        const bool batch = o.shape == QLatin1String("batch8");
        const int records = batch ? 8 : 4;
        QByteArray text = batch ? "[" : "";
        for (int r = 0; r < records; ++r) {
            if (r > 0)
                text += batch ? "," : "\n";
            text += tickRecord(o, index * records + r, price + r * 0.01, now, rng) + '}';
        }
        return batch ? text + ']' : text;
    }
    if (o.shape == QLatin1String("positional")) // Kraken: [id, [price, volume, time, ...], ...]
        return "[42,[\"" + QByteArray::number(price, 'f', 5) + "\",\""
            + QByteArray::number(rng.bounded(1, 100000) / 1000.0, 'f', 8) + "\",\""
            + QByteArray::number(double(BenchClock::epochUs()) / 1e6, 'f', 6)
            + R"(","b","l",""],"trade","XBT/USD"])";
    if (o.shape == QLatin1String("numstr"))
        return padded(o, tickRecord(o, index, price, now, rng, true));
    if (o.shape == QLatin1String("jsonlog")) // ISO-8601 times, level and message
        return padded(o,
                      R"({"time":")" + iso + R"(","level":")" + levels[index % 4] + R"(","msg":")"
                          + words + '"');
    if (o.shape == QLatin1String("textlog"))
        return iso + ' ' + levels[index % 4] + ' ' + words;
    QByteArray text = tickRecord(o, index, price, time, rng);
    if (o.seq) // placeholders, stamped per message by Client::send()
        text.insert(1,
                    R"("c":)" + QByteArray::number(connection) + R"(,"q":)"
                        + QByteArray(kSeqWidth, ' ') + ',');
    return padded(o, text);
}

class Client final
{
    Q_DISABLE_COPY_MOVE(Client)

public:
    Client(QTcpSocket *socket, const Options &o, int seed)
        : m_socket(socket)
    {
        QRandomGenerator rng(quint32(seed + 1));
        double price = 100.0 + seed;
        m_slots.reserve(kRingMessages);
        for (int i = 0; i < kRingMessages; ++i) {
            price = std::max(1.0, price + (rng.generateDouble() - 0.5) * 0.2);
            const QByteArray text = messageText(o, seed, i, price, rng);
            Slot slot;
            slot.begin = m_ring.size();
            const bool stamped
                = o.shape == QLatin1String("tick") || o.shape == QLatin1String("log");
            slot.timeOffset = stamped
                ? WsFrames::headerSize(text.size()) + text.indexOf(R"("t":)") + 4
                : -1; // the shape carries no send time
            if (o.seq && stamped)
                slot.seqOffset = WsFrames::headerSize(text.size()) + text.indexOf(R"("q":)") + 4;
            WsFrames::appendTextFrame(m_ring, text.constData(), text.size());
            m_slots.push_back(slot);
        }
        m_slots.push_back(Slot { m_ring.size(), 0 }); // sentinel: end of the last message
    }

    QTcpSocket *socket() const { return m_socket; }
    qint64 sent() const { return m_sent; }

    // Writes up to n messages stamped with `stamp` (16 digits); returns how many went out.
    qint64 send(qint64 n, const char *stamp)
    {
        qint64 done = 0;
        while (done < n) {
            const int first = int(m_next % kRingMessages);
            const int last = int(std::min<qint64>(kRingMessages, first + (n - done)));
            const qsizetype begin = m_slots[size_t(first)].begin;
            const qsizetype end = m_slots[size_t(last)].begin;
            m_chunk.resize(end - begin);
            std::memcpy(m_chunk.data(), m_ring.constData() + begin, size_t(end - begin));
            for (int i = first; i < last; ++i) {
                const Slot &s = m_slots[size_t(i)];
                if (s.timeOffset >= 0)
                    std::memcpy(m_chunk.data() + (s.begin - begin) + s.timeOffset, stamp,
                                kTimeDigits);
                if (s.seqOffset > 0)
                    stampSeq(m_chunk.data() + (s.begin - begin) + s.seqOffset,
                             m_next + (i - first));
            }
            m_socket->write(m_chunk);
            done += last - first;
            m_next += last - first;
        }
        m_sent += done;
        return done;
    }

    bool reported = false; // its "conn" line was printed

private:
    static void stampSeq(char *at, qint64 seq)
    {
        char digits[kSeqWidth + 1];
        std::snprintf(digits, sizeof digits, "%*lld", kSeqWidth, static_cast<long long>(seq));
        std::memcpy(at, digits, kSeqWidth);
    }

    QTcpSocket *m_socket;
    QByteArray m_ring;
    QByteArray m_chunk;
    std::vector<Slot> m_slots;
    qint64 m_next = 0;
    qint64 m_sent = 0;
};

class LoadGen final : public QObject
{
    Q_DISABLE_COPY_MOVE(LoadGen)

public:
    explicit LoadGen(const Options &o)
        : m_o(o)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, &LoadGen::pump);
        connect(&m_server, &QTcpServer::newConnection, this, &LoadGen::accept);
    }

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_o.port)) {
            std::fprintf(stderr, "fb_loadgen: %s\n", qPrintable(m_server.errorString()));
            return false;
        }
        std::printf("port %u\n", unsigned(m_server.serverPort()));
        std::fflush(stdout);
        return true;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto request = std::make_shared<QByteArray>(); // handshake, then frame bytes
            auto upgraded = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, request, upgraded] {
                if (*upgraded) { // answer pings, ignore the rest
                    answerControlFrames(socket, *request);
                    return;
                }
                request->append(socket->readAll());
                if (!request->contains("\r\n\r\n"))
                    return;
                socket->write(WsFrames::handshakeResponse(*request));
                request->remove(0, request->indexOf("\r\n\r\n") + 4);
                *upgraded = true;
                m_clients.push_back(std::make_unique<Client>(socket, m_o, int(m_clients.size())));
                std::fprintf(stderr, "fb_loadgen: client %d connected\n", int(m_clients.size()));
                if (int(m_clients.size()) == m_o.connections)
                    begin();
            });
            connect(socket, &QTcpSocket::bytesWritten, this, [this] {
                if (m_running && m_o.rate <= 0)
                    pump();
            });
            connect(socket, &QTcpSocket::disconnected, this, [this] {
                reportDrained();
                if (++m_disconnected >= m_o.connections && m_done)
                    QCoreApplication::quit();
            });
        }
    }

    // Clients ping (FeedBoard reconnects after three unanswered pings): pong each one.
    // `pending` keeps the bytes of an incomplete frame between reads.
    static void answerControlFrames(QTcpSocket *socket, QByteArray &pending)
    {
        pending += socket->readAll();
        int opcode = 0;
        QByteArray payload;
        QByteArray reply;
        while (WsFrames::takeClientFrame(pending, &opcode, &payload)) {
            if (opcode == 0x9)
                WsFrames::appendControlFrame(reply, 0xA, payload);
        }
        if (!reply.isEmpty())
            socket->write(reply);
    }

    void begin()
    {
        m_running = true;
        m_clock.start();
        m_tick.start();
        pump();
    }

    void pump()
    {
        if (!m_running)
            return;
        const double elapsed = double(m_clock.nsecsElapsed()) / 1e9;
        if (m_o.duration > 0 && elapsed >= m_o.duration)
            return finish();
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "%016lld", BenchClock::epochUs());
        bool allDone = true;
        for (const auto &client : m_clients) {
            qint64 want = 0;
            if (m_o.rate > 0) {
                const double perClient = m_o.rate / m_o.connections;
                want = qint64(perClient * elapsed) - client->sent();
                if (client->socket()->bytesToWrite() > kBacklogCap)
                    want = 0; // the receiver is far behind; do not grow without bound
            } else if (client->socket()->bytesToWrite() < kHighWater) {
                want = 2048;
            }
            if (m_o.count > 0)
                want = std::min(want, m_o.count - client->sent());
            if (want > 0)
                client->send(want, stamp);
            if (m_o.count <= 0 || client->sent() < m_o.count)
                allDone = false;
        }
        if (allDone)
            finish();
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_running = false;
        m_tick.stop();
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        qint64 total = 0;
        for (const auto &client : m_clients)
            total += client->sent();
        std::printf("sent total=%lld seconds=%.3f rate=%.0f\n", static_cast<long long>(total),
                    seconds, double(total) / seconds);
        std::fflush(stdout);
        if (m_o.seq) {
            connect(&m_drain, &QTimer::timeout, this, &LoadGen::reportDrained);
            m_drain.start(20);
            reportDrained();
        }
        // Leave when the clients hang up, or after a while if one never does.
        QTimer::singleShot(60000, this, [] { QCoreApplication::exit(3); });
        if (m_disconnected >= m_o.connections)
            QCoreApplication::quit();
    }

    // --seq: one "conn" line per connection once its queue is empty or it closed.
    void reportDrained()
    {
        if (!m_done || !m_o.seq)
            return;
        for (size_t i = 0; i < m_clients.size(); ++i) {
            Client &client = *m_clients[i];
            const qint64 queued = client.socket()->bytesToWrite();
            const bool open = client.socket()->state() == QAbstractSocket::ConnectedState;
            if (client.reported || (open && queued > 0))
                continue;
            client.reported = true;
            // A closed socket may have dropped its queue: only an open, empty one is drained.
            std::printf("conn id=%d sent=%lld drained=%d unflushed_bytes=%lld\n", int(i),
                        static_cast<long long>(client.sent()), open ? 1 : 0,
                        static_cast<long long>(queued));
        }
        std::fflush(stdout);
    }

    Options m_o;
    QTcpServer m_server;
    QTimer m_drain;
    QTimer m_tick;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<Client>> m_clients;
    int m_disconnected = 0;
    bool m_running = false;
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("WebSocket load generator for FeedBoard benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("clients to wait for"), QStringLiteral("N"),
                                         QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("messages per connection (0: until --duration)"),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("messages per second in total (0: flat out)"),
                                  QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("seconds to send (0: until --count)"),
                                      QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("approximate message bytes"), QStringLiteral("B"),
                                  QStringLiteral("150"));
    const QCommandLineOption symbols(QStringLiteral("symbols"),
                                     QStringLiteral("distinct keys (tick shape)"),
                                     QStringLiteral("K"), QStringLiteral("8"));
    const QCommandLineOption shape(QStringLiteral("shape"),
                                   QStringLiteral("tick, log, wrapped, batch8, ndjson, positional, "
                                                  "numstr, jsonlog or textlog"),
                                   QStringLiteral("SHAPE"), QStringLiteral("tick"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("port on 127.0.0.1 (0: free)"),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seq(
        QStringLiteral("seq"),
        QStringLiteral("add the connection index \"c\" and a per-connection sequence number \"q\" "
                       "to every message; print per-connection sent counts at the end"));
    parser.addOptions({ connections, count, rate, duration, size, symbols, shape, port, seq });
    parser.process(app);

    Options o;
    o.connections = std::max(1, parser.value(connections).toInt());
    o.count = parser.value(count).toLongLong();
    o.rate = parser.value(rate).toDouble();
    o.duration = parser.value(duration).toDouble();
    o.size = parser.value(size).toInt();
    o.symbols = parser.value(symbols).toInt();
    o.shape = parser.value(shape);
    o.port = quint16(parser.value(port).toUInt());
    o.seq = parser.isSet(seq);
    if (o.count <= 0 && o.duration <= 0) {
        std::fprintf(stderr, "fb_loadgen: give --count or --duration\n");
        return 1;
    }
    LoadGen gen(o);
    if (!gen.listen())
        return 1;
    return app.exec();
}
