"""Gazetteer speed and memory (benchmark; run with ``python -m pytest -m benchmark -s``).

Targets (gazetteer issue): a whole ``incident-mapper gazetteer lookup`` process ≤ 1 s cold
with the index built, ≥ 200,000 lookups/s, ≤ 300 MB resident."""

from __future__ import annotations

import random
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.benchmark


def test_cold_lookup_process_under_a_second(gazetteer):
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "geo", "gazetteer", "lookup", "Goris", "-q"],
                             capture_output=True, timeout=60)
        runs.append(time.perf_counter() - started)
        assert out.returncode == 0
    print(f"\ncold `gazetteer lookup` process: best {min(runs):.2f} s, runs {runs}")
    assert min(runs) <= 1.0


def test_lookups_per_second_and_memory(gazetteer):
    from gazetteer import fold

    rng = random.Random(7)
    names = [gazetteer.place(rng.randrange(len(gazetteer))).name for _ in range(2000)]
    names += ["Goris", "Kəlbəcər", "Кельбаджар", "Sotk", "Nowhereville", "Baku", "Moskow"] * 100
    keys = [fold(n) for n in names]
    rounds = 50
    started = time.perf_counter()
    for _ in range(rounds):
        for key in keys:
            gazetteer.rows(key)
    elapsed = time.perf_counter() - started
    raw = rounds * len(keys) / elapsed
    started = time.perf_counter()
    for name in names:
        gazetteer.lookup(name, fuzzy=False, limit=5)
    ranked = len(names) / (time.perf_counter() - started)
    print(f"\nkey lookups: {raw:,.0f}/s; ranked lookups with Place records: {ranked:,.0f}/s")
    assert raw >= 200_000


# VmHWM, not ru_maxrss: a forked child's ru_maxrss starts at its parent's size, so a big
# pytest process would be reported as the gazetteer's.
PEAK_MB = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
"""

_MEMORY = PEAK_MB + """
import random
from gazetteer import Gazetteer
g = Gazetteer.load()
rng = random.Random(7)
for _ in range(5000):
    g.lookup(g.place(rng.randrange(len(g))).name, limit=5)
print(peak_mb())
"""


def test_peak_memory_of_the_world_gazetteer(gazetteer):
    # A fresh process, so that no other benchmark's peak counts: load, then 5,000 lookups.
    out = subprocess.run([sys.executable, "-c", _MEMORY], capture_output=True, text=True,
                         timeout=120, check=True)
    peak = int(out.stdout.split()[-1])
    print(f"\nworld gazetteer, {len(gazetteer):,} places: peak RSS {peak} MB after load and "
          "5,000 lookups (target 300 MB)")
    assert peak <= 300
