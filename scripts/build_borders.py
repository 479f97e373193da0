"""Build the offline basemap layers from Natural Earth (public domain).

Source: the npm package ``world-atlas`` (Natural Earth 1:10m and 1:50m admin-0 countries as
TopoJSON), decoded with the npm package ``topojson-client`` (``topo2geo``). Needs node/npm
and network access to the npm registry at build time only; the outputs are committed:

* ``geo/data/basemap_countries.geojson`` — 1:10m countries clipped to the box
  36–54° E, 35–46° N and simplified to 0.004°, with ISO alpha-2 codes;
* ``geo/data/am_az_border.geojson`` — the Armenia–Azerbaijan border (Nakhchivan included)
  as lines, from the shared boundary of the two 1:10m polygons;
* ``gazetteer/data/country_points.tsv`` — the gazetteer's point for a country name: the
  conventional country centre that GeoNames and most gazetteers use (rounded coordinates
  such as 60° N 100° E for Russia, read from the ``latlng`` field of the PyPI package
  ``countryinfo``, MIT) when it lies within 100 km of the country's 1:10m polygon; else the
  centroid of the largest landmass when that falls inside it, else a point inside. Points
  that agree with other gazetteers keep evaluations against them meaningful; a country has
  no true point.
* ``gazetteer/data/demonyms.tsv`` — English demonyms per country ("Sri Lankan",
  "Ivorian"), from the ``demonym`` field of ``countryinfo`` (facts, MIT).

Run: ``pip install countryinfo==1.0.1 && python scripts/build_borders.py``.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pycountry
from shapely.geometry import Point, box, mapping, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geo" / "data"
WIDE = box(36.0, 35.0, 54.0, 46.0)
PROVENANCE = ("Natural Earth admin-0 countries (public domain) via npm world-atlas 2, "
              "decoded with topojson-client; built by scripts/build_borders.py")


def _topo2geo(folder: Path, scale: str) -> list[dict]:
    src = folder / "node_modules" / "world-atlas" / f"countries-{scale}.json"
    out = folder / f"countries-{scale}.geojson"
    tool = folder / "node_modules" / ".bin" / "topo2geo"
    subprocess.run([str(tool), f"countries={out}", "-i", str(src)], check=True)
    return json.loads(out.read_text())["features"]


def _alpha2(feature: dict) -> str | None:
    numeric = str(feature.get("id") or "").zfill(3)
    country = pycountry.countries.get(numeric=numeric)
    return country.alpha_2 if country else None


def _centre(geom):  # type: ignore[no-untyped-def]
    """Centroid of the largest part (mainland) if inside it, else a point inside it."""
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: g.area)
    centre = main.centroid
    if main.contains(centre):
        return centre, "centroid of the largest landmass"
    return main.representative_point(), "point inside the largest landmass"


def _countryinfo() -> dict[str, dict]:
    """ISO alpha-2 → countryinfo's record of the country."""
    from importlib import resources

    out = {}
    for path in resources.files("countryinfo").joinpath("data").iterdir():
        if path.name.endswith(".json"):
            data = json.loads(path.read_text("utf-8"))
            iso = (data.get("ISO") or {}).get("alpha2")
            if iso:
                out[iso.upper()] = data
    return out


def _conventional_centres(info: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → the conventional centre (``latlng``)."""
    return {iso: (float(d["latlng"][0]), float(d["latlng"][1])) for iso, d in info.items()
            if isinstance(d.get("latlng"), list) and len(d["latlng"]) == 2}


def _write_demonyms(info: dict[str, dict]) -> None:
    rows = ["# English demonyms per country: countryinfo 1.0.1 (MIT), field 'demonym'; built by",
            "# scripts/build_borders.py", "iso\tdemonyms"]
    for iso in sorted(info):
        forms = [f.strip() for f in str(info[iso].get("demonym") or "").split(",") if f.strip()]
        if forms:
            rows.append(f"{iso}\t{'|'.join(forms)}")
    (ROOT / "gazetteer" / "data" / "demonyms.tsv").write_text("\n".join(rows) + "\n")


def _point(iso: str, geom, conventional: dict[str, tuple[float, float]]):  # type: ignore[no-untyped-def]
    found = conventional.get(iso)
    if found is not None:
        p = Point(found[1], found[0])
        if geom.distance(p) <= 0.9:  # degrees, about 100 km or less
            return p, "conventional country centre (countryinfo latlng, MIT)"
    p, how = _centre(geom)
    return p, f"Natural Earth 1:10m, {how}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                        str(folder), "world-atlas@2", "topojson-client@3"], check=True)
        fine = _topo2geo(folder, "10m")
    points = ["iso\tlat\tlon\tprovenance"]
    info = _countryinfo()
    _write_demonyms(info)
    conventional = _conventional_centres(info)
    seen: set[str] = set()
    for f in fine:
        iso = _alpha2(f)
        geom = shape(f["geometry"]).buffer(0)
        if iso and not geom.is_empty and iso not in seen:
            seen.add(iso)
            p, how = _point(iso, geom, conventional)
            points.append(f"{iso}\t{p.y:.4f}\t{p.x:.4f}\t{how}")
    (ROOT / "gazetteer" / "data" / "country_points.tsv").write_text("\n".join(points) + "\n")
    features, shapes = [], {}
    for f in fine:
        geom = shape(f["geometry"]).buffer(0)
        if not geom.intersects(WIDE):
            continue
        iso = _alpha2(f)
        clipped = geom.intersection(WIDE).simplify(0.004, preserve_topology=True)
        shapes[iso] = geom
        features.append({"type": "Feature", "properties": {
            "name": f["properties"].get("name"), "iso": iso},
            "geometry": mapping(clipped)})
    basemap = {"type": "FeatureCollection", "provenance": PROVENANCE, "features": features}
    (OUT / "basemap_countries.geojson").write_text(json.dumps(basemap, separators=(",", ":")))
    line = shapes["AM"].boundary.intersection(shapes["AZ"].buffer(0.002))
    border = {"type": "FeatureCollection", "provenance": PROVENANCE, "features": [
        {"type": "Feature", "properties": {"name": "Armenia–Azerbaijan border"},
         "geometry": mapping(unary_union(line).simplify(0.001))}]}
    (OUT / "am_az_border.geojson").write_text(json.dumps(border, separators=(",", ":")))
    print(f"{len(features)} countries; border length {line.length:.2f} degrees")


if __name__ == "__main__":
    main()
