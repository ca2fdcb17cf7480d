#!/usr/bin/env bash
# Soak run (issue 7): N feeds at R msg/s each from fb_loadgen (a separate process, 127.0.0.1)
# into `feedboard --headless --record` for M minutes. Samples the recorder's resident memory,
# open files and threads every 10 s, then reads the capture back and checks every feed's
# sequence numbers against what the generator really sent on that connection.
#
#   scripts/soak.sh [minutes=5] [feeds=8] [rate per feed=50000]
#   SOAK_SIZE=150          message bytes (approximate)
#   SOAK_RSS_BOUND_MB=16   allowed resident growth after warm-up
#   SOAK_WARMUP=60         warm-up seconds (at most half the run). 30 s was too early here: in the
#                          recorded run RSS rose from 37 to 55 MiB between 30 and 50 s, then
#                          stayed flat (docs/RELIABILITY.md)
#   SOAK_DIR=DIR           where the capture goes (default: a temporary folder under
#                          build-release/, deleted afterwards unless SOAK_KEEP=1)
#
# Exit status: 0 when nothing is missing, memory stayed within the bound and open files and
# threads did not grow; 1 otherwise. A figure, not a unit test: run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/reliability-lib.sh

MINUTES=${1:-5}
FEEDS=${2:-8}
RATE=${3:-50000}
SIZE=${SOAK_SIZE:-150}
RSS_BOUND_MB=${SOAK_RSS_BOUND_MB:-16}
SECONDS_RUN=$(awk -v m="$MINUTES" 'BEGIN { printf "%d", m * 60 }')
WARMUP=$(awk -v w="${SOAK_WARMUP:-60}" -v s="$SECONDS_RUN" 'BEGIN { printf "%d", (w < s / 2) ? w : s / 2 }')
MARGIN=20 # seconds the recorder keeps reading after the generator stopped

build_release
mkdir -p build-release
TMP=${SOAK_DIR:-$(mktemp -d "$PWD/build-release/soak.XXXXXX")}
mkdir -p "$TMP"
GEN_PID= FB_PID=
cleanup() {
    [ -n "$FB_PID" ] && stop_pid "$FB_PID"
    [ -n "$GEN_PID" ] && stop_pid "$GEN_PID"
    [ "${SOAK_KEEP:-0}" = 1 ] || rm -f "$TMP/soak.capture.jsonl"
}
trap cleanup EXIT

build-release/bench/fb_loadgen --connections "$FEEDS" --rate $((FEEDS * RATE)) \
    --duration "$SECONDS_RUN" --size "$SIZE" --seq >"$TMP/gen.out" 2>"$TMP/gen.err" &
GEN_PID=$!
PORT=$(wait_for_word "$TMP/gen.out" port) || { echo "soak: fb_loadgen did not start" >&2; exit 1; }
args=()
for i in $(seq 0 $((FEEDS - 1))); do args+=("f$i" "ws://127.0.0.1:$PORT/f$i"); done
write_profile "$TMP/soak.json" 500 30000 "${args[@]}"

# Its own config folder: --profile adds the file to the user's recent list otherwise.
XDG_CONFIG_HOME=$TMP/config build-release/app/feedboard --headless --profile "$TMP/soak.json" \
    --record "$TMP/soak.capture.jsonl" --duration $((SECONDS_RUN + MARGIN)) \
    >"$TMP/stats.out" 2>"$TMP/feedboard.err" &
FB_PID=$!
START=$(date +%s)

# Samples: "second rss_kib fds threads", the first once the feeds are up (2 s), then every 10 s.
: >"$TMP/samples"
next=2
while kill -0 "$FB_PID" 2>/dev/null; do
    now=$(($(date +%s) - START))
    if [ "$now" -ge "$next" ]; then
        s=$(proc_sample "$FB_PID")
        [ -n "$s" ] && echo "$now $s" >>"$TMP/samples"
        next=$(( next == 2 ? 10 : next + 10 ))
    fi
    sleep 0.5
done
wait "$FB_PID" && FB_STATUS=0 || FB_STATUS=$?
FB_PID=
for _ in $(seq 100); do kill -0 "$GEN_PID" 2>/dev/null || break; sleep 0.1; done
stop_pid "$GEN_PID"
GEN_PID=

capture_seqs "$TMP/soak.capture.jsonl" >"$TMP/captured"
CAPTURE_BYTES=$(stat -c %s "$TMP/soak.capture.jsonl")

