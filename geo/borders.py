"""Border geometry and where an incident lies relative to it: the country polygon it falls
in, its distance to the Armenia–Azerbaijan border and the side of the border.

Geometry: Natural Earth 1:10m (``geo/data/*.geojson``, built by scripts/build_borders.py).
Distance: geodesic (WGS-84, geopy) from the point to the nearest point of the border line,
the nearest point being found in longitude/latitude (within a few percent at these
latitudes). Where Natural Earth is too coarse (it puts some Syunik border villages inside
Azerbaijan), the gazetteer's country for the place wins over point-in-polygon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from gazetteer import Place


@dataclass(frozen=True, slots=True)
class BorderInfo:
    """Where a place lies: polygon country, distance to the border (km), side."""

    polygon_country: str | None
    border_km: float
    side: str | None


@cache
def _geometry():  # type: ignore[no-untyped-def]
    from shapely.geometry import shape
    from shapely.strtree import STRtree

    data = resources.files("geo").joinpath("data")
    countries = json.loads(data.joinpath("basemap_countries.geojson").read_text("utf-8"))
    border = json.loads(data.joinpath("am_az_border.geojson").read_text("utf-8"))
    shapes = [shape(f["geometry"]) for f in countries["features"]]
    codes = [f["properties"]["iso"] for f in countries["features"]]
    line = shape(border["features"][0]["geometry"])
    return STRtree(shapes), shapes, codes, line


def locate(place: Place, belligerents: tuple[str, ...] = ("AM", "AZ")) -> BorderInfo:
    """Polygon country, geodesic km to the Armenia–Azerbaijan border, and side of it."""
    from geopy.distance import geodesic
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    tree, shapes, codes, line = _geometry()
    point = Point(place.lon, place.lat)
    hits = [codes[i] for i in tree.query(point, predicate="within")]
    polygon = hits[0] if hits else None
    nearest = nearest_points(line, point)[0]
    km = geodesic((place.lat, place.lon), (nearest.y, nearest.x)).km
    if place.country is None and place.kind == "region":
        return BorderInfo(polygon, round(km, 2), None)  # a segment spans both sides
    side = place.country if place.country in belligerents else polygon
    return BorderInfo(polygon, round(km, 2), side if side in belligerents else
                      ("other" if side else None))
