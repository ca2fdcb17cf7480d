#!/usr/bin/python3
"""GUI figures of issue #6, run under Xvfb by scripts/bench.sh:

  startup: a profile with 4 feeds; time from spawning feedboard to its first painted frame
           (bench/fb_gui, the shipped GUI with BenchProbe attached, reports the paint on stderr).
  gui:     4 feeds, 200,000 msg/s in total for 30 s from fb_loadgen (a separate process);
           the app reports event-loop latency, chart updates per second and the latency from
           a sample's send time to the chart repaint that shows it.
           --panels: the profile's layout holds a stat tiles card over 100 series and 8
           candle charts (1 s candles with a volume pane) instead of the default line chart
           (issue 15's floor).
           FEEDBOARD_BENCH_TRACE=1 in the environment: each loop tick more than 25 ms late
           prints a "trace" line, the longest gaps between the GUI thread's events and the
           event (receiver class <parent class / event type) each gap followed.

    xvfb-run -a -s "-screen 0 1400x900x24" /usr/bin/python3 bench/guibench.py \\
        --build build-release --mode gui
Prints "result startup ms=.." (median) or "result gui ..." lines."""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time


def start_loadgen(build, connections, rate, duration):
    gen = subprocess.Popen([f"{build}/bench/fb_loadgen", "--connections", str(connections),
                            "--rate", str(rate), "--duration", str(duration)],
                           stdout=subprocess.PIPE, text=True)
    port = int(gen.stdout.readline().split()[1])
    return gen, port


def panels_layout(feeds):
    """100 stat tiles and 8 candle charts over fb_loadgen's series (8 symbols x 4 fields)."""
    fields = ["/p", "/b", "/a", "/v"]
    every = [{"feed": f"feed{f}", "key": f"SYM{s:03d}", "field": field}
             for f in range(feeds) for s in range(8) for field in fields]
    charts = [{"series": every[:100], "windowMs": 60000, "kind": "stat"}]
    for s in range(8):
        charts.append({"series": [{"feed": "feed0", "key": f"SYM{s:03d}", "field": "/p"}],
                       "windowMs": 60000, "kind": "candles",
                       "candles": {"intervalMs": 1000, "volumeField": "/v"}})
    return {"version": 1, "charts": {"charts": charts, "active": 0}}


def write_profile(directory, port, feeds, panels=False):
    decode = {"key": "/s", "time": "/t", "fields": ["/p", "/b", "/a", "/v"]}
    profile = {"version": 1, "name": "bench", "feeds": [
        {"name": f"feed{i}", "url": f"ws://127.0.0.1:{port}/", "decode": decode}
        for i in range(feeds)]}
    if panels:
        profile["layout"] = panels_layout(feeds)
    path = os.path.join(directory, "bench-profile.json")
    with open(path, "w") as f:
        json.dump(profile, f)
    return path


def app_env(directory):
    env = dict(os.environ, LC_ALL="C.UTF-8",
               XDG_CONFIG_HOME=directory, XDG_DATA_HOME=directory)
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform under Xvfb
    return env


def startup(build, directory, runs):
    figures = []
    for _ in range(runs):
        gen, port = start_loadgen(build, 4, 400, 30)
        profile = write_profile(directory, port, 4)
        t0 = time.perf_counter()
        app = subprocess.Popen([f"{build}/bench/fb_gui", "--profile", profile, "--duration", "20"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env=app_env(directory))
        for line in app.stderr:
            if line.startswith("bench first_paint"):
                figures.append((time.perf_counter() - t0) * 1000.0)
                break
        app.kill()
        app.wait()
        gen.kill()
        gen.wait()
    print(f"result startup ms={statistics.median(figures):.1f} runs={' '.join(f'{f:.0f}' for f in figures)}",
          flush=True)


def gui(build, directory, rate, seconds, panels):
    gen, port = start_loadgen(build, 4, rate, seconds)
    profile = write_profile(directory, port, 4, panels)
    app = subprocess.run([f"{build}/bench/fb_gui", "--profile", profile,
                          "--duration", str(seconds + 2)],
                         stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                         env=app_env(directory), timeout=seconds + 60)
    sent = gen.stdout.read()
    gen.wait()
    line = next((l for l in app.stderr.splitlines() if l.startswith("bench gui")), "")
    sent_total = next((w.split("=")[1] for w in sent.split() if w.startswith("total=")), "0")
    for trace in (l for l in app.stderr.splitlines() if l.startswith("trace ")):
        print(trace, flush=True)
    received = next((w.split("=")[1] for w in line.split() if w.startswith("frames=")), "0")
    lost = int(sent_total) - int(received)
    print(f"result gui rate={rate} sent={sent_total} lost={lost} " + line[len("bench gui "):],
          flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--mode", choices=["startup", "gui"], required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rate", type=int, default=200000)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--panels", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        if args.mode == "startup":
            startup(args.build, directory, args.runs)
        else:
            gui(args.build, directory, args.rate, args.seconds, args.panels)


if __name__ == "__main__":
    main()
