"""Timing for the benchmark commands (drafting, briefings): medians over repeated runs."""

import statistics
import time


def median_ms(action, runs: int) -> float:
    """The median wall time of ``action()`` over ``runs`` runs, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
