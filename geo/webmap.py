"""The HTML map: offline basemap (Natural Earth countries and the Armenia–Azerbaijan border),
incidents switchable by event type and by claimant side, a time slider, a place search,
clusters where many incidents overlap, popups with every side's claims and every source's
quoted sentence, a heat map, a legend, and a list of reports no place could be given to.

Article text is untrusted: every string from it is HTML-escaped (``html.escape``) in Python
before it reaches the page; the page's JavaScript only concatenates escaped strings.

Scale: the incidents travel as data in one JSON block, not as one folium object each
(folium renders about 0.4 ms per element). The page's script builds the markers that are in
view, clusters dense cells of the screen, and builds each popup when it opens. Up to
``INLINE_LIMIT`` incidents the block is a GeoJSON FeatureCollection whose features carry
their ``popup_html``; above it, a columnar encoding whose popups are lists of indices into a
table of deduplicated, escaped fragments (the same fragments :func:`popup_html` joins).
"""

from __future__ import annotations

import calendar
import html
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from .export import write_text
from .records import EVENT_TYPES, Claim, Incident, PartialDate

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
#: Claimant sides, each a layer: an incident shows while any side that claims it is on.
SIDES = ("AM", "AZ", "other")
SIDE_BITS = {"AM": 1, "AZ": 2, "other": 4}
SIDE_LABELS = {"AM": "AM · claims by Armenia's side", "AZ": "AZ · claims by Azerbaijan's side",
               "other": "other sides or unattributed"}
#: Up to this many located incidents the page carries readable GeoJSON with whole popups.
INLINE_LIMIT = 2000
#: A screen cell (64 px) holding at least this many incidents is drawn as one cluster.
CLUSTER_MIN = 10
_UNLOCATED_LISTED = 300
_FIGURES = ("killed", "wounded", "captured", "missing")
_EPOCH = date(1970, 1, 1).toordinal()


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


# ---------------------------------------------------------------- incident properties

def _claim_dict(c: Claim) -> dict[str, Any]:
    return {"claimant": c.claimant, "side": c.side, "killed": c.killed, "wounded": c.wounded,
            "captured": c.captured, "missing": c.missing, "status": c.status}


def map_properties(inc: Incident) -> dict[str, Any]:
    """The properties of :func:`geo.frame.properties` that the map shows, built without its
    deep copies (about 5x faster, which matters at 100,000 incidents; a test checks that
    both agree)."""
    headline = inc.headline_claim()
    p = inc.place
    props = {
        "incident_id": inc.incident_id, "date": inc.date.iso(),
        "date_end": inc.date_end.isoformat() if inc.date_end else None,
        "date_precision": inc.date.precision, "event_type": inc.event_type,
        "place_name": inc.place_name, "place_id": p.id if p else None,
        "country": p.country if p else None, "geo_precision": inc.geo_precision,
        "location_reason": inc.location_reason,
        "claimant": headline.claimant if headline else None,
        "attacker": inc.attacker, "target": inc.target, "weapons": list(inc.weapons),
        "status": inc.status, "claims": [_claim_dict(c) for c in inc.claims],
        "evidence": [{"article_id": e.article_id, "start": e.start, "end": e.end,
                      "quote": e.quote} for e in inc.evidence],
    }
    for key in _FIGURES:
        props[key] = getattr(headline, key) if headline else None
    return props


def claim_sides(claims: Iterable[Any]) -> tuple[str, ...]:
    """The sides (of :data:`SIDES`) that make claims about an incident: ``claims`` are
    :class:`Claim` objects or their dicts; no claim at all counts as ``other``."""
    found = set()
    for c in claims:
        side = c.get("side") if isinstance(c, dict) else c.side
        found.add(side if side in ("AM", "AZ") else "other")
    return tuple(s for s in SIDES if s in found) or ("other",)


def _radius(props: dict[str, Any]) -> float:
    dead = max([c.get("killed") or 0 for c in props["claims"]] + [props.get("killed") or 0])
    return 7 + min(dead, 100) ** 0.5 * 1.6


# ---------------------------------------------------------------- popups

_CLAIMS_OPEN = "<div>Claims:</div><ul>"
_SOURCES_OPEN = "<div>Sources:</div><ul>"
_CACHED = lru_cache(maxsize=1 << 16)


@_CACHED
def _title(event_type: str, status: str) -> str:
    return (f"<div class='im-popup'><b>{_e(LABELS[event_type].capitalize())}</b>"
            f"{' — <i>denied</i>' if status == 'denied' else ''}")


@_CACHED
def _when(day: str | None, day_end: str | None, precision: str) -> str:
    when = day or "date unknown"
    if day_end:
        when = f"{when} – {day_end}"
    return f"<div class='im-when'>{_e(when)} ({_e(precision)})</div>"


@_CACHED
def _where(name: str | None, place_id: str | None, country: str | None,
           precision: int | None) -> str:
    return (f"<div class='im-where'>{_e(name)} → {_e(place_id)}, {_e(country)} · "
            f"precision {_e(precision)}: {_e(PRECISION.get(precision or 0, 'unknown'))}</div>")


@_CACHED
def _actors(attacker: str | None, target: str | None, weapons: tuple[str, ...]) -> str:
    out = ""
    if attacker or target:
        out += f"<div>Attacker: {_e(attacker or '?')} · target: {_e(target or '?')}</div>"
    if weapons:
        out += f"<div>Weapons: {_e(', '.join(weapons))}</div>"
    return out


@_CACHED
def _claim_li(claimant: str | None, side: str | None, status: str,
              figures: tuple[tuple[str, Any], ...]) -> str:
    text = ", ".join(f"{k} {_e(v)}" for k, v in figures if v is not None) or "no figures"
    return (f"<li class='im-claim'><b>{_e(claimant or 'unattributed')}</b> "
            f"({_e(side or 'side unknown')}, {_e(status)}): {text}</li>")


@_CACHED
def _evidence_li(article_id: str, start: int, end: int, quote: str) -> str:
    return (f"<li class='im-evidence'><span class='im-source'>{_e(article_id)}"
            f" [{_e(start)}:{_e(end)}]</span> “{_e(quote)}”</li>")


