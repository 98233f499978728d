#!/usr/bin/env python3
"""Write a synthetic wf project with about N nodes, for bench/bench.sh.

Usage: python3 bench/gen_workflow.py N OUTDIR [INPUTS]

Writes OUTDIR/workflow-state/workflow.yaml: each node with an id, a title, its status, its times and a line of
notes (about 290 bytes a node); 10 phases (fewer when N < 10), each with tasks; most tasks have
sub-tasks (three levels), every fourth task is a leaf (two levels). The node count (phases + tasks + sub-tasks,
not the goal) is exactly N. The first 30% of leaves in document order are done, the next one is in progress and
is current_node, the rest are planned; every parent's status (and completed_at, for a parent whose children are
all finished) is derived by the same roll-up rules wf applies, so wf accepts the file as it is.
With INPUTS, the current node also gets that many L3 inputs, each a section of one of ten generated Markdown files
under OUTDIR/docs/ (ten sections of about 1.5 KB each per file), for `wf context`.
Prints one line: the node and leaf counts.
"""

import math
import os
import sys

STAMP = "2026-01-01T00:00:00Z"
DONE_SHARE = 0.30


def notes(node_id):
    """A node's notes: one line of about 150 characters, so that a node takes about 290 bytes of YAML, as in the
    data of the performance issue (289 KB for 1,000 nodes)."""
    return ("Step %s reads the inputs its contract names, makes the change, runs the checks and writes down "
            "what changed." % node_id)


class Node:
    __slots__ = ("id", "title", "status", "completed_at", "tasks")

    def __init__(self, node_id, title, tasks=None):
        self.id = node_id
        self.title = title
        self.status = "planned"
        self.completed_at = None
        self.tasks = tasks  # None for a leaf


