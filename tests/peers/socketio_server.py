#!/usr/bin/python3
"""A Socket.IO server for FeedBoard's tests, built on Debian's python3-socketio (5.x) and
python3-aiohttp: Engine.IO 4 over WebSocket, as real Socket.IO feeds speak it.

Run with /usr/bin/python3. Listens on 127.0.0.1 (--port 0 picks a free port), prints
"LISTENING <port>" once ready, and "CONNECT <namespace>" for every namespace connect it
accepts. Engine.IO pings every --ping-interval seconds and drops a client whose pong does not
come within --ping-timeout seconds.

Default namespace "/": on connect, reads the query of the WebSocket URL:
  n=N         N times: an "other" event {"s":"ETH","p":-1}, then a "trade" event
              {"s":"BTC","p":100+i,"T":BASE_MS+i} (i from 0)
  ticks=K     then K "tick" events {"s":"TICK","p":k}, 0.5 s apart
  garbage=1   before the trades: two frames that are no valid Socket.IO event
  binary=1    before the trades: a "trade" event with a binary attachment
An event "subscribe" with argument SYMBOL on "/" is answered by one "trade" event
{"s":SYMBOL,"p":1,"T":BASE_MS}.
Namespace "/feed": refuses the connect (connect_error "bad token") unless the auth object
is {"token": "let-me-in"}; then sends N "trade" events like "/" and, with close=1, closes
the namespace (Socket.IO DISCONNECT "41/feed,").
"""
import argparse
import asyncio
import sys
from urllib.parse import parse_qs

import socketio
from aiohttp import web

BASE_MS = 1795687200000  # 2026-11-26T10:00:00Z


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ping-interval", type=float, default=25)
    parser.add_argument("--ping-timeout", type=float, default=20)
    args = parser.parse_args()

    sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins="*",
                               ping_interval=args.ping_interval,
                               ping_timeout=args.ping_timeout)
    app = web.Application()
    sio.attach(app)

    def query_of(environ):
        query = parse_qs(environ.get("QUERY_STRING", ""))
        return {key: int(values[0]) for key, values in query.items() if values[0].isdigit()}

    async def trades(sid, namespace, n):
        for i in range(n):
            if namespace == "/":
                await sio.emit("other", {"s": "ETH", "p": -1}, to=sid, namespace=namespace)
            await sio.emit("trade", {"s": "BTC", "p": 100 + i, "T": BASE_MS + i}, to=sid,
                           namespace=namespace)

    async def serve_default(sid, query):
        if query.get("garbage"):
            # Raw Engine.IO messages (the "4" is added): no Socket.IO packet type 9, and an
            # event that is no JSON array.
            eio_sid = sio.manager.eio_sid_from_sid(sid, "/")
            await sio.eio.send(eio_sid, "9garbage")
            await sio.eio.send(eio_sid, "2notanarray")
        if query.get("binary"):
            await sio.emit("trade", {"s": "BTC", "blob": b"\x00\x01"}, to=sid)
        await trades(sid, "/", query.get("n", 0))
        for k in range(query.get("ticks", 0)):
            await asyncio.sleep(0.5)
            await sio.emit("tick", {"s": "TICK", "p": k}, to=sid)

    async def serve_feed(sid, query):
        await trades(sid, "/feed", query.get("n", 0))
        if query.get("close"):
            await sio.disconnect(sid, namespace="/feed")

    @sio.on("subscribe")
    async def on_subscribe(sid, symbol):
        await sio.emit("trade", {"s": symbol, "p": 1, "T": BASE_MS}, to=sid)

    @sio.on("connect")
    async def on_connect(sid, environ, auth=None):
        print("CONNECT /", flush=True)
        sio.start_background_task(serve_default, sid, query_of(environ))

    @sio.on("connect", namespace="/feed")
    async def on_feed_connect(sid, environ, auth=None):
        if not isinstance(auth, dict) or auth.get("token") != "let-me-in":
            raise socketio.exceptions.ConnectionRefusedError("bad token")
        print("CONNECT /feed", flush=True)
        sio.start_background_task(serve_feed, sid, query_of(environ))

    async def run():
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", args.port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        print("LISTENING %d" % port, flush=True)
        await asyncio.Event().wait()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