def popup_parts(props: dict[str, Any]) -> list[str]:
    """The popup of one incident as escaped fragments whose concatenation is
    :func:`popup_html`: heading, date, place, actors, one per claim, one per quote."""
    parts = [_title(props["event_type"], props["status"]),
             _when(props["date"], props.get("date_end"), props["date_precision"]),
             _where(props["place_name"], props.get("place_id"), props.get("country"),
                    props.get("geo_precision"))]
    actors = _actors(props.get("attacker"), props.get("target"), tuple(props["weapons"]))
    if actors:
        parts.append(actors)
    if props["claims"]:
        parts.append(_CLAIMS_OPEN)
        parts.extend(_claim_li(c["claimant"], c["side"], c["status"],
                               tuple((k, c.get(k)) for k in _FIGURES)) for c in props["claims"])
        parts.append("</ul>" + _SOURCES_OPEN)
    else:
        parts.append(_SOURCES_OPEN)
    parts.extend(_evidence_li(e["article_id"], e["start"], e["end"], e["quote"])
                 for e in props["evidence"] if e["end"] - e["start"] > 40)
    parts.append("</ul></div>")
    return parts


def popup_html(props: dict[str, Any]) -> str:
    """The popup of one incident: date, type, place and precision, each claim, weapons,
    and each source's quoted sentence. Every value is escaped."""
    return "".join(popup_parts(props))


def _style(props: dict[str, Any]) -> dict[str, Any]:
    coarse = (props.get("geo_precision") or 3) >= 3
    return {"color": "#222" if props["status"] == "claimed" else "#777",
            "fillColor": COLOURS[props["event_type"]], "weight": 3 if coarse else 1.5,
            "dashArray": "4 3" if props["status"] == "denied" else None,
            "fillOpacity": 0.25 if coarse or props["status"] == "denied" else 0.85,
            "radius": round(_radius(props) * (1.6 if coarse else 1.0), 2)}


# ---------------------------------------------------------------- the data block

@lru_cache(maxsize=1 << 16)
def _span(when: PartialDate, end: date | None) -> tuple[int | None, int | None]:
    """The first and last day (days since 1970-01-01) a date can mean."""
    if when.value is None or when.precision not in ("day", "month", "year"):
        return None, None
    v = when.value
    if when.precision == "year":
        first, last = date(v.year, 1, 1), date(v.year, 12, 31)
    elif when.precision == "month":
        first = date(v.year, v.month, 1)
        last = date(v.year, v.month, calendar.monthrange(v.year, v.month)[1])
    else:
        first = last = v
    if end and end > last:
        last = end
    return first.toordinal() - _EPOCH, last.toordinal() - _EPOCH


def _incident_parts(inc: Incident) -> list[str]:
    """``popup_parts(map_properties(inc))`` straight from the record (the hot path at scale;
    a test checks both agree)."""
    p = inc.place
    parts = [_title(inc.event_type, inc.status),
             _when(inc.date.iso(), inc.date_end.isoformat() if inc.date_end else None,
                   inc.date.precision),
             _where(inc.place_name, p.id if p else None, p.country if p else None,
                    inc.geo_precision)]
    actors = _actors(inc.attacker, inc.target, tuple(inc.weapons))
    if actors:
        parts.append(actors)
    if inc.claims:
        parts.append(_CLAIMS_OPEN)
        parts.extend(_claim_li(c.claimant, c.side, c.status, (
            ("killed", c.killed), ("wounded", c.wounded), ("captured", c.captured),
            ("missing", c.missing))) for c in inc.claims)
        parts.append("</ul>" + _SOURCES_OPEN)
    else:
        parts.append(_SOURCES_OPEN)
    parts.extend(_evidence_li(e.article_id, e.start, e.end, e.quote)
                 for e in inc.evidence if e.end - e.start > 40)
    parts.append("</ul></div>")
    return parts


def _side_bits(claims: Sequence[Claim]) -> int:
    bits = 0
    for c in claims:
        bits |= 1 if c.side == "AM" else 2 if c.side == "AZ" else 4
    return bits or 4


