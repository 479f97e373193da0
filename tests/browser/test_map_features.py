"""The map's controls in a real browser: claimant-side layers, the time slider, the place
search, clusters over many points, the heat map, and popups built in the page from escaped
fragments. Screenshots go to output/ (git-ignored)."""

from __future__ import annotations

from datetime import date

import pytest
from chromium import COUNT_CLUSTERS, COUNT_MARKERS, MAP, chromium, open_map
from conftest import ROOT, km
from synthetic import synthetic_incidents

pytestmark = pytest.mark.browser
OUT = ROOT / "output"
HOSTILE = ("BAKU (Wire) - Azerbaijan's defence ministry said on Tuesday, 13 September 2022, that "
           "Armenian forces shelled positions near Lachin <script>window.__pwned = 1</script> "
           "<img src=x onerror=\"window.__pwned = 2\">, and that two soldiers were wounded.\n")
GORIS = (39.5111, 46.3417)


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal() - date(1970, 1, 1).toordinal()


@pytest.fixture(scope="module")
def seeds(seed_paths, pipeline):
    from geo.pipeline import merged_incidents
    from geo.reader import read_articles
    from geo.records import Article

    articles, _ = read_articles(seed_paths)
    articles.append(Article("hostile", HOSTILE))
    return merged_incidents(pipeline.run(articles))


@pytest.fixture(scope="module")
def many():
    return synthetic_incidents(5000, places=400)


@pytest.fixture(scope="module")
def maps(seeds, many, tmp_path_factory):
    from geo.webmap import save_map

    folder = tmp_path_factory.mktemp("maps")
    paths = {"seeds": folder / "seeds.html", "compact": folder / "seeds_compact.html",
             "many": folder / "many.html"}
    save_map(seeds, paths["seeds"])
    save_map(seeds, paths["compact"], compact=True)
    save_map(many, paths["many"])
    return paths


@pytest.fixture(scope="module")
def browser():
    with chromium() as context:
        yield context


@pytest.fixture()
def seeds_page(browser, maps):
    tab = open_map(browser, maps["seeds"])
    yield tab
    assert tab.errors == [], tab.errors
    tab.close()


def _located(incidents):
    return [i for i in incidents if i.place is not None]


