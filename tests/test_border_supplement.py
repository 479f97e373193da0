"""Tests of the curated Armenia–Azerbaijan border supplement and of its build script."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_border_supplement.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_border_supplement", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


build = _load_script()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return build.read_rows(build.TSV_PATH)


def find_rows(rows: list[dict[str, str]], name: str) -> list[dict[str, str]]:
    """Rows whose ``name`` or one of whose ``names`` equals ``name``, ignoring case."""
    wanted = name.casefold()
    return [row for row in rows
            if wanted in {n.strip().casefold() for n in [row["name"], *row["names"].split("|")]}]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def by_id(rows: list[dict[str, str]], rid: str) -> dict[str, str]:
    matches = [row for row in rows if row["id"] == rid]
    assert len(matches) == 1, f"{rid} is in the file {len(matches)} times"
    return matches[0]


# ------------------------------------------------------------------- the committed file

def test_header_is_exactly_the_columns() -> None:
    header, _ = build.read_table(build.TSV_PATH)
    assert tuple(header) == build.COLUMNS


def test_committed_file_passes_check_rows(rows: list[dict[str, str]]) -> None:
    assert build.check_rows(rows) == []


def test_committed_file_is_in_build_order_and_format(rows: list[dict[str, str]]) -> None:
    """The file is what the build writes: rebuilding it changes nothing."""
    text = build.TSV_PATH.read_text("utf-8")
    assert build.render_rows(build.refresh_rows(rows)) == text


def test_file_has_a_useful_size(rows: list[dict[str, str]]) -> None:
    assert 250 <= len(rows) <= 450
    kinds = {row["kind"] for row in rows}
    assert {"region", "district", "town", "village", "mountain", "lake"} <= kinds


SEEDS = [
    ("Goris", "am-goris"),
    ("Sotk", "am-sotk"),
    ("Jermuk", "am-jermuk"),
    ("Dashkesan", "az-dashkasan-district"),
    ("Dashkasan", "az-dashkasan-district"),
    ("Daşkəsən", "az-dashkasan-district"),
    ("Kelbajar", "az-kalbajar-district"),
    ("Kalbajar", "az-kalbajar-district"),
    ("Kəlbəcər", "az-kalbajar-district"),
    ("Karvachar", "az-kalbajar-district"),
    ("Lachin", "az-lachin-district"),
    ("Laçın", "az-lachin-district"),
    ("Berdzor", "az-lachin-district"),
    ("Karakilise", "am-sisian"),
    ("Qarakilsə", "am-sisian"),
    ("Nagorno-Karabakh", "region-nagorno-karabakh"),
    ("Kaukasus Selatan", "region-south-caucasus"),
]


@pytest.mark.parametrize(("name", "expected"), SEEDS)
def test_seed_names_resolve(rows: list[dict[str, str]], name: str, expected: str) -> None:
    ids = [row["id"] for row in find_rows(rows, name)]
    assert expected in ids, f"{name!r} matches {ids}"
    assert find_rows(rows, name.upper()), "the match ignores case"


@pytest.mark.parametrize(("rid", "kind"), [
    ("am-goris", "town"), ("am-sotk", "village"), ("am-jermuk", "town"),
    ("am-sisian", "town"), ("az-dashkasan-district", "district"),
    ("az-kalbajar-district", "district"), ("az-lachin-district", "district"),
    ("az-dashkasan", "town"), ("az-kalbajar", "town"), ("az-lachin", "town"),
    ("region-nagorno-karabakh", "region"), ("region-south-caucasus", "region"),
])
def test_seed_rows_have_the_right_kind(rows: list[dict[str, str]], rid: str, kind: str) -> None:
    assert by_id(rows, rid)["kind"] == kind


def test_sotk_is_the_geonames_village_in_gegharkunik(rows: list[dict[str, str]]) -> None:
    sotk = by_id(rows, "am-sotk")
    assert (sotk["geonameid"], sotk["country"], sotk["admin1"]) == ("616041", "AM",
                                                                   "Gegharkunik")


@pytest.mark.parametrize(("rid", "lat", "lon"), [
    ("am-goris", 39.511, 46.342),
    ("am-sotk", 40.20, 45.87),
    ("am-jermuk", 39.839, 45.671),
    ("am-sisian", 39.522, 46.027),
    ("az-dashkasan", 40.524, 46.082),
    ("az-dashkasan-district", 40.524, 46.082),
    ("az-kalbajar", 40.110, 46.044),
    ("az-kalbajar-district", 40.110, 46.044),
    ("az-lachin", 39.637, 46.550),
    ("az-lachin-district", 39.637, 46.550),
])
def test_towns_lie_where_expected(rows: list[dict[str, str]], rid: str, lat: float,
                                  lon: float) -> None:
    row = by_id(rows, rid)
    assert haversine_km(float(row["lat"]), float(row["lon"]), lat, lon) <= 5.0


def test_every_district_has_its_centre_town(rows: list[dict[str, str]]) -> None:
    """Each Azerbaijani rayon row sits within 1 km of a town row (its centre)."""
    towns = [row for row in rows if row["kind"] == "town"]
    for district in (row for row in rows if row["kind"] == "district"):
        lat, lon = float(district["lat"]), float(district["lon"])
        nearest = min(haversine_km(lat, lon, float(t["lat"]), float(t["lon"])) for t in towns)
        assert nearest <= 1.0, district["id"]


# ------------------------------------------------------------------------- the checker

GOOD = {
    "id": "am-test", "name": "Test", "kind": "village", "country": "AM", "admin1": "Syunik",
    "lat": "39.50000", "lon": "46.30000", "uncertainty_km": "2", "geonameid": "",
    "population": "", "names": "Test|Тест", "provenance": "made up for a test",
}


def _problems(**changes: str) -> list[str]:
    return build.check_rows([{**GOOD, **changes}])


def test_a_good_row_has_no_problem() -> None:
    assert build.check_rows([GOOD]) == []


@pytest.mark.parametrize("changes", [
    {"kind": "hamlet"},
    {"country": "XX"},
    {"country": ""},
    {"lat": "43.1"},
    {"lon": "51.0"},
    {"lat": "north"},
    {"uncertainty_km": ""},
    {"uncertainty_km": "0"},
    {"provenance": ""},
    {"names": "Test|Тест|test"},
    {"names": "Test|Juga"},
    {"names": "Test|Test 2"},
    {"geonameid": "999999999"},
    {"geonameid": "174895", "country": "AZ"},
    {"population": "many"},
    {"id": "Not A Slug"},
])
def test_problems_are_found_and_name_the_row(changes: dict[str, str]) -> None:
    problems = _problems(**changes)
    assert problems, changes
    rid = changes.get("id", GOOD["id"])
    assert all(rid in problem for problem in problems)


def test_duplicate_ids_are_found() -> None:
    problems = build.check_rows([GOOD, dict(GOOD)])
    assert any("am-test" in p and "2 rows" in p for p in problems)


def test_regions_may_leave_the_box_and_the_country_empty() -> None:
    region = {**GOOD, "kind": "region", "country": "", "lat": "45.0", "lon": "60.0"}
    assert build.check_rows([region]) == []


def test_check_mode_exits_1_listing_problems(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tsv"
    build.write_rows([GOOD, {**GOOD, "id": "am-bad", "kind": "hamlet"}], bad)
    assert build.main(["--check", "--path", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all("am-bad" in line for line in out)


# ------------------------------------------------------------------------- the builder

def test_build_fills_from_geonames_and_filters_names(tmp_path: Path) -> None:
    path = tmp_path / "one.tsv"
    row = {**GOOD, "id": "am-goris", "name": "Goris", "kind": "town", "lat": "", "lon": "",
           "uncertainty_km": "", "geonameid": "174895", "names": "Gorus", "provenance": ""}
    other = {**GOOD, "id": "am-other", "name": "Geryusy", "names": ""}
    build.write_rows([row, other], path)
    assert build.main(["--path", str(path)]) == 0
    built = {r["id"]: r for r in build.read_rows(path)}["am-goris"]
    assert (built["lat"], built["lon"]) == ("39.51111", "46.34168")
    assert built["population"].isdigit()
    names = built["names"].split("|")
    assert names[:2] == ["Goris", "Gorus"]
    assert "Горис" in names and "Գորիս" in names
    assert "Geryusy" not in names, "a name another row goes by is not added"
    assert built["provenance"] == "GeoNames 174895 (CC BY 4.0)"
    assert float(built["uncertainty_km"]) > 0


def test_alternate_filter() -> None:
    assert build.usable_alternate("Kəlbəcər")
    assert build.usable_alternate("Кельбаджар")
    assert build.usable_alternate("Քարվաճառ")
    assert not build.usable_alternate("كالباجار")
    assert not build.usable_alternate("kalabajara")
    assert not build.usable_alternate("EVN")
    assert not build.usable_alternate("Juga")
    assert not build.usable_alternate("Kˌalbazhar")
    assert not build.usable_alternate("Nor Bayazet  Novo Bayazet")
