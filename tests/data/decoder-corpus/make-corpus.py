#!/usr/bin/env python3
"""Writes corpus.json: decode mappings with frames for tst_decoderdiff and tst_decoderfuzz.

Each case: {"name", "decode" (a profile's decode object), "fast": "all" when the fast path
must take every frame of the case (a test fails if it declines one), "frames": [...]}.
A frame is a string (sent as a text frame) or {"hex": "..", "binary": bool} for bytes that
are not valid UTF-8. Run from anywhere: python3 make-corpus.py (rewrites corpus.json).
"""
import json
import os

T = 1795687200  # 2026-11-26T10:00:00Z, the tests' receive time is 123.456 ms after it


def j(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def tick(i, **extra):
    record = {"s": "SYM%03d" % (i % 5), "t": (T * 1000000 - 5000000 + i), "p": 100.25 + i,
              "b": 100.24 + i, "a": 100.26 + i, "v": 17 + i}
    record.update(extra)
    return record


cases = []


def case(name, decode, frames, fast="any"):
    cases.append({"name": name, "decode": decode, "fast": fast, "frames": frames})


MAPPED = {"key": "/s", "time": "/t", "fields": ["/p", "/b", "/a", "/v"]}

case("flat mapped", MAPPED, [j(tick(i)) for i in range(6)] + [
    j({"t": T, "p": 1}),  # no key
    j({"s": "A", "p": None, "b": "2.5", "a": "-1.5e3", "v": 0}),  # null, numeric strings
    j({"v": 1, "a": 2, "b": 3, "p": 4, "t": T, "s": "R"}),  # reordered
    '{"s":"D","t":%d,"p":1,"p":9}' % T,  # duplicate member, the last wins
    j({"s": 7, "t": T, "p": 1}), j({"s": 7.5, "t": T, "p": 1}), j({"s": True, "p": 1}),
    j({"s": None, "p": 1}), j({"s": [1], "p": 1}), j({"s": {"x": 1}, "p": 1}),
    j({"s": "A", "t": "2026-11-26T09:59:59.5Z", "p": 1}),
    j({"s": "A", "t": str(T * 1000), "p": 1}),
    j({"s": "A", "t": T * 1000000000, "p": 1}),
    j({"s": "A", "t": T * 1000, "p": 12345678901234567890}),
    j({"s": "A", "t": T, "p": -9223372036854775808, "b": 9223372036854775807}),
    '{"s":"A","t":%d,"p":1.7976931348623157e308,"b":5e-324,"a":-0,"v":-0.0}' % T,
    '{"s":"A","t":%d,"p":1E2,"b":1e+2,"a":0.1e-2}' % T,
    '  \n{"s":"W","p":1}\n  ',  # surrounding blanks and newlines
], fast="any")

case("flat mapped, always fast", MAPPED, [j(tick(i)) for i in range(20)] + [
    j({"s": "A", "t": T, "p": "0.00123400", "b": " 42 ", "a": "+7", "v": ".5"}),
    j({"s": "X", "t": T, "heartbeat": True}),
], fast="all")

case("flat mapped errors", MAPPED, [
    j({"s": "A", "t": T, "p": "NaN"}), j({"s": "A", "t": T, "p": "Infinity"}),
    j({"s": "A", "t": T, "p": "-inf"}), j({"s": "A", "t": T, "p": "abc"}),
    j({"s": "A", "t": T, "p": True}), j({"s": "A", "t": T, "p": [1]}),
    j({"s": "A", "t": T, "p": {"x": 1}}),
    '{"s":"A","t":%d,"p":1e400}' % T, '{"s":"A","t":%d,"p":-1e400,"b":2}' % T,
    '{"s":"A","t":%d,"p":1e-400,"b":2}' % T, '{"s":1e-400,"p":1}',
    j({"s": "A", "t": 1, "p": 1}), j({"s": "A", "t": T + 10 * 86400, "p": 1}),
    j({"s": "A", "t": "yesterday", "p": 1}), j({"s": "A", "t": "1e400", "p": 1}),
    j({"s": "A", "t": 1e300, "p": 1}), j({"s": "A", "t": "2999-01-01T00:00:00Z", "p": 1}),
    '{"s":"A","t":%d,"p":1' % T, '{"s":"A",', '{}', '[]', '[1,2', '{"s":"A"}}', '{}{}',
    '{"s":"\\ud800","p":1}', '{"s":"A","p":01}', '{"s":"A","p":.5}', '{"s":"A","p":NaN}',
    '{"s":"A","p":Infinity}', "{'s':'A'}", '{"s":"A","p":1,}', '   ', '',
    '{"s":"tab\there","p":1}', '{"s":"A","p":1}garbage',
])

case("discovered", {}, [j(tick(i)) for i in range(5)] + [
    j({"z": 1, "a": 2, "m": {"y": 3, "b": "4.5", "c": "text"}, "arr": [1, "2", [3, {"q": 4}]]}),
    j({"level": "3", "n": None, "t": True, "f": False, "e": [], "o": {}}),
    j({"a/b": 1, "c~d": 2, "~/": 3, "": 4, " ": 5}),
    j({"ключ": 1, "键": 2, "é": 3, "z": 4, "😀": 5, "\ue000": 6}),
    j({"ключ": 1, "键": 2, "é": 3, "z": 4}),
    '{"b":1,"a":2,"b":3,"a":4}', '{"x":{"k":1,"k":2},"x":{"k":3}}',
    j({"p": "NaN", "q": "Infinity", "r": "1e400", "s": "1e-400", "u": "-0", "w": "0x10"}),
    '{"p":1e400}', '{"p":1e-400}', '{"p":5e-324}', '{"p":-0}', '{"p":0.0,"q":0}',
    j({"big": 123456789012345678901234567890, "neg": -12345678901234567890}),
    j([1, 2, "3", "x", None]), j([[1, 2], [3]]), j([]), j([{}]), j([{"a": 1}, {"b": 2}]),
    j([{"a": 1}, 2]), j({"deep": {"a": {"b": {"c": {"d": {"e": 1}}}}}}),
    "[" * 70 + "1" + "]" * 70, '{"a":' * 70 + "1" + "}" * 70,
    "[" * 300 + "]" * 300, "[" * 1100 + "]" * 1100,
    j({"level": "error", "msg": "disk full", "used": 97.5}),
    j({"severity": "WARN", "log": "slow", "lvl": 3, "level": 4}),
    j({"level": "info", "message": 5, "msg": "fallback"}),
    j({"level": "info", "message": "a", "message": "b"}),
    '{"level":"info","msg":"x","level":7}',
    j({"s": "A", "nested": {"arr": [{"v": 1}, {"v": "2"}]}}),
    # Found by tst_decoderfuzz: a pretty-printed document with an out-of-range literal, and a
    # log member spelled as a literal that Qt reads as a string.
    '{"p"\n:1e-400}', '{"level":"info","msg":"x","level":1e-4007}',
])

case("discovered with key and time", {"key": "/s", "time": "/t"},
     [j(tick(i)) for i in range(5)] + [
         j({"s": "A", "t": "2026-11-26T10:00:00+01:00", "p": 1}),
         j({"s": "A", "t": "2026-11-26 09:00:00.123456", "p": 1}),
         j({"s": 5, "t": T * 1000, "p": 1, "q": "2"}),
         j({"t": T, "p": {"s": 1, "t": 2}}),
     ], fast="all")

case("root wrapper", {"root": "/data", "key": "/s", "time": "/T", "fields": ["/p", "/q"]}, [
    j({"stream": "btcusdt@trade", "data": {"s": "BTCUSDT", "T": T * 1000 + i, "p": "37020.1", "q": "0.5"}})
    for i in range(4)] + [
    j({"result": None, "id": 1}), j({"data": None}), j({"data": 5}), j({"data": "x"}),
    j({"data": [{"s": "A", "p": 1}, {"s": "B", "p": 2}]}), j({"data": [{"s": "A", "p": 1}, 3]}),
    j({"data": [[1, 2]]}), j({"data": []}),
])

case("root wrapper, always fast", {"root": "/data", "key": "/s", "time": "/T", "fields": ["/p", "/q"]}, [
    j({"stream": "x", "data": {"s": "S%d" % i, "T": T * 1000 + i, "p": "1.5", "q": 2}}) for i in range(8)
] + [j({"result": None, "id": 1})], fast="all")

case("root auto", {"root": "/data"}, [
    j({"data": {"s": "A", "p": 1, "n": {"x": "2"}}}), j({"data": [{"a": 1}, {"b": 2}]}),
    j({"data": [[1, "2"], [3]]}), j({"other": 1}),
])

case("nested root", {"root": "/d/items", "key": "/k", "fields": ["/v"]}, [
    j({"d": {"items": [{"k": "a", "v": 1}, {"k": "b", "v": 2}]}}), j({"d": {"items": {"k": "c", "v": 3}}}),
    j({"d": [1]}), j({"d": {"items": [None]}}),
])

case("batch of 8", {"key": "/s", "time": "/t", "fields": ["/p", "/v"]}, [
    j([tick(i * 8 + k) for k in range(8)]) for i in range(4)
] + [j([tick(1), {"s": "B"}, tick(2)])], fast="all")

case("batch of 8 auto", {}, [j([tick(i * 8 + k) for k in range(8)]) for i in range(3)], fast="all")

case("ndjson", {"key": "/s", "time": "/t", "fields": ["/p"]}, [
    "\n".join(j(tick(i * 4 + k)) for k in range(4)) for i in range(3)] + [
    "\n".join(j(tick(k)) for k in range(4)) + "\n",
    j(tick(1)) + "\n\n" + j(tick(2)),
    j(tick(1)) + "\r\n" + j(tick(2)) + "\r\n",
    j(tick(1)) + "\nplain text WARN line\n" + j(tick(2)),
    j(tick(1)) + "\n{broken\n" + j(tick(2)),
    j(tick(1)) + "\n[Info] bracketed\n",
    j(tick(1)) + "\n" + '{"s":"A","p":1e400}',
    '{\n  "s": "pretty",\n  "t": %d,\n  "p": 1\n}' % T,
    j(tick(1)) + "\n" + j([tick(2), tick(3)]),
    j(tick(1)) + "\n   \n" + j(tick(2)),
    "\n".join(j({"s": "K%d" % k, "p": k}) for k in range(600)),
])

case("ndjson, always fast", {"key": "/s", "time": "/t", "fields": ["/p"]}, [
    "\n".join(j(tick(i * 4 + k)) for k in range(4)) for i in range(3)] + [
    j(tick(1)) + "\nplain text WARN line\n" + j(tick(2))], fast="all")

case("positional (Kraken)", {"key": "/3", "fields": ["/1/0", "/1/1"]}, [
    j([42, ["%.1f" % (37000 + i), "%.3f" % (0.5 + i)], "trade", "XBT/USD"]) for i in range(4)] + [
    j([42, ["x", "1"], "trade", "XBT/USD"]), j([42, [], "trade", "XBT/USD"]),
    j([42, ["1"], "trade"]), j({"event": "heartbeat"}), j([42, [1, 2], "trade", 7]),
], fast="any")

case("positional, always fast", {"key": "/3", "fields": ["/1/0", "/1/1"]}, [
    j([42, ["%.1f" % (37000 + i), "%.3f" % (0.5 + i)], "trade", "XBT/USD"]) for i in range(6)] + [
    j({"event": "heartbeat"})], fast="all")

case("positional auto", {"key": "/3"}, [
    j([42, ["37000.1", "0.5"], "trade", "XBT/USD"]), j([1, [2, [3, "4"]]]),
], fast="all")

case("odd pointers", {"key": "/k~1x", "time": "/t~0", "fields": ["/a~1b", "/arr/0", "/arr/10", "/arr/01", "/arr/-", "/m/", "/"]}, [
    j({"k/x": "K", "t~": T, "a/b": 1, "arr": [5, 6], "m": {"": 7}, "": 8}),
    j({"k/x": "K", "arr": list(range(12)), "a/b": "2"}),
    j({"k/x": "K", "arr": {"0": 1, "01": 2, "-": 3}}),
    j({"k/x": 1, "arr": "str"}),
])

case("key is also a field", {"key": "/s", "time": "/t", "fields": ["/s", "/p"]}, [
    j({"s": "12.5", "t": T, "p": 7}), j({"s": "A", "t": T, "p": 7}), j({"s": 3, "p": 1}),
])

case("logs", {"time": "/time", "level": "/level", "message": "/msg"}, [
    j({"time": "2026-11-26T10:00:0%dZ" % i, "level": lv, "msg": "request %d handled" % i, "ms": i * 1.5})
    for i, lv in enumerate(["INFO", "debug", "Warning", "ERR", "crit", "trace"])] + [
    j({"time": T, "level": "x", "msg": "unknown level"}), j({"time": T, "msg": "no level, an ERROR in text"}),
    j({"time": T, "level": "warn"}), j({"time": T, "level": 3, "msg": "numeric level"}),
    j({"time": T, "level": "info", "msg": {"structured": 1}}), j({"time": T, "level": "info", "msg": None}),
    j({"time": T, "level": True, "msg": "bool level"}), j({"time": T, "level": None, "msg": None}),
    j({"time": "2026-11-26T10:00:00.123456789+05:30", "level": "info", "msg": "offset"}),
    j({"time": "2026-11-26T10:00:00-0330", "level": "info", "msg": "offset"}),
    j({"time": "2026-11-26T10:00Z", "level": "info", "msg": "no seconds"}),
    j({"time": "2026-11-26", "level": "info", "msg": "date only"}),
    j({"time": "2026-11-26T24:00:00Z", "level": "info", "msg": "24h"}),
    j({"time": "2026-02-29T10:00:00Z", "level": "info", "msg": "not a leap year"}),
    j({"time": "2024-02-29T10:00:00Z", "level": "info", "msg": "leap year"}),
    j({"time": "2026-11-26t10:00:00z", "level": "info", "msg": "lower case"}),
    j({"time": " 2026-11-26T10:00:00Z ", "level": "info", "msg": "blanks"}),
    j({"time": "2026-11-26T10:00:60Z", "level": "info", "msg": "leap second"}),
    j({"time": "2026-11-26T10:00:00.Z", "level": "info", "msg": "empty fraction"}),
    j({"time": "2026-11-26T10:00:00+15:00", "level": "info", "msg": "big offset"}),
    j({"time": "20261126T100000Z", "level": "info", "msg": "basic format"}),
    j([{"time": T, "level": "info", "msg": "a"}, {"time": T, "level": "error", "msg": "b"}]),
])

case("logs, always fast", {"time": "/time", "level": "/level", "message": "/msg"}, [
    j({"time": "2026-11-26T10:00:0%d.%03dZ" % (i, i * 7), "level": "INFO", "msg": "request %d" % i, "ms": i})
    for i in range(8)] + [
    j({"time": "2026-11-26T11:00:00+01:00", "level": "error", "msg": "x"}),
    j({"time": "2026-11-26 10:00:00", "msg": "WARN no level"}),
    j({"time": str(T), "level": "debug", "msg": "numeric string time"}),
], fast="all")

case("level only and message only", {"level": "/lvl"}, [
    j({"lvl": "error", "x": 1}), j({"x": 1}), j({"lvl": "5", "x": "2"}),
])
case("message only", {"message": "/m"}, [j({"m": "FATAL boom", "x": 1}), j({"m": 3})])

case("plain text", {}, [
    "2026-11-26 10:00:00 INFO request 1 handled in 3 ms",
    "ERROR: something failed", "  padded warn line  ", "[Info] started", "[2026-11-26 10:00:00] WARN slow",
    "[1,2] trailing", "\u00e9t\u00e9 ok", "null", "42", '"just a string"', "true",
], fast="any")

case("binary and bad UTF-8", {}, [
    {"hex": "7b2261223a317d", "binary": True},  # {"a":1} as a binary frame
    {"hex": "7b2273223a22ff227d", "binary": False},  # {"s":"\xff"}
    {"hex": "7b2273223a22c0af227d", "binary": False},  # overlong
    {"hex": "7b2273223a22eda080227d", "binary": False},  # a surrogate in UTF-8
    {"hex": "000102030405", "binary": True},
    {"hex": "5b312c325d", "binary": True},
    {"hex": "efbbbf7b2261223a317d", "binary": False},  # BOM
])

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "corpus.json"), "w", encoding="utf-8") as out:
    json.dump(cases, out, ensure_ascii=False, indent=1)
    out.write("\n")
print("%d cases, %d frames" % (len(cases), sum(len(c["frames"]) for c in cases)))
