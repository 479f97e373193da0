"""The command line as users and their scripts see it: subcommands, fields, offsets,
messages for bad input and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

CONTRACT = {"incident_id", "article_ids", "date", "date_precision", "event_type", "place_name",
            "place_id", "country", "geo_precision", "claimant", "attacker", "target", "killed",
            "wounded", "captured", "missing", "weapons", "status", "evidence", "claims"}

ARTICLE = ("YEREVAN (Wire) - Armenia's defence ministry said on Tuesday, 13 September 2022, "
           "that Azerbaijani forces shelled army positions near the town of Jermuk, and that "
           "three soldiers were killed.\n")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "geo", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=300)


@pytest.mark.parametrize("command", [[], ["toponyms"], ["incidents"], ["map"], ["gazetteer"],
                                     ["gazetteer", "lookup"], ["gazetteer", "import"],
                                     ["gazetteer", "info"]])
def test_every_command_has_help(command):
    out = run(*command, "--help")
    assert out.returncode == 0
    assert b"usage: incident-mapper" in out.stdout


def test_incidents_geojson_contract(tmp_path):
    article = tmp_path / "jermuk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = run("incidents", str(article), "-q")
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert data["type"] == "FeatureCollection"
    feature = next(f for f in data["features"] if f["properties"]["place_name"] == "Jermuk")
    props = feature["properties"]
    assert set(props) >= CONTRACT
    lon, lat = feature["geometry"]["coordinates"]
    assert abs(lat - 39.84) < 0.05 and abs(lon - 45.67) < 0.05
    assert props["date"] == "2022-09-13" and props["date_precision"] == "day"
    assert props["event_type"] == "shelling" and props["attacker"] == "AZ"
    assert props["killed"] == 3 and props["claims"][0]["side"] == "AM"
    for e in props["evidence"]:
        assert ARTICLE[e["start"]:e["end"]] == e["quote"]


def test_toponyms_records_and_offsets(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = run("toponyms", str(article), "-q")
    assert out.returncode == 0, out.stderr.decode()
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert {"article_id", "start", "end", "surface", "role", "place"} <= set(rows[0])
    for row in rows:
        assert ARTICLE[row["start"]:row["end"]] == row["surface"]
        assert row["article_id"] == "a"
    roles = {r["surface"]: r["role"] for r in rows}
    assert roles["YEREVAN"] == "dateline"
    assert roles["Jermuk"] == "event_location"
    jermuk = next(r for r in rows if r["surface"] == "Jermuk")["place"]
    assert jermuk["country"] == "AM" and jermuk["kind"] in ("town", "village")
    csv_out = run("toponyms", str(article), "--format", "csv", "-q")
    header = next(csv.reader(io.StringIO(csv_out.stdout.decode())))
    assert header[:5] == ["article_id", "start", "end", "surface", "role"]


def test_jsonl_and_stdin_inputs(tmp_path):
    line = json.dumps({"id": "wire-1", "text": ARTICLE, "published": "2022-09-13",
                       "source": "Wire"})
    out = run("incidents", "-", "-q", stdin=(line + "\n").encode())
    assert out.returncode == 0, out.stderr.decode()
    props = [f["properties"] for f in json.loads(out.stdout)["features"]]
    assert any(p["article_ids"] == ["wire-1"] and p["sources"] == ["Wire"] for p in props)


def test_bad_inputs_are_named_and_the_rest_is_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 au lait".encode("cp1252"))
    broken = tmp_path / "lines.jsonl"
    broken.write_text('{"id": "ok", "text": "nothing here"}\n{not json\n', encoding="utf-8")
    out = run("incidents", str(good), str(binary), str(latin), str(broken),
              str(tmp_path / "missing.txt"), "-q")
    err = out.stderr.decode()
    assert out.returncode == 1, err
    assert f"{binary}: binary file" in err
    assert f"{latin}: not UTF-8" in err
    assert f"{broken}:2: not valid JSON" in err
    assert f"{tmp_path / 'missing.txt'}: no such file" in err
    assert json.loads(out.stdout)["features"], "the good article was still processed"


def test_nothing_readable_exits_3_and_strict_fails_on_any_problem(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert run("incidents", str(empty), "-q").returncode == 3
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    strict = run("incidents", str(good), str(empty), "--strict", "-q")
    assert strict.returncode == 3 and strict.stdout == b""


def test_map_without_arguments_maps_the_sample_corpus(tmp_path):
    out = run("map", "-q", cwd=tmp_path)
    assert out.returncode == 0, out.stderr.decode()
    page = (tmp_path / "output" / "border_map.html").read_text(encoding="utf-8")
    assert "Reported incidents" in page
    assert page.count('"popup_html"') >= 3, "the sample corpus pins several incidents"
    assert "cdn.jsdelivr.net/npm/leaflet" not in page, "Leaflet is inlined, not loaded from a CDN"


@pytest.mark.parametrize("fmt", ["gpkg", "parquet", "csv", "geojson"])
def test_incident_files_open_in_geopandas_with_the_same_rows(tmp_path, fmt, seed_paths):
    import geopandas as gpd
    import pandas as pd

    path = tmp_path / f"incidents.{fmt}"
    out = run("incidents", *map(str, seed_paths), "--format", fmt, "-o", str(path), "-q")
    assert out.returncode == 0, out.stderr.decode()
    geojson = json.loads(run("incidents", *map(str, seed_paths), "-q").stdout)
    expected = sorted(f["properties"]["incident_id"] for f in geojson["features"])
    frame = pd.read_csv(path) if fmt == "csv" else gpd.read_file(path) if fmt != "parquet" \
        else gpd.read_parquet(path)
    assert sorted(frame["incident_id"]) == expected
    assert set(frame.columns) >= CONTRACT
    if fmt != "csv":
        assert frame.crs.to_epsg() == 4326


def test_gazetteer_lookup_cli():
    out = run("gazetteer", "lookup", "Kəlbəcər", "--format", "json", "-q")
    assert out.returncode == 0
    best = json.loads(out.stdout)[0]
    assert best["country"] == "AZ" and abs(best["lat"] - 40.11) < 0.1
    assert {"id", "name", "lat", "lon", "country", "kind", "geonameid", "score"} <= set(best)
    table = run("gazetteer", "lookup", "Goris", "-q").stdout.decode()
    assert "Goris" in table.splitlines()[1] and "AM" in table.splitlines()[1]


def test_gazetteer_info_names_sources_and_licence():
    out = run("gazetteer", "info", "-q").stdout.decode()
    assert "CC BY 4.0" in out and "places:" in out


def test_python_dash_m_and_console_script_agree():
    script = Path(sys.executable).parent / "incident-mapper"
    if not script.exists():
        pytest.skip("console script not installed next to this Python (pip install -e .)")
    a = subprocess.run([str(script), "--help"], capture_output=True, timeout=60)
    assert a.returncode == 0 and a.stdout == run("--help").stdout


def test_map_png_writes_a_static_map_and_a_timeline(tmp_path, seed_paths):
    from PIL import Image

    out = run("map", *map(str, seed_paths), "-o", str(tmp_path / "m.html"),
              "--png", str(tmp_path / "charts"), "-q")
    assert out.returncode == 0, out.stderr.decode()
    for name, size in (("border_map.png", (1200, 900)), ("timeline.png", (1200, 500))):
        image = Image.open(tmp_path / "charts" / name)
        assert image.size == size
        assert len(image.getcolors(1 << 20) or []) > 20, f"{name} is almost blank"
