"""The local executor: results in job order, never more processes than CPUs, jobs taken as they are needed."""

import os
import time
from itertools import islice

from slowthink.executors import LocalExecutor, usable_cpus


def _pid_after_a_while(job: int) -> int:
    time.sleep(0.05)  # long enough that every process of the pool gets some of the jobs
    return os.getpid()


def test_results_come_in_job_order_for_any_number_of_workers():
    for workers in (1, 2):
        assert list(LocalExecutor(workers).map(abs, range(-40, 0))) == list(range(40, 0, -1))


def test_more_workers_than_cpus_start_no_more_processes_than_cpus():
    """--workers 5000 on a 2-core machine started a process per chunk (up to 5000) that only fought for the CPUs."""
    executor = LocalExecutor(usable_cpus() + 3)
    assert executor.processes == usable_cpus()
    pids = set(executor.map(_pid_after_a_while, range(40)))
    assert len(pids) <= usable_cpus()


def test_jobs_are_taken_as_they_are_needed_not_all_up_front():
    """A mix with chunk_size = 1 and a billion items is a billion jobs: listing them first ate memory and
    time before any work began. Only a few jobs per process may be taken ahead of the results."""
    for workers in (1, 2):
        pulled = []

        def jobs():
            for k in range(10**6):
                pulled.append(k)
                yield k

        results = LocalExecutor(workers).map(abs, jobs())
        assert list(islice(results, 5)) == [0, 1, 2, 3, 4]
        results.close()
        assert len(pulled) <= 5 + 4 * min(workers, usable_cpus()), (workers, len(pulled))
