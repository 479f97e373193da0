"""The incident store: a GeoPackage that QGIS and geopandas open, filled by ``ingest``
without duplicates, read by ``incidents``/``map --store``, safe with two writers, and
left consistent by a run killed at any moment."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ARTICLES, ROOT, SAMPLE

CONTRACT = {"incident_id", "article_ids", "date", "date_precision", "event_type", "place_name",
            "place_id", "country", "geo_precision", "claimant", "attacker", "target", "killed",
            "wounded", "captured", "missing", "weapons", "status", "evidence", "claims"}
JERMUK = ("YEREVAN (Wire) - Armenia's defence ministry said on Tuesday, 13 September 2022, "
          "that Azerbaijani forces shelled army positions near the town of Jermuk, and that "
          "three soldiers were killed.\n")
GORIS = ("YEREVAN (Wire) - Armenia's defence ministry said on Wednesday, 14 September 2022, "
         "that Azerbaijani drones struck the outskirts of Goris overnight.\n")


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    """The CLI's environment: the small gazetteer (built once, in its own cache folder)
    and no user imports, so the store tests are quick and independent of this machine."""
    base = tmp_path_factory.mktemp("store-env")
    (base / "imports").mkdir()
    return {**os.environ, "INCIDENT_MAPPER_CACHE": str(base / "cache"),
            "INCIDENT_MAPPER_IMPORTS": str(base / "imports"),
            "INCIDENT_MAPPER_SMALL_GAZETTEER": "1", "PYTHONPATH": str(ROOT)}


def cli(env: dict[str, str], *args: str, timeout: float = 120):
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, env=env,
                          cwd=ROOT, timeout=timeout)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(path: Path) -> tuple[list, list]:
    """Everything the store holds that a run decides: article rows and layer rows."""
    with sqlite3.connect(path) as db:
        articles = db.execute("SELECT * FROM articles ORDER BY fid").fetchall()
        layer = db.execute("SELECT * FROM incidents ORDER BY fid").fetchall()
    return articles, layer


def stored_ids(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY fid")]


# --- the file --------------------------------------------------------------------------------
def test_store_is_a_geopackage_with_articles_and_the_incidents_layer(tmp_path, env):
    import geopandas as gpd
    import pyogrio

    from geo.store import Store, text_digest

    store = tmp_path / "border.gpkg"
    out = cli(env, "ingest", str(SAMPLE), "--store", str(store))
    assert out.returncode == 0, out.stderr.decode()
    layers = dict(pyogrio.list_layers(store))
    assert layers == {"incidents": "Point", "articles": None}
    frame = gpd.read_file(store, layer="incidents")
    assert frame.crs.to_epsg() == 4326 and set(frame.columns) >= CONTRACT
    direct = json.loads(cli(env, "incidents", str(SAMPLE), "-q").stdout)
    assert list(frame["incident_id"]) == [f["properties"]["incident_id"]
                                          for f in direct["features"]]
    assert isinstance(json.loads(frame["claims"].iloc[0]), list), "nested fields are JSON text"
    articles = gpd.read_file(store, layer="articles")
    assert {"id", "text", "published", "url", "source", "language", "sha256"} <= set(articles)
    assert all(text_digest(t) == d for t, d in zip(articles["text"], articles["sha256"],
                                                   strict=True))
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    with Store.open(store) as opened:
        assert opened.check() == []


def test_incidents_and_map_read_the_store_as_if_given_the_articles(tmp_path, env):
    store = tmp_path / "s.gpkg"
    assert cli(env, "ingest", str(SAMPLE), "--store", str(store), "-q").returncode == 0
    from_store = cli(env, "incidents", "--store", str(store), "-q")
    direct = cli(env, "incidents", str(SAMPLE), "-q")
    assert from_store.returncode == 0, from_store.stderr.decode()
    assert json.loads(from_store.stdout) == json.loads(direct.stdout)
    extra = write(tmp_path / "new", "jermuk.txt", JERMUK)
    both = cli(env, "incidents", "--store", str(store), str(extra), "-q")
    assert json.loads(both.stdout) == json.loads(cli(env, "incidents", str(SAMPLE), str(extra),
                                                     "-q").stdout)
    assert "jermuk" not in stored_ids(store), "inputs given with --store are not added to it"
    page = tmp_path / "map.html"
    out = cli(env, "map", "--store", str(store), "-o", str(page))
    assert out.returncode == 0 and "Reported incidents" in page.read_text(encoding="utf-8")
    before = snapshot(store)
    clobber = cli(env, "incidents", "--store", str(store), "--format", "gpkg", "-o", str(store))
    assert clobber.returncode == 2 and b"is the store itself" in clobber.stderr
    assert snapshot(store) == before


def test_ingest_twice_adds_nothing_and_in_parts_equals_all_at_once(tmp_path, env):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    first = cli(env, "ingest", str(SAMPLE), "--store", str(a))
    again = cli(env, "ingest", str(SAMPLE), "--store", str(a))
    assert first.returncode == 0 and again.returncode == 0, again.stderr.decode()
    assert b"10 article(s) already in the store" in again.stderr
    assert cli(env, "ingest", str(ARTICLES / "en"), "--store", str(a), "-q").returncode == 0
    assert cli(env, "ingest", str(SAMPLE), str(ARTICLES / "en"), "--store", str(b), "-q",
               "--batch-size", "3").returncode == 0
    assert snapshot(a) == snapshot(b)


def test_the_same_text_under_another_id_is_not_added_and_an_id_clash_is_named(tmp_path, env):
    store = tmp_path / "s.gpkg"
    write(tmp_path / "in", "wire.txt", JERMUK)
    assert cli(env, "ingest", str(tmp_path / "in"), "--store", str(store), "-q").returncode == 0
    copy = write(tmp_path / "copy", "reprint.txt", "  " + JERMUK.replace(" ", "\n", 3) + "\n\n")
    out = cli(env, "ingest", str(copy), "--store", str(store))
    assert out.returncode == 0 and b"already in the store" in out.stderr
    clash = write(tmp_path / "clash", "wire.txt", GORIS)
    out = cli(env, "ingest", str(clash), "--store", str(store))
    assert out.returncode == 3
    assert f"{clash}: article id 'wire' is already in the store".encode() in out.stderr
    assert stored_ids(store) == ["wire"]


def test_strict_ingest_with_a_bad_input_writes_nothing(tmp_path, env):
    store = tmp_path / "s.gpkg"
    good = write(tmp_path / "in", "wire.txt", JERMUK)
    bad = tmp_path / "in" / "bad.txt"
    bad.write_bytes(b"\x00binary")
    out = cli(env, "ingest", str(good), str(bad), "--store", str(store), "--strict")
    assert out.returncode == 3 and f"{bad}: binary file".encode() in out.stderr
    assert not store.exists()
    out = cli(env, "ingest", str(good), str(bad), "--store", str(store))
    assert out.returncode == 1 and stored_ids(store) == ["wire"]


def test_a_failed_batch_leaves_the_store_as_it_was(tmp_path, monkeypatch, pipeline):
    import geo.store as store_module
    from geo.pipeline import texts

    path = tmp_path / "s.gpkg"
    with store_module.Store.open(path, create=True) as store:
        store.add(pipeline.run(texts({"one": JERMUK})))
        before = snapshot(path)

        def broken(*_args, **_kwargs):
            raise OSError("disk full (simulated)")

        monkeypatch.setattr(store_module, "_write_layer", broken)
        with pytest.raises(OSError, match="simulated"):
            store.add(pipeline.run(texts({"two": GORIS})))
        assert snapshot(path) == before and store.check() == []


def test_incidents_read_back_equal_to_those_written(pipeline):
    from geo.reader import read_articles
    from geo.store import decode_incident, encode_incident

    articles, _ = read_articles([SAMPLE, ARTICLES])
    found = [i for a in pipeline.run(articles) for i in a.incidents]
    assert found
    for incident in found:
        again = decode_incident(json.loads(json.dumps(encode_incident(incident))))
        assert again == incident


def test_check_finds_a_tampered_article(tmp_path, env):
    from geo.store import Store

    store = tmp_path / "s.gpkg"
    cli(env, "ingest", str(ARTICLES / "en"), "--store", str(store), "-q")
    with sqlite3.connect(store) as db:
        db.execute("UPDATE articles SET text = text || ' edited' WHERE fid = 1")
    with Store.open(store) as opened:
        assert any("does not match its sha256" in p for p in opened.check())


# --- what is not a store ---------------------------------------------------------------------
def test_files_that_are_not_stores_are_refused_with_their_name(tmp_path, env):
    import geopandas as gpd
    from shapely.geometry import Point

    text = write(tmp_path, "notes.gpkg", "just some notes\n")
    other = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(1, 2)], crs=4326).to_file(other, layer="x")
    before = other.read_bytes()
    for path, why in [(text, "not a GeoPackage/SQLite file"), (other, "not an incident store"),
                      (tmp_path, "is a folder"), (tmp_path / "none.gpkg", "no incident store")]:
        command = ["incidents", "--store", str(path)] if path.name == "none.gpkg" else \
            ["ingest", str(ARTICLES / "en"), "--store", str(path)]
        out = cli(env, *command)
        err = out.stderr.decode()
        assert out.returncode == 3, err
        assert f"{path}: " in err and why in err and err.count("\n") == 1, err
    assert other.read_bytes() == before, "a GeoPackage that is not a store is left alone"


# --- two writers -----------------------------------------------------------------------------
def test_a_second_writer_waits_then_fails_naming_the_store(tmp_path, env):
    store = tmp_path / "s.gpkg"
    assert cli(env, "ingest", str(ARTICLES / "en"), "--store", str(store), "-q").returncode == 0
    before = snapshot(store)
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction
    try:
        started = time.monotonic()
        out = cli(env, "ingest", str(ARTICLES / "fr"), "--store", str(store), "--wait", "1")
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = out.stderr.decode()
    assert out.returncode == 3, err
    assert f"{store}: the store is busy" in err and "--wait" in err
    assert waited >= 1.0
    assert snapshot(store) == before
    assert cli(env, "ingest", str(ARTICLES / "fr"), "--store", str(store), "-q").returncode == 0


def test_two_concurrent_ingests_both_land(tmp_path, env):
    from geo.store import Store

    store = tmp_path / "s.gpkg"
    runs = [subprocess.Popen([sys.executable, "-m", "geo", "ingest", str(ARTICLES / lang),
                              str(SAMPLE), "--store", str(store), "--batch-size", "1", "-q"],
                             env=env, cwd=ROOT, stderr=subprocess.PIPE)
            for lang in ("en", "ru")]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
    ids = stored_ids(store)
    assert len(ids) == len(set(ids)) == 10 + 8
    with Store.open(store) as opened:
        assert opened.check() == []


# --- killed at random moments ----------------------------------------------------------------
CRASH_TRIALS = 24
BATCH = 2


@pytest.mark.slow
def test_ingest_killed_at_random_points_keeps_what_it_committed(tmp_path, env):
    """SIGKILL an ingest at random moments (seeded); the store must open, hold exactly the
    batches committed before the kill (at least those it reported), nothing half-written,
    and a re-run must complete it to the store an uninterrupted run makes."""
    from geo.store import Store

    inputs = [str(SAMPLE), str(ARTICLES)]
    command = [sys.executable, "-m", "geo", "ingest", *inputs, "--batch-size", str(BATCH),
               "--store"]
    reference = tmp_path / "reference.gpkg"
    run = subprocess.Popen([*command, str(reference)], env=env, cwd=ROOT, text=True,
                           stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    started = time.monotonic()
    first_commit = _until_first_commit(run) - started
    run.communicate(timeout=120)
    duration = time.monotonic() - started
    assert run.returncode == 0
    order, expected = stored_ids(reference), snapshot(reference)
    rng = random.Random(20220913)
    # A quarter of the kills at any moment (start-up, creating the store), the rest while
    # batches are being committed.
    delays = [(k % 4 == 0, rng.uniform(0.0, duration) if k % 4 == 0 else
               rng.uniform(0.0, duration - first_commit)) for k in range(CRASH_TRIALS)]

    def trial(k: int) -> dict[str, object]:
        path = tmp_path / f"trial-{k}.gpkg"
        run = subprocess.Popen([*command, str(path)], env=env, cwd=ROOT, text=True,
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
        anywhere, delay = delays[k]
        seen = "" if anywhere else _until_first_commit(run, keep=True)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        _, err = run.communicate(timeout=60)
        reported = [int(line.split("(")[-1].split("/")[0]) for line in (seen + err).splitlines()
                    if " committed " in line]
        committed = max(reported, default=0)
        hot = Path(f"{path}-journal").exists()
        result = {"reported": committed, "hot_journal": hot, "finished": run.returncode == 0}
        if path.exists() and (committed or _has_schema(path)):
            with Store.open(path) as store:
                assert store.check() == [], f"trial {k}"
            ids = stored_ids(path)
            assert ids == order[:len(ids)], f"trial {k}: not a prefix of the input order"
            assert committed <= len(ids) <= committed + BATCH, f"trial {k}: {len(ids)} stored"
            assert len(ids) % BATCH == 0 or len(ids) == len(order), f"trial {k}: half a batch"
            result["stored"] = len(ids)
        else:
            assert committed == 0, f"trial {k}: reported commits but no store"
            result["stored"] = 0
        again = subprocess.run([*command, str(path)], env=env, cwd=ROOT, capture_output=True,
                               timeout=120)
        assert again.returncode == 0, f"trial {k}: {again.stderr.decode()}"
        assert snapshot(path) == expected, f"trial {k}: re-run differs from an uninterrupted run"
        return result

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(trial, range(CRASH_TRIALS)))
    killed_midway = sum(0 < r["stored"] < len(order) for r in results)
    print(f"\n{CRASH_TRIALS} SIGKILL trials survived: {killed_midway} killed between commits, "
          f"{sum(r['hot_journal'] for r in results)} mid-transaction (hot journal), "
          f"{sum(r['stored'] == 0 for r in results)} before the first commit, "
          f"{sum(r['finished'] for r in results)} finished first; "
          f"uninterrupted run {duration:.2f} s")
    assert killed_midway >= CRASH_TRIALS // 3, "most kills should land while committing"


def _until_first_commit(run: subprocess.Popen, keep: bool = False):  # type: ignore[type-arg]
    """Read the run's stderr up to its first "committed" line; return when that came (or
    the lines read, with ``keep``)."""
    lines = []
    for line in run.stderr:  # type: ignore[union-attr]
        lines.append(line)
        if " committed " in line:
            break
    return "".join(lines) if keep else time.monotonic()


def _has_schema(path: Path) -> bool:
    try:
        with sqlite3.connect(path) as db:
            return bool(db.execute("SELECT 1 FROM sqlite_master WHERE name = "
                                   "'incident_mapper_store'").fetchone())
    except sqlite3.DatabaseError:
        return False
