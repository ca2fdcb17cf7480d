#!/usr/bin/python3
"""A WebSocket feed server for FeedBoard's tests, built on Debian's python3-websockets.

Run with /usr/bin/python3. Listens on 127.0.0.1 (--port 0 picks a free port), prints
"LISTENING <port>" once ready, and serves one scripted stream per path. Values follow simple
formulas of the frame index so the test can compute what it must have decoded.

  /exchange?n=N   Binance-style combined stream: prices and quantities as strings inside a
                  {"stream":..,"data":{..}} wrapper, event time "E" in ms
  /ticker?n=N     Coinbase-style ticker: string prices, ISO-8601 "time" with microseconds
  /batch?n=N      {"data":[record, record, record]} per frame
  /ndjson?n=N     three newline-separated records per frame
  /mixed          good and malformed frames interleaved (the test knows the list)
  /binary         a UTF-8 JSON binary frame, then a raw binary frame
  /logs           JSON log records and plain-text log lines
  /handshake      first frame: the request headers and negotiated subprotocol as JSON;
                  then echoes every text message it receives as {"echo": <text>}
  /seq?n=N        {"seq": i} for i in start..start+N-1 (--start), then stays open
Every stream stays open after its frames until the client leaves.
"""
import argparse
import asyncio
import json
import sys
from urllib.parse import parse_qs, urlparse

import websockets

BASE_MS = 1795687200000  # 2026-11-26T10:00:00Z
SUBPROTOCOLS = ["feedboard.v2", "json"]


def exchange(i):
    symbol = "BTCUSDT" if i % 2 else "ETHUSDT"
    return json.dumps({
        "stream": symbol.lower() + "@trade",
        "data": {"e": "trade", "E": BASE_MS + i, "s": symbol, "t": 1000 + i,
                 "p": "%.2f" % (37000 + i * 0.25), "q": "%.8f" % (0.001 * (i + 1)),
                 "m": i % 3 == 0},
    })


def ticker(i):
    seconds, micros = divmod(i * 1500, 1000000)  # 1.5 ms apart
    return json.dumps({
        "type": "ticker", "product_id": "BTC-USD", "sequence": 5000 + i,
        "price": "%.2f" % (42000 + i), "best_bid": "%.2f" % (41999.5 + i),
        "time": "2026-11-26T10:00:%02d.%06dZ" % (seconds, micros),
    })


def record(i):
    return {"s": "K%d" % (i % 3), "T": BASE_MS + i, "v": i * 0.5}


async def serve_stream(ws, path, query, start):
    n = int(query.get("n", ["10"])[0])
    if path == "/exchange":
        frames = [exchange(i) for i in range(n)]
    elif path == "/ticker":
        frames = [ticker(i) for i in range(n)]
    elif path == "/batch":
        frames = [json.dumps({"data": [record(3 * i + k) for k in range(3)]}) for i in range(n)]
    elif path == "/ndjson":
        frames = ["\n".join(json.dumps(record(3 * i + k)) for k in range(3)) for i in range(n)]
    elif path == "/seq":
        frames = [json.dumps({"seq": i}) for i in range(start, start + n)]
    elif path == "/mixed":
        frames = ['{"s":"A","T":%d,"v":1}' % BASE_MS, '{"s":"A","T":', "[1,2",
                  '{"s":"A","T":%d,"v":2}' % (BASE_MS + 1), '{"s":"A","v":"NaN"}',
                  '{"s":"A","T":%d,"v":3}' % (BASE_MS + 2)]
    elif path == "/binary":
        frames = [b'{"s":"B","T":%d,"v":7.5}' % BASE_MS, bytes([0, 1, 2, 0xfe, 0xff]) * 5]
    elif path == "/logs":
        frames = ['{"ts":"2026-11-26T10:00:00.250+01:00","level":"warning","msg":"disk 91% full"}',
                  "2026-11-26 10:00:01 ERROR payment gateway timeout",
                  '{"ts":"2026-11-26T10:00:02Z","level":"info","msg":"recovered"}']
    else:
        await ws.close(code=4004, reason="unknown path")
        return
    for frame in frames:
        await ws.send(frame)


async def handler(ws, path=None):
    url = urlparse(ws.path)
    query = parse_qs(url.query)
    if url.path == "/handshake":
        await ws.send(json.dumps({"headers": dict(ws.request_headers.raw_items()),
                                  "subprotocol": ws.subprotocol}))
        try:
            async for message in ws:
                await ws.send(json.dumps({"echo": message}))
        except websockets.ConnectionClosed:
            pass  # clients may leave without a close frame; that is what the tests do
        return
    await serve_stream(ws, url.path, query, handler.start)
    await ws.wait_closed()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    handler.start = args.start
    async with websockets.serve(handler, "127.0.0.1", args.port, subprotocols=SUBPROTOCOLS,
                                max_size=None, ping_interval=None) as server:
        port = server.sockets[0].getsockname()[1]
        print("LISTENING %d" % port, flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
