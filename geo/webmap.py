"""The HTML map: offline basemap (Natural Earth countries and the Armenia–Azerbaijan border),
one switchable layer per event type, popups with every side's claims and every source's
quoted sentence, a heat map, a legend, and a list of reports no place could be given to.

Article text is untrusted: every string from it is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from .export import write_text
from .frame import feature_collection
from .records import EVENT_TYPES, Incident

COLOURS = {
    "drone_strike": "#7b3294", "missile_strike": "#c2a5cf", "rocket_strike": "#e66101",
    "airstrike": "#5e3c99", "shelling": "#d7191c", "armed_clash": "#fdae61",
    "gunfire": "#a6611a", "incursion": "#2c7bb6", "capture": "#008837", "sabotage": "#4d4d4d",
    "attack": "#b2182b",
}
LABELS = {t: t.replace("_", " ") for t in EVENT_TYPES}
PRECISION = {1: "the named place", 2: "near the named place", 3: "district, region or border"}
GEONAMES_CREDIT = ("Places: GeoNames (CC BY 4.0), curated border supplement; "
                   "borders: Natural Earth (public domain)")


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _radius(props: dict[str, Any]) -> float:
    dead = max([c.get("killed") or 0 for c in props["claims"]] + [props.get("killed") or 0])
    return 7 + min(dead, 100) ** 0.5 * 1.6


def popup_html(props: dict[str, Any]) -> str:
    """The popup of one incident: date, type, place and precision, each claim, weapons,
    and each source's quoted sentence. Every value is escaped."""
    when = props["date"] or "date unknown"
    if props.get("date_end"):
        when = f"{when} – {props['date_end']}"
    rows = [
        f"<b>{_e(LABELS[props['event_type']].capitalize())}</b>"
        f"{' — <i>denied</i>' if props['status'] == 'denied' else ''}",
        f"<div class='im-when'>{_e(when)} ({_e(props['date_precision'])})</div>",
        f"<div class='im-where'>{_e(props['place_name'])} → {_e(props.get('place_id'))}, "
        f"{_e(props.get('country'))} · precision {_e(props.get('geo_precision'))}: "
        f"{_e(PRECISION.get(props.get('geo_precision') or 0, 'unknown'))}</div>",
    ]
    if props.get("attacker") or props.get("target"):
        rows.append(f"<div>Attacker: {_e(props.get('attacker') or '?')} · "
                    f"target: {_e(props.get('target') or '?')}</div>")
    if props["weapons"]:
        rows.append(f"<div>Weapons: {_e(', '.join(props['weapons']))}</div>")
    claims = []
    for c in props["claims"]:
        figures = ", ".join(f"{k} {_e(c[k])}" for k in ("killed", "wounded", "captured", "missing")
                            if c.get(k) is not None) or "no figures"
        claims.append(f"<li class='im-claim'><b>{_e(c['claimant'] or 'unattributed')}</b> "
                      f"({_e(c['side'] or 'side unknown')}, {_e(c['status'])}): {figures}</li>")
    if claims:
        rows.append("<div>Claims:</div><ul>" + "".join(claims) + "</ul>")
    quotes = [f"<li class='im-evidence'><span class='im-source'>{_e(e['article_id'])}"
              f" [{e['start']}:{e['end']}]</span> “{_e(e['quote'])}”</li>"
              for e in props["evidence"] if e["end"] - e["start"] > 40]
    rows.append("<div>Sources:</div><ul>" + "".join(quotes) + "</ul>")
    return "<div class='im-popup'>" + "".join(rows) + "</div>"


def _tooltip(props: dict[str, Any]) -> str:
    return _e(f"{props['date'] or '?'} · {LABELS[props['event_type']]} · {props['place_name']}")


_EACH = """function(feature, layer) {
  layer.bindPopup(feature.properties.popup_html, {maxWidth: 460, maxHeight: 360});
  layer.bindTooltip(feature.properties.tooltip_html);
}"""


def _layer_data(features: list[dict[str, Any]]) -> dict[str, Any]:
    slim = []
    for f in features:
        props = f["properties"]
        slim.append({"type": "Feature", "geometry": f["geometry"], "properties": {
            "incident_id": props["incident_id"], "event_type": props["event_type"],
            "date": props["date"], "status": props["status"],
            "geo_precision": props["geo_precision"], "claimant": props["claimant"],
            "place_name": _e(props["place_name"]), "radius": _radius(props),
            "popup_html": popup_html(props), "tooltip_html": _tooltip(props)}})
    return {"type": "FeatureCollection", "features": slim}


def _style(feature: dict[str, Any]) -> dict[str, Any]:
    p = feature["properties"]
    coarse = (p.get("geo_precision") or 3) >= 3
    return {"color": "#222" if p["status"] == "claimed" else "#777",
            "fillColor": COLOURS[p["event_type"]], "weight": 3 if coarse else 1.5,
            "dashArray": "4 3" if p["status"] == "denied" else None,
            "fillOpacity": 0.25 if coarse or p["status"] == "denied" else 0.85,
            "radius": p["radius"] * (1.6 if coarse else 1.0)}


