"""The package is shaped like the grading pipeline: data flows one way through its stages.

Every module of ``mlinterview`` is parsed (module-level and function-level imports alike); a
module may import a foundation module or a stage before its own, never a later stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "mlinterview"

#: What every stage may use; they import no stage (checks, plots and data are what the
#: lessons import; integrity, memory_limit, sandbox, grading_kernel and sanitize guard the
#: grading kernel that nbgrader loads from nbgrader_config.py, and validation is its
#: Validate's summary).
FOUNDATION = {
    "__init__",
    "course",
    "rubric",
    "regions",
    "checks",
    "plots",
    "data",
    "integrity",
    "practice",
    "mock",
    "memory_limit",
    "sandbox",
    "grading_kernel",
    "sanitize",
    "validation",
}

#: The stages in the order grading runs them, then the orchestration that runs them: a module
#: imports only modules before its own, so data flows one way (submit -> ... -> write).
PIPELINE = [
    "submit",
    "inspection",
    "autograde",
    "record",
    "history",
    "report",
    "recommend",  # the history read: what to practise next, the reference once tried
    "report_html",
    "feedback",
    "debrief",  # a mock interview's time line and follow-ups, after its report
    "grading",
    "classroom",
    "restore",  # a learner's command: puts the original test cells back in their notebook
    "labserver",
    "cli",
]


def _module_name(path: Path, package: Path) -> str:
    """``report`` for report.py, ``checks.numeric`` for checks/numeric.py, ``data`` for its
    package's __init__.py."""
    parts = list(path.relative_to(package).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _imported(tree: ast.AST, module: str, package: list[str], modules: set[str]):
    """``(line, module)`` for every import in ``tree`` of a module of the package, as its name
    inside the package (``report``), wherever the import statement is; ``package``: the parts
    of the name of the package that holds ``module`` (``[]`` for mlinterview itself)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: ``.`` is the module's own package
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "mlinterview":
                target = node.module.removeprefix("mlinterview").lstrip(".")
            else:
                continue
            # ``from mlinterview import report``: a module; ``from .report import X``: names.
            subs = [f"{target}.{a.name}".lstrip(".") for a in node.names]
            names = [s for s in subs if s in modules] or [target or "__init__"]
            found += [(node.lineno, name) for name in names]
            continue
        else:
            continue
        for name in names:
            if name.split(".")[0] == "mlinterview":
                found.append((node.lineno, name.removeprefix("mlinterview").lstrip(".")))
    return [(line, name or "__init__") for line, name in found]


def _rank(name: str) -> int:
    """-1 for a foundation module; a stage's place in PIPELINE; KeyError for another."""
    top = name.split(".")[0]
    return -1 if top in FOUNDATION else PIPELINE.index(top)


def violations(package: Path) -> list[str]:
    """Each import of a later stage (or of an unknown module), as ``file:line: ...``."""
    paths = sorted(package.rglob("*.py"))
    modules = {_module_name(p, package) for p in paths}
    problems = []
    for path in paths:
        module = _module_name(path, package)
        top = module.split(".")[0]
        if top not in FOUNDATION and top not in PIPELINE:
            problems.append(f"{path.name}: {module} is in neither FOUNDATION nor PIPELINE")
            continue
        parent = list(path.relative_to(package).parent.parts)
        for line, name in _imported(ast.parse(path.read_text()), module, parent, modules):
            if name.split(".")[0] == top:
                continue  # within one module or package
            target = name.split(".")[0]
            if target not in FOUNDATION and target not in PIPELINE:
                problems.append(f"{path.name}:{line}: imports unknown module {name}")
            elif _rank(name) > _rank(module):
                kind = "the stage" if _rank(module) >= 0 else "the foundation module"
                problems.append(
                    f"{path.relative_to(package)}:{line}: {kind} {module} imports {name}, "
                    f"which comes later ({' -> '.join(PIPELINE)})"
                )
    return problems


def test_no_module_imports_a_later_stage():
    problems = violations(PACKAGE)
    assert not problems, "\n".join(problems)


def test_every_stage_exists():
    assert {p.stem for p in PACKAGE.glob("*.py")} >= set(PIPELINE)


@pytest.mark.parametrize(
    ("module", "code", "found"),
    [
        (
            "report.py",
            "def f():\n    from mlinterview.feedback import x\n",
            "report imports feedback",
        ),
        ("record.py", "import mlinterview.grading\n", "record imports grading"),
        ("submit.py", "from mlinterview import classroom\n", "submit imports classroom"),
        ("submit.py", "from . import report\n", "submit imports report"),
        ("rubric.py", "from mlinterview.submit import submit\n", "rubric imports submit"),
        ("checks/speed.py", "from ..report import x\n", "checks.speed imports report"),
        ("checks/__init__.py", "from . import speed\nfrom .. import report\n", "imports report"),
        ("report.py", "from mlinterview import rubric, record\n", ""),
        ("cli.py", "from mlinterview.grading import grade\nimport mlinterview\n", ""),
        ("report.py", "from mlinterview.nowhere import x\n", "unknown module nowhere"),
        ("newstage.py", "x = 1\n", "neither FOUNDATION nor PIPELINE"),
    ],
)
def test_a_later_import_is_found_and_named(tmp_path, module, code, found):
    package = tmp_path / "mlinterview"
    for name in [*FOUNDATION, *PIPELINE]:
        if name != "__init__" and name != module.removesuffix(".py"):
            (package / f"{name}.py").parent.mkdir(parents=True, exist_ok=True)
            (package / f"{name}.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / module).parent.mkdir(parents=True, exist_ok=True)
    (package / module).write_text(code)
    problems = violations(package)
    if found:
        assert len(problems) == 1 and found in problems[0], problems
        assert module.split("/")[-1] in problems[0]
    else:
        assert not problems, problems
