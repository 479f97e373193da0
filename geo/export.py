"""Writing incidents and mentions: GeoJSON, CSV, GeoPackage, GeoParquet; JSONL/CSV for
mentions. Files are written to a temporary name and renamed into place, so a killed run
never leaves a truncated file where a good one stood."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import OutputError, UnknownFormatError
from .frame import feature_collection, to_geodataframe
from .records import Incident, Mention

INCIDENT_FORMATS = ("geojson", "csv", "gpkg", "parquet")
MENTION_FORMATS = ("jsonl", "csv")
MENTION_COLUMNS = ("article_id", "start", "end", "surface", "role", "place_id", "place_name",
                   "lat", "lon", "country", "kind", "geonameid", "score", "reason")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only if the block succeeds."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=f"-{path.name}", dir=path.parent)
        os.close(fd)
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror or err})") from err
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def check_format(name: str, valid: Sequence[str]) -> str:
    if name not in valid:
        raise UnknownFormatError(f"unknown format {name!r}; choose one of {', '.join(valid)}")
    return name


def incidents_text(incidents: Sequence[Incident], fmt: str) -> str:
    """Incidents as GeoJSON or CSV text."""
    check_format(fmt, ("geojson", "csv"))
    if fmt == "geojson":
        return json.dumps(feature_collection(incidents), ensure_ascii=False, indent=1) + "\n"
    frame = to_geodataframe(incidents, flat=True)
    frame["lat"] = frame.geometry.y
    frame["lon"] = frame.geometry.x
    frame["wkt"] = frame.geometry.to_wkt()
    return frame.drop(columns="geometry").to_csv(index=False)


def write_incidents(incidents: Sequence[Incident], path: Path, fmt: str | None = None) -> Path:
    """Write incidents to ``path``; the format follows ``fmt`` or the file's suffix."""
    path = Path(path)
    fmt = check_format(fmt or _format_of(path), INCIDENT_FORMATS)
    if fmt in ("geojson", "csv"):
        write_text(path, incidents_text(incidents, fmt))
        return path
    frame = to_geodataframe(incidents, flat=True)
    with atomic_path(path) as tmp:
        if fmt == "gpkg":
            frame.to_file(tmp, driver="GPKG", layer="incidents", engine="pyogrio")
        else:
            frame.to_parquet(tmp)
    return path


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return {"json": "geojson", "geoparquet": "parquet", "pq": "parquet"}.get(suffix, suffix)


def mention_row(m: Mention) -> dict[str, Any]:
    """A mention as a flat row (CSV)."""
    p = m.place
    return {"article_id": m.article_id, "start": m.start, "end": m.end, "surface": m.surface,
            "role": m.role, "place_id": p.id if p else None, "place_name": p.name if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "country": p.country if p else None, "kind": p.kind if p else None,
            "geonameid": p.geonameid if p else None, "score": round(m.score, 3),
            "reason": m.reason}


def write_mentions(mentions: Sequence[Mention], out: IO[str], fmt: str) -> None:
    """Write mentions as JSONL (nested ``place``) or CSV (flat columns)."""
    check_format(fmt, MENTION_FORMATS)
    if fmt == "jsonl":
        for m in mentions:
            out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=MENTION_COLUMNS)
    writer.writeheader()
    for m in mentions:
        writer.writerow(mention_row(m))


def mentions_text(mentions: Sequence[Mention], fmt: str) -> str:
    buffer = io.StringIO()
    write_mentions(mentions, buffer, fmt)
    return buffer.getvalue()

