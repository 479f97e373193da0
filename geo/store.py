"""The incident store: articles and their incidents, kept in one GeoPackage file that
GDAL, geopandas and QGIS open as is.

Tables:

``articles`` (attributes)
    One row per article: ``id``, ``text``, ``published``, ``url``, ``source``,
    ``language`` (as given), ``sha256`` of the normalised text (:func:`text_digest`),
    ``origin``, ``detected_language`` and ``incidents``: the article's own incidents
    before merging, as JSON (every field, so they read back equal).
``incidents`` (point layer, EPSG:4326)
    The incidents of all stored articles merged across sources
    (:func:`geo.merge.merge_incidents`): the columns of the ``incidents`` output, nested
    fields as JSON text, null geometry where no place is known.
``incident_mapper_store``
    The schema version.

Consistency: a batch of articles is added in one SQLite transaction that also rebuilds the
``incidents`` layer, so after every commit the layer is the merge of exactly the stored
articles. A killed run leaves the store as of its last commit (SQLite's journal undoes the
rest when the store is next opened). An article already stored — same id, or same
normalised text — is never added twice, so re-running an interrupted ingest completes it
to the same store. A second writer waits up to ``timeout`` seconds for the first, then
fails with :class:`StoreBusyError`.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import struct
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gazetteer import Place

from .errors import IncidentMapperError
from .frame import COLUMNS, NESTED, properties
from .merge import merge_incidents
from .records import Article, Claim, Evidence, Incident, PartialDate

if TYPE_CHECKING:
    from .pipeline import Analysis

SCHEMA_VERSION = 1
LAYER = "incidents"
_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_VERSION = 10400
_SRS_ID = 4326
_INTEGER_COLUMNS = frozenset(("geonameid", "geo_precision", "killed", "wounded", "captured",
                              "missing"))
_REAL_COLUMNS = frozenset(("border_km",))
_ARTICLE_FIELDS = ("id", "text", "published", "url", "source", "language", "sha256", "origin",
                   "detected_language", "incidents")
_WGS84 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
          'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
          'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
          'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')
_SCHEMA = (
    f"PRAGMA application_id = {_APPLICATION_ID}",
    f"PRAGMA user_version = {_GPKG_VERSION}",
    "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL "
    "PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, "
    "definition TEXT NOT NULL, description TEXT)",
    "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined Cartesian SRS', -1, 'NONE', -1, "
    "'undefined', 'undefined Cartesian coordinate reference system'), ('Undefined geographic "
    "SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'), "
    f"('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_WGS84}', 'longitude/latitude coordinates in "
    "decimal degrees on the WGS 84 spheroid')",
    "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
    "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL "
    "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, "
    "max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES "
    "gpkg_spatial_ref_sys(srs_id))",
    "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT "
    "NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT "
    "uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) "
    "REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) "
    "REFERENCES gpkg_spatial_ref_sys (srs_id))",
    "CREATE TABLE incident_mapper_store (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    f"INSERT INTO incident_mapper_store VALUES ('schema_version', '{SCHEMA_VERSION}')",
    "CREATE TABLE articles (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, id TEXT NOT NULL "
    "UNIQUE, text TEXT NOT NULL, published DATE, url TEXT, source TEXT, language TEXT, "
    "sha256 TEXT NOT NULL UNIQUE, origin TEXT, detected_language TEXT, incidents TEXT NOT NULL)",
    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
    "('articles', 'attributes', 'articles', 'Articles read by incident-mapper, each with its "
    "own incidents (JSON) before merging')",
)


class StoreError(IncidentMapperError, OSError):
    """The store cannot be opened, read or written; the message names it and says why."""


class StoreBusyError(StoreError, TimeoutError):
    """Another run held the store for longer than the time allowed to wait."""


def normalise(text: str) -> str:
    """The text that decides whether two articles are the same: NFC, whitespace runs as
    one space, no leading or trailing space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_digest(text: str) -> str:
    """SHA-256 (hex) of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one :meth:`Store.add` did: ids stored, and ids left out as already stored
    (each with the stored article's id)."""

    added: tuple[str, ...]
    present: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Sorted:
    """Articles sorted against a store: ``new`` ones to add, ``present`` ones (same id and
    text, or same text) with the stored id, and ``conflicts``: an id stored with another
    text."""

    new: tuple[Article, ...]
    present: tuple[tuple[Article, str], ...]
    conflicts: tuple[Article, ...]