def _simple_fold(text: str) -> str:
    """Lower case without diacritics, as the page's search folds what is typed."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("ə", "e").replace("ı", "i")
    for ch in "’'ʼ`":
        text = text.replace(ch, "")
    for ch in "-–—_,.":
        text = text.replace(ch, " ")
    return " ".join(text.split())


def _search_keys(names: Iterable[str]) -> list[str]:
    from gazetteer import fold

    keys = set()
    for name in names:
        keys.add(_simple_fold(name))
        keys.add(" ".join(fold(name).split()))
    return sorted(k for k in keys if k)


def _payload(located: Sequence[Incident], compact: bool) -> dict[str, Any]:
    """The JSON the page's script reads: tables of event types, marker kinds, sites and
    searchable places, and one row per located incident."""
    kinds: dict[tuple[Any, ...], int] = {}
    kind_rows: list[list[Any]] = []
    sites: dict[tuple[Any, str], int] = {}
    site_rows: list[list[Any]] = []
    places: dict[str, dict[str, Any]] = {}
    site_place: list[dict[str, Any]] = []
    type_index = {t: i for i, t in enumerate(EVENT_TYPES)}
    rows: dict[str, list[Any]] = {k: [] for k in ("id", "site", "kind", "sides", "d0", "dd")}
    features: list[dict[str, Any]] = []
    parts_rows: list[list[str]] = []
    for inc in located:
        dead = max([c.killed or 0 for c in inc.claims], default=0)
        kkey = (inc.event_type, inc.status, inc.geo_precision, inc.date.precision, dead)
        kind = kinds.get(kkey)
        if kind is None:
            kind = kinds[kkey] = len(kind_rows)
            style = _style({"event_type": inc.event_type, "status": inc.status,
                            "geo_precision": inc.geo_precision, "claims": [{"killed": dead}]})
            kind_rows.append([type_index[inc.event_type], inc.status, inc.geo_precision,
                              inc.date.precision, style])
        place = inc.place
        name = inc.place_name or place.name
        site = sites.get((place, name))
        if site is None:
            lat, lon = round(place.lat, 6), round(place.lon, 6)
            site = sites[place, name] = len(site_rows)
            site_rows.append([lat, lon, _e(name)])
            pkey = place.id or f"{lat},{lon}"
            if pkey not in places:
                places[pkey] = {"names": Counter(), "lat": lat, "lon": lon, "sites": [],
                                "gazetteer": place.name}
            places[pkey]["sites"].append(site)
            site_place.append(places[pkey])
        site_place[site]["names"][name] += 1
        sides = _side_bits(inc.claims)
        d0, d1 = _span(inc.date, inc.date_end)
        parts = _incident_parts(inc)
        if compact:
            rows["id"].append(inc.incident_id)
            rows["site"].append(site)
            rows["kind"].append(kind)
            rows["sides"].append(sides)
            rows["d0"].append(d0)
            rows["dd"].append(0 if d0 is None else d1 - d0)
            parts_rows.append(parts)
        else:
            props = map_properties(inc)
            lat, lon = site_rows[site][:2]
            features.append({"type": "Feature", "id": props["incident_id"], "geometry": {
                "type": "Point", "coordinates": [lon, lat]}, "properties": {
                "incident_id": props["incident_id"], "event_type": props["event_type"],
                "date": props["date"], "date_end": props["date_end"],
                "status": props["status"], "geo_precision": props["geo_precision"],
                "claimant": _e(props["claimant"]) if props["claimant"] else None,
                "place_name": _e(props["place_name"]),
                "radius": kind_rows[kind][4]["radius"], "sides": sides, "day_first": d0,
                "day_last": d1, "site": site, "kind": kind, "popup_html": "".join(parts)}})
    search = []
    for group in places.values():
        names: list[str] = []
        for n in [n for n, _ in group["names"].most_common()] + [group["gazetteer"]]:
            if n and n.casefold() not in {m.casefold() for m in names}:
                names.append(n)
        extra = names[1:]
        label = _e(names[0]) + (f" <small>({_e(', '.join(extra))})</small>" if extra else "")
        search.append([label, _search_keys(names), group["lat"], group["lon"],
                       group["sites"]])
    out: dict[str, Any] = {
        "types": list(EVENT_TYPES), "labels": {t: _e(LABELS[t]) for t in EVENT_TYPES},
        "colours": COLOURS, "kinds": kind_rows, "sites": site_rows, "places": search}
    if compact:
        uses = Counter(s for parts in parts_rows for s in parts)
        index = {s: i for i, (s, _) in enumerate(uses.most_common())}
        rows["parts"] = [[index[s] for s in parts] for parts in parts_rows]
        out.update(strings=list(index), rows=rows)
    else:
        out.update(type="FeatureCollection", features=features)
    for cached in (_title, _when, _where, _actors, _claim_li, _evidence_li, _span):
        cached.cache_clear()  # the fragments live on in ``out``; free the caches' copies
    return out


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no '<' can end it or open a comment."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


# ---------------------------------------------------------------- page furniture

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
    for name, (lat, lon) in _label_points(countries).items():
        folium.Marker([lat, lon], interactive=False, keyboard=False, icon=folium.DivIcon(
            html=f"<div>{_e(name)}</div>", icon_size=(160, 16), icon_anchor=(80, 8),
            class_name="im-country")).add_to(group)
    group.add_to(fmap)


def _label_points(countries: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Where to write each country's name: the pole of inaccessibility of its largest part."""
    from shapely.geometry import shape
    from shapely.ops import polylabel

    out = {}
    for f in countries["features"]:
        geom = shape(f["geometry"])
        part = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        point = polylabel(part, tolerance=0.02)
        out[f["properties"].get("name") or "?"] = (round(point.y, 4), round(point.x, 4))
    return out


def _legend(types: Sequence[str], unlocated: Sequence[dict[str, Any]], clusters: bool) -> str:
    items = "".join(f"<div><span class='im-dot' style='background:{COLOURS[t]}'></span>"
                    f"{_e(LABELS[t])}</div>" for t in types)
    missing = ""
    if unlocated:
        rows = "".join(f"<li>{_e(p['date'] or '?')} · {_e(LABELS[p['event_type']])} · "
                       f"{_e(p['claimant'] or 'unattributed')} — {_e(p['location_reason'])}</li>"
                       for p in unlocated[:_UNLOCATED_LISTED])
        if len(unlocated) > _UNLOCATED_LISTED:
            rows += f"<li>… and {len(unlocated) - _UNLOCATED_LISTED:,} more</li>"
        missing = (f"<details class='im-unlocated'><summary>{len(unlocated):,} report(s) with no "
                   f"locatable place</summary><ul>{rows}</ul></details>")
    cluster = ("<div><span class='im-cl'></span>many incidents: click to zoom in "
               "(ring = event types)</div>" if clusters else "")
    return f"""
<div id="im-legend"><b>Reported incidents</b>{items}
 <div><span class='im-ring'></span>district / region / border (coarse)</div>
 <div><span class='im-dash'></span>denied claim</div>{cluster}{missing}
 <div class="im-credit">{_e(GEONAMES_CREDIT)}</div></div>"""


