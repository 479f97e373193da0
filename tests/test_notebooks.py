"""The notebooks run top to bottom on a fresh kernel and show what they promise.

Each notebook is executed once per module with nbclient (kernel ``python3``, working folder
``notebooks/``, 600 s per cell, offline), then its outputs are checked: charts are PNG
images, the map is self-contained Leaflet HTML, tables are HTML tables, and the seed
articles are either used or reported missing. The notebooks are stored without outputs.

Run with ``python -m pytest -m notebooks tests/test_notebooks.py``.
"""

from __future__ import annotations

import base64
import html
import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.notebooks

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXPLORE = NOTEBOOKS / "explore_border_incidents.ipynb"
TOUR = NOTEBOOKS / "gazetteer_tour.ipynb"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _kernel_env(**extra: str) -> dict[str, str]:
    """The kernel's environment: this checkout first on the path (not another installed
    copy), matplotlib's inline backend, and any ``extra`` variables."""
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.update(extra)
    return env


def execute(path: Path, **env: str):
    """Run the notebook at ``path`` on a fresh kernel; a failing cell raises with its traceback."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute(env=_kernel_env(**env))
    return nb


def tagged(nb, tag: str) -> list:
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert cells, f"no cell tagged {tag!r}"
    return cells


def data_of(cell, mime: str) -> list[str]:
    """Every ``mime`` payload among the cell's display outputs."""
    return [o["data"][mime] for o in cell.get("outputs", [])
            if o.get("output_type") in ("display_data", "execute_result") and mime in o["data"]]


def text_of(cell) -> str:
    """The cell's printed text and plain-text results, joined."""
    parts = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            parts.append(o["text"])
        elif "data" in o and "text/plain" in o["data"]:
            parts.append(o["data"]["text/plain"])
    return "\n".join(parts)


def assert_charts(nb, expected: int) -> None:
    charts = tagged(nb, "chart")
    assert len(charts) == expected
    for cell in charts:
        images = data_of(cell, "image/png")
        assert images, f"chart cell produced no image/png:\n{cell.source[:200]}"
        raw = base64.b64decode(images[0])
        assert raw.startswith(PNG_SIGNATURE) and len(raw) > 10_000, "empty or invalid PNG"


def assert_tables(nb) -> None:
    for cell in tagged(nb, "table"):
        assert any("<table" in h for h in data_of(cell, "text/html")), \
            f"table cell shows no HTML table:\n{cell.source[:200]}"


@pytest.fixture(scope="module")
def explore():
    return execute(EXPLORE)


@pytest.fixture(scope="module")
def tour():
    from gazetteer import imported_files

    before = set(imported_files())
    nb = execute(TOUR)
    nb.metadata["imports_added_by_run"] = sorted(map(str, set(imported_files()) - before))
    return nb


@pytest.mark.parametrize("path", [EXPLORE, TOUR], ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, \
                f"{path.name} is stored with outputs; clear them before saving"


def test_explore_charts_are_images(explore):
    assert_charts(explore, expected=3)


def test_explore_map_is_self_contained_leaflet(explore):
    (cell,) = tagged(explore, "map")
    pages = data_of(cell, "text/html")
    assert pages and "leaflet" in pages[0].lower()
    page = html.unescape(pages[0])
    assert "L.map(" in page or "L.map (" in page
    assert not re.search(r"<script[^>]+src=[\"']https?://", page), "map loads scripts online"


def test_explore_tables(explore):
    assert_tables(explore)


def test_explore_casualties_keep_each_side_apart(explore):
    (cell,) = tagged(explore, "casualties")
    header = next(line for line in text_of(cell).splitlines() if "claimed by" in line)
    # every figure shows AM's column immediately followed by AZ's
    assert re.search(r"claimed by\s+AM\s+AZ", header), header


def test_explore_reports_the_seed_articles(explore):
    (cell,) = tagged(explore, "sources")
    said = text_of(cell)
    if SEEDS.is_dir() and any(SEEDS.glob("*.txt")):
        assert re.search(r"Seed articles: \d+ found", said), said
    else:
        assert "carrying on with the sample corpus only" in said, said


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds absent: the main run already covers this")
def test_explore_without_seeds_carries_on(tmp_path):
    nb = execute(EXPLORE, INCIDENT_MAPPER_SEEDS=str(tmp_path / "no-seeds-here"))
    (cell,) = tagged(nb, "sources")
    assert "carrying on with the sample corpus only" in text_of(cell)
    assert_charts(nb, expected=3)
    (map_cell,) = tagged(nb, "map")
    assert "leaflet" in data_of(map_cell, "text/html")[0].lower()


def test_tour_finds_names_in_several_scripts(tour):
    (cell,) = tagged(tour, "lookup")
    table = data_of(cell, "text/html")[0]
    for written in ("Kəlbəcər", "Кельбаджар", "Սոթք", "Karakilise"):
        assert written in table
    assert "az-kalbajar" in table and "am-sotk" in table


def test_tour_shows_candidates_and_reasons(tour):
    (cell,) = tagged(tour, "candidates")
    pages = "".join(data_of(cell, "text/html"))
    assert "score" in pages and "reason" in pages
    for cell in tagged(tour, "disambiguation"):
        assert "<table" in "".join(data_of(cell, "text/html"))
        assert "◀" in text_of(cell) or "◀" in "".join(data_of(cell, "text/html"))


def test_tour_finds_own_places_in_text(tour):
    (lookup,) = tagged(tour, "own-places")
    assert "user:marmot-hill" in "".join(data_of(lookup, "text/html"))
    (found,) = tagged(tour, "own-places-in-text")
    pages = "".join(data_of(found, "text/html"))
    assert "user:marmot-hill" in pages and "user:zangi-ford" in pages


def test_tour_leaves_user_imports_alone(tour):
    # the tour imports into a temporary folder only, never the user's data folder
    assert tour.metadata["imports_added_by_run"] == []
