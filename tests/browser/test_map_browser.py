"""The generated map in a real browser (Debian's headless Chromium, network blocked)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT, km

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
HOSTILE = ("BAKU (Wire) - Azerbaijan's defence ministry said on Tuesday, 13 September 2022, that "
           "Armenian forces shelled positions near Lachin <script>window.__pwned = 1</script> "
           "<img src=x onerror=\"window.__pwned = 2\"> <a href=\"javascript:window.__pwned=3\">"
           "link</a>, and that two soldiers were wounded.\n")


@pytest.fixture(scope="module")
def map_file(seed_paths, pipeline, tmp_path_factory):
    from geo.pipeline import merged_incidents
    from geo.reader import read_articles
    from geo.records import Article
    from geo.webmap import save_map

    articles, _ = read_articles(seed_paths)
    articles.append(Article("hostile", HOSTILE))
    incidents = merged_incidents(pipeline.run(articles))
    path = tmp_path_factory.mktemp("map") / "border_map.html"
    save_map(incidents, path)
    return path, incidents


@pytest.fixture(scope="module")
def page(map_file):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=FLAGS, headless=True,
            viewport={"width": 1280, "height": 900})
        blocked: list[str] = []

        def block(route):
            blocked.append(route.request.url)
            route.abort()

        context.route("http*://**/*", block)
        tab = context.new_page()
        errors: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(map_file[0].as_uri())
        tab.wait_for_function("() => document.querySelectorAll('path.leaflet-interactive').length > 5")
        tab.errors, tab.blocked = errors, blocked
        yield tab
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


MARKERS_JS = """() => {
  const map = Object.keys(window).filter(k => /^map_[0-9a-f]{32}$/.test(k)).map(k => window[k])[0];
  const out = [];
  map.eachLayer(l => { if (l instanceof L.CircleMarker && l.feature)
      out.push({lat: l.getLatLng().lat, lon: l.getLatLng().lng, id: l.feature.properties.incident_id,
                type: l.feature.properties.event_type}); });
  return out;
}"""


def test_loads_offline_without_errors(page):
    assert page.errors == [], page.errors
    assert not [u for u in page.blocked if "tile" not in u], page.blocked


def test_markers_stand_at_the_incidents_coordinates(page, map_file):
    markers = page.evaluate(MARKERS_JS)
    located = [i for i in map_file[1] if i.place is not None]
    assert len(markers) == len(located)
    for goal in ((39.5111, 46.3417), (40.2001, 45.8695), (39.8395, 45.6711)):  # Goris Sotk Jermuk
        assert any(km(m["lat"], m["lon"], *goal) < 5 for m in markers), goal
    out = ROOT / "output"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "seeds_map.png"))


def test_clicking_a_marker_opens_its_popup_with_the_quote(page):
    point = page.evaluate("""() => {
      const map = Object.keys(window).filter(k => /^map_[0-9a-f]{32}$/.test(k)).map(k => window[k])[0];
      let found = null;
      map.eachLayer(l => { if (!found && l instanceof L.CircleMarker && l.feature &&
          l.feature.properties.place_name === 'Goris') found = l; });
      map.setView(found.getLatLng(), 10, {animate: false});
      const p = map.latLngToContainerPoint(found.getLatLng());
      const box = map.getContainer().getBoundingClientRect();
      return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    popup = page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    text = popup.inner_text()
    assert "Shelling" in text and "Goris" in text
    assert "penembakan intensif" in text, "the quoted sentence from the seed is in the popup"
    page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")


def test_layer_toggle_hides_and_shows_markers(page):
    def visible() -> int:
        return page.evaluate("() => document.querySelectorAll('path.leaflet-interactive').length")

    before = visible()
    label = page.locator(".leaflet-control-layers-overlays label", has_text="shelling")
    label.locator("input").uncheck()
    hidden = visible()
    label.locator("input").check()
    assert hidden < before and visible() == before


def test_hostile_article_text_does_not_run(page):
    opened = page.evaluate("""() => {
      const map = Object.keys(window).filter(k => /^map_[0-9a-f]{32}$/.test(k)).map(k => window[k])[0];
      let found = null;
      map.eachLayer(l => { if (l instanceof L.CircleMarker && l.feature &&
          l.feature.properties.popup_html.includes('hostile')) found = l; });
      map.closePopup();
      if (found) found.openPopup();
      return found !== null;
    }""")
    assert opened, "the hostile article's incident is on the map"
    page.wait_for_function("() => [...document.querySelectorAll('.leaflet-popup-content')]"
                           ".some(p => p.innerText.includes('hostile'))", timeout=5000)
    popup = page.locator(".leaflet-popup-content", has_text="hostile")
    assert "<script>window.__pwned = 1</script>" in popup.inner_text(), "shown as text"
    assert popup.locator("script").count() == 0 and popup.locator("img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None, "injected code ran"
