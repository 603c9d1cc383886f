"""Interleaved timing: each round times the baseline and every candidate, in turn.

Within a round each is timed ``best_of`` times and the fastest kept (timeit's advice: slower
runs are the machine interrupting, not the code). A ratio is taken per round against that
round's baseline, so load on the machine that shifts both cancels out; the result is the
median ratio with its interquartile spread. Time is the process's CPU time by default: on a
machine shared with other work, time spent waiting for a core is not the code's.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    median: float
    low: float
    high: float
    baseline_seconds: float

    def __str__(self) -> str:
        return f"{self.median:.2f}x ({self.low:.2f}-{self.high:.2f})"


def _best(fn: Callable[[], object], repeat: int, best_of: int, clock: Callable[[], float]) -> float:
    times = []
    for _ in range(best_of):
        gc.collect()
        start = clock()
        for _ in range(repeat):
            fn()
        times.append((clock() - start) / repeat)
    return min(times)


def compare(
    baseline: Callable[[], object],
    candidates: Mapping[str, Callable[[], object]],
    rounds: int = 25,
    repeat: int = 1,
    best_of: int = 3,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, Ratio]:
    for fn in (baseline, *candidates.values()):  # warm up caches and lazy imports
        fn()
    ratios: dict[str, list[float]] = {name: [] for name in candidates}
    base_times = []
    for _ in range(rounds):
        base = _best(baseline, repeat, best_of, clock)
        base_times.append(base)
        for name, fn in candidates.items():
            ratios[name].append(_best(fn, repeat, best_of, clock) / base)
    result = {}
    for name, values in ratios.items():
        quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
        result[name] = Ratio(statistics.median(values), quartiles[0], quartiles[2], statistics.median(base_times))
    return result


def spread(values: Sequence[float], baseline_seconds: float = 0.0) -> Ratio:
    """The median of ratios measured elsewhere (whole runs, one per round), with their quartiles."""
    quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return Ratio(statistics.median(values), quartiles[0], quartiles[2], baseline_seconds)