def split(total, parts):
    """total split into `parts` near-equal non-negative integers, larger ones first."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def build(n):
    """The phases of a tree with exactly n nodes."""
    phase_count = min(10, n)
    budgets = split(n - phase_count, phase_count)  # nodes below each phase
    # Sub-tasks per task grows with the tree, so that depth stays 3 and the width of each level is balanced.
    per_task = max(2, round(math.sqrt(max(budgets[0], 1))))
    phases = []
    for pi, budget in enumerate(budgets, start=1):
        pid = "p%d" % pi
        if budget == 0:
            phases.append(Node(pid, "Phase %d" % pi))
            continue
        task_count = max(1, min(budget, round(budget / (1 + per_task))))
        leaf_tasks = {ti for ti in range(1, task_count + 1) if ti % 4 == 0}
        parents = [ti for ti in range(1, task_count + 1) if ti not in leaf_tasks]
        sub_total = budget - task_count
        if not parents and sub_total > 0:
            leaf_tasks.clear()
            parents = list(range(1, task_count + 1))
        subs = dict(zip(parents, split(sub_total, len(parents)))) if parents else {}
        tasks = []
        for ti in range(1, task_count + 1):
            tid = "%s-t%d" % (pid, ti)
            title = "Task %d of phase %d" % (ti, pi)
            count = subs.get(ti, 0)
            if count == 0:
                tasks.append(Node(tid, title))
            else:
                tasks.append(Node(tid, title, [
                    Node("%s-s%d" % (tid, si), "Sub-task %d of task %d of phase %d" % (si, ti, pi))
                    for si in range(1, count + 1)]))
        phases.append(Node(pid, "Phase %d" % pi, tasks))
    return phases


def leaves(nodes):
    for node in nodes:
        if node.tasks is None:
            yield node
        else:
            yield from leaves(node.tasks)


def count(nodes):
    return sum(1 + (count(node.tasks) if node.tasks is not None else 0) for node in nodes)


def rollup_status(children):
    """wf's roll-up rule: the status of a parent with these children's statuses (first match wins)."""
    if all(s == "skipped" for s in children):
        return "skipped"
    if all(s in ("done", "skipped") for s in children):
        return "done"
    if "in-progress" in children:
        return "in-progress"
    if "blocked" in children:
        return "blocked"
    if "done" in children:
        return "in-progress"
    return "planned"


def rollup(node):
    if node.tasks is None:
        return
    for child in node.tasks:
        rollup(child)
    node.status = rollup_status([c.status for c in node.tasks])
    stamps = [c.completed_at for c in node.tasks if c.completed_at]
    node.completed_at = max(stamps) if node.status == "done" and stamps else None


def assign(phases):
    """Leaf statuses by document order, then parents rolled up; returns the id of current_node."""
    order = list(leaves(phases))
    done = min(int(len(order) * DONE_SHARE), len(order) - 1)
    for i, leaf in enumerate(order):
        if i < done:
            leaf.status, leaf.completed_at = "done", STAMP
        elif i == done:
            leaf.status = "in-progress"
    for phase in phases:
        rollup(phase)
    return order[done].id, len(order)


DOCS = 10
SECTIONS = 10


def write_docs(outdir):
    """Ten Markdown files of ten sections each; returns nothing, the names are docs/d<i>.md and 'Section <j>'."""
    os.makedirs(os.path.join(outdir, "docs"), exist_ok=True)
    para = "This paragraph stands for the reference text a phase reads before it starts. " * 20
    for i in range(DOCS):
        parts = ["# Document %d\n\n" % i]
        for j in range(SECTIONS):
            parts.append("## Section %d\n\n%s\n\n" % (j, para.strip()))
        with open(os.path.join(outdir, "docs", "d%d.md" % i), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(parts))


def write_inputs(out, pad, count):
    out.append("%s  inputs:\n" % pad)
    for k in range(count):
        out.append("%s    - source: L3:reference\n" % pad)
        out.append("%s      file: docs/d%d.md\n" % (pad, k % DOCS))
        out.append("%s      section: Section %d\n" % (pad, (k // DOCS) % SECTIONS))


def write_node(out, node, indent, inputs_for=None, inputs=0):
    pad = " " * indent
    out.append("%s- id: %s\n" % (pad, node.id))
    out.append("%s  title: %s\n" % (pad, node.title))
    out.append("%s  status: %s\n" % (pad, node.status))
    if node.completed_at:
        out.append("%s  completed_at: %s\n" % (pad, node.completed_at))
    out.append("%s  updated_at: %s\n" % (pad, STAMP))
    out.append("%s  notes: %s\n" % (pad, notes(node.id)))
    if node.id == inputs_for and inputs:
        write_inputs(out, pad, inputs)
    if node.tasks is not None:
        out.append("%s  tasks:\n" % pad)
        for child in node.tasks:
            write_node(out, child, indent + 4, inputs_for, inputs)


def main(argv):
    if len(argv) not in (3, 4) or not argv[1].isdigit() or int(argv[1]) < 1 or (
            len(argv) == 4 and not argv[3].isdigit()):
        sys.stderr.write("usage: gen_workflow.py N OUTDIR [INPUTS]   (N >= 1 nodes)\n")
        return 2
    n, outdir = int(argv[1]), argv[2]
    inputs = int(argv[3]) if len(argv) == 4 else 0
    phases = build(n)
    current, leaf_count = assign(phases)
    active = any(leaf.status in ("done", "in-progress") for leaf in leaves(phases))
    out = [
        "goal:\n",
        "  id: bench-goal\n",
        "  title: Benchmark goal with %d nodes\n" % n,
        "  status: %s\n" % ("executing" if active else "planning"),
        "  why: Measure wf on large trees.\n",
        "phases:\n",
    ]
    for phase in phases:
        write_node(out, phase, 2, current, inputs)
    out.append("forks: []\n")
    out.append("current_node: %s\n" % current)
    out.append("last_updated: %s\n" % STAMP)
    state = os.path.join(outdir, "workflow-state")
    os.makedirs(state, exist_ok=True)
    with open(os.path.join(state, "workflow.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    if inputs:
        write_docs(outdir)
    print("nodes=%d leaves=%d current=%s" % (count(phases), leaf_count, current))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
