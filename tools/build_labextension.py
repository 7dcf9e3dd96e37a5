"""Build the course's JupyterLab extension (labextension/) into src/mlinterview/labextensions/,
or check that the build there is what the sources make.

    python tools/build_labextension.py          # rebuild and replace the shipped build
    python tools/build_labextension.py --check  # rebuild elsewhere; fail if the shipped one differs

A learner needs no Node.js: the build is committed, and `make test` checks it is not stale
(tests/test_labextension.py), as it checks that release/ is what source/ makes.

The bundler names a module after its absolute path, so the same sources built in two folders
give two different builds. The build therefore always runs in one fixed folder (``BUILD_DIR``),
from a copy of the sources and with ``npm ci`` from package-lock.json: the same bytes on any
machine, whatever folder the repository is cloned into.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "labextension"
SHIPPED = REPO / "src" / "mlinterview" / "labextensions" / "mlinterview-lab"
#: What the build reads: everything else in labextension/ (node_modules/, lib/) is made.
INPUTS = ("package.json", "package-lock.json", "tsconfig.json", "src", "style")
BUILD_DIR = Path(tempfile.gettempdir()) / "mlinterview-labextension-build"


def build() -> Path:
    """Build the extension in ``BUILD_DIR``; return the folder of the built extension."""
    package = BUILD_DIR / "labextension"
    package.mkdir(parents=True, exist_ok=True)
    lock = package / "package-lock.json"
    fresh_lock = not lock.exists() or lock.read_bytes() != (SOURCES / lock.name).read_bytes()
    for name in ("src", "style", "lib", "tsconfig.tsbuildinfo"):
        path = package / name
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    for name in INPUTS:
        source = SOURCES / name
        if source.is_dir():
            shutil.copytree(source, package / name)
        else:
            shutil.copy2(source, package / name)
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]),
    }
    if fresh_lock or not (package / "node_modules").is_dir():
        _run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], package, env)
    _run(["npx", "tsc"], package, env)
    _run(["jupyter", "labextension", "build", "."], package, env)
    return BUILD_DIR / SHIPPED.relative_to(REPO)


def differences(built: Path, shipped: Path) -> list[str]:
    """Files that differ between two builds (relative paths), empty when they are the same."""
    found: list[str] = []

    def walk(compare: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in compare.left_only + compare.right_only)
        found.extend(prefix + name for name in compare.diff_files + compare.funny_files)
        for name, sub in compare.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    filecmp.clear_cache()
    walk(filecmp.dircmp(built, shipped, ignore=["build_log.json"]), "")
    return sorted(found)


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not replace")
    args = parser.parse_args()
    built = build()
    if args.check:
        stale = differences(built, SHIPPED)
        if stale:
            print("The shipped build is stale; run `make labextension` and commit:", *stale)
            return 1
        print("The shipped build is what labextension/ makes.")
        return 0
    shutil.rmtree(SHIPPED, ignore_errors=True)
    shutil.copytree(built, SHIPPED, ignore=shutil.ignore_patterns("build_log.json"))
    print(f"Built {SHIPPED.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