def _basemap(fmap: Any, folium: Any) -> None:
    data = resources.files("geo").joinpath("data")
    countries = json.loads(data.joinpath("basemap_countries.geojson").read_text("utf-8"))
    border = json.loads(data.joinpath("am_az_border.geojson").read_text("utf-8"))
    group = folium.FeatureGroup(name="Countries and border (offline)", control=True)
    folium.GeoJson(countries, name="countries", style_function=lambda f: {
        "color": "#8a8a8a", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 1},
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False)).add_to(group)
    folium.GeoJson(border, name="Armenia–Azerbaijan border", style_function=lambda f: {
        "color": "#7a0019", "weight": 2.5, "dashArray": "6 4"}).add_to(group)
    group.add_to(fmap)


def _legend(types: Sequence[str], unlocated: Sequence[dict[str, Any]]) -> str:
    items = "".join(f"<div><span class='im-dot' style='background:{COLOURS[t]}'></span>"
                    f"{_e(LABELS[t])}</div>" for t in types)
    missing = ""
    if unlocated:
        rows = "".join(f"<li>{_e(p['date'] or '?')} · {_e(LABELS[p['event_type']])} · "
                       f"{_e(p['claimant'] or 'unattributed')} — {_e(p['location_reason'])}</li>"
                       for p in unlocated)
        missing = (f"<details class='im-unlocated'><summary>{len(unlocated)} report(s) with no "
                   f"locatable place</summary><ul>{rows}</ul></details>")
    return f"""
<div id="im-legend" style="position:fixed;bottom:24px;left:12px;z-index:9999;background:#fff;
 padding:8px 10px;border:1px solid #999;border-radius:4px;font:12px sans-serif;max-width:320px">
 <b>Reported incidents</b>{items}
 <div><span class='im-ring'></span>district / region / border (coarse)</div>
 <div><span class='im-dash'></span>denied claim</div>{missing}
 <div style="color:#666;margin-top:4px">{_e(GEONAMES_CREDIT)}</div></div>
<style>.im-dot{{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;
 border:1px solid #222}} .im-ring{{display:inline-block;width:11px;height:11px;border-radius:50%;
 margin-right:5px;border:3px solid #222;opacity:.5}} .im-dash{{display:inline-block;width:14px;
 margin-right:5px;border-top:2px dashed #777}} .im-popup ul{{padding-left:16px;margin:2px 0}}
 .im-source{{color:#555;font-size:11px}}</style>"""


def build_map(incidents: Sequence[Incident], *, cdn: bool = False, title: str | None = None) -> Any:
    """A folium map of ``incidents``: self-contained (assets inlined) unless ``cdn``."""
    if cdn:
        import folium
        from folium import plugins
    else:
        import offlinefolium as folium
        from offlinefolium import plugins

    features = feature_collection(incidents)["features"]
    located = [f for f in features if f["geometry"] is not None]
    unlocated = [f["properties"] for f in features if f["geometry"] is None]
    fmap = folium.Map(location=[39.9, 45.9], zoom_start=7, tiles=None, min_zoom=2,
                      max_zoom=18, prefer_canvas=False, control_scale=True)
    _basemap(fmap, folium)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False,
                     overlay=False).add_to(fmap)
    import xyzservices.providers as xyz

    folium.TileLayer(xyz.Esri.WorldGrayCanvas, name="Light grey (online)", show=False,
                     overlay=False).add_to(fmap)
    types = [t for t in EVENT_TYPES if any(f["properties"]["event_type"] == t for f in located)]
    for event_type in types:
        chosen = [f for f in located if f["properties"]["event_type"] == event_type]
        group = folium.FeatureGroup(name=f"{LABELS[event_type]} ({len(chosen)})")
        folium.GeoJson(_layer_data(chosen), name=event_type,
                       marker=folium.CircleMarker(radius=8, fill=True),
                       style_function=_style,
                       on_each_feature=folium.JsCode(_EACH)).add_to(group)
        group.add_to(fmap)
    if located:
        heat = [[f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]]
                for f in located]
        plugins.HeatMap(heat, name="Heat map", show=False, radius=30).add_to(fmap)
        lats = [p[0] for p in heat]
        lons = [p[1] for p in heat]
        fmap.fit_bounds([[min(lats) - 0.2, min(lons) - 0.2], [max(lats) + 0.2, max(lons) + 0.2]])
    plugins.Fullscreen().add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    fmap.get_root().html.add_child(folium.Element(_legend(types, unlocated)))
    if title:
        fmap.get_root().header.add_child(folium.Element(f"<title>{_e(title)}</title>"))
    return fmap


def save_map(incidents: Sequence[Incident], path: Path, *, cdn: bool = False) -> Path:
    """Write the map of ``incidents`` to ``path`` (atomically) and return the path."""
    fmap = build_map(incidents, cdn=cdn, title="Border incident map")
    write_text(Path(path), fmap.get_root().render())
    return Path(path)
