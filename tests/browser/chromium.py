"""Opening generated maps in Debian's headless Chromium with every http(s) request aborted."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
#: The folium map object: the window global named map_<32 hex>.
MAP = "Object.keys(window).filter(k => /^map_[0-9a-f]{32}$/.test(k)).map(k => window[k])[0]"
#: Incident markers drawn in the page (SVG paths) and cluster icons.
COUNT_MARKERS = "() => document.querySelectorAll('path.im-incident').length"
COUNT_CLUSTERS = "() => document.querySelectorAll('.im-cluster').length"


@contextmanager
def chromium(viewport: tuple[int, int] = (1280, 900)) -> Iterator[Any]:
    """A persistent Chromium context on a fresh profile; ``context.blocked`` lists the
    http(s) requests it aborted."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, args=FLAGS, headless=True,
                viewport={"width": viewport[0], "height": viewport[1]})
            blocked: list[str] = []

            def block(route: Any) -> None:
                blocked.append(route.request.url)
                route.abort()

            context.route("http*://**/*", block)
            context.blocked = blocked
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def open_map(context: Any, path: Path, *, ready: str | None = None,
             timeout: float = 30_000) -> Any:
    """A new tab showing the map at ``path``, once incident markers or clusters are drawn;
    ``tab.errors`` collects console errors and uncaught exceptions."""
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(Path(path).as_uri())
    tab.wait_for_function(ready or "() => document.querySelector('.im-incident, .im-cluster')",
                          timeout=timeout)
    tab.errors = errors
    return tab
