#!/usr/bin/python3
"""The simple approach: a Python `websockets` client that json.loads every frame.

    /usr/bin/python3 bench/pyclient.py --url ws://127.0.0.1:PORT/ --expect 300000

Prints the same result line as the C++ clients. Needs Debian's python3-websockets."""
import argparse
import asyncio
import json
import time

import websockets


async def one(url, counter, expected, started, finished):
    async with websockets.connect(url, max_size=None, ping_interval=None,
                                  compression=None) as ws:
        counter["open"] += 1
        if counter["open"] == counter["connections"]:
            started.set_result(time.perf_counter())
        async for message in ws:
            json.loads(message)
            counter["frames"] += 1
            if counter["frames"] == expected:
                finished.set_result(time.perf_counter())
                return


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--expect", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    started, finished = loop.create_future(), loop.create_future()
    counter = {"frames": 0, "open": 0, "connections": args.connections}
    tasks = [asyncio.create_task(one(args.url, counter, args.expect, started, finished))
             for _ in range(args.connections)]
    try:
        end = await asyncio.wait_for(asyncio.shield(finished), args.timeout)
    except asyncio.TimeoutError:
        end = time.perf_counter()
    seconds = end - started.result() if started.done() else 0.0
    frames = counter["frames"]
    print(f"result client=python frames={frames} expected={args.expect} "
          f"complete={int(frames == args.expect)} seconds={seconds:.4f} "
          f"rate={frames / seconds if seconds else 0:.0f} "
          f"cpu_ns_per_msg={time.process_time() * 1e9 / max(frames, 1):.0f}", flush=True)
    for task in tasks:
        task.cancel()
    return 0 if frames == args.expect else 3


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
