#!/usr/bin/env bash
# Builds Release into build-release/ and prints one table: every performance figure of
# issues #6 and #13 next to its floor, with the reference runs (bare QWebSocket client, Python
# websockets + json.loads client, naive chart replace()) and the ratios, plus the machine.
# The "shapes" group decodes every feed shape of the contract (flat, discovered, wrapped,
# batched, NDJSON, positional, numeric strings, JSON and text logs), each against a bare
# QWebSocket client on the same shape in the same run.
# Load generator and clients are separate processes; each figure is the median of
# BENCH_RUNS runs (default 3). Not a test: it prints figures, it does not fail on them.
#
#   scripts/bench.sh                   # everything (a few minutes)
#   BENCH_ONLY=ingest scripts/bench.sh # groups, comma-separated: ingest, shapes, alerts, derived, chart,
#                                      # memory, startup, gui, gui1m (4 x 250k msg/s)
#   BENCH_RUNS=5 scripts/bench.sh      # more runs per figure
#   BENCH_BUILD=build scripts/bench.sh # use an already configured build folder as it is
#   BENCH_BASELINE_INGEST=/old/build/bench/fb_ingest BENCH_ONLY=shapes scripts/bench.sh
#                                      # also the flat mapped row with an older fb_ingest
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BENCH_BUILD:-$ROOT/build-release}
RUNS=${BENCH_RUNS:-3}
ONLY=${BENCH_ONLY:-all}
PY=/usr/bin/python3 # Debian's, which has python3-websockets
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ -z "${BENCH_BUILD:-}" ]; then
    ./scripts/install-deps.sh >/dev/null
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
want() { [ "$ONLY" = all ] || [[ ",$ONLY," == *",$1,"* ]]; }
TARGETS="fb_loadgen fb_countclient fb_ingest"
if ! want ingest && ! want shapes; then TARGETS=""; fi
if want shapes; then TARGETS="$TARGETS fb_parsefloor"; fi
if want chart; then TARGETS="$TARGETS fb_chartbench"; fi
if want memory; then TARGETS="$TARGETS fb_membench"; fi
if want startup || want gui || want gui1m; then TARGETS="$TARGETS fb_gui"; fi
if want alerts; then TARGETS="$TARGETS fb_alertbench"; fi
if want derived; then TARGETS="$TARGETS fb_derivedbench"; fi
# shellcheck disable=SC2086 # a list of targets
cmake --build "$BUILD" -j2 --target $TARGETS >/dev/null
B=$BUILD/bench

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else print v[int((NR+1)/2)]}'; }
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", a/b; else print "-" }'; }
verdict() { awk -v v="$1" -v op="$2" -v f="$3" 'BEGIN { if (v == "" || v == "nan" || v == "-") print "not run";
    else if ((op == ">=" && v+0 >= f+0) || (op == "<=" && v+0 <= f+0)) print "met"; else print "NOT met" }'; }
num() { awk -v v="$1" 'BEGIN { if (v == "" || v == "nan") print "-"; else printf "%'"'"'.0f", v }'; }

