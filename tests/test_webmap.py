"""The HTML map rendered to a string (fast, no browser) and the static PNG charts."""

from __future__ import annotations

import json
import re

import pytest

from geo import webmap
from geo.records import Article

HOSTILE = ("BAKU (Wire) - Azerbaijan's defence ministry said on Tuesday, 13 September 2022, that "
           "Armenian forces shelled positions near Lachin <script>window.__pwned = 1</script> "
           "<img src=x onerror=\"window.__pwned = 2\">, and that two soldiers were wounded.\n")
YEREVAN = ("YEREVAN (Wire) - Armenia's defence ministry said on 14 September 2022 that "
           "Azerbaijani forces shelled Jermuk and Goris with artillery, and that three "
           "soldiers were killed.\n")
DATA = re.compile(r'<script type="application/json" id="[^"]+-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def own(pipeline):
    """Incidents from the module's own short texts (one of them hostile)."""
    from geo.pipeline import merged_incidents

    found = merged_incidents([pipeline.analyse(Article("hostile", HOSTILE)),
                              pipeline.analyse(Article("yerevan", YEREVAN))])
    assert any(i.place is not None for i in found)
    return found


@pytest.fixture(scope="module")
def page(own):
    return webmap.build_map(own).get_root().render()


def _data(page: str) -> dict:
    return json.loads(DATA.search(page).group(1))


def test_article_text_is_escaped(page):
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<script>window" not in page and "<img src=x" not in page
    assert 'onerror="window' not in page
    popups = [f["properties"]["popup_html"] for f in _data(page)["features"]]
    assert any("&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;" in p for p in popups)


def test_compact_encoding_is_escaped_too(own):
    page = webmap.build_map(own, compact=True).get_root().render()
    assert "<script>window" not in page and "<img src=x" not in page
    data = _data(page)
    assert "features" not in data and len(data["rows"]["parts"]) == len(
        [i for i in own if i.place is not None])
    assert any("&lt;script&gt;window.__pwned" in s for s in data["strings"])


def test_layer_names(page, own):
    for name in ("Countries and border (offline)", "shelling (", "claims by Armenia",
                 "claims by Azerbaijan", "Heat map", "OpenStreetMap (online)"):
        assert name in page, name
    assert "Reported incidents" in page and "Find a place" in page


def test_offline_by_default_and_cdn_on_request(own, page):
    assert '<script src="http' not in page
    assert "cdn.jsdelivr.net/npm/leaflet" not in page
    online = webmap.build_map(own, cdn=True).get_root().render()
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet' in online
    assert len(online) < len(page) / 3


def test_data_block_is_geojson_with_popups(page, own):
    data = _data(page)
    located = [i for i in own if i.place is not None]
    assert data["type"] == "FeatureCollection" and len(data["features"]) == len(located)
    assert page.count('"popup_html"') >= len(located)
    by_id = {f["id"]: f for f in data["features"]}
    for inc in located:
        feature = by_id[inc.incident_id]
        assert feature["geometry"]["coordinates"] == [round(inc.place.lon, 6),
                                                      round(inc.place.lat, 6)]
        assert feature["properties"]["popup_html"] == webmap.popup_html(
            webmap.map_properties(inc))


def test_compact_encoding_above_the_inline_limit(own, monkeypatch):
    from browser.synthetic import synthetic_incidents

    many = synthetic_incidents(300, places=40, articles=60)
    monkeypatch.setattr(webmap, "INLINE_LIMIT", 100)
    compact = webmap.build_map(many).get_root().render()
    data = _data(compact)
    assert "rows" in data and len(data["rows"]["site"]) == 300
    popups = ["".join(data["strings"][k] for k in parts) for parts in data["rows"]["parts"]]
    assert popups == [webmap.popup_html(webmap.map_properties(i)) for i in many]
    inline = webmap.build_map(many, compact=False).get_root().render()
    assert len(compact) < len(inline)


def test_map_properties_agree_with_the_output_contract(own):
    from browser.synthetic import synthetic_incidents

    from geo.frame import properties

    for inc in [*own, *synthetic_incidents(200)]:
        contract, fast = properties(inc), webmap.map_properties(inc)
        assert webmap._incident_parts(inc) == webmap.popup_parts(contract)
        for key, value in fast.items():
            if key == "claims":
                assert value == [{k: c[k] for k in v} for c, v in zip(contract[key], value,
                                                                        strict=True)]
            elif key == "evidence":
                assert value == [{k: e[k] for k in v} for e, v in zip(contract[key], value,
                                                                        strict=True)]
            else:
                assert value == contract[key], key


def test_claim_sides():
    from geo.records import Claim

    assert webmap.claim_sides([]) == ("other",)
    assert webmap.claim_sides([Claim("x", "AZ"), Claim("y", "AM")]) == ("AM", "AZ")
    assert webmap.claim_sides([{"side": "RU"}, {"side": None}]) == ("other",)


def test_unlocated_reports_are_listed_and_the_title_escaped(own):
    from geo.records import UNKNOWN_DATE, Claim, Incident

    lost = Incident("lost", ("a",), UNKNOWN_DATE, "shelling", None, "<b>Nowhere</b>", None,
                    None, None, (), "claimed", (Claim("<i>someone</i>", None),), (),
                    location_reason="no place <named>")
    fmap = webmap.build_map([*own, lost], title="Map <of> things")
    page = fmap.get_root().render()
    assert "1 report(s) with no" in page and "no place &lt;named&gt;" in page
    assert "&lt;i&gt;someone&lt;/i&gt;" in page and "<i>someone" not in page
    assert "<title>Map &lt;of&gt; things</title>" in page


def test_article_text_is_not_evaluated_as_a_template(own):
    from geo.records import UNKNOWN_DATE, Claim, Incident

    lost = Incident("lost", ("a",), UNKNOWN_DATE, "shelling", None, "x", None, None, None, (),
                    "claimed", (Claim("{{ 7*7 }} {{ this.__class__ }}", None),), (),
                    location_reason="{% if true %}evaluated{% endif %}")
    page = webmap.build_map([*own, lost], title="{{ 6*7 }}").get_root().render()
    assert "{{ 7*7 }} {{ this.__class__ }}" in page and " 49 " not in page
    assert "{% if true %}evaluated{% endif %}" in page
    assert "<title>{{ 6*7 }}</title>" in page


def test_no_incidents_still_makes_a_map():
    page = webmap.build_map([]).get_root().render()
    assert "Reported incidents" in page and '"features":[]' in page


def test_save_map_writes_the_page(own, tmp_path):
    path = webmap.save_map(own, tmp_path / "map.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "Border incident map" in text


# ---------------------------------------------------------------- PNG charts

def _png_size(path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        assert image.format == "PNG"
        return image.size


def test_static_map_png(own, tmp_path):
    from PIL import Image

    from geo.charts import static_map_png

    path = static_map_png(own, tmp_path / "map.png")
    assert path.stat().st_size > 30_000
    assert _png_size(path) == (1200, 900)
    with Image.open(path) as image:
        colours = {c for _, c in image.convert("RGB").getcolors(1 << 20)}
    shelling = tuple(int(webmap.COLOURS["shelling"][k:k + 2], 16) for k in (1, 3, 5))
    assert any(sum(abs(a - b) for a, b in zip(c, shelling, strict=True)) < 30 for c in colours)
    small = static_map_png([], tmp_path / "empty.png", width=400, height=300)
    assert _png_size(small) == (400, 300)


def test_timeline_png(own, tmp_path):
    from browser.synthetic import synthetic_incidents

    from geo.charts import timeline_png

    path = timeline_png(own, tmp_path / "timeline.png")
    assert path.stat().st_size > 15_000
    assert _png_size(path) == (1200, 500)
    many = timeline_png(synthetic_incidents(2000), tmp_path / "many.png", width=900,
                        height=600)
    assert _png_size(many) == (900, 600) and many.stat().st_size > 30_000
    assert _png_size(timeline_png([], tmp_path / "none.png")) == (1200, 500)
