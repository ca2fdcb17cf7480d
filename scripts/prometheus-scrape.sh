#!/usr/bin/env bash
# Service mode against a real Prometheus: runs the headless recorder on the demo feed with
# --serve on a free 127.0.0.1 port, a Prometheus server (Debian's `prometheus`) on another free
# 127.0.0.1 port with a temporary data folder scraping it every second, then reads values back
# through Prometheus's HTTP API. Then every query of the Grafana dashboard
# (resources/grafana/feedboard.json) goes to that Prometheus: each must parse, and each panel
# on FeedBoard's own metrics must show data. Prints what it read; exit 0 when all holds.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${FEEDBOARD_BIN:-build/app/feedboard}"
PY=/usr/bin/python3
command -v prometheus >/dev/null || { echo "prometheus-scrape: prometheus missing (scripts/install-deps.sh)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "prometheus-scrape: $BIN not built (scripts/build.sh)" >&2; exit 1; }

work="$(mktemp -d /tmp/feedboard-prometheus-XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# An instant query's first value, or nothing.
query() {
  curl -sf --get "http://127.0.0.1:$prom_port/api/v1/query" --data-urlencode "query=$1" |
    "$PY" -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else "")'
}

fb_port="$(free_port)"
"$BIN" --demo --headless --duration 120 --serve "127.0.0.1:$fb_port" \
  --record "$work/run.capture.jsonl" --metrics-series 'ticks/*/price' >"$work/feedboard.out" 2>"$work/feedboard.err" &
pids+=($!)
for _ in $(seq 100); do grep -q 'serving http' "$work/feedboard.err" && break; sleep 0.1; done
grep -q 'serving http' "$work/feedboard.err" || { cat "$work/feedboard.err" >&2; exit 1; }

prom_port="$(free_port)"
cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
scrape_configs:
  - job_name: feedboard
    static_configs:
      - targets: ["127.0.0.1:$fb_port"]
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$prom_port" >"$work/prometheus.log" 2>&1 &
pids+=($!)

frames="" up="" series=""
for _ in $(seq 60); do
  sleep 1
  up="$(query 'up{job="feedboard"}' 2>/dev/null || true)"
  frames="$(query 'feedboard_frames_total{feed="ticks"}' 2>/dev/null || true)"
  series="$(query 'count(feedboard_series_value{feed="ticks",field="/price"})' 2>/dev/null || true)"
  if [ "$up" = 1 ] && [ -n "$frames" ] && [ "${frames%%.*}" -gt 0 ] && [ "$series" = 6 ]; then
    break
  fi
done
echo "prometheus-scrape: up=$up feedboard_frames_total{feed=\"ticks\"}=$frames series_value_count=$series"
if [ "$up" != 1 ] || [ -z "$frames" ] || [ "${frames%%.*}" -le 0 ] || [ "$series" != 6 ]; then
  echo "prometheus-scrape: Prometheus did not get the expected values; its log:" >&2
  tail -20 "$work/prometheus.log" >&2
  exit 1
fi

# The dashboard's queries, with its variables set as a user would for the demo feed.
dashboard_ok=0
for _ in $(seq 20); do
  if "$PY" - "$prom_port" resources/grafana/feedboard.json <<'PYEOF'
import json, sys, urllib.parse, urllib.request
port, path = sys.argv[1], sys.argv[2]
values = {"${feed}": ".*", "${measurement}": "ticks", "${field}": "price", "${key}": ".*"}
failed = False
for panel in json.load(open(path))["panels"]:
    expr = panel["targets"][0]["expr"]
    for name, value in values.items():
        expr = expr.replace(name, value)
    url = "http://127.0.0.1:%s/api/v1/query?%s" % (port, urllib.parse.urlencode({"query": expr}))
    try:
        answer = json.load(urllib.request.urlopen(url, timeout=5))
    except Exception as error:  # a 400 is a query Prometheus cannot parse
        print("dashboard: %s: %s: %s" % (panel["title"], expr, error))
        failed = True
        continue
    rows = len(answer["data"]["result"])
    # Panel 1 reads the --push store, which this run does not feed; the RTT needs a ping
    # answered first. Every other panel must show data.
    needs_data = panel["datasource"]["uid"] == "${metrics}" and panel["id"] != 5
    print("dashboard: %-26s %d series  %s" % (panel["title"][:26], rows, expr))
    if needs_data and rows == 0:
        failed = True
sys.exit(1 if failed else 0)
PYEOF
  then dashboard_ok=1; break; fi
  sleep 1
done
if [ "$dashboard_ok" != 1 ]; then
  echo "prometheus-scrape: a query of resources/grafana/feedboard.json failed or showed no data" >&2
  exit 1
fi
echo "prometheus-scrape: ok"