# One run: a fresh generator serving COUNT messages per connection, and one client process.
# Prints the client's rate, or "incomplete" when a frame went missing.
run_client() { # connections count client args...
    local conns=$1 count=$2; shift 2
    # A fresh file per run: reading a previous run's port would connect to nothing.
    local out; out=$(mktemp "$TMP/lg.XXXXXX")
    "$B/fb_loadgen" --connections "$conns" --count "$count" --shape "${LG_SHAPE:-tick}" >"$out" &
    local lg=$! port=
    for _ in $(seq 200); do port=$(awk '/^port/{print $2}' "$out"); [ -n "$port" ] && break; sleep 0.05; done
    if [ -z "$port" ]; then kill "$lg" 2>/dev/null; wait "$lg" 2>/dev/null; echo incomplete; return; fi
    "$@" --url "ws://127.0.0.1:$port/" --connections "$conns" --expect $((conns * count)) \
        >"$TMP/client.out" || true
    if ! grep -q 'complete=1' "$TMP/client.out"; then
        kill "$lg" 2>/dev/null; wait "$lg" 2>/dev/null; echo incomplete; return
    fi
    wait "$lg" || true
    # fb_ingest also says what it decoded: a run that left frames undecoded does not count.
    local decoded errors
    decoded=$(field decoded <"$TMP/client.out"); errors=$(field errors <"$TMP/client.out")
    if [ -n "$decoded" ] && { [ "$decoded" != $((conns * count)) ] || [ "$errors" != 0 ]; }; then
        grep '^check' "$TMP/client.out" >&2; echo undecoded; return
    fi
    field slow_path <"$TMP/client.out" >>"$TMP/slow.$CPU_LOG"
    field cpu_ns_per_msg <"$TMP/client.out" >>"$TMP/cpu.$CPU_LOG"
    field rate <"$TMP/client.out"
}
median_of() { # command... -> median rate of RUNS runs
    local r
    for _ in $(seq "$RUNS"); do r=$("$@"); echo "$r" >&2; echo "$r"; done | grep -v incomplete | median
}

declare -A F C S
CPU_LOG=none
if want ingest; then
    echo "ingest: bare QWebSocket, FeedBoard, Python, FeedBoard+capture ($RUNS runs each)" >&2
    CPU_LOG=qt; F[qt]=$(median_of run_client 1 3000000 "$B/fb_countclient")
    CPU_LOG=fb; F[fb]=$(median_of run_client 1 3000000 "$B/fb_ingest")
    CPU_LOG=py; F[py]=$(median_of run_client 1 300000 $PY "$ROOT/bench/pyclient.py")
    CPU_LOG=cap; F[cap]=$(median_of run_client 1 2000000 "$B/fb_ingest" --record "$TMP/bench.capture.jsonl")
    for k in qt fb py cap; do C[$k]=$(median <"$TMP/cpu.$k" 2>/dev/null || echo -); done
fi
# Issue #13: one row per feed shape. name|loadgen shape|messages per run|fb_ingest decode
MAPPED='"key":"/s","time":"/t","fields":["/p","/b","/a","/v"]'
SHAPES=(
    "flat record, key/time/fields mapped|tick|3000000|{$MAPPED}"
    "flat record, no decode (fields discovered)|tick|3000000|{}"
    "exchange wrapper {stream,data}, root /data|wrapped|3000000|{\"root\":\"/data\",$MAPPED}"
    "batch: an array of 8 records per frame|batch8|600000|{$MAPPED}"
    "NDJSON: 4 records per frame|ndjson|1000000|{$MAPPED}"
    "positional array (Kraken), /1/0 /1/1|positional|3000000|{\"key\":\"/3\",\"time\":\"/1/2\",\"fields\":[\"/1/0\",\"/1/1\"]}"
    "numbers in strings, mapped|numstr|3000000|{$MAPPED}"
    "JSON log records, ISO-8601 times|jsonlog|2000000|{\"time\":\"/time\",\"level\":\"/level\",\"message\":\"/msg\"}"
    "plain-text log lines|textlog|2000000|{}"
)
if want shapes; then
    echo "shapes: FeedBoard and bare QWebSocket on each feed shape ($RUNS runs each)" >&2
    for i in "${!SHAPES[@]}"; do
        IFS='|' read -r _ shape count decode <<<"${SHAPES[$i]}"
        export LG_SHAPE=$shape
        CPU_LOG=sq$i; F[sq$i]=$(median_of run_client 1 "$count" "$B/fb_countclient")
        CPU_LOG=sf$i; F[sf$i]=$(median_of run_client 1 "$count" "$B/fb_ingest" --decode "$decode")
        C[sq$i]=$(median <"$TMP/cpu.sq$i" 2>/dev/null || echo -)
        C[sf$i]=$(median <"$TMP/cpu.sf$i" 2>/dev/null || echo -)
        S[$i]=$(sort -g "$TMP/slow.sf$i" 2>/dev/null | tail -1)
    done
    unset LG_SHAPE
    # Where a batch frame's time goes, one thread, no sockets: FrameDecoder vs simdjson alone.
    "$B/fb_parsefloor" >"$TMP/parsefloor.out"
    PF=$(grep 'records=8 ' "$TMP/parsefloor.out")
    pf() { grep -o " $1=[^ ]*" <<<"$PF" | cut -d= -f2; }
    if [ -n "${BENCH_BASELINE_INGEST:-}" ]; then # its default mapping is the flat one's
        CPU_LOG=sb; F[sb]=$(median_of run_client 1 3000000 "$BENCH_BASELINE_INGEST")
        C[sb]=$(median <"$TMP/cpu.sb" 2>/dev/null || echo -)
    fi
