"""``python -m mlinterview.memory_limit MEGABYTES -- command ...``: run a command with its
address space capped (``RLIMIT_AS``), so that an allocation past the cap raises MemoryError in
that process instead of exhausting the machine. The grading kernel starts through it; it imports
nothing heavy, so the kernel starts as fast as without it."""

from __future__ import annotations

import os
import resource
import sys


def main(argv: list[str]) -> None:
    if len(argv) < 3 or argv[1] != "--":
        raise SystemExit("usage: python -m mlinterview.memory_limit MEGABYTES -- command ...")
    limit = int(argv[0]) * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError) as error:  # macOS may refuse RLIMIT_AS: grade without a cap
        print(f"mlinterview: no memory limit on this system ({error})", file=sys.stderr)
    os.execvp(argv[2], argv[2:])


if __name__ == "__main__":
    main(sys.argv[1:])