# Per connection: what the generator sent, joined with what the capture holds for it.
FAIL=0
echo
echo "FeedBoard soak  $(date -u +%Y-%m-%dT%H:%MZ)  commit $(git rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: scripts/soak.sh $MINUTES $FEEDS $RATE  (size $SIZE B, generator ${SECONDS_RUN} s, recorder $((SECONDS_RUN + MARGIN)) s)"
echo "recorder exit status: $FB_STATUS; capture $((CAPTURE_BYTES / 1048576)) MiB"
grep '^sent total' "$TMP/gen.out" || true
echo
printf '%-6s %-5s %12s %12s %9s %6s %5s %8s\n' feed conn sent captured missing gaps dups drained
TOTAL_SENT=0 TOTAL_CAPTURED=0
for i in $(seq 0 $((FEEDS - 1))); do
    read -r _ conn captured gaps dups first last < <(grep "^f$i " "$TMP/captured" || echo "f$i -1 0 0 0 0 -1")
    gen=$(grep "^conn id=$conn " "$TMP/gen.out" || true)
    sent=$(echo "$gen" | sed -n 's/.*sent=\([0-9]*\).*/\1/p'); sent=${sent:-0}
    drained=$(echo "$gen" | sed -n 's/.*drained=\([0-9]*\).*/\1/p'); drained=${drained:-0}
    # Complete means: 0..sent-1 each exactly once, in order.
    missing=$((sent - captured))
    if [ "$missing" -ne 0 ] || [ "$gaps" -ne 0 ] || [ "$dups" -ne 0 ] || [ "$drained" != 1 ] \
        || { [ "$sent" -gt 0 ] && { [ "$first" -ne 0 ] || [ "$last" -ne $((sent - 1)) ]; }; }; then
        FAIL=1
    fi
    printf '%-6s %-5s %12d %12d %9d %6d %5d %8s\n' "f$i" "$conn" "$sent" "$captured" "$missing" "$gaps" "$dups" "$drained"
    TOTAL_SENT=$((TOTAL_SENT + sent)); TOTAL_CAPTURED=$((TOTAL_CAPTURED + captured))
done
printf '%-12s %12d %12d %9d\n' total "$TOTAL_SENT" "$TOTAL_CAPTURED" $((TOTAL_SENT - TOTAL_CAPTURED))
echo "achieved: $((TOTAL_SENT / SECONDS_RUN)) msg/s sent and captured over ${SECONDS_RUN} s (asked: $((FEEDS * RATE)))"

echo
echo "samples (s, RSS KiB, open fds, threads):"
awk '{printf "  %4d %8d %4d %4d\n", $1, $2, $3, $4}' "$TMP/samples"
# Warm-up: the first sample at or after WARMUP s; end: the last one while the generator sent.
read -r _ first_rss first_fds first_threads < <(head -1 "$TMP/samples")
read -r _ warm_rss _ _ < <(awk -v w="$WARMUP" '$1 >= w {print; exit}' "$TMP/samples")
read -r _ end_rss end_fds end_threads < <(awk -v s="$SECONDS_RUN" '$1 <= s' "$TMP/samples" | tail -1)
max_rss=$(awk -v w="$WARMUP" '$1 >= w && $2 > m {m = $2} END {print m + 0}' "$TMP/samples")
growth_kib=$((end_rss - warm_rss)); max_growth_kib=$((max_rss - warm_rss))
echo
echo "RSS after warm-up (${WARMUP} s): $((warm_rss / 1024)) MiB; at end: $((end_rss / 1024)) MiB; max after warm-up: $((max_rss / 1024)) MiB; growth $((growth_kib / 1024)) MiB (bound ${RSS_BOUND_MB} MiB)"
echo "open fds: start $first_fds, end $end_fds; threads: start $first_threads, end $end_threads"
[ "$max_growth_kib" -le $((RSS_BOUND_MB * 1024)) ] || { echo "FAIL: resident memory grew after warm-up"; FAIL=1; }
[ "$end_fds" -le "$first_fds" ] || { echo "FAIL: open files grew"; FAIL=1; }
[ "$end_threads" -le "$first_threads" ] || { echo "FAIL: threads grew"; FAIL=1; }
[ "$FB_STATUS" -eq 0 ] || { echo "FAIL: the recorder exited with $FB_STATUS"; FAIL=1; }
if grep -q 'error' "$TMP/feedboard.err"; then echo "recorder stderr:"; sed 's/^/  /' "$TMP/feedboard.err"; fi
[ "$FAIL" -eq 0 ] && echo "soak: PASS" || echo "soak: FAIL (files in $TMP)"
exit "$FAIL"
