#!/usr/bin/env python3
"""Measure wf mcp as an agent uses it: one warm server, many tool calls over stdio.

Usage: python3 bench/mcp_bench.py WF_COMMAND... -- PROJECT_DIR [CALLS [WARMUP]]

Starts the server (e.g. `./wf mcp` or `java -jar cli/target/wf.jar mcp`) in PROJECT_DIR, initializes, warms
up (WARMUP calls, default max(1000, CALLS)), then times CALLS `where` calls and CALLS mutations (a `plan edit` of the current step's notes, each a locked
write with fsync, a log event and the views), one at a time, each from request written to reply read.
Prints the tools/list size, the `where` reply size, and the median and 90th percentile of each latency.
"""

import json
import os
import statistics
import subprocess
import sys
import time


def main():
    sep = sys.argv.index("--")
    command, rest = sys.argv[1:sep], sys.argv[sep + 1:]
    project = rest[0]
    calls = int(rest[1]) if len(rest) > 1 else 300
    warmup = int(rest[2]) if len(rest) > 2 else max(1000, calls)
    server = subprocess.Popen(command + ["mcp"], cwd=project, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True, bufsize=1)
    next_id = [0]

    def request(method, params=None):
        next_id[0] += 1
        msg = {"jsonrpc": "2.0", "id": next_id[0], "method": method}
        if params is not None:
            msg["params"] = params
        t0 = time.perf_counter()
        server.stdin.write(json.dumps(msg) + "\n")
        server.stdin.flush()
        line = server.stdout.readline()
        elapsed = (time.perf_counter() - t0) * 1000
        reply = json.loads(line)
        if "error" in reply or reply.get("result", {}).get("isError"):
            sys.exit("call failed: " + line[:300])
        return reply, elapsed, len(line)

    request("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                           "clientInfo": {"name": "bench", "version": "1"}})
    server.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n")
    tools, _, _ = request("tools/list")
    tools_json = json.dumps(tools["result"]["tools"], separators=(",", ":"))
    where = {"name": "where", "arguments": {}}
    reply, _, _ = request("tools/call", where)
    where_text = reply["result"]["content"][0]["text"]
    current = json.loads(where_text)["current"]["id"]
    edit = {"name": "plan", "arguments": {"action": "edit", "id": current, "notes": "n"}}
    for i in range(warmup):  # warm-up: let the JIT compile the paths measured below
        request("tools/call", where)
        if i % 5 == 0:
            edit["arguments"]["notes"] = "warm-up %d" % i
            request("tools/call", edit)
    reads = [request("tools/call", where)[1] for _ in range(calls)]
    writes = []
    for i in range(calls // 3):
        edit["arguments"]["notes"] = "note %d" % i
        writes.append(request("tools/call", edit)[1])
    server.stdin.close()
    server.wait(timeout=60)

    def pct(values, p):
        return sorted(values)[min(len(values) - 1, int(len(values) * p))]

    print("tools/list: %d chars, ~%d tokens (4 chars a token)" % (len(tools_json), len(tools_json) // 4))
    print("where reply text: %d chars, ~%d tokens" % (len(where_text), len(where_text) // 4))
    print("where: median %.2f ms, p90 %.2f ms over %d calls" % (statistics.median(reads), pct(reads, 0.9), len(reads)))
    print("mutation (plan edit, fsync): median %.2f ms, p90 %.2f ms over %d calls"
          % (statistics.median(writes), pct(writes, 0.9), len(writes)))


if __name__ == "__main__":
    main()
