#!/usr/bin/env python3
"""Write the data of gen_workflow.py's tree for the peers of bench/peers.sh: Taskwarrior and Task Master.

Usage: python3 bench/gen_peers.py N OUTDIR

Builds the same tree as `gen_workflow.py N` (same shape, same statuses, the same notes: a Taskwarrior annotation,
Task Master's details) and writes it twice:

- OUTDIR/taskwarrior.json, for `task import`: one task per node (N tasks). A done node is a completed task, the
  in-progress leaf is the one started task, every other node is pending. The hierarchy is kept as Taskwarrior
  projects: a phase and its tasks are in project p1, the sub-tasks of task p1-t2 in p1.t2. Parents do not
  depend on their children: Taskwarrior 2.6's `next` takes seconds at 10,000 tasks with ~10,000 such links.
- OUTDIR/taskmaster/.taskmaster/tasks/tasks.json (Task Master 0.43's tagged format, tag "master"): phases and
  tasks are top-level tasks, sub-tasks are their subtasks (Task Master nests one level only); together N. A phase
  depends on its tasks. Statuses map done -> done, in-progress -> in-progress, planned -> pending. Beside it a
  config.json that turns Task Master's telemetry off and a state.json, so that no command writes on first use.

Prints one line: the counts.
"""

import json
import os
import sys
import uuid

from gen_workflow import STAMP, build, assign, notes

TW_STAMP = STAMP.replace("-", "").replace(":", "")  # Taskwarrior's ISO basic form: 20260101T000000Z
TM_STATUS = {"done": "done", "in-progress": "in-progress", "planned": "pending"}


def walk(nodes, parent=None):
    """(node, parent) pairs in document order."""
    for node in nodes:
        yield node, parent
        if node.tasks is not None:
            yield from walk(node.tasks, node)


def taskwarrior(phases):
    pairs = list(walk(phases))
    ids = {node.id: str(uuid.UUID(int=i + 1)) for i, (node, _) in enumerate(pairs)}
    tasks = []
    for node, parent in pairs:
        project = node.id if parent is None else parent.id.replace("-", ".")
        task = {"uuid": ids[node.id], "description": node.title, "project": project, "entry": TW_STAMP,
                "status": "pending", "annotations": [{"entry": TW_STAMP, "description": notes(node.id)}]}
        if node.status == "done":
            task["status"], task["end"] = "completed", TW_STAMP
        elif node.status == "in-progress" and node.tasks is None:
            task["start"] = TW_STAMP
        tasks.append(task)
    return tasks


def tm_item(item_id, node, dependencies):
    return {"id": item_id, "title": node.title, "description": node.title, "details": notes(node.id), "testStrategy": "",
            "priority": "medium", "dependencies": dependencies, "status": TM_STATUS[node.status]}


def taskmaster(phases):
    top = []
    for phase in phases:
        phase_item = tm_item(len(top) + 1, phase, [])
        top.append(phase_item)
        for task in phase.tasks or []:
            item = tm_item(len(top) + 1, task, [])
            item["subtasks"] = [tm_item(i, sub, []) for i, sub in enumerate(task.tasks or [], start=1)]
            phase_item["dependencies"].append(item["id"])
            top.append(item)
        phase_item["subtasks"] = []
    return {"master": {"tasks": top, "metadata": {
        "created": STAMP, "updated": STAMP, "description": "Tasks for master context"}}}


def write_json(path, value, indent=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, indent=indent)
        f.write("\n")


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        sys.stderr.write("usage: gen_peers.py N OUTDIR   (N >= 1 nodes)\n")
        return 2
    n, outdir = int(argv[1]), argv[2]
    phases = build(n)
    assign(phases)
    tw = taskwarrior(phases)
    write_json(os.path.join(outdir, "taskwarrior.json"), tw)
    tm = taskmaster(phases)
    dot = os.path.join(outdir, "taskmaster", ".taskmaster")
    write_json(os.path.join(dot, "tasks", "tasks.json"), tm, 2)
    write_json(os.path.join(dot, "config.json"), {"global": {"anonymousTelemetry": False}}, 2)
    write_json(os.path.join(dot, "state.json"), {"currentTag": "master", "lastSwitched": STAMP,
                                                 "branchTagMapping": {}, "migrationNoticeShown": True}, 2)
    top = tm["master"]["tasks"]
    subs = sum(len(t["subtasks"]) for t in top)
    print("taskwarrior=%d completed=%d started=%d taskmaster=%d+%d done=%d" % (
        len(tw), sum(t["status"] == "completed" for t in tw), sum("start" in t for t in tw), len(top), subs,
        sum(t["status"] == "done" for t in top) + sum(s["status"] == "done" for t in top for s in t["subtasks"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