_CSS = """<style>
#im-legend{background:#fff;padding:6px 9px;border:1px solid #999;border-radius:4px;
 font:12px/1.35 sans-serif;max-width:300px;max-height:45vh;overflow:auto;margin-bottom:6px}
body > #im-legend{position:fixed;bottom:24px;left:12px;z-index:9999}
#im-legend .im-credit{color:#666;margin-top:4px;font-size:11px}
#im-legend details ul{padding-left:16px;margin:2px 0}
.im-dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;
 border:1px solid #222;vertical-align:-1px}
.im-ring{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;
 border:3px solid #222;opacity:.5;box-sizing:border-box;vertical-align:-1px}
.im-dash{display:inline-block;width:14px;margin-right:5px;border-top:2px dashed #777;
 vertical-align:3px}
.im-cl{display:inline-block;width:13px;height:13px;border-radius:50%;margin-right:4px;
 vertical-align:-2px;background:conic-gradient(#d7191c 0 45%,#7b3294 0 75%,#2c7bb6 0)}
.im-popup ul,.im-list ul,.im-also ul{padding-left:16px;margin:2px 0}
.im-source{color:#555;font-size:11px}
.im-also{border-top:1px solid #ddd;margin-top:6px;padding-top:4px;font-size:11px}
.im-list{font-size:12px}
.im-list li.im-hidden a,.im-also li.im-hidden a{color:#999}
.im-cluster{border-radius:50%}
.im-cluster>div{width:100%;height:100%;border-radius:50%;display:flex;align-items:center;
 justify-content:center;box-shadow:0 0 0 1px #333,0 1px 4px rgba(0,0,0,.45);opacity:.92}
.im-cluster span{background:#fff;border-radius:50%;width:64%;height:64%;display:flex;
 align-items:center;justify-content:center;font:bold 11px sans-serif;color:#222}
.im-search{background:#fff;padding:3px;width:230px;font:13px sans-serif}
.im-search input{width:100%;box-sizing:border-box;border:1px solid #bbb;border-radius:3px;
 padding:4px 6px;font:13px sans-serif}
.im-search ul{list-style:none;margin:2px 0 0;padding:0;max-height:260px;overflow:auto}
.im-search li{padding:3px 6px;cursor:pointer;border-radius:3px}
.im-search li.im-on,.im-search li:hover{background:#e8eef7}
.im-search li .im-n{color:#666;float:right}
.im-search .im-none{color:#888;cursor:default}
.im-time{background:#fff;padding:6px 8px;width:520px;font:12px sans-serif}
.im-time .im-row{display:flex;align-items:center;gap:4px}
.im-time button{font:12px sans-serif;padding:2px 6px;cursor:pointer;border:1px solid #999;
 border-radius:3px;background:#f6f6f6}
.im-time button:hover{background:#e8eef7}
.im-time select{font:12px sans-serif}
.im-time .im-track{flex:1;display:flex;flex-direction:column}
.im-time canvas{width:100%;height:26px;display:block}
.im-time input[type=range]{width:100%;margin:0}
.im-time .im-label{margin-top:3px;color:#333}
.im-country div{font:600 11px sans-serif;letter-spacing:.18em;text-transform:uppercase;
 color:#9a8f7e;text-align:center;white-space:nowrap;pointer-events:none}
.im-lc-head{font-weight:bold;margin:4px 0 1px;border-top:1px solid #ddd;padding-top:3px}
.leaflet-control-layers-overlays .im-lc-head:first-child{border-top:0}
</style>"""


# ---------------------------------------------------------------- the page's script

