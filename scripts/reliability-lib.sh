# Helpers shared by scripts/soak.sh and scripts/faults.sh (sourced, not run).
# Everything listens and connects on 127.0.0.1 only.

PY=/usr/bin/python3 # Debian's, which has python3-websockets

# Builds feedboard and fb_loadgen in Release into build-release/ (like scripts/bench.sh).
build_release() {
    ./scripts/install-deps.sh >/dev/null
    cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
    cmake --build build-release -j2 --target feedboard fb_loadgen >/dev/null
}

# wait_for_word FILE WORD: prints the field after WORD once a line "WORD N" appears (10 s).
wait_for_word() {
    local value=
    for _ in $(seq 200); do
        value=$(awk -v w="$2" '$1 == w {print $2; exit}' "$1" 2>/dev/null)
        [ -n "$value" ] && { echo "$value"; return 0; }
        sleep 0.05
    done
    return 1
}

# proc_sample PID: "rss_kib fds threads" of a running process, or nothing once it is gone.
proc_sample() {
    local rss
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null) || return 0
    [ -n "$rss" ] || return 0
    echo "$rss $(ls "/proc/$1/fd" 2>/dev/null | wc -l) $(ls "/proc/$1/task" 2>/dev/null | wc -l)"
}

# stop_pid PID: SIGTERM, then wait (at most 10 s) before SIGKILL; only the given process.
stop_pid() {
    kill -TERM "$1" 2>/dev/null || return 0
    for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# A profile JSON with one feed per "name url" argument pair, decoding the load generator's
# ticks (key /s, time /t in µs) and the given reconnect policy.
# write_profile FILE INITIAL_MS MAX_MS name url [name url ...]
write_profile() {
    local file=$1 initial=$2 max=$3; shift 3
    {
        printf '{"version":1,"name":"reliability","feeds":['
        local sep=
        while [ $# -ge 2 ]; do
            printf '%s{"name":"%s","url":"%s","decode":{"key":"/s","time":"/t","fields":["/p","/q"]},' \
                "$sep" "$1" "$2"
            printf '"reconnect":{"initialDelayMs":%d,"maxDelayMs":%d}}' "$initial" "$max"
            sep=,; shift 2
        done
        printf ']}\n'
    } >"$file"
}

# capture_seqs CAPTURE: one line per feed, "feed conn frames gaps dups first last", from the
# frames' "c" (connection) and "q" (sequence) fields. gaps: numbers skipped; dups: numbers
# seen again or out of order. mawk is fast enough for ~1 M lines/s.
capture_seqs() {
    LC_ALL=C awk '
    index($0, "\"type\":\"text\"") {
        i = index($0, "\"feed\":\""); rest = substr($0, i + 8)
        feed = substr(rest, 1, index(rest, "\"") - 1)
        i = index($0, "\\\"c\\\":"); c = (i ? substr($0, i + 6, 12) + 0 : -1)
        i = index($0, "\\\"q\\\":"); if (!i) { bad[feed]++; next }
        q = substr($0, i + 6, 24) + 0
        if (!(feed in n)) { first[feed] = q; next_q[feed] = q; conn[feed] = c }
        n[feed]++
        if (q > next_q[feed]) gaps[feed] += q - next_q[feed]
        else if (q < next_q[feed]) dups[feed]++
        if (q >= next_q[feed]) next_q[feed] = q + 1
    }
    END {
        for (f in n)
            printf "%s %d %d %d %d %d %d\n", f, conn[f], n[f], gaps[f] + 0, dups[f] + bad[f],
                first[f], next_q[f] - 1
    }' "$1" | sort
}