class Store:
    """An open incident store. Use :meth:`Store.open`, preferably in a ``with`` block."""

    def __init__(self, path: Path, connection: sqlite3.Connection, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._db = connection
        self._cache: tuple[tuple[int, int, int], list[Incident]] | None = None

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, timeout: float = 30.0) -> Store:
        """Open the store at ``path`` (with ``create``, make it if it is missing or empty).

        ``timeout`` is how long to wait, in seconds, while another run writes to it.
        """
        path = Path(path)
        _check_file(path, create)
        try:
            db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot open the store ({err})") from err
        store = cls(path, db, timeout)
        try:
            _register_gpkg_functions(db)
            store._prepare(create)
        except BaseException:
            db.close()
            raise
        return store

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.path}>"

    def __str__(self) -> str:
        return str(self.path)

    # --- transactions ---------------------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        """SQLite errors as :class:`StoreError` naming the store."""
        try:
            yield
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                raise StoreBusyError(
                    f"{self.path}: the store is busy: another run is writing to it (waited "
                    f"{self.timeout:g} s); try again when it has finished, or wait longer "
                    "with --wait") from err
            raise StoreError(f"{self.path}: {err}") from err
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not an incident store, or damaged ({err}); give "
                             "another file") from err

    @contextmanager
    def _transaction(self, mode: str) -> Iterator[sqlite3.Connection]:
        """One transaction: ``IMMEDIATE`` to write (one writer at a time), ``DEFERRED`` for a
        consistent read. Committed if the block succeeds, else rolled back."""
        with self._errors():
            self._db.execute(f"BEGIN {mode}")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def _prepare(self, create: bool) -> None:
        version = self._schema_version()
        if version is None and create:
            with self._transaction("IMMEDIATE") as db:
                if self._schema_version() is None:  # not made meanwhile by another run
                    self._create(db)
            version = self._schema_version()
        if version is None:
            raise StoreError(f"{self.path}: a SQLite/GeoPackage file but not an incident store "
                             "(no incident_mapper_store table); give another file name")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer incident-mapper (store schema "
                             f"{version}, this one reads {SCHEMA_VERSION}); upgrade")

    def _schema_version(self) -> int | None:
        with self._errors():
            found = self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                     "'incident_mapper_store'").fetchone()
            if not found:
                return None
            row = self._db.execute("SELECT value FROM incident_mapper_store WHERE key = "
                                   "'schema_version'").fetchone()
        return int(row[0]) if row else None

    def _create(self, db: sqlite3.Connection) -> None:
        if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{self.path}: a SQLite/GeoPackage file with other tables, not an "
                             "incident store; give another file name")
        for statement in _SCHEMA:
            db.execute(statement)
        _create_layer(db)

    # --- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        with self._errors():
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(self) -> list[Article]:
        """The stored articles, in the order they were added."""
        with self._errors():
            rows = self._db.execute("SELECT id, text, published, url, source, language, origin "
                                    "FROM articles ORDER BY fid").fetchall()
        return [Article(i, text, date.fromisoformat(published) if published else None, url,
                        source, language, origin or "") for i, text, published, url, source,
                language, origin in rows]

    def article_incidents(self) -> list[Incident]:
        """Every stored article's own incidents (before merging), in the order added."""
        with self._transaction("DEFERRED") as db:
            return self._article_incidents(db)

    def incidents(self) -> list[Incident]:
        """The incidents of all stored articles, merged across sources."""
        return merged(self.article_incidents())

    def sort_out(self, articles: Sequence[Article]) -> Sorted:
        """Which of ``articles`` are new to the store (also among themselves)."""
        with self._transaction("DEFERRED") as db:
            by_id = dict(db.execute("SELECT id, sha256 FROM articles"))
        by_digest = {digest: ident for ident, digest in by_id.items()}
        new: list[Article] = []
        present: list[tuple[Article, str]] = []
        conflicts: list[Article] = []
        for article in articles:
            digest = text_digest(article.text)
            if article.id in by_id and by_id[article.id] != digest:
                conflicts.append(article)
            elif digest in by_digest or article.id in by_id:
                present.append((article, by_digest.get(digest, article.id)))
            else:
                new.append(article)
                by_id[article.id] = digest
                by_digest[digest] = article.id
        return Sorted(tuple(new), tuple(present), tuple(conflicts))

    # --- writing --------------------------------------------------------------------------
    def add(self, analyses: Sequence[Analysis]) -> AddResult:
        """Add analysed articles and rebuild the incidents layer, in one transaction.

        An article whose id or normalised text is already stored is left out.
        """
        added: list[str] = []
        present: list[tuple[str, str]] = []
        cache = None
        with self._transaction("IMMEDIATE") as db:
            base = self._cached(db)
            fresh: list[Incident] = []
            for analysis in analyses:
                article = analysis.article
                digest = text_digest(article.text)
                row = db.execute("SELECT id FROM articles WHERE id = ? OR sha256 = ?",
                                 (article.id, digest)).fetchone()
                if row:
                    present.append((article.id, row[0]))
                    continue
                own = [_canonical(i) for i in analysis.incidents]
                db.execute(f"INSERT INTO articles ({', '.join(_ARTICLE_FIELDS)}) VALUES "
                           f"({', '.join('?' * len(_ARTICLE_FIELDS))})",
                           _article_row(article, digest, analysis.language, own))
                added.append(article.id)
                fresh.extend(own)
            if added:
                everything = base + fresh
                _write_layer(db, merged(everything))
                cache = (self._version(db), everything)
        if cache is not None:  # committed
            self._cache = cache
        return AddResult(tuple(added), tuple(present))

    def rebuild(self) -> int:
        """Rebuild the incidents layer from the stored articles (e.g. after an upgrade that
        changed merging); returns the number of incident locations."""
        with self._transaction("IMMEDIATE") as db:
            found = merged(self._article_incidents(db))
            _write_layer(db, found)
        return len(found)

    def check(self) -> list[str]:
        """What is wrong with the store (empty when nothing): SQLite's integrity check,
        every article complete and matching its digest, the layer matching the articles."""
        problems: list[str] = []
        with self._transaction("DEFERRED") as db:
            verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                problems.append(f"integrity check: {verdict}")
            for ident, text, digest in db.execute("SELECT id, text, sha256 FROM articles"):
                if text_digest(text) != digest:
                    problems.append(f"article {ident!r}: text does not match its sha256")
            try:
                expected = merged(self._article_incidents(db))
            except (ValueError, KeyError, TypeError) as err:
                return [*problems, f"stored incidents do not read back ({err})"]
            stored = db.execute(f"SELECT * FROM {LAYER} ORDER BY fid").fetchall()
        if stored != list(_layer_rows(expected)):
            problems.append(f"the {LAYER} layer does not match the stored articles")
        return problems

    # --- internals ------------------------------------------------------------------------
    def _article_incidents(self, db: sqlite3.Connection) -> list[Incident]:
        return [decode_incident(item) for (payload,) in
                db.execute("SELECT incidents FROM articles ORDER BY fid")
                for item in json.loads(payload)]

    def _version(self, db: sqlite3.Connection) -> tuple[int, int, int]:
        """Changes when another connection commits (the cache is stale then)."""
        count, last = db.execute("SELECT count(*), coalesce(max(fid), 0) FROM articles").fetchone()
        return db.execute("PRAGMA data_version").fetchone()[0], count, last

    def _cached(self, db: sqlite3.Connection) -> list[Incident]:
        if self._cache is not None and self._cache[0] == self._version(db):
            return list(self._cache[1])
        return self._article_incidents(db)


