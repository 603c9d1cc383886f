"""Interleaved timing: each round times the baseline and every candidate once, in turn.

A ratio is taken per round against that round's baseline, so load on the machine that shifts
both cancels out; the result is the median ratio with its interquartile spread.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    median: float
    low: float
    high: float
    baseline_seconds: float

    def __str__(self) -> str:
        return f"{self.median:.2f}x ({self.low:.2f}-{self.high:.2f})"


def _once(fn: Callable[[], object], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def compare(
    baseline: Callable[[], object], candidates: Mapping[str, Callable[[], object]], rounds: int = 25, repeat: int = 1
) -> dict[str, Ratio]:
    for fn in (baseline, *candidates.values()):  # warm up caches and lazy imports
        fn()
    ratios: dict[str, list[float]] = {name: [] for name in candidates}
    base_times = []
    for _ in range(rounds):
        gc.collect()
        base = _once(baseline, repeat)
        base_times.append(base)
        for name, fn in candidates.items():
            gc.collect()
            ratios[name].append(_once(fn, repeat) / base)
    result = {}
    for name, values in ratios.items():
        quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
        result[name] = Ratio(statistics.median(values), quartiles[0], quartiles[2], statistics.median(base_times))
    return result
