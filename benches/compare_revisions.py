#!/usr/bin/env python3
"""Compare the cost of `cvpair check` at two git revisions, on one machine, in one run.

    python3 benches/compare_revisions.py BEFORE [AFTER] [--pairs N] [--runs N]

Builds each revision in a temporary worktree (release profile), writes one
generated corpus of invented profiles (the `check` bench's generator), and
measures `cvpair check CORPUS` with each build: wall time as the median of
alternating runs (so drift in machine load hits both alike), and, when
valgrind is installed, instructions executed (callgrind), which do not
depend on load at all. AFTER defaults to the working tree.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def build(rev, work):
    """Returns the path of a release binary built at `rev` (None: the working tree)."""
    if rev is None:
        run(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
        return os.path.join(ROOT, "target", "release", "cvpair")
    tree = os.path.join(work, "tree-" + rev.replace("/", "_"))
    run(["git", "worktree", "add", "--detach", "--quiet", tree, rev], cwd=ROOT)
    target = os.path.join(work, "target-" + rev.replace("/", "_"))
    run(["cargo", "build", "--release", "--quiet", "--target-dir", target], cwd=tree)
    return os.path.join(target, "release", "cvpair")


def wall(binary, corpus):
    start = time.perf_counter()
    subprocess.run([binary, "check", corpus], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def instructions(binary, corpus, work):
    if shutil.which("valgrind") is None:
        return None
    out = os.path.join(work, "callgrind.out")
    res = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, binary, "check", corpus],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in res.stderr.splitlines():
        if "Collected" in line:
            return int(line.split(":")[-1].strip())
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after", nargs="?")
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="cvpair-compare-")
    try:
        corpus = os.path.join(work, "corpus")
        env = dict(os.environ, CVPAIR_BENCH_WRITE_CORPUS=corpus, CVPAIR_BENCH_PAIRS=str(args.pairs))
        run(["cargo", "bench", "--quiet", "--bench", "check"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        bins = {"before": build(args.before, work), "after": build(args.after, work)}
        for b in bins.values():
            wall(b, corpus)  # warm the page cache
        times = {k: [] for k in bins}
        for _ in range(args.runs):
            for k, b in bins.items():
                times[k].append(wall(b, corpus))
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"cvpair check on {args.pairs} generated pairs; {os.cpu_count()} cores; median of {args.runs} alternating runs")
        print(f"  before ({args.before}): {med['before'] * 1e3:8.1f} ms")
        print(f"  after  ({args.after or 'working tree'}): {med['after'] * 1e3:8.1f} ms   = {med['after'] / med['before']:.2f} x before")
        ins = {k: instructions(b, corpus, work) for k, b in bins.items()}
        if all(ins.values()):
            print(f"  instructions: before {ins['before']:,}, after {ins['after']:,}   = {ins['after'] / ins['before']:.2f} x before")
        else:
            print("  instructions: valgrind not installed, not measured")
    finally:
        for line in subprocess.run(["git", "worktree", "list", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout.splitlines():
            if line.startswith("worktree ") and line.split(" ", 1)[1].startswith(work):
                subprocess.run(["git", "worktree", "remove", "--force", line.split(" ", 1)[1]], cwd=ROOT)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