def _shot(tab, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    tab.screenshot(path=str(OUT / name))


def test_claimant_side_layers_hide_and_show_markers(seeds_page, seeds):
    from geo.webmap import claim_sides

    tab = seeds_page
    located = _located(seeds)
    assert tab.evaluate(COUNT_MARKERS) == len(located)
    only_am = [i for i in located if claim_sides(i.claims) == ("AM",)]
    assert only_am, "the seeds have incidents only Armenia's side reports"
    am = tab.locator(".leaflet-control-layers-overlays label", has_text="claims by Armenia")
    am.locator("input").uncheck()
    assert tab.evaluate(COUNT_MARKERS) == len(located) - len(only_am)
    places = tab.evaluate(f"""() => {{ const out = []; {MAP}.eachLayer(l => {{
        if (l instanceof L.CircleMarker && l.feature) out.push(l.feature.properties.place_name);
        }}); return out; }}""")
    assert not {"Goris", "Jermuk"} & set(places), places
    _shot(tab, "map_sides_am_off.png")
    for side in ("claims by Azerbaijan", "unattributed"):
        tab.locator(".leaflet-control-layers-overlays label", has_text=side) \
            .locator("input").uncheck()
    assert tab.evaluate(COUNT_MARKERS) == 0, "every incident belongs to some side"
    for side in ("claims by Armenia", "claims by Azerbaijan", "unattributed"):
        tab.locator(".leaflet-control-layers-overlays label", has_text=side) \
            .locator("input").check()
    assert tab.evaluate(COUNT_MARKERS) == len(located)


def test_time_slider_changes_which_markers_are_shown(seeds_page, seeds):
    tab = seeds_page
    located = _located(seeds)
    spans = []
    for inc in located:
        first = _day(inc.date.iso())
        last = _day(inc.date_end.isoformat()) if inc.date_end else first
        spans.append((first, last))
    start, end = min(s for s, _ in spans), max(s for s, _ in spans)
    slider = tab.locator(".im-range")
    label = tab.locator(".im-time .im-label")
    assert "All dates" in label.inner_text()
    slider.focus()
    slider.press("Home")                                   # the first day with a report
    first_day = sum(1 for s, _ in spans if s <= start)
    assert 0 < first_day < len(located)
    assert tab.evaluate(COUNT_MARKERS) == first_day
    assert "Up to 2021-11-16" in label.inner_text()
    _shot(tab, "map_time_first_day.png")

    tab.locator(".im-window").select_option("1")           # one day at a time
    slider.press("End")
    on_last = sum(1 for s, e in spans if s <= end <= e)
    assert tab.evaluate(COUNT_MARKERS) == on_last
    assert label.inner_text().startswith("2022-09-13")

    tab.locator(".im-prev").click()                        # previous day with reports
    assert "2022-09-12" in label.inner_text()
    assert tab.evaluate(COUNT_MARKERS) == sum(1 for s, e in spans if s <= end - 1 <= e)

    tab.locator(".im-all").click()
    assert tab.evaluate(COUNT_MARKERS) == len(located)
    tab.locator(".im-play").click()                        # plays from the first day
    tab.wait_for_function("() => document.querySelector('.im-play').textContent === 'Pause'")
    tab.wait_for_timeout(400)
    assert tab.evaluate(COUNT_MARKERS) < len(located)
    assert "Up to" in label.inner_text()
    tab.locator(".im-play").click()
    assert tab.locator(".im-play").inner_text() == "Play"
    tab.locator(".im-all").click()
    assert tab.evaluate(COUNT_MARKERS) == len(located)


def test_search_box_finds_a_place_and_moves_the_map(seeds_page):
    tab = seeds_page
    box = tab.locator(".im-search input")
    box.fill("gor")
    assert "Goris" in tab.locator(".im-search li").first.inner_text()
    box.press("Enter")
    listing = tab.wait_for_selector(".leaflet-popup-content .im-list", timeout=5000)
    assert "Goris" in listing.inner_text() and "shelling" in listing.inner_text()
    tab.wait_for_timeout(400)                              # the popup's auto-pan
    view = tab.evaluate(f"() => {{ const m = {MAP}; const c = m.getCenter();"
                        " return {lat: c.lat, lon: c.lng, zoom: m.getZoom(),"
                        " inside: m.getBounds().contains([39.5111, 46.3417])}; }")
    assert view["zoom"] >= 11 and view["inside"], view
    assert km(view["lat"], view["lon"], *GORIS) < 15, view
    _shot(tab, "map_search_goris.png")
    # a link in the listing opens that incident's popup with its quote
    tab.locator(".leaflet-popup-content .im-list a").first.click()
    popup = tab.wait_for_selector(".leaflet-popup-content .im-popup", timeout=5000)
    assert "Goris" in popup.inner_text() and "penembakan intensif" in popup.inner_text()

    box.fill("Sotk")                                       # the gazetteer's name of "Sok"
    assert "Sok" in tab.locator(".im-search li").first.inner_text()
    box.fill("nowhere at all")
    assert "No mapped place" in tab.locator(".im-search li").first.inner_text()


def test_heat_map_draws_the_incidents_shown(seeds_page):
    tab = seeds_page
    heat = tab.locator(".leaflet-control-layers-overlays label", has_text="Heat map")
    heat.locator("input").check()
    tab.wait_for_selector("canvas.leaflet-heatmap-layer", timeout=5000)
    points = tab.evaluate(f"() => {{ let n = 0; {MAP}.eachLayer(l => {{"
                          " if (l._latlngs && l._heat) n = l._latlngs.length; }); return n; }")
    assert points == tab.evaluate(COUNT_MARKERS)
    heat.locator("input").uncheck()


def test_compact_encoding_builds_the_same_escaped_popups(browser, maps, seeds):
    from geo.webmap import map_properties, popup_html

    tab = open_map(browser, maps["compact"])
    built = dict(tab.evaluate(f"""() => {{ const out = []; {MAP}.eachLayer(l => {{
        if (l instanceof L.CircleMarker && l.feature)
          out.push([l.feature.properties.incident_id, l.feature.properties.popup_html]); }});
        return out; }}"""))
    expected = {i.incident_id: popup_html(map_properties(i)) for i in _located(seeds)}
    assert built == expected
    hostile = next(k for k, v in built.items() if "__pwned" in v)
    tab.evaluate(f"""() => {{ {MAP}.eachLayer(l => {{ if (l instanceof L.CircleMarker &&
        l.feature && l.feature.properties.incident_id === {hostile!r}) l.openPopup(); }}); }}""")
    popup = tab.wait_for_selector(".leaflet-popup-content .im-popup", timeout=5000)
    assert "<script>window.__pwned = 1</script>" in popup.inner_text()
    assert tab.evaluate("() => document.querySelectorAll('.leaflet-popup-content script,"
                        " .leaflet-popup-content img').length") == 0
    tab.wait_for_timeout(200)
    assert tab.evaluate("() => window.__pwned") is None
    assert tab.errors == [], tab.errors
    tab.close()


def test_clusters_when_zoomed_out_over_many_points(browser, maps, many):
    from collections import Counter

    (lat, lon), _ = Counter((i.place.lat, i.place.lon) for i in many).most_common(1)[0]
    tab = open_map(browser, maps["many"])
    assert tab.evaluate(COUNT_CLUSTERS) > 0
    total = tab.evaluate(f"() => {MAP}.incidentLayer.shown()")
    assert total == 5000
    in_clusters = tab.evaluate("() => [...document.querySelectorAll('.im-cluster span')]"
                               ".reduce((n, s) => n + Number(s.textContent.replace(/,/g, '')), 0)")
    assert in_clusters + tab.evaluate(COUNT_MARKERS) <= total
    assert in_clusters > total / 2, "most points sit in clusters when zoomed out"
    _shot(tab, "map_clusters.png")

    zoom = tab.evaluate(f"() => {MAP}.getZoom()")
    tab.locator(".im-cluster").first.click()               # zooms in on the cluster
    tab.wait_for_function(f"() => {MAP}.getZoom() > {zoom}", timeout=5000)
    tab.wait_for_timeout(400)

    # at the highest zoom, incidents at one point stay a cluster that lists them
    tab.evaluate(f"() => {MAP}.setView([{lat}, {lon}], 18, {{animate: false}})")
    tab.wait_for_timeout(200)
    assert tab.evaluate(COUNT_CLUSTERS) == 1
    tab.locator(".im-cluster").click()
    listing = tab.wait_for_selector(".leaflet-popup-content .im-list", timeout=5000)
    assert "incidents at this point" in listing.inner_text()
    tab.locator(".leaflet-popup-content .im-list a").first.click()
    popup = tab.wait_for_selector(".leaflet-popup-content .im-popup", timeout=5000)
    assert "Sources:" in popup.inner_text()
    tab.wait_for_timeout(300)                              # the popup fades in
    _shot(tab, "map_cluster_listing.png")

    # the time slider re-clusters what is shown
    tab.evaluate(f"() => {MAP}.fitBounds([[38.8, 44.8], [41.3, 47.0]])")
    tab.locator(".im-window").select_option("30")
    tab.locator(".im-range").focus()
    tab.locator(".im-range").press("Home")
    shown = tab.evaluate(f"() => {MAP}.incidentLayer.shown()")
    assert 0 < shown < total / 5
    # synthetic quotes carry markup: escaped in every popup the page builds
    escaped = tab.evaluate(f"""() => {{ const api = {MAP}.incidentLayer;
        for (let i = 0; i < api.size; i++) {{ const h = api.popupHtml(i);
          if (h.includes('__pwned')) {{ api.open(i); return h; }} }} return null; }}""")
    assert "&lt;script&gt;window.__pwned" in escaped and "<script>" not in escaped
    tab.wait_for_selector(".leaflet-popup-content .im-popup", timeout=5000)
    tab.wait_for_timeout(200)
    assert tab.evaluate("() => window.__pwned") is None
    assert tab.errors == [], tab.errors
    assert not [u for u in browser.blocked if "tile" not in u], browser.blocked
    tab.close()
