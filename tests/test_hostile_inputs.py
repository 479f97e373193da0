"""Hostile and broken inputs: each is named on one line of stderr with the file (and line)
and why, the rest of the work goes on, and the exit code says whether everything (0),
part (1) or nothing (3) was processed; --strict turns any problem into failure (3).

Big and binary files are made at test time in temporary folders, never committed.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT

GOOD = ("YEREVAN (Wire) - Armenia's defence ministry said on Tuesday, 13 September 2022, "
        "that Azerbaijani forces shelled army positions near the town of Jermuk, and that "
        "three soldiers were killed.\n")
MB = 1 << 20


@pytest.fixture(autouse=True)
def small_gazetteer(tmp_path_factory, monkeypatch):
    """In-process runs of the CLI over the small gazetteer (border places and countries),
    built once in its own cache folder; no user imports."""
    base = tmp_path_factory.getbasetemp() / "hostile-gazetteer"
    (base / "imports").mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(base / "cache"))
    monkeypatch.setenv("INCIDENT_MAPPER_IMPORTS", str(base / "imports"))
    monkeypatch.setenv("INCIDENT_MAPPER_SMALL_GAZETTEER", "1")


@dataclass
class Run:
    code: int
    out: str
    err: str

    def lines(self) -> list[str]:
        return self.err.splitlines()


def cli(capsys, monkeypatch, *args: str, stdin: bytes = b"") -> Run:
    from geo.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


# --- the cases -----------------------------------------------------------------------------
@dataclass
class Case:
    """A hostile input: ``make`` writes it under a folder and returns the CLI arguments
    naming it (and the bytes for standard input); ``expect`` holds what the one-line
    messages must say (``{0}`` is the first argument) — or nothing when the input is
    fine and must be processed; ``partial`` when it also holds readable articles."""

    make: Callable[[Path], tuple[list[str], bytes]]
    expect: list[str] = field(default_factory=list)
    partial: bool = False


def file(name: str, data: bytes | str) -> Callable[[Path], tuple[list[str], bytes]]:
    def make(folder: Path) -> tuple[list[str], bytes]:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return [str(path)], b""
    return make


def jsonl(*lines: object) -> Callable[[Path], tuple[list[str], bytes]]:
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n"
                   for line in lines)
    return file("feed.jsonl", text)


def stdin(data: bytes) -> Callable[[Path], tuple[list[str], bytes]]:
    return lambda folder: (["-"], data)


Maker = Callable[[Path], tuple[list[str], bytes]]


def big_line(name: str, head: bytes, tail: bytes = b"") -> Maker:
    def make(folder: Path) -> tuple[list[str], bytes]:
        path = folder / name
        with open(path, "wb") as handle:
            handle.write(head)
            for _ in range(100):
                handle.write(b"a" * MB)
            handle.write(tail)
        return [str(path)], b""
    return make


def folder_with(kind: str) -> Callable[[Path], tuple[list[str], bytes]]:
    def make(folder: Path) -> tuple[list[str], bytes]:
        sub = folder / "inbox"
        sub.mkdir()
        (sub / "fine.txt").write_text(GOOD.replace("Tuesday", "Wednesday"), encoding="utf-8")
        if kind == "dangling":
            (sub / "gone.txt").symlink_to(folder / "nowhere.txt")
        elif kind == "fifo":
            os.mkfifo(sub / "pipe.txt")
        elif kind == "loop":
            (sub / "again").symlink_to(sub, target_is_directory=True)
        elif kind == "unreadable":
            locked = sub / "locked.txt"
            locked.write_text(GOOD, encoding="utf-8")
            locked.chmod(0)
        return [str(sub)], b""
    return make


def empty_folder(folder: Path) -> tuple[list[str], bytes]:
    (folder / "nothing").mkdir()
    (folder / "nothing" / "notes.docx").write_bytes(b"PK\x03\x04")
    return [str(folder / "nothing")], b""


def missing(folder: Path) -> tuple[list[str], bytes]:
    return [str(folder / "no-such-article.txt")], b""


PAGE = ("<!DOCTYPE html>\n<html><head><title>Shelling near Jermuk</title>\n"
        "<style>body { font: 12px Goris; }</style>\n"
        "<script>var note = \"Azerbaijani forces shelled Goris on 1 May 2020\";</script>\n"
        "</head><body><!-- Azerbaijani drones struck Sotk -->\n<nav><a href=\"/\">Home</a> "
        "&middot; <a href='/world'>World</a></nav>\n<article><h1>Shelling near Jermuk</h1>\n"
        "<p>YEREVAN (Wire) - Armenia's defence ministry said on <b>Tuesday</b>, 13 September "
        "2022, that Azerbaijani forces shelled army positions near the town of "
        "<a href=\"/tags/jermuk\" title=\"a > b\">Jermuk</a>, and that three soldiers were "
        "killed.</p>\n<p>Fish &amp; chips &mdash; caf&eacute; &#1329;&#x0531; &bogus; "
        "&#xD800;</p><p>unclosed <b\n</article></body></html>\n")

CASES: dict[str, Case] = {
    # encodings and bytes
    "empty file": Case(file("empty.txt", b""), ["{0}: empty file"]),
    "whitespace only": Case(file("blank.txt", " \n\t\r\n  \u3000\n"), ["{0}: empty file"]),
    "binary (PNG)": Case(file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" +
                              bytes(range(256))), ["{0}: binary file"]),
    "binary without NUL": Case(file("noise.txt", bytes(range(128, 256)) * 4),
                               ["{0}: not UTF-8 (byte 0x80 at offset 0)"]),
    "invalid UTF-8 mid-text": Case(file("broken.txt", b"Jermuk \xc3\x28 shelled\n"),
                                   ["{0}: not UTF-8 (byte 0xc3 at offset 7)"]),
    "truncated UTF-8 at the end": Case(file("cut.txt", GOOD.encode() + b"\xe2\x80"),
                                       ["{0}: not UTF-8"]),
    "cp1252": Case(file("latin.txt", "Caf\xe9 \u201cquoted\u201d at Jermuk".encode("cp1252")),
                   ["{0}: not UTF-8", "iconv -f cp1252"]),
    "UTF-16 LE with BOM": Case(file("utf16le.txt", GOOD.encode("utf-16"))),
    "UTF-16 BE with BOM": Case(file("utf16be.txt", b"\xfe\xff" + GOOD.encode("utf-16-be"))),
    "UTF-16 without BOM": Case(file("utf16.txt", GOOD.encode("utf-16-le")),
                               ["{0}: looks like UTF-16 without a byte-order mark"]),
    "UTF-32 with BOM": Case(file("utf32.txt", GOOD.encode("utf-32"))),
    "UTF-8 with BOM": Case(file("bom.txt", b"\xef\xbb\xbf" + GOOD.encode())),
    # HTML
    "HTML page": Case(file("page.html", PAGE)),
    "HTML without text": Case(file("shell.htm", "<html><head><script>x()</script></head>"
                                                "<body><div><img src=x></div></body></html>"),
                              ["{0}: HTML page with no text"]),
    "HTML of unclosed markup": Case(file("ragged.html", "<p>" + "<a <b '<i \"" * 5000 + GOOD
                                         + "<!-- never closed <script>")),
    # size
    "100 MB single-line text": Case(big_line("huge.txt", b""), ["{0}: file of 100.0 MB is over "
                                                                "the 1.0 MB"]),
    "100 MB single-line JSONL": Case(big_line("huge.jsonl", b'{"id": "big", "text": "',
                                              b'"}\n' + json.dumps({"id": "after", "text": GOOD})
                                              .encode() + b"\n"),
                                     ["{0}:1: line of 100.0 MB is over the 4.0 MB"],
                                     partial=True),
    # JSONL
    "JSONL broken lines": Case(jsonl({"id": "ok", "text": GOOD}, "{not json", '{"id": "x", "te'),
                               ["{0}:2: not valid JSON", "{0}:3: not valid JSON"], partial=True),
    "JSONL missing fields": Case(jsonl({"text": GOOD}, {"id": "no-text"}, {}),
                                 ["{0}:1: missing 'id'", "{0}:2: missing or non-string 'text'",
                                  "{0}:3: missing or non-string 'text'"]),
    "JSONL wrong types": Case(jsonl({"id": ["a"], "text": GOOD}, {"id": "n", "text": 42},
                                    {"id": True, "text": GOOD},
                                    {"id": "d", "text": GOOD, "published": 20220913}),
                              ["{0}:1: missing 'id'", "{0}:2: missing or non-string 'text'",
                               "{0}:3: missing 'id'", "{0}:4: 'published' must be an ISO date "
                                                     "string, got int"]),
    "JSONL not objects": Case(jsonl([1, 2], "\"text\"", "null"),
                              ["{0}:1: a line must be a JSON object", "{0}:2: a line must be",
                               "{0}:3: a line must be"]),
    "JSONL duplicate ids": Case(jsonl({"id": "same", "text": GOOD},
                                      {"id": "same", "text": "Another text entirely."}),
                                ["{0}:2: duplicate article id 'same'; kept the first"],
                                partial=True),
    "JSONL absurd dates": Case(jsonl({"id": "a", "text": GOOD, "published": "0001-01-01"},
                                     {"id": "b", "text": GOOD, "published": "9999-12-31"},
                                     {"id": "c", "text": GOOD, "published": "2022-13-45"},
                                     {"id": "d", "text": GOOD, "published": "yesterday"}),
                               ["{0}:1: 'published' '0001-01-01' is outside 1900–2100",
                                "{0}:2: 'published' '9999-12-31' is outside",
                                "{0}:3: 'published' '2022-13-45' is not an ISO date",
                                "{0}:4: 'published' 'yesterday' is not an ISO date"]),
    "JSONL nested 100 000 deep": Case(jsonl("[" * 100_000 + "]" * 100_000),
                                      ["{0}:1: not usable JSON"]),
    "JSONL 5000-digit id": Case(jsonl('{"id": ' + "9" * 5000 + ', "text": "x"}'),
                                ["{0}:1: not usable JSON"]),
    "JSONL empty text": Case(jsonl({"id": "e", "text": ""}, {"id": "w", "text": " \n "}),
                             ["{0}:1: empty 'text'", "{0}:2: empty 'text'"]),
    "JSONL lone surrogates and NUL": Case(jsonl('{"id": "s\\ud800", "text": "\\udc00\\u0000 '
                                                + GOOD.strip() + '", "source": "\\ud83d"}')),
    "JSONL empty file": Case(file("none.jsonl", b""), ["{0}: empty file (no JSON lines)"]),
    "JSONL invalid UTF-8 line": Case(file("mixed.jsonl", b'{"id": "x", "text": "caf\xe9"}\n'),
                                     ["{0}:1: not UTF-8"]),
    # folders and special files
    "folder with a dangling symlink": Case(folder_with("dangling"),
                                           ["{0}/gone.txt: cannot read", "broken symbolic link"],
                                           partial=True),
    "folder with a FIFO": Case(folder_with("fifo"), ["{0}/pipe.txt: not a regular file"],
                               partial=True),
    "folder with a symlink loop": Case(folder_with("loop")),
    "folder with an unreadable file": Case(folder_with("unreadable"),
                                           ["{0}/locked.txt: cannot read (Permission denied)"],
                                           partial=True),
    "folder without articles": Case(empty_folder, ["{0}: folder holds no .txt"]),
    "missing file": Case(missing, ["{0}: no such file or folder"]),
    # standard input
    "stdin binary": Case(stdin(b"\x00\x01\x02binary"), ["<stdin>: binary file"]),
    "stdin empty": Case(stdin(b""), ["<stdin>: empty input"]),
    "stdin JSONL with a broken line": Case(stdin(b'{"id": "s1", "text": "Nothing."}\n{oops\n'),
                                           ["<stdin>:2: not valid JSON"], partial=True),
    # names and ids
    "names in scripts the gazetteer lacks": Case(file("scripts.txt", (
        "TBILISI (Wire) - Officials said on 13 September 2022 that forces shelled "
        "positions near ჯერმუკი, 戈里斯 and غوريس, and near Ꭿ𝔍𝔢𝔯𝔪𝔲𝔨 as well.\n"))),
    "file name with a newline": Case(file("evil\nname\x1b[31m.txt", b"\x00binary"),
                                     ["binary file"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_is_named_and_the_rest_goes_on(name, tmp_path, capsys, monkeypatch):
    case = CASES[name]
    if name == "folder with an unreadable file" and os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root reading (the dangling "
                    "symlink and FIFO cases cover unreadable entries)")
    if name == "folder with a FIFO" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    bad, data = case.make(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    started = time.monotonic()
    run = cli(capsys, monkeypatch, "incidents", str(good), *bad, stdin=data)
    assert time.monotonic() - started < 30, "a hostile input must not make the run hang"
    features = json.loads(run.out)["features"]
    assert any(f["properties"]["place_name"] == "Jermuk" for f in features), \
        "the good article was still processed"
    for line in run.lines():
        assert line.startswith("incident-mapper: "), f"one line per message: {line!r}"
    if not case.expect:
        assert run.code == 0, run.err
        return
    assert run.code == 1, run.err
    for fragment in case.expect:
        wanted = fragment.format(bad[0] if bad != ["-"] else "<stdin>")
        assert any(wanted in line for line in run.lines()), f"{wanted!r} not in {run.err!r}"
    strict = cli(capsys, monkeypatch, "incidents", str(good), *bad, "--strict", stdin=data)
    assert strict.code == 3 and strict.out == "", "--strict: any problem fails, nothing written"
    alone = cli(capsys, monkeypatch, "incidents", *bad, stdin=data)
    assert alone.code == (1 if case.partial else 3), alone.err


def test_html_offsets_point_into_the_page(tmp_path, capsys, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    rows = [json.loads(line) for line in
            cli(capsys, monkeypatch, "toponyms", str(page), "-q").out.splitlines()]
    assert {r["surface"] for r in rows} >= {"YEREVAN", "Jermuk"}
    assert not {"Goris", "Sotk"} & {r["surface"] for r in rows}, "script and comments are not text"
    for r in rows:
        assert PAGE[r["start"]:r["end"]] == r["surface"]
    data = json.loads(cli(capsys, monkeypatch, "incidents", str(page), "-q").out)
    jermuk = next(f for f in data["features"] if f["properties"]["place_name"] == "Jermuk")
    assert jermuk["properties"]["killed"] == 3
    for e in jermuk["properties"]["evidence"]:
        original = PAGE[e["start"]:e["end"]]
        tags = r"""<(?:[^<>"']|"[^"]*"|'[^']*')*>"""
        assert re.sub(tags, lambda m: " " * len(m.group()), original) == e["quote"]


def test_decoded_encodings_keep_offsets_into_the_decoded_text(tmp_path, capsys, monkeypatch):
    for name, data in [("le.txt", GOOD.encode("utf-16")), ("u32.txt", GOOD.encode("utf-32")),
                       ("bom.txt", b"\xef\xbb\xbf" + GOOD.encode())]:
        path = tmp_path / name
        path.write_bytes(data)
        rows = [json.loads(line) for line in
                cli(capsys, monkeypatch, "toponyms", str(path), "-q").out.splitlines()]
        assert rows and all(GOOD[r["start"]:r["end"]] == r["surface"] for r in rows)


def test_a_100_mb_file_is_refused_without_reading_it_into_memory(tmp_path):
    from geo.reader import read_articles

    for name, head in [("huge.txt", b""), ("huge.jsonl", b'{"id": "big", "text": "')]:
        big_line(name, head, b"\n")(tmp_path)
    tracemalloc.start()
    started = time.monotonic()
    articles, problems = read_articles([tmp_path / "huge.txt", tmp_path / "huge.jsonl"])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert not articles and len(problems) == 2
    assert peak < 16 * MB, f"reading held {peak / MB:.0f} MB"
    assert time.monotonic() - started < 20


def test_nothing_readable_exits_3_with_every_file_named(tmp_path, capsys, monkeypatch):
    paths = []
    for name, data in [("a.txt", b""), ("b.txt", b"\x00\x00"), ("c.jsonl", b"{bad\n")]:
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    run = cli(capsys, monkeypatch, "incidents", *paths)
    assert run.code == 3 and run.out == ""
    for path in paths:
        assert path in run.err
    assert "no article could be read" in run.err


def test_hostile_ids_and_text_write_nothing_outside_the_output(tmp_path, capsys, monkeypatch):
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    evil = {"id": "../../../../tmp/evil\n<script>alert(1)</script>", "source": "<img src=x "
            "onerror=alert(2)>", "url": "javascript:alert(3)",
            "text": GOOD.replace("Jermuk", "Jermuk <script>alert(4)</script>")}
    feed.write_text(json.dumps(evil) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    before = set(Path("/tmp").iterdir())
    run = cli(capsys, monkeypatch, "map", str(feed), "-o", str(out / "map.html"), "-q")
    store = tmp_path / "store.gpkg"
    ingest = cli(capsys, monkeypatch, "ingest", str(feed), "--store", str(store), "-q")
    assert run.code == 0 and ingest.code == 0, run.err + ingest.err
    assert sorted(p.name for p in out.iterdir()) == ["map.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "store.gpkg"]
    assert not {p for p in set(Path("/tmp").iterdir()) - before if "evil" in p.name}
    page = (out / "map.html").read_text(encoding="utf-8")
    assert "<script>alert(" not in page and "<img src=x onerror" not in page


# --- gazetteer imports ---------------------------------------------------------------------
IMPORTS = {
    "NaN latitude": ("name,lat,lon\nGood Place,40.1,45.2\nNowhere,nan,45.0\n",
                     "{0}:3: lat is 'nan'; give a finite number"),
    "infinite longitude": ("name,lat,lon\nFar,40.0,inf\n", "{0}:2: lon is 'inf'"),
    "latitude out of range": ("name,lat,lon\nPole+,91.5,45.0\n",
                              "{0}:2: latitude 91.5 is outside -90..90"),
    "longitude out of range": ("name,lat,lon\nDateline,40.0,200\n",
                               "{0}:2: longitude 200.0 is outside -180..180"),
    "swapped coordinates": ("name,lat,lon\nTokyo-ish,139.69,35.68\n",
                            "{0}:2: latitude 139.69 is outside -90..90 (are latitude and "
                            "longitude swapped?)"),
    "not a number": ("name,lat,lon\nSomewhere,forty,45\n", "{0}:2: lat 'forty' is not a number"),
    "missing columns": ("name,latitude\nX,1\n", "{0}:1: missing column(s) lat, lon"),
    "GeoNames dump with a bad population": (
        "\t".join(["1", "Bad", "Bad", "", "40.0", "45.0", "P", "PPL", "AM", "", "", "", "", "",
                   "many", "", "", "", ""]) + "\n", "{0}:1: geonameid '1' and population 'many' must be whole numbers"),
    "binary file": (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "{0}: not UTF-8 text"),
}


@pytest.mark.parametrize("name", list(IMPORTS))
def test_bad_gazetteer_import_is_named_and_nothing_imported(name, tmp_path, capsys, monkeypatch):
    data, message = IMPORTS[name]
    imports = tmp_path / "imports"
    monkeypatch.setenv("INCIDENT_MAPPER_IMPORTS", str(imports))
    path = tmp_path / "places.csv"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    run = cli(capsys, monkeypatch, "gazetteer", "import", str(path))
    assert run.code == 3, run.err
    assert message.format(path) in run.err and run.err.count("\n") == 1, run.err
    assert not imports.exists() or not any(imports.iterdir()), "nothing imported"
    good = tmp_path / "fine.csv"
    good.write_text("name,lat,lon,kind,country\nZzyzxqala,40.1,45.2,village,AZ\n",
                    encoding="utf-8")
    assert cli(capsys, monkeypatch, "gazetteer", "import", str(good)).code == 0
    assert len(list(imports.iterdir())) == 1


def test_no_pickle_or_eval_of_user_data_in_the_reader_store_and_cli():
    for name in ("cli.py", "reader.py", "export.py", "store.py", "geocode.py"):
        source = (ROOT / "geo" / name).read_text(encoding="utf-8")
        assert not re.search(r"\bpickle\b|\beval\(|\bexec\(|marshal\.loads|yaml\.load\(",
                             source), name
