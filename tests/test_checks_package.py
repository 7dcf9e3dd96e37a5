"""mlinterview.checks is a package whose __init__ re-exports every check: test cells write
``checks.X`` whatever module ``X`` lives in."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import types

from mlinterview import checks


def _modules() -> list[types.ModuleType]:
    return [
        importlib.import_module(f"mlinterview.checks.{info.name}")
        for info in pkgutil.iter_modules(checks.__path__)
    ]


def _defined_in(module: types.ModuleType) -> set[str]:
    """The names a module's own code defines at top level (not those it imports)."""
    tree = ast.parse(inspect.getsource(module))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_every_public_name_of_every_module_is_re_exported_as_the_same_object():
    modules = _modules()
    assert len(modules) >= 9
    for module in modules:
        for name in sorted(_defined_in(module)):
            if name.startswith("_"):
                continue
            assert name in checks.__all__, f"{module.__name__}.{name} is not re-exported"
            assert getattr(checks, name) is getattr(module, name)


def test_all_lists_only_names_the_package_has():
    assert len(set(checks.__all__)) == len(checks.__all__)
    for name in checks.__all__:
        assert hasattr(checks, name), name


def test_module_state_has_one_copy():
    """The tracer's state and caches live in tracing alone; the other modules use its copy."""
    from mlinterview.checks import failures, speed, tracing, values

    for module in _modules():
        if module is not tracing:
            assert not {"_LIBRARY_DIRS", "_TraceGuard", "_is_learner_file"} & set(vars(module))
    # Every module raises the one CheckFailure, so test cells catch any check's failure.
    assert values._fail is failures._fail and speed.call is failures.call
    assert checks.CheckFailure is failures.CheckFailure