fi
if want alerts; then
    echo "alerts: ingest with 50 rules vs none, same process ($RUNS runs)" >&2
    for _ in $(seq "$RUNS"); do "$B/fb_alertbench" | tee -a "$TMP/alerts.out" >&2; done
    F[alertnone]=$(field none_rate <"$TMP/alerts.out"); F[alertrules]=$(field rules_rate <"$TMP/alerts.out")
    F[alertratio]=$(grep -o ' ratio=[^ ]*' "$TMP/alerts.out" | cut -d= -f2 | median)
fi
if want derived; then
    echo "derived: ingest with 20 derived series vs none, same process ($RUNS runs)" >&2
    for _ in $(seq "$RUNS"); do "$B/fb_derivedbench" | tee -a "$TMP/derived.out" >&2; done
    F[dernone]=$(field none_rate <"$TMP/derived.out"); F[derrate]=$(field derived_rate <"$TMP/derived.out")
    F[derratio]=$(grep -o ' ratio=[^ ]*' "$TMP/derived.out" | cut -d= -f2 | median)
fi
if want chart; then
    echo "chart: 1200x600, 4 series x 1M points" >&2
    QT_QPA_PLATFORM=offscreen "$B/fb_chartbench" >"$TMP/chart.out" 2>/dev/null
    F[chart]=$(field median_ms <"$TMP/chart.out"); F[chartnaive]=$(field naive_ms <"$TMP/chart.out")
fi
if want memory; then
    echo "memory: bytes per retained sample, RSS after the stores fill" >&2
    "$B/fb_membench" >"$TMP/mem.out"
    F[bps]=$(field bytes_per_sample <"$TMP/mem.out"); F[rssgrowth]=$(field rss_growth_mb <"$TMP/mem.out")
fi

if want startup || want gui || want gui1m; then
    XVFB=(xvfb-run -a -s "-screen 0 1400x900x24" $PY "$ROOT/bench/guibench.py" --build "$BUILD")
fi
if want startup; then
    echo "startup: spawn to first painted frame, profile with 4 feeds (5 runs)" >&2
    "${XVFB[@]}" --mode startup --runs 5 >"$TMP/startup.out"
    F[startup]=$(field ms <"$TMP/startup.out")
fi
# gui_group NAME RATE SECONDS SUFFIX: the GUI under load, RUNS runs; medians into F[loopSUFFIX],
# F[upsSUFFIX], F[r2pSUFFIX] and the worst run's lost frames into F[lostSUFFIX].
gui_group() {
    local name=$1 rate=$2 seconds=$3 suffix=$4
    echo "$name: Xvfb, 4 feeds, $(num "$rate") msg/s in total, $seconds s ($RUNS runs)" >&2
    for _ in $(seq "$RUNS"); do
        "${XVFB[@]}" --mode gui --rate "$rate" --seconds "$seconds" | tee -a "$TMP/$name.out" >&2
    done
    F[loop$suffix]=$(grep -o 'loop_p99_ms=[^ ]*' "$TMP/$name.out" | cut -d= -f2 | median)
    F[ups$suffix]=$(grep -o 'chart_updates_per_s=[^ ]*' "$TMP/$name.out" | cut -d= -f2 | median)
    F[r2p$suffix]=$(grep -o 'r2p_p99_ms=[^ ]*' "$TMP/$name.out" | cut -d= -f2 | median)
    F[lost$suffix]=$(grep -o ' lost=[^ ]*' "$TMP/$name.out" | cut -d= -f2 | sort -g | tail -1)
}
if want gui; then gui_group gui 200000 30 ""; fi
if want gui1m; then gui_group gui1m 1000000 20 1m; fi