_JS = r"""
function imIncidentMap(map, dataId, cfg) {
  "use strict";
  const data = JSON.parse(document.getElementById(dataId).textContent);
  // keep popups clear of the search box (top left) and the time slider (bottom right)
  const POPUP = {maxWidth: 460, maxHeight: 360, autoPanPaddingTopLeft: [250, 20],
    autoPanPaddingBottomRight: [40, 130]};
  const CELL = 64, NONE = -2147483648, BIT = {AM: 1, AZ: 2, other: 4};
  const TYPES = data.types, LABEL = data.labels, COLOUR = data.colours;
  const KINDS = data.kinds, SITES = data.sites, S = data.strings || [];
  const feats = data.features || null, rows = data.rows || null;
  const N = feats ? feats.length : rows.site.length;
  const SITE = new Int32Array(N), KIND = new Int32Array(N), SIDE = new Uint8Array(N);
  const D0 = new Int32Array(N), D1 = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    if (feats) {
      const p = feats[i].properties;
      SITE[i] = p.site; KIND[i] = p.kind; SIDE[i] = p.sides;
      D0[i] = p.day_first === null ? NONE : p.day_first;
      D1[i] = p.day_last === null ? NONE : p.day_last;
    } else {
      SITE[i] = rows.site[i]; KIND[i] = rows.kind[i]; SIDE[i] = rows.sides[i];
      const d = rows.d0[i];
      D0[i] = d === null ? NONE : d; D1[i] = d === null ? NONE : d + rows.dd[i];
    }
  }
  const KT = Uint8Array.from(KINDS, k => k[0]);
  const NS = SITES.length, LAT = new Float64Array(NS), LON = new Float64Array(NS);
  const MX = new Float64Array(NS), MY = new Float64Array(NS);
  for (let s = 0; s < NS; s++) {
    LAT[s] = SITES[s][0]; LON[s] = SITES[s][1];
    const sn = Math.sin(LAT[s] * Math.PI / 180);
    MX[s] = (LON[s] + 180) / 360;
    MY[s] = 0.5 - Math.log((1 + sn) / (1 - sn)) / (4 * Math.PI);
  }
  // the incidents at each site (CSR) and the sites at each coordinate
  const AT = new Int32Array(NS + 1), BY = new Int32Array(N);
  for (let i = 0; i < N; i++) AT[SITE[i] + 1]++;
  for (let s = 0; s < NS; s++) AT[s + 1] += AT[s];
  { const fill = AT.slice(0, NS); for (let i = 0; i < N; i++) BY[fill[SITE[i]]++] = i; }
  const POINT = new Map();
  for (let s = 0; s < NS; s++) {
    const key = LAT[s] + ',' + LON[s];
    if (!POINT.has(key)) POINT.set(key, []);
    POINT.get(key).push(s);
  }
  const atSites = sites => { const out = [];
    for (const s of sites) for (let j = AT[s]; j < AT[s + 1]; j++) out.push(BY[j]);
    return out; };

  // ------------------------------------------------------------ text of an incident
  const iso = d => new Date(d * 864e5).toISOString().slice(0, 10);
  const DP = {day: 10, month: 7, year: 4};
  const dateText = i => D0[i] === NONE || !DP[KINDS[KIND[i]][3]] ? '?'
    : iso(D0[i]).slice(0, DP[KINDS[KIND[i]][3]]);
  const tip = i => dateText(i) + ' · ' + LABEL[TYPES[KT[KIND[i]]]] + ' · ' + SITES[SITE[i]][2];
  function popupHtml(i) {
    if (feats) return feats[i].properties.popup_html;
    let out = '';
    for (const k of rows.parts[i]) out += S[k];
    return out;
  }
  const byDate = (a, b) => (D0[a] === NONE) - (D0[b] === NONE) || D0[a] - D0[b];
  function links(idx, max) {
    idx = idx.slice().sort(byDate);
    let out = '<ul>' + idx.slice(0, max).map(j => '<li' + (shown[j] ? '' :
      ' class="im-hidden" title="hidden by the layers or the time slider"') +
      '><a href="#" data-im="' + j + '">' + tip(j) + '</a></li>').join('') + '</ul>';
    if (idx.length > max) out += '<div>… and ' + (idx.length - max).toLocaleString('en') +
      ' more: zoom in, or narrow the time slider or the layers.</div>';
    return out;
  }
  function content(i) {
    const s = SITE[i], others = atSites(POINT.get(LAT[s] + ',' + LON[s])).filter(j => j !== i);
    return popupHtml(i) + (others.length ? '<div class="im-also"><b>Also reported at this point (' +
      others.length + '):</b>' + links(others, 15) + '</div>' : '');
  }
  function feature(i) {
    if (feats) return feats[i];
    const s = SITE[i], k = KINDS[KIND[i]], date = dateText(i);
    return {type: 'Feature', id: rows.id[i],
      geometry: {type: 'Point', coordinates: [LON[s], LAT[s]]},
      properties: {incident_id: rows.id[i], event_type: TYPES[k[0]],
        date: date === '?' ? null : date, status: k[1], geo_precision: k[2],
        place_name: SITES[s][2], get popup_html() { return popupHtml(i); }}};
  }

  // ------------------------------------------------------------ filters
  const shown = new Uint8Array(N), typeOn = new Uint8Array(TYPES.length);
  let sideMask = 7, nShown = 0;
  const time = {full: true, lo: -Infinity, hi: Infinity};
  let hist = null;
  let dMin = Infinity, dMax = -Infinity, nUndated = 0;
  for (let i = 0; i < N; i++) {
    if (D0[i] === NONE) { nUndated++; continue; }
    if (D0[i] < dMin) dMin = D0[i];
    if (D0[i] > dMax) dMax = D0[i];
  }
  const dated = dMax >= dMin;
  function refilter() {
    TYPES.forEach((t, j) => { typeOn[j] = !cfg.types[t] || map.hasLayer(cfg.types[t]) ? 1 : 0; });
    sideMask = 0;
    for (const s in BIT) if (!cfg.sides[s] || map.hasLayer(cfg.sides[s])) sideMask |= BIT[s];
    nShown = 0;
    if (dated) hist = new Uint32Array(dMax - dMin + 1);
    for (let i = 0; i < N; i++) {
      let ok = typeOn[KT[KIND[i]]] && (SIDE[i] & sideMask);
      if (ok && D0[i] !== NONE) hist[D0[i] - dMin]++;
      if (ok && !time.full) ok = D0[i] !== NONE && D0[i] <= time.hi && D1[i] >= time.lo;
      shown[i] = ok ? 1 : 0;
      nShown += shown[i];
    }
    updateTime();
    updateHeat();
    render();
  }

  // ------------------------------------------------------------ markers and clusters
  const live = new Map();
  const markers = L.featureGroup().addTo(map);
  const clusters = L.layerGroup().addTo(map);
  function marker(i) {
    const s = SITE[i], k = KINDS[KIND[i]];
    const m = L.circleMarker([LAT[s], LON[s]], Object.assign(
      {className: 'im-incident', bubblingMouseEvents: false}, k[4]));
    m.feature = feature(i);
    m.bindPopup(() => content(i), POPUP);
    m.bindTooltip(() => tip(i));
    return m;
  }
  const fmt = n => n < 10000 ? n.toLocaleString('en') : Math.round(n / 1000) + 'k';
  function cluster(idx) {
    let la = 0, lo = 0;
    const per = new Uint32Array(TYPES.length);
    for (const i of idx) { la += LAT[SITE[i]]; lo += LON[SITE[i]]; per[KT[KIND[i]]]++; }
    const n = idx.length, px = n < 100 ? 34 : n < 1000 ? 40 : 48;
    const order = [...per.keys()].filter(j => per[j]).sort((a, b) => per[b] - per[a]);
    let at = 0;
    const stops = order.map(j => { const a = at; at += per[j] / n * 100;
      return COLOUR[TYPES[j]] + ' ' + a.toFixed(1) + '% ' + at.toFixed(1) + '%'; });
    const m = L.marker([la / n, lo / n], {keyboard: false, riseOnHover: true, icon: L.divIcon({
      className: 'im-cluster', iconSize: [px, px],
      html: '<div style="background:conic-gradient(' + stops.join(',') + ')"><span>' + fmt(n) +
        '</span></div>'})});
    m.bindTooltip(() => n.toLocaleString('en') + ' incidents: ' + order.slice(0, 5).map(j =>
      per[j].toLocaleString('en') + ' ' + LABEL[TYPES[j]]).join(', ') +
      (order.length > 5 ? ', …' : '') + '<br>click to zoom in', {direction: 'top'});
    m.on('click', () => openCluster(idx, m.getLatLng()));
    return m;
  }
  function openCluster(idx, ll) {
    let s = 90, w = 180, n = -90, e = -180;
    for (const i of idx) { const a = LAT[SITE[i]], o = LON[SITE[i]];
      if (a < s) s = a; if (a > n) n = a; if (o < w) w = o; if (o > e) e = o; }
    const b = L.latLngBounds([s, w], [n, e]), z = map.getZoom();
    if ((n - s > 1e-6 || e - w > 1e-6) && z < map.getMaxZoom()) {
      const to = Math.min(map.getBoundsZoom(b, false, L.point(60, 60)), map.getMaxZoom());
      if (to > z) map.fitBounds(b, {padding: [30, 30]});
      else map.setView(ll, Math.min(z + 2, map.getMaxZoom()));
    } else {
      L.popup(POPUP).setLatLng(ll).setContent('<div class="im-list"><b>' +
        idx.length.toLocaleString('en') + ' incidents at this point</b>' + links(idx, 200) +
        '</div>').openOn(map);
    }
  }
  function render() {
    const z = map.getZoom(), b = map.getBounds().pad(0.2), scale = 256 * Math.pow(2, z);
    const k = scale / CELL, min = cfg.clusterMin || Infinity, W = 4194304;
    const s0 = b.getSouth(), n0 = b.getNorth(), w0 = b.getWest(), e0 = b.getEast();
    const cells = new Map();
    for (let i = 0; i < N; i++) {
      if (!shown[i]) continue;
      const s = SITE[i], a = LAT[s], o = LON[s];
      if (a < s0 || a > n0 || o < w0 || o > e0) continue;
      const cx = Math.floor(MX[s] * k), cy = Math.floor(MY[s] * k), key = cx * W + cy;
      let c = cells.get(key);
      if (!c) cells.set(key, c = {cx, cy, x: 0, y: 0, idx: []});
      c.idx.push(i); c.x += MX[s]; c.y += MY[s];
    }
    // a cluster takes in the neighbouring cells whose centre is within a cell of its own
    const big = [...cells.values()].filter(c => c.idx.length >= min)
      .sort((a, b) => b.idx.length - a.idx.length);
    for (const c of big) {
      if (c.dead) continue;
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        const o = cells.get((c.cx + dx) * W + c.cy + dy);
        if (!o || o === c || o.dead) continue;
        const ddx = (c.x / c.idx.length - o.x / o.idx.length) * scale;
        const ddy = (c.y / c.idx.length - o.y / o.idx.length) * scale;
        if (ddx * ddx + ddy * ddy > CELL * CELL) continue;
        for (const i of o.idx) c.idx.push(i);
        c.x += o.x; c.y += o.y; o.dead = true;
      }
    }
    const want = new Set();
    clusters.clearLayers();
    for (const c of cells.values()) {
      if (c.dead) continue;
      if (c.idx.length >= min) clusters.addLayer(cluster(c.idx));
      else for (const i of c.idx) want.add(i);
    }
    for (const [i, m] of live) if (!want.has(i)) { markers.removeLayer(m); live.delete(i); }
    const fresh = [];
    for (const i of want) if (!live.has(i)) {
      const m = marker(i);
      live.set(i, m); markers.addLayer(m); fresh.push(m);
    }
    for (const m of fresh) if (m.options.weight < 2) m.bringToFront();   // precise over rings
  }
  function openIncident(i) {
    const m = live.get(i);
    if (m) { m.openPopup(); return; }
    L.popup(POPUP).setLatLng([LAT[SITE[i]], LON[SITE[i]]]).setContent(content(i)).openOn(map);
  }
  map.getContainer().addEventListener('click', ev => {
    const a = ev.target.closest ? ev.target.closest('a[data-im]') : null;
    if (!a) return;
    ev.preventDefault(); ev.stopPropagation();
    openIncident(+a.dataset.im);
  }, true);

  // ------------------------------------------------------------ heat map of what is shown
  function updateHeat() {
    if (!cfg.heat || !map.hasLayer(cfg.heat)) return;
    const pts = [];
    for (let i = 0; i < N; i++) if (shown[i]) pts.push([LAT[SITE[i]], LON[SITE[i]]]);
    cfg.heat.setLatLngs(pts);
  }

  // ------------------------------------------------------------ time slider
  const tc = L.control({position: 'bottomright'});
  let range, label, canvas, play, windowSel, timer = null;
  const step = dated ? Math.max(1, Math.ceil((dMax - dMin) / 200)) : 1;
  tc.onAdd = () => {
    const el = L.DomUtil.create('div', 'im-time leaflet-bar');
    el.innerHTML = '<div class="im-row"><button class="im-play" type="button">Play</button>' +
      '<button class="im-prev" type="button" title="Previous date with incidents">‹ Prev</button>' +
      '<div class="im-track"><canvas width="300" height="26"></canvas>' +
      '<input class="im-range" type="range" step="1" aria-label="Date"></div>' +
      '<button class="im-next" type="button" title="Next date with incidents">Next ›</button>' +
      '<select class="im-window" aria-label="Time window"><option value="0">cumulative</option>' +
      '<option value="1">that day</option><option value="7">7 days</option>' +
      '<option value="30">30 days</option><option value="365">365 days</option></select>' +
      '<button class="im-all" type="button">All dates</button></div>' +
      '<div class="im-label"></div>';
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
    range = el.querySelector('.im-range'); label = el.querySelector('.im-label');
    canvas = el.querySelector('canvas'); play = el.querySelector('.im-play');
    windowSel = el.querySelector('.im-window');
    range.min = dMin; range.max = dMax; range.value = dMax;
    range.addEventListener('input', () => { stop(); setTime(+range.value); });
    windowSel.addEventListener('change', () => setTime(+range.value));
    play.addEventListener('click', () => timer ? stop() : start());
    el.querySelector('.im-all').addEventListener('click', () => {
      stop(); windowSel.value = '0'; setTime(dMax); });
    el.querySelector('.im-prev').addEventListener('click', () => jump(-1));
    el.querySelector('.im-next').addEventListener('click', () => jump(1));
    return el;
  };
  function setTime(v, playing) {
    if (!range) return;
    v = Math.max(dMin, Math.min(dMax, v));
    const w = +windowSel.value, eff = playing && w ? Math.max(w, step) : w;
    range.value = v;
    time.full = !w && v >= dMax;
    time.hi = v; time.lo = w ? v - eff + 1 : -Infinity;
    refilter();
  }
  function jump(dir) {
    const v = +range.value;
    let best = null;
    for (let d = 0; hist && d < hist.length; d++) {
      const day = dMin + d;
      if (!hist[d]) continue;
      if (dir > 0 && day > v && (best === null || day < best)) best = day;
      if (dir < 0 && day < v && (best === null || day > best)) best = day;
    }
    stop();
    if (best !== null) setTime(best);
  }
  function start() {
    if (+range.value >= dMax) setTime(dMin, true);
    play.textContent = 'Pause';
    timer = setInterval(() => {
      const v = +range.value + step;
      setTime(v, true);
      if (v >= dMax) stop();
    }, 150);
  }
  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    if (play) play.textContent = 'Play';
  }
  function updateTime() {
    if (!label) return;
    const w = windowSel ? +windowSel.value : 0;
    let when;
    if (time.full) when = 'All dates (' + iso(dMin) + ' – ' + iso(dMax) + ')';
    else if (!w) when = 'Up to ' + iso(time.hi);
    else if (time.lo === time.hi) when = iso(time.hi);
    else when = iso(time.lo) + ' – ' + iso(time.hi);
    label.textContent = when + ' · ' + nShown.toLocaleString('en') + ' of ' +
      N.toLocaleString('en') + ' located incidents shown' +
      (nUndated && !time.full ? ' · ' + nUndated.toLocaleString('en') + ' undated hidden' : '');
    drawHist();
  }
  function drawHist() {
    if (!canvas || !hist) return;
    const W = canvas.width, H = canvas.height, pad = 8, g = canvas.getContext('2d');
    const nb = hist.length, cols = W - 2 * pad, per = new Float64Array(cols);
    const inWin = new Uint8Array(cols);
    for (let d = 0; d < nb; d++) {
      const x = Math.min(cols - 1, Math.floor(d * cols / nb));
      per[x] += hist[d];
      const day = dMin + d;
      if (time.full || (day <= time.hi && day >= time.lo)) inWin[x] = 1;
    }
    let max = 0;
    for (const v of per) if (v > max) max = v;
    g.clearRect(0, 0, W, H);
    for (let x = 0; x < cols; x++) {
      if (!per[x]) continue;
      const h = Math.max(2, Math.round(Math.sqrt(per[x] / max) * (H - 2)));
      g.fillStyle = inWin[x] ? '#444' : '#c4c4c4';
      g.fillRect(pad + x - 1, H - h, Math.max(3, Math.floor(cols / nb)), h);
    }
  }
  if (dated) tc.addTo(map);

  // ------------------------------------------------------------ place search
  const PLACES = data.places, siteEntry = new Int32Array(NS).fill(-1);
  PLACES.forEach((p, e) => { for (const s of p[4]) siteEntry[s] = e; });
  const placeCount = new Uint32Array(PLACES.length);
  for (let i = 0; i < N; i++) if (siteEntry[SITE[i]] >= 0) placeCount[siteEntry[SITE[i]]]++;
  const fold = t => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/ə/g, 'e').replace(/ı/g, 'i').replace(/[’'ʼ`]/g, '')
    .replace(/[\s\-–—_,.]+/g, ' ').trim();
  let found = null;
  function pick(e) {
    const p = PLACES[e];
    if (found) map.removeLayer(found);
    found = L.circleMarker([p[2], p[3]], {radius: 22, color: '#1f6fd1', weight: 3,
      fill: false, interactive: false, className: 'im-found'}).addTo(map);
    map.setView([p[2], p[3]], Math.max(map.getZoom(), 11), {animate: false});
    const idx = atSites(p[4]);
    L.popup(Object.assign({}, POPUP, {offset: [0, -16]})).setLatLng([p[2], p[3]])
      .setContent('<div class="im-list"><b>' + p[0] + '</b> — ' + idx.length + ' reported ' +
        'incident' + (idx.length === 1 ? '' : 's') + links(idx, 200) + '</div>').openOn(map);
  }
  const sc = L.control({position: 'topleft'});
  sc.onAdd = () => {
    const el = L.DomUtil.create('div', 'im-search leaflet-bar');
    el.innerHTML = '<input type="search" placeholder="Find a place…" aria-label="Find a place"' +
      ' autocomplete="off" spellcheck="false"><ul role="listbox"></ul>';
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
    const input = el.querySelector('input'), list = el.querySelector('ul');
    let hits = [], on = 0;
    const show = () => {
      list.innerHTML = hits.map((e, j) => '<li data-e="' + e + '"' +
        (j === on ? ' class="im-on"' : '') + '>' + PLACES[e][0] + '<span class="im-n">' +
        placeCount[e] + '</span></li>').join('');
      if (!hits.length && input.value.trim()) {
        const li = document.createElement('li');
        li.className = 'im-none'; li.textContent = 'No mapped place matches';
        list.appendChild(li);
      }
    };
    input.addEventListener('input', () => {
      const q = fold(input.value);
      if (!q && found) { map.removeLayer(found); found = null; }
      hits = [];
      if (q) {
        const scored = [];
        PLACES.forEach((p, e) => {
          let best = 9;
          for (const key of p[1]) {
            const at = key.indexOf(q);
            if (at === 0) best = Math.min(best, 0);
            else if (at > 0) best = Math.min(best, key[at - 1] === ' ' ? 1 : 2);
          }
          if (best < 9) scored.push([best, -placeCount[e], e]);
        });
        scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
        hits = scored.slice(0, 8).map(x => x[2]);
      }
      on = 0; show();
    });
    input.addEventListener('keydown', ev => {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        on = Math.max(0, Math.min(hits.length - 1, on + (ev.key === 'ArrowDown' ? 1 : -1)));
        show(); ev.preventDefault();
      } else if (ev.key === 'Enter' && hits.length) {
        pick(hits[on]); list.innerHTML = ''; ev.preventDefault();
      } else if (ev.key === 'Escape') { list.innerHTML = ''; }
    });
    input.addEventListener('blur', () => setTimeout(() => { list.innerHTML = ''; }, 250));
    input.addEventListener('focus', () => {
      if (input.value.trim()) input.dispatchEvent(new Event('input'));
    });
    list.addEventListener('click', ev => {
      const li = ev.target.closest('li[data-e]');
      if (li) { pick(+li.dataset.e); list.innerHTML = ''; }
    });
    return el;
  };
  sc.addTo(map);

  // ------------------------------------------------------------ legend and layer headings
  const legend = document.getElementById('im-legend');
  if (legend) {
    const lc = L.control({position: 'bottomleft'});
    lc.onAdd = () => { L.DomEvent.disableClickPropagation(legend);
      L.DomEvent.disableScrollPropagation(legend); return legend; };
    lc.addTo(map);
  }
  if (cfg.control) {
    const ctl = cfg.control, update = ctl._update;
    const heads = () => {
      for (const [layer, text, hint] of cfg.heads) {
        const input = (ctl._layerControlInputs || []).find(x => x.layerId === L.stamp(layer));
        const lab = input && input.closest('label');
        const prev = lab && lab.previousSibling;
        if (!lab || (prev && prev.className === 'im-lc-head')) continue;
        const h = document.createElement('div');
        h.className = 'im-lc-head'; h.textContent = text; h.title = hint;
        lab.parentNode.insertBefore(h, lab);
      }
    };
    ctl._update = function () { const r = update.apply(this, arguments); heads(); return r; };
    heads();
  }

  map.on('overlayadd overlayremove', e => {
    if (e.layer === cfg.heat) updateHeat(); else refilter();
  });
  // fit without animation: an animated fit would undo a view chosen while it runs
  if (cfg.bounds) map.fitBounds(cfg.bounds, {animate: false});
  map.on('moveend', render);
  refilter();
  const api = {refilter, render, open: openIncident, popupHtml, size: N,
    shown: () => nShown, setTime: v => setTime(v)};
  map.incidentLayer = api;
  return api;
}
"""


