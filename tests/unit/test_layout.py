"""The package's shape: imports point down the stages (text → resources → ingest → extract → store → report →
cli), no import cycles, no module over 500 lines, every folder says what goes in and what comes out."""

import ast
from pathlib import Path

import pytest

from helpers import config

STAGES = ("text", "resources", "ingest", "extract", "store", "report", "cli")
PACKAGE = config.PACKAGE_DIR


def modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports(path: Path, name: str) -> set[str]:
    """Every helpers module ``path`` imports, at the top or inside functions (relative imports resolved)."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("helpers")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            if base.startswith("helpers"):
                found.add(base)
                found |= {f"{base}.{alias.name}" for alias in node.names}
    known = modules()
    return {m for m in found if m in known}


def stage(module: str) -> int:
    """The stage number of a module; config and the package root sit below every stage (-1)."""
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else -1


def test_every_module_sits_in_a_stage_or_is_the_settings():
    loose = [m for m in modules() if stage(m) < 0 and m not in ("helpers", "helpers.config", "helpers.__main__")]
    assert loose == []


def test_imports_point_down_the_stages_only():
    upward = []
    for name, path in modules().items():
        if name == "helpers.__main__":
            continue  # the entry point calls the command line, the top stage
        for target in imports(path, name):
            if stage(target) > stage(name):
                upward.append(f"{name} imports {target}")
    assert upward == []


def test_components_of_the_extract_stage_do_not_import_each_other():
    """Components talk through the Article: only the pipeline and reconcile may know several of them."""
    components = ("helpers.extract.ner", "helpers.extract.actors", "helpers.extract.places", "helpers.extract.timex",
                  "helpers.extract.attribution", "helpers.extract.events", "helpers.extract.signatures",
                  "helpers.extract.incidents")  # fmt: skip
    crossing = []
    for name, path in modules().items():
        own = next((c for c in components if name == c or name.startswith(c + ".")), None)
        if own is None:
            continue
        for target in imports(path, name):
            other = next((c for c in components if target == c or target.startswith(c + ".")), None)
            if other and other != own and not (own == "helpers.extract.events" and other in (
                "helpers.extract.timex", "helpers.extract.attribution")):  # fmt: skip
                crossing.append(f"{name} imports {target}")
    assert crossing == []


def test_there_is_no_import_cycle():
    graph = {name: imports(path, name) - {name} for name, path in modules().items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*trail[trail.index(nxt) :], nxt]) if nxt in trail else nxt)
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    # a package's __init__ importing nothing means parent→child edges never close a loop
    assert cycles == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_500_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500


@pytest.mark.parametrize("folder", STAGES)
def test_every_stage_says_what_goes_in_and_what_comes_out(folder):
    doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert "in:" in doc.lower() and "out:" in doc.lower()


def test_the_layering_check_sees_an_upward_import(tmp_path):
    """The check itself can fail: a text module importing the store is caught."""
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from helpers.store import read\n", encoding="utf-8")
    found = imports(module, "helpers.text.bad")
    assert "helpers.store.read" in found and stage("helpers.store.read") > stage("helpers.text.bad")