def merged(incidents: Sequence[Incident]) -> list[Incident]:
    """:func:`geo.merge.merge_incidents` with evidence in one order (article, start, end)."""
    return [_canonical(i) for i in merge_incidents(incidents)]


def _canonical(incident: Incident) -> Incident:
    return replace(incident, evidence=tuple(sorted(
        incident.evidence, key=lambda e: (e.article_id, e.start, e.end, e.quote))))


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; give the store's file name, e.g. "
                         f"{path / 'incidents.gpkg'}")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no incident store there; make one with "
                             f"incident-mapper ingest INPUT... --store {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{path}: cannot create the store ({err.strerror or err})") from err
        return
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store ({err.strerror or err})") from err
    if head and head != b"SQLite format 3\x00":
        raise StoreError(f"{path}: not an incident store (not a GeoPackage/SQLite file); "
                         "give another file name")


# --- the articles table --------------------------------------------------------------------
def _article_row(article: Article, digest: str, detected: str,
                 incidents: Sequence[Incident]) -> tuple[Any, ...]:
    payload = json.dumps([encode_incident(i) for i in incidents], ensure_ascii=False,
                         default=str)
    return (article.id, article.text,
            article.published.isoformat() if article.published else None, article.url,
            article.source, article.language, digest, article.origin, detected, payload)


