#!/usr/bin/python3
"""A feed server that scripts/faults.sh restarts over and over (Debian's python3-websockets).

Listens on 127.0.0.1:--port, prints "LISTENING <port>", and sends every connected client
ticks shaped like fb_loadgen --seq ones: {"c":0,"q":<seq>,"s":..,"t":<µs>,"p":..}, about
--rate per second, numbered on from --start. After each send() returns it appends
"sent <seq>" to --log; on SIGTERM it stops sending, closes every connection with a close
handshake (the client answers only after reading all that came before, so every logged
frame was delivered) and appends "closed clean=<0|1>" before exiting.
"""
import argparse
import asyncio
import json
import signal
import time

import websockets


async def feed(ws, state, log, rate):
    per_tick = max(1, rate // 100)
    try:
        while not state["stopping"]:
            for _ in range(per_tick):
                seq = state["next"]
                state["next"] += 1
                await ws.send(json.dumps({"c": 0, "q": seq, "s": "SYM%03d" % (seq % 4),
                                          "t": int(time.time() * 1e6), "p": 100 + seq % 97}))
                log.write("sent %d\n" % seq)
            await asyncio.sleep(0.01)
    except websockets.ConnectionClosed:
        pass  # the client left; what it did not get was not logged as sent
    await ws.wait_closed()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    state = {"next": args.start, "stopping": False}
    stop = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set_result, None)
    with open(args.log, "a", buffering=1) as log:
        server = await websockets.serve(lambda ws, *_: feed(ws, state, log, args.rate),
                                        "127.0.0.1", args.port, ping_interval=None)
        print("LISTENING %d" % server.sockets[0].getsockname()[1], flush=True)
        await stop
        state["stopping"] = True
        clean = True
        for ws in list(server.websockets):
            try:
                await asyncio.wait_for(ws.close(1001, "restart"), 5)
                clean = clean and ws.close_rcvd is not None
            except asyncio.TimeoutError:
                clean = False
        server.close()
        await server.wait_closed()
        log.write("closed clean=%d\n" % (1 if clean else 0))


if __name__ == "__main__":
    asyncio.run(main())