QT_VERSION=$(qmake6 -query QT_VERSION 2>/dev/null || pkg-config --modversion Qt6Core)
echo
echo "FeedBoard benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  commit $(git rev-parse --short HEAD)  build $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), Qt $QT_VERSION, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "each figure: median of $RUNS runs; generator and client are separate processes; every frame sent was received"
echo
printf '%-58s %16s %-14s %s\n' "figure" "value" "floor" "verdict / reference"
printf '%-58s %16s %-14s %s\n' "------" "-----" "-----" "-------------------"
cpu() { echo "CPU ${C[$1]:--} ns/msg"; }
if want ingest; then
    printf '%-58s %16s %-14s %s\n' "ingest, 1 feed, ~150 B JSON ticks, decode + store (msg/s)" "$(num "${F[fb]}")" ">= 1,500,000" "$(verdict "${F[fb]}" '>=' 1500000); $(cpu fb)"
    printf '%-58s %16s %-14s %s\n' "  reference: bare QWebSocket counting client (msg/s)" "$(num "${F[qt]}")" "" "FeedBoard/bare = $(ratio "${F[fb]}" "${F[qt]}")  (floor 0.40: $(verdict "$(ratio "${F[fb]}" "${F[qt]}")" '>=' 0.40)); $(cpu qt)"
    printf '%-58s %16s %-14s %s\n' "  reference: Python websockets + json.loads (msg/s)" "$(num "${F[py]}")" "" "FeedBoard/Python = $(ratio "${F[fb]}" "${F[py]}")  (floor 10: $(verdict "$(ratio "${F[fb]}" "${F[py]}")" '>=' 10)); $(cpu py)"
    printf '%-58s %16s %-14s %s\n' "ingest with capture to disk (msg/s)" "$(num "${F[cap]}")" ">= 1,000,000" "$(verdict "${F[cap]}" '>=' 1000000); $(cpu cap)"
fi
if want shapes; then
    printf '%-58s %16s %-14s %s\n' "decode by feed shape (msg/s; frames per second)" "" "" ""
    for i in "${!SHAPES[@]}"; do
        IFS='|' read -r name _ _ _ <<<"${SHAPES[$i]}"
        r=$(ratio "${F[sf$i]}" "${F[sq$i]}")
        printf '%-58s %16s %-14s %s\n' "  $name" "$(num "${F[sf$i]}")" "/bare >= 0.60" \
            "$(verdict "$r" '>=' 0.60): FeedBoard/bare = $r, bare $(num "${F[sq$i]}"); CPU ${C[sf$i]:--} vs ${C[sq$i]:--} ns/msg; slow_path=${S[$i]:--}"
    done
    printf '%-58s %16s %-14s %s\n' "  batch of 8, decode only: FrameDecoder (ns/frame)" "$(pf decoder_ns)" "" \
        "simdjson DOM parse alone $(pf dom_parse_ns) ns, On-Demand read of every field $(pf ondemand_read_ns) ns; decoder/DOM = $(pf decoder_over_dom)"
    if [ -n "${BENCH_BASELINE_INGEST:-}" ]; then
        printf '%-58s %16s %-14s %s\n' "  flat mapped, baseline fb_ingest (given build)" "$(num "${F[sb]}")" "" \
            "baseline/bare = $(ratio "${F[sb]}" "${F[sq0]}"); this build/baseline = $(ratio "${F[sf0]}" "${F[sb]}"); CPU ${C[sb]:--} ns/msg"
    fi
    if want ingest; then
        r=$(ratio "${F[cap]}" "${F[qt]}")
        printf '%-58s %16s %-14s %s\n' "  ingest with capture, flat (above) / bare" "$r" ">= 0.50" "$(verdict "$r" '>=' 0.50)"
    fi