def _raw(text: str) -> Any:
    """An element that writes ``text`` as it is. (``folium.Element`` compiles its text as a
    Jinja template, so article text such as ``{{ 7*7 }}`` in it would be evaluated.)"""
    from branca.element import Element

    class RawHtml(Element):
        def render(self, **kwargs: Any) -> str:
            return text

    return RawHtml()


def _incident_layer(folium: Any, *, data: str, config: str) -> Any:
    """The element holding the data block and the script that draws it."""
    from branca.element import MacroElement
    from jinja2 import Template

    mixin = folium.elements.JSCSSMixin
    heat = folium.plugins.HeatMap.default_js

    class IncidentLayer(mixin, MacroElement):  # type: ignore[misc, valid-type]
        default_js: ClassVar[list[tuple[str, str]]] = list(heat)
        _template = Template(
            "{% macro header(this, kwargs) %}{{ this.css }}"
            "<script>{{ this.library }}</script>{% endmacro %}"
            "{% macro html(this, kwargs) %}<script type=\"application/json\" "
            "id=\"{{ this.get_name() }}-data\">{{ this.data }}</script>{% endmacro %}"
            "{% macro script(this, kwargs) %}var {{ this.get_name() }} = imIncidentMap("
            "{{ this._parent.get_name() }}, \"{{ this.get_name() }}-data\", {{ this.config }});"
            "{% endmacro %}")

        def __init__(self) -> None:
            super().__init__()
            self._name = "IncidentLayer"
            self.data, self.config, self.css, self.library = data, config, _CSS, _JS

    return IncidentLayer()


