"""The project's modules import one another one way only.

- No two modules import each other, directly or round a cycle, at module level.
- No app imports an app that imports it back: the apps form a chain (``portal``'s library modules, then ``cms``,
  ``procedures``, ``signing``, ``dossiers``, then ``reports``, ``search`` and ``backups``). Only the project's
  composition roots (root URLconf, settings, WSGI, Celery) import every app.
- No import of the project's own code is hidden inside a function to dodge a cycle; Django's ``AppConfig.ready``,
  where models are loaded, is the one place for such imports.
- Every module imports in a fresh interpreter, so none relies on another having been imported first.

The graph is read from the source with ``ast``, so it sees every import, including those no test executes.
"""

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

BASE = Path(__file__).resolve().parents[2]
APPS = ("portal", "cms", "procedures", "signing", "dossiers", "search", "reports", "backups")
COMPOSITION_ROOTS = ("portal.urls", "portal.wsgi", "portal.celery", "portal.settings")


def project_modules():
    modules = {}
    for app in APPS:
        for path in (BASE / app).rglob("*.py"):
            parts = path.relative_to(BASE).with_suffix("").parts
            if "migrations" in parts:
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


MODULES = project_modules()


def imported_modules(module, node):
    """The project modules an import statement names (``from a.b import c`` is ``a.b.c`` if that is a module)."""
    if isinstance(node, ast.Import):
        targets = [alias.name for alias in node.names]
    else:
        if node.level:
            package = module.split(".")
            if MODULES[module].name != "__init__.py":
                package = package[:-1]
            base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
        else:
            base = node.module
        targets = [f"{base}.{alias.name}" for alias in node.names]
        targets = [target if target in MODULES else base for target in targets]
    for target in targets:
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        if target and target != module:
            yield target


def import_graph():
    """``(top-level edges, [(module, target, line) of imports inside functions or classes])``."""
    edges, nested = defaultdict(set), []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(), str(path))
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in imported_modules(module, node):
                    if id(node) in top_level:
                        edges[module].add(target)
                    else:
                        nested.append((module, target, node.lineno))
    return edges, nested


def find_cycle(edges):
    """One cycle of the directed graph as a list of nodes, or None."""
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        state[node] = "done"
        stack.pop()
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def app_of(module):
    return module.split(".")[0]


def is_composition_root(module):
    return any(module == root or module.startswith(root + ".") for root in COMPOSITION_ROOTS)


def test_the_graph_sees_the_projects_modules():
    edges, _nested = import_graph()
    assert "dossiers.models" in edges["dossiers.workflow.engine"]
    assert "dossiers.workflow.table" in edges["dossiers.models.queries"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_module_imports_round_a_cycle():
    edges, _nested = import_graph()
    assert find_cycle(edges) is None


def test_no_app_imports_back_into_an_app_that_imports_it():
    edges, _nested = import_graph()
    app_edges = defaultdict(set)
    for module, targets in edges.items():
        if is_composition_root(module):
            continue
        for target in targets:
            if app_of(target) != app_of(module):
                app_edges[app_of(module)].add(app_of(target))
    assert find_cycle(app_edges) is None, dict(app_edges)


def test_no_project_import_hides_in_a_function():
    _edges, nested = import_graph()
    hidden = [
        f"{module}:{line} imports {target}"
        for module, target, line in nested
        if not (module.endswith(".apps") or is_composition_root(module))
    ]
    assert hidden == []


def test_every_module_imports_in_a_fresh_interpreter():
    script = (
        "import importlib, sys, django\n"
        "django.setup()\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as error:\n"
        "        failed.append(f'{name}: {type(error).__name__}: {error}')\n"
        "print('\\n'.join(failed))\n"
    )
    names = sorted(name for name in MODULES if not name.startswith("portal.settings."))
    result = subprocess.run(
        [sys.executable, "-c", script, *names],
        cwd=BASE,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test", "PYTHONPATH": str(BASE)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