def encode_incident(incident: Incident) -> dict[str, Any]:
    """An incident as JSON-ready data that :func:`decode_incident` reads back equal."""
    i = incident
    return {
        "incident_id": i.incident_id, "article_ids": list(i.article_ids),
        "date": {"value": i.date.value.isoformat() if i.date.value else None,
                 "precision": i.date.precision, "source": i.date.source},
        "event_type": i.event_type, "place": i.place.to_dict() if i.place else None,
        "place_name": i.place_name, "geo_precision": i.geo_precision, "attacker": i.attacker,
        "target": i.target, "weapons": list(i.weapons), "status": i.status,
        "claims": [c.to_dict() for c in i.claims], "evidence": [e.to_dict() for e in i.evidence],
        "date_end": i.date_end.isoformat() if i.date_end else None, "weekday": i.weekday,
        "sources": list(i.sources), "location_reason": i.location_reason,
    }


def decode_incident(data: dict[str, Any]) -> Incident:
    """The incident :func:`encode_incident` wrote."""
    when = data["date"]
    return Incident(
        incident_id=data["incident_id"], article_ids=tuple(data["article_ids"]),
        date=PartialDate(_date(when["value"]), when["precision"], when["source"]),
        event_type=data["event_type"], place=_place(data["place"]),
        place_name=data["place_name"], geo_precision=data["geo_precision"],
        attacker=data["attacker"], target=data["target"], weapons=tuple(data["weapons"]),
        status=data["status"], claims=tuple(_claim(c) for c in data["claims"]),
        evidence=tuple(Evidence(**e) for e in data["evidence"]),
        date_end=_date(data.get("date_end")), weekday=data.get("weekday"),
        sources=tuple(data.get("sources", ())), location_reason=data.get("location_reason", ""),
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _place(data: dict[str, Any] | None) -> Place | None:
    if data is None:
        return None
    names = {f.name for f in fields(Place)}
    return Place(**{k: v for k, v in data.items() if k in names})


def _claim(data: dict[str, Any]) -> Claim:
    return Claim(data["claimant"], data["side"], data["killed"], data["wounded"],
                 data["captured"], data["missing"], status=data["status"],
                 victim_side=data["victim_side"],
                 evidence=tuple(Evidence(**e) for e in data["evidence"]))


# --- the incidents layer -------------------------------------------------------------------
def _sql_type(column: str) -> str:
    return "INTEGER" if column in _INTEGER_COLUMNS else "REAL" if column in _REAL_COLUMNS \
        else "TEXT"


def _create_layer(db: sqlite3.Connection) -> None:
    columns = ", ".join(f'"{c}" {_sql_type(c)}' for c in COLUMNS)
    db.execute(f'CREATE TABLE "{LAYER}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
               f"geom POINT, {columns})")
    db.execute("INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, "
               "description, srs_id) VALUES (?, 'features', ?, ?, ?)",
               (LAYER, LAYER, "Incidents of all stored articles, merged across sources",
                _SRS_ID))
    db.execute("INSERT OR REPLACE INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
               (LAYER, _SRS_ID))


def _ensure_layer(db: sqlite3.Connection) -> None:
    """The layer with today's columns (:data:`geo.frame.COLUMNS` may gain some): it holds
    derived data only, so a layer with other columns is made again."""
    have = [row[1] for row in db.execute(f'PRAGMA table_info("{LAYER}")')]
    if have == ["fid", "geom", *COLUMNS]:
        return
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                              "LIKE ?", (f"rtree_{LAYER}_%",)).fetchall():
        db.execute(f'DROP TABLE IF EXISTS "{name}"')
    db.execute(f'DROP TABLE IF EXISTS "{LAYER}"')
    _create_layer(db)