fi
if want alerts; then
    printf '%-58s %16s %-14s %s\n' "ingest with 50 alert rules / without, same process" "${F[alertratio]:--}" ">= 0.90" "$(verdict "${F[alertratio]}" '>=' 0.90); $(num "${F[alertrules]}") vs $(num "${F[alertnone]}") msg/s"
fi
if want derived; then
    printf '%-58s %16s %-14s %s\n' "ingest with 20 derived series / without, same process" "${F[derratio]:--}" ">= 0.85" "$(verdict "${F[derratio]}" '>=' 0.85); $(num "${F[derrate]}") vs $(num "${F[dernone]}") msg/s"
fi
if want chart; then
    printf '%-58s %16s %-14s %s\n' "chart redraw 1200x600, 4 x 1M points, median (ms)" "${F[chart]:--}" "<= 16" "$(verdict "${F[chart]}" '<=' 16)"
    printf '%-58s %16s %-14s %s\n' "  reference: naive replace() of 4 x 1M points (ms)" "${F[chartnaive]:--}" "" "naive/FeedBoard = $(ratio "${F[chartnaive]}" "${F[chart]}")"
fi
if want memory; then
    printf '%-58s %16s %-14s %s\n' "memory per retained sample (bytes)" "${F[bps]:--}" "<= 16" "$(verdict "${F[bps]}" '<=' 16)"
    printf '%-58s %16s %-14s %s\n' "  resident growth after the stores filled (MB)" "${F[rssgrowth]:--}" "flat (<= 2)" "$(verdict "${F[rssgrowth]}" '<=' 2)"
fi
if want startup; then
    printf '%-58s %16s %-14s %s\n' "start-up to first painted frame, 4-feed profile (ms)" "${F[startup]:--}" "<= 500" "$(verdict "${F[startup]}" '<=' 500)"
fi
if want gui; then
    printf '%-58s %16s %-14s %s\n' "GUI 4 feeds 200k msg/s 30 s: event-loop latency p99 (ms)" "${F[loop]:--}" "<= 33" "$(verdict "${F[loop]}" '<=' 33)"
    printf '%-58s %16s %-14s %s\n' "GUI: chart updates per second" "${F[ups]:--}" ">= 25" "$(verdict "${F[ups]}" '>=' 25)"
    printf '%-58s %16s %-14s %s\n' "GUI: receive-to-repaint latency p99 (ms)" "${F[r2p]:--}" "<= 50" "$(verdict "${F[r2p]}" '<=' 50)"
    printf '%-58s %16s %-14s %s\n' "GUI: frames sent but not received (worst run)" "${F[lost]:--}" "0" "$(verdict "${F[lost]}" '<=' 0)"
fi
if want gui1m; then
    printf '%-58s %16s %-14s %s\n' "GUI 4 feeds 1M msg/s 20 s: event-loop latency p99 (ms)" "${F[loop1m]:--}" "<= 33" "$(verdict "${F[loop1m]}" '<=' 33)"
    printf '%-58s %16s %-14s %s\n' "GUI 1M: chart updates per second" "${F[ups1m]:--}" ">= 25" "$(verdict "${F[ups1m]}" '>=' 25)"
    printf '%-58s %16s %-14s %s\n' "GUI 1M: receive-to-repaint latency p99 (ms)" "${F[r2p1m]:--}" "<= 50" "$(verdict "${F[r2p1m]}" '<=' 50)"
    printf '%-58s %16s %-14s %s\n' "GUI 1M: frames sent but not received (worst run)" "${F[lost1m]:--}" "0" "$(verdict "${F[lost1m]}" '<=' 0)"
fi
