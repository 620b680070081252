"""Executors run chunks of work; the chunk, not the worker, decides what is written.

An executor has one method, `map(fn, jobs)`, that yields `fn(job)` for every job
*in job order*. Because each chunk's records depend only on (entry, seed, index)
and the merge consumes results in job order, the corpus is byte-identical for any
number of workers. A distributed executor (Ray, Slurm) plugs in at this seam: it
must run the same top-level `fn` from the installed package and yield in order.

`jobs` may be a lazy iterable of any length (a mix of a billion one-item chunks):
the local executor takes jobs only a few ahead of the results it has handed back,
so neither the plan nor the finished results pile up in memory.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any

AHEAD = 4  # jobs in flight per process: enough to keep each one busy while the parent merges


def usable_cpus() -> int:
    """CPUs this process may run on: its affinity mask where the OS has one (what taskset or a Slurm
    allocation grants), else the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


class LocalExecutor:
    """In-process for one worker; a spawn-started process pool for more, never more processes than
    usable CPUs: chunks are CPU-bound, so more would only compete for them (the output is the same)."""

    def __init__(self, workers: int = 1):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.processes = min(workers, usable_cpus())

    def map(self, fn: Callable[[Any], Any], jobs: Iterable[Any]) -> Iterator[Any]:
        jobs = iter(jobs)
        first = list(islice(jobs, self.processes))  # enough to size the pool: no process without a job
        if len(first) <= 1:
            for job in chain(first, jobs):
                yield fn(job)
            return
        # spawn, set explicitly: fork would copy the parent's state (threads, open files) into workers
        context = multiprocessing.get_context("spawn")
        with context.Pool(len(first), initializer=_leave_ctrl_c_to_the_parent) as pool:
            pending: deque = deque()
            for job in chain(first, jobs):
                pending.append(pool.apply_async(fn, (job,)))
                if len(pending) >= AHEAD * len(first):
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()


def _leave_ctrl_c_to_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group; the parent stops the pool and says so
    in one line, so the workers ignore it rather than each print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