def _write_layer(db: sqlite3.Connection, incidents: Sequence[Incident]) -> None:
    _ensure_layer(db)
    db.execute(f'DELETE FROM "{LAYER}"')
    names = ", ".join(f'"{c}"' for c in ("fid", "geom", *COLUMNS))
    marks = ", ".join("?" * (len(COLUMNS) + 2))
    db.executemany(f'INSERT INTO "{LAYER}" ({names}) VALUES ({marks})', _layer_rows(incidents))
    points = [(i.place.lon, i.place.lat) for i in incidents if i.place is not None]
    bounds = (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points),
              max(p[1] for p in points)) if points else (None,) * 4
    db.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
               "min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
               (*bounds, LAYER))
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = NULL WHERE table_name IN (?, ?)",
                   (LAYER, "articles"))  # GDAL's cached counts: let it count again


def _layer_rows(incidents: Sequence[Incident]) -> Iterator[tuple[Any, ...]]:
    for fid, incident in enumerate(incidents, start=1):
        row = properties(incident)
        for key in NESTED:
            row[key] = json.dumps(row[key], ensure_ascii=False)
        place = incident.place
        geometry = _gpkg_point(place.lon, place.lat, incident.incident_id) if place else None
        yield (fid, geometry, *(row[c] for c in COLUMNS))


_GPKG_HEADER = b"GP\x00\x01" + struct.pack("<i", _SRS_ID)  # version 0, little-endian, no envelope


def _gpkg_point(lon: float, lat: float, what: str) -> bytes:
    """A GeoPackage geometry blob: header, then a little-endian WKB point."""
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and
            -180 <= lon <= 180):
        raise ValueError(f"incident {what}: invalid coordinates {lat}, {lon}")
    return _GPKG_HEADER + struct.pack("<BIdd", 1, 1, lon, lat)


def _point_of(blob: bytes | None) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage point blob; None for null, empty or other geometries."""
    if not blob or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((blob[3] >> 1) & 0x07, 0)
    wkb = blob[8 + envelope:]
    if len(wkb) < 21:
        return None
    order = "<" if wkb[0] == 1 else ">"
    kind, x, y = struct.unpack(order + "Idd", wkb[1:21])
    return (x, y) if kind % 1000 == 1 else None


def _register_gpkg_functions(db: sqlite3.Connection) -> None:
    """The SQL functions GDAL's spatial-index triggers call, should QGIS or GDAL have added
    an index to the layer (points only, the only geometry stored here)."""
    def coordinate(i: int):  # type: ignore[no-untyped-def]
        return lambda blob: (p[i] if (p := _point_of(blob)) else None)

    db.create_function("ST_IsEmpty", 1, lambda b: None if b is None else int(_point_of(b) is None),
                       deterministic=True)
    for name, i in (("ST_MinX", 0), ("ST_MaxX", 0), ("ST_MinY", 1), ("ST_MaxY", 1)):
        db.create_function(name, 1, coordinate(i), deterministic=True)

