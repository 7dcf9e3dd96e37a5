"""Keep the machine's cores busy while a command runs: how a learner's laptop or a shared CI
machine looks when it is doing something else.

    python tools/busy_cores.py [--processes N] -- make test

starts N processes that spin (default: one per core), runs the command, stops them, and exits
with the command's exit code. The tests use :func:`busy_cores` to grade under load.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator

from mlinterview.classroom import usable_cores

#: Each spinner works in bursts of 0.1 to 1 s with pauses of up to 0.3 s (seeded): a load that
#: comes and goes, as on a real machine, so a measurement cannot rely on it being even.
SPIN = """
import random, time
rng = random.Random({seed})
while True:
    end = time.perf_counter() + rng.uniform(0.1, 1.0)
    while time.perf_counter() < end:
        pass
    time.sleep(rng.uniform(0.0, 0.3))
"""


@contextlib.contextmanager
def busy_cores(processes: int | None = None) -> Iterator[list[subprocess.Popen]]:
    """``processes`` spinning Python processes (one per core by default), stopped on exit."""
    spinners = [
        subprocess.Popen([sys.executable, "-c", SPIN.format(seed=seed)])
        for seed in range(processes or usable_cores())
    ]
    try:
        time.sleep(0.2)  # let them reach the spin loop before the measured work starts
        yield spinners
    finally:
        for spinner in spinners:
            spinner.kill()
        for spinner in spinners:
            spinner.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=None, help="default: one per core")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the command to run")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    with busy_cores(args.processes) as spinners:
        print(f"busy_cores: {len(spinners)} spinning processes", file=sys.stderr, flush=True)
        start = time.perf_counter()
        code = subprocess.call(command)
    print(
        f"busy_cores: {' '.join(command)} took {time.perf_counter() - start:.0f} s under load",
        file=sys.stderr,
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
