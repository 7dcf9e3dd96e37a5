"""Connects to a server on the grading machine's loopback (the sandbox test runs one that
hands out a stable softmax, as a helper outside the class could) and runs what it receives.
Must get: 0 for test_softmax_stable in the sandbox, which has no network; without the sandbox
the answer arrives and earns every point."""

from __future__ import annotations

from _tricks import PORT_VARIABLE, with_trick

LOSES = ["test_softmax_stable"]
SAYS = []
WRITES: list[str] = []


def edit(notebook) -> None:
    with_trick(
        notebook,
        f"""
import os, socket
port = int(os.environ["{PORT_VARIABLE}"])
with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
    received = b"".join(iter(lambda: connection.recv(4096), b""))
exec(received.decode())
""",
    )
