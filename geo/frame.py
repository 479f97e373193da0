"""Incidents as GeoJSON features and as one GeoDataFrame in EPSG:4326: the hand-off from
extraction to maps and exports, validated at this boundary."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from gazetteer import Place

from .records import Incident

if TYPE_CHECKING:
    import geopandas as gpd

CRS = "EPSG:4326"
#: Properties of every incident feature, in order (the output contract; extend, never rename).
COLUMNS = ("incident_id", "article_ids", "date", "date_end", "date_precision", "date_source",
           "event_type", "place_name", "place_id", "place_kind", "country", "geonameid",
           "geo_precision", "location_reason", "claimant", "attacker", "target", "killed",
           "wounded", "captured", "missing", "weapons", "status", "sources", "claims",
           "evidence", "admin1", "polygon_country", "border_km", "border_side")
#: Properties holding lists or objects: JSON text in flat formats (CSV, GeoPackage, Parquet).
NESTED = ("article_ids", "weapons", "sources", "claims", "evidence")


def properties(inc: Incident) -> dict[str, Any]:
    """The incident's contract properties (JSON-ready)."""
    headline = inc.headline_claim()
    figures = headline.figures() if headline else dict.fromkeys(
        ("killed", "wounded", "captured", "missing"))
    p = inc.place
    return {
        "incident_id": inc.incident_id,
        "article_ids": list(inc.article_ids),
        "date": inc.date.iso(),
        "date_end": inc.date_end.isoformat() if inc.date_end else None,
        "date_precision": inc.date.precision,
        "date_source": inc.date.source,
        "event_type": inc.event_type,
        "place_name": inc.place_name,
        "place_id": p.id if p else None,
        "place_kind": p.kind if p else None,
        "country": p.country if p else None,
        "geonameid": p.geonameid if p else None,
        "geo_precision": inc.geo_precision,
        "location_reason": inc.location_reason,
        "claimant": headline.claimant if headline else None,
        "attacker": inc.attacker,
        "target": inc.target,
        **figures,
        "weapons": list(inc.weapons),
        "status": inc.status,
        "sources": list(inc.sources),
        "claims": [c.to_dict() for c in inc.claims],
        "evidence": [e.to_dict() for e in inc.evidence],
        **_border_fields(p),
    }


def _border_fields(place: Place | None) -> dict[str, Any]:
    """Admin area, polygon country, distance to the Armenia–Azerbaijan border, side."""
    if place is None:
        return {"admin1": None, "polygon_country": None, "border_km": None,
                "border_side": None}
    from .borders import locate

    info = locate(place)
    return {"admin1": place.admin1, "polygon_country": info.polygon_country,
            "border_km": info.border_km, "border_side": info.side}


def _point(inc: Incident) -> dict[str, Any] | None:
    if inc.place is None:
        return None
    lat, lon = inc.place.lat, inc.place.lon
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"incident {inc.incident_id}: invalid coordinates {lat}, {lon}")
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def feature_collection(incidents: Sequence[Incident]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Feature per incident location (null geometry when
    the report names no locatable place)."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": inc.incident_id, "geometry": _point(inc),
         "properties": properties(inc)} for inc in incidents]}


def to_geodataframe(incidents: Sequence[Incident], *, flat: bool = False) -> gpd.GeoDataFrame:
    """Incidents as a GeoDataFrame in EPSG:4326 (null geometry where no place is known).

    With ``flat=True`` the nested properties (claims, evidence, lists) are JSON text, as
    formats without nested types need.
    """
    import geopandas as gpd
    from shapely.geometry import Point

    rows = [properties(i) for i in incidents]
    if flat:
        for row in rows:
            for key in NESTED:
                row[key] = json.dumps(row[key], ensure_ascii=False)
    geometry = [Point(i.place.lon, i.place.lat) if i.place else None for i in incidents]
    frame = gpd.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geometry, crs=CRS)
    validate(frame)
    return frame


def claims_frame(incidents: Sequence[Incident]):  # type: ignore[no-untyped-def]
    """One row per claim: who claims what about which incident (a pandas DataFrame with
    incident_id, date, event_type, place_name, claimant, side, victim_side, status,
    killed, wounded, captured, missing, sources). Figures of different claimants are never
    added together."""
    import pandas as pd

    rows = [{"incident_id": i.incident_id, "date": i.date.iso(), "event_type": i.event_type,
             "place_name": i.place_name, "claimant": c.claimant, "side": c.side,
             "victim_side": c.victim_side, "status": c.status, **c.figures(),
             "sources": sorted({e.article_id for e in c.evidence})}
            for i in incidents for c in i.claims]
    columns = ["incident_id", "date", "event_type", "place_name", "claimant", "side",
               "victim_side", "status", "killed", "wounded", "captured", "missing", "sources"]
    return pd.DataFrame(rows, columns=columns)


def validate(frame: gpd.GeoDataFrame) -> None:
    """Raise ValueError if the frame has no CRS, a non-point or an out-of-range point."""
    if frame.crs is None or frame.crs.to_string() != CRS:
        raise ValueError(f"incident frame must be in {CRS}, got {frame.crs}")
    present = frame.geometry[~frame.geometry.isna()]
    if len(present) and not (present.geom_type == "Point").all():
        raise ValueError("incident geometries must be points")
    if len(present):
        xs, ys = present.x, present.y
        if not (xs.between(-180, 180).all() and ys.between(-90, 90).all()):
            raise ValueError("incident coordinates out of range")
