"""Tests that need a system package (PostgreSQL, bubblewrap, configurable-http-proxy) skip
without it, saying why; where ``MLINTERVIEW_REQUIRE_SYSTEM_PACKAGES=1`` (``.ci/run``, which
installs them) a missing package fails them instead, so CI never passes by skipping."""

from __future__ import annotations

import os

import pytest

REQUIRED = os.environ.get("MLINTERVIEW_REQUIRE_SYSTEM_PACKAGES") == "1"


def require(missing: str | None, what: str) -> None:
    """At a test module's top: skip the module when ``missing`` (why ``what`` cannot run)."""
    if not missing:
        return
    if REQUIRED:
        raise RuntimeError(
            f"{what} is required here (MLINTERVIEW_REQUIRE_SYSTEM_PACKAGES=1): {missing}"
        )
    pytest.skip(f"{what}: {missing}", allow_module_level=True)
