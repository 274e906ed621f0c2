#!/usr/bin/env python3
"""The performance report, in one run on one machine:

    python3 benches/report.py [--no-yamllint]

- one pair as a process, against `true` and against loading it only;
- 1,000 and 10,000 generated pairs: profiles/s and MB/s, as a fraction of
  the parse-only floor (loading the same files without aligning them);
- the pre-commit case: one changed file among 500 profiles;
- peak resident memory checking 100,000 entries (about 2,860 pairs);
- 1 core against 2 (taskset), on the 1,000-pair corpus;
- yamllint over the same 1,000 pairs, when it can be installed (a venv in
  target/bench-venv; only PyPI is needed).

The corpus comes from the generator in benches/support/corpus.rs (invented
people, 10 to 60 entries per profile, realistic Chinese and English text)
and is written to a temporary folder, never committed. Every figure is a
median of several runs made here, in this run; compare ratios, not
milliseconds, across machines.
"""

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "cvpair"


def sh(*args, env=None, cwd=ROOT, capture=True):
    full_env = dict(os.environ, **(env or {}))
    out = subprocess.run(args, cwd=cwd, env=full_env, check=True, text=True,
                         stdout=subprocess.PIPE if capture else None)
    return out.stdout if capture else ""


def run_measured(args, cwd=None):
    """Wall seconds and peak RSS (KiB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pid = proc.pid
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{args} exited {code}")
    return wall, usage.ru_maxrss


def peak_rss(args):
    """Peak RSS (KiB) of a process started from a small one (GNU time), so
    the figure is not Python's own memory, which a forked child inherits
    and `ru_maxrss` keeps across exec."""
    if not Path("/usr/bin/time").exists():
        return run_measured(args)[1]
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    return int(out.stderr.strip().splitlines()[-1])


def median_wall(args, runs, cwd=None, warm=True):
    if warm:
        run_measured(args, cwd)  # warm the page cache
    return statistics.median(run_measured(args, cwd)[0] for _ in range(runs))


def write_corpus(pairs, where):
    line = sh("cargo", "bench", "--bench", "check", "--quiet",
              env={"CVPAIR_BENCH_PAIRS": str(pairs), "CVPAIR_BENCH_WRITE_CORPUS": str(where)})
    # "wrote N pairs, E entries (B bytes) to DIR"
    words = line.split()
    return int(words[1]), int(words[3]), where


def yamllint_command():
    venv = ROOT / "target" / "bench-venv"
    exe = venv / "bin" / "yamllint"
    if not exe.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "yamllint"], check=True)
        except subprocess.CalledProcessError:
            return None
    return str(exe) if exe.exists() else None


def main():
    with_yamllint = "--no-yamllint" not in sys.argv
    print("building (release)…", file=sys.stderr)
    sh("cargo", "build", "--release", "--locked", "--quiet", capture=False)
    sh("cargo", "bench", "--bench", "check", "--no-run", "--quiet", capture=False)

    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    mem = next((l.split()[1] for l in Path("/proc/meminfo").read_text().splitlines()
                if l.startswith("MemTotal")), "?")
    print("# cvpair performance report")
    print()
    print(f"machine: {cpu}, {os.cpu_count()} cores, {int(mem) // 1024 // 1024} GiB; "
          f"{sh('rustc', '--version').strip()}; {time.strftime('%Y-%m-%d')}")
    print()

    print("## cargo bench --bench check (1,000 pairs)")
    print("```text")
    print(sh("cargo", "bench", "--bench", "check", "--quiet").strip())
    print("```")
    print()
    print("## 10,000 pairs")
    print("```text")
    print(sh("cargo", "bench", "--bench", "check", "--quiet",
             env={"CVPAIR_BENCH_PAIRS": "10000", "CVPAIR_BENCH_ONLY": "throughput"}).strip())
    print("```")
    print()

    scratch = Path(tempfile.mkdtemp(prefix="cvpair-report-"))
    try:
        # Peak memory at 100,000 entries: the generator's sizes cycle through
        # 10..60, so 2,860 pairs hold just over 100,000 entries.
        pairs, entries, big = write_corpus(2860, scratch / "big")
        wall = median_wall([str(BIN), "check", str(big)], 3)
        rss = peak_rss([str(BIN), "check", str(big)])
        size = sum(f.stat().st_size for f in big.rglob("*") if f.is_file())
        one_rss = peak_rss([str(BIN), "check", str(big / "p00001")])
        print("## Memory")
        print(f"- {entries:,} entries ({pairs:,} pairs, {size / 1e6:.1f} MB), one process: "
              f"peak RSS {rss / 1024:.1f} MiB in {wall:.2f} s "
              f"(one pair: {one_rss / 1024:.1f} MiB), "
              f"{rss / 1024 / (size / 1e6):.2f} MiB per MB of input")
        shutil.rmtree(big)

        pairs, entries, corpus = write_corpus(1000, scratch / "corpus")
        size = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file())
        check = [str(BIN), "check", str(corpus)]
        print()
        print("## Cores (1,000 pairs, whole process, median of 5)")
        if shutil.which("taskset"):
            one = median_wall(["taskset", "-c", "0"] + check, 5)
            two = median_wall(["taskset", "-c", "0,1"] + check, 5)
            print(f"- 1 core {one * 1e3:.0f} ms, 2 cores {two * 1e3:.0f} ms: "
                  f"speed-up {one / two:.2f} × (ideal 2)")
        else:
            print("- taskset is not installed: not measured")

        print()
        print("## yamllint on the same 1,000 pairs")
        exe = yamllint_command() if with_yamllint else None
        if exe:
            version = sh(exe, "--version").strip()
            ours = median_wall(check, 3)
            # One run: it takes a minute, and the files are in the page
            # cache from cvpair's runs just before.
            theirs = median_wall([exe, "-d", "relaxed", str(corpus)], 1, warm=False)
            print(f"- {version} (-d relaxed): {theirs * 1e3:.0f} ms; cvpair check "
                  f"{ours * 1e3:.0f} ms: yamllint takes {theirs / ours:.0f} × as long "
                  f"({size / 1e6:.1f} MB; yamllint only lints the YAML, cvpair "
                  f"parses, aligns and runs every rule)")
        else:
            print("- yamllint not available: not measured")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