def build_map(incidents: Sequence[Incident], *, cdn: bool = False, title: str | None = None,
              cluster_min: int | None = CLUSTER_MIN, compact: bool | None = None) -> Any:
    """A folium map of ``incidents``: self-contained (assets inlined) unless ``cdn``.

    ``cluster_min``: a 64-pixel screen cell holding at least this many incidents shows as one
    cluster (``None``: never cluster). ``compact``: force (or forbid) the columnar data
    encoding, which is chosen automatically above :data:`INLINE_LIMIT` located incidents.
    """
    if cdn:
        import folium
        import folium.elements
        from folium import plugins
    else:
        import offlinefolium as folium
        import offlinefolium.elements
        from offlinefolium import plugins

    located = [i for i in incidents if i.place is not None]
    unlocated = [map_properties(i) for i in incidents if i.place is None]
    if compact is None:
        compact = len(located) > INLINE_LIMIT
    fmap = folium.Map(location=[39.9, 45.9], zoom_start=7, tiles=None, min_zoom=2,
                      max_zoom=18, prefer_canvas=False, control_scale=True)
    _basemap(fmap, folium)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", show=False,
                     overlay=False).add_to(fmap)
    import xyzservices.providers as xyz

    folium.TileLayer(xyz.Esri.WorldGrayCanvas, name="Light grey (online)", show=False,
                     overlay=False).add_to(fmap)
    by_type = Counter(i.event_type for i in located)
    by_side = Counter(_side_bits(i.claims) for i in located)
    by_side = Counter({s: sum(n for bits, n in by_side.items() if bits & SIDE_BITS[s])
                       for s in SIDES})
    types = [t for t in EVENT_TYPES if by_type[t]]
    type_groups = {}
    for event_type in types:
        type_groups[event_type] = folium.FeatureGroup(
            name=f"{LABELS[event_type]} ({by_type[event_type]})").add_to(fmap)
    side_groups = {}
    for side in SIDES:
        if by_side[side]:
            side_groups[side] = folium.FeatureGroup(
                name=f"{SIDE_LABELS[side]} ({by_side[side]})").add_to(fmap)
    heat, bounds = None, None
    if located:
        heat = plugins.HeatMap([], name="Heat map (of the incidents shown)", show=False,
                               radius=30).add_to(fmap)
        lats = [i.place.lat for i in located]
        lons = [i.place.lon for i in located]
        bounds = [[min(lats) - 0.2, min(lons) - 0.2], [max(lats) + 0.2, max(lons) + 0.2]]
        fmap.location = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    plugins.Fullscreen().add_to(fmap)
    control = folium.LayerControl(collapsed=False).add_to(fmap)

    def js_map(groups: dict[str, Any]) -> str:
        return "{" + ",".join(f"{json.dumps(k)}:{g.get_name()}" for k, g in groups.items()) + "}"

    heads = []
    if type_groups:
        heads.append([next(iter(type_groups.values())), "Event type", ""])
    if side_groups:
        heads.append([next(iter(side_groups.values())), "Claimant side",
                      "An incident shows while any side that makes a claim about it is on"])
    if heat:
        heads.append([heat, "Density", ""])
    heads_js = ",".join(f"[{g.get_name()},{json.dumps(t)},{json.dumps(h)}]" for g, t, h in heads)
    config = (f"{{types:{js_map(type_groups)},sides:{js_map(side_groups)},"
              f"heat:{heat.get_name() if heat else 'null'},control:{control.get_name()},"
              f"heads:[{heads_js}],clusterMin:{json.dumps(cluster_min)},"
              f"bounds:{json.dumps(bounds)}}}")
    layer = _incident_layer(folium, data=_script_json(_payload(located, compact)), config=config)
    layer.add_to(fmap)
    fmap.get_root().html.add_child(_raw(_legend(types, unlocated, bool(cluster_min))))
    if title:
        fmap.get_root().header.add_child(_raw(f"<title>{_e(title)}</title>"))
    return fmap


def save_map(incidents: Sequence[Incident], path: Path, *, cdn: bool = False,
             cluster_min: int | None = CLUSTER_MIN, compact: bool | None = None) -> Path:
    """Write the map of ``incidents`` to ``path`` (atomically) and return the path."""
    fmap = build_map(incidents, cdn=cdn, title="Border incident map", cluster_min=cluster_min,
                     compact=compact)
    write_text(Path(path), fmap.get_root().render())
    return Path(path)
