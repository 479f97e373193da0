"""Static pictures of incidents for reports and notebooks: a map (Natural Earth countries,
the Armenia–Azerbaijan border, incidents coloured by event type) and a timeline of incidents
per day by claimant side. Drawn with matplotlib's Agg canvas directly (no pyplot, no display,
no network), at an exact pixel size.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from .export import atomic_path
from .records import EVENT_TYPES, Incident
from .webmap import COLOURS, GEONAMES_CREDIT, LABELS, SIDES, _label_points, claim_sides

#: Colours of the claimant sides (orange and blue echo each flag; grey for the rest).
SIDE_COLOURS = {"AM": "#e08214", "AZ": "#2166ac", "other": "#8c8c8c"}
SIDE_NAMES = {"AM": "claimed by Armenia's side", "AZ": "claimed by Azerbaijan's side",
              "other": "other sides or unattributed"}
#: Where the map looks when no incident has a place.
DEFAULT_EXTENT = (44.0, 38.6, 47.6, 41.4)
_MAX_PLACE_LABELS = 30


def _figure(width: int, height: int, dpi: int) -> tuple[Any, Any]:
    """A figure on matplotlib's Agg canvas (no pyplot) and its one axes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _save(fig: Any, path: Path, dpi: int) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=dpi, format="png", facecolor="white")
    return path


def _extent(located: Sequence[Incident]) -> tuple[float, float, float, float]:
    if not located:
        return DEFAULT_EXTENT
    lons = [i.place.lon for i in located]
    lats = [i.place.lat for i in located]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    cx, cy = (west + east) / 2, (south + north) / 2
    half_w, half_h = max((east - west) / 2 + 0.3, 0.9), max((north - south) / 2 + 0.3, 0.7)
    return cx - half_w, cy - half_h, cx + half_w, cy + half_h


def _fit(extent: tuple[float, float, float, float], width: float,
         height: float) -> tuple[float, float, float, float]:
    """Widen ``extent`` (west, south, east, north) to the shape of a ``width`` × ``height``
    picture, degrees of longitude shrunk by the cosine of the latitude."""
    west, south, east, north = extent
    shrink = math.cos(math.radians((south + north) / 2))
    w, h = (east - west) * shrink, north - south
    if w / h < width / height:
        grow = (h * width / height - w) / shrink / 2
        west, east = west - grow, east + grow
    else:
        grow = (w * height / width - h) / 2
        south, north = south - grow, north + grow
    return west, south, east, north


def static_map_png(incidents: Sequence[Incident], path: Path, *, width: int = 1200,
                   height: int = 900, dpi: int = 100, title: str | None = None) -> Path:
    """Write a PNG map of ``incidents`` (``width`` × ``height`` pixels) and return its path.

    Filled dots are incidents at (or near) a named place, rings are located only to a
    district, region or the border, dashed edges mark denied claims; the dot's area grows
    with the most killed any side claims. Up to 30 places are named.
    """
    import geopandas as gpd
    from matplotlib import patheffects
    from matplotlib.lines import Line2D
    from shapely.geometry import box, mapping

    data = resources.files("geo").joinpath("data")
    with resources.as_file(data.joinpath("basemap_countries.geojson")) as countries_path:
        countries = gpd.read_file(countries_path)
    with resources.as_file(data.joinpath("am_az_border.geojson")) as border_path:
        border = gpd.read_file(border_path)

    located = [i for i in incidents if i.place is not None]
    fig, ax = _figure(width, height, dpi)
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.04, top=0.93)
    ax.set_facecolor("#dbe4ea")
    countries.plot(ax=ax, facecolor="#f4f1ea", edgecolor="#8a8a8a", linewidth=0.7, zorder=1)
    border.plot(ax=ax, color="#7a0019", linewidth=1.8, linestyle=(0, (4, 3)), zorder=2)

    west, south, east, north = _fit(_extent(located), width * 0.96, height * 0.89)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)), adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    halo = [patheffects.withStroke(linewidth=3, foreground="white")]
    view = box(west, south, east, north)
    shown = [{"properties": {"name": name}, "geometry": mapping(part)}
             for name, geom in zip(countries["name"], countries.geometry, strict=True)
             if (part := geom.intersection(view)).area > view.area * 0.03]
    for name, (lat, lon) in _label_points({"features": shown}).items():
        ax.text(lon, lat, name.upper(), ha="center", va="center", fontsize=10,
                color="#9a8f7e", fontweight="bold", zorder=3, clip_on=True)

    crowd = min(1.0, (500 / len(located)) ** 0.5) if located else 1.0  # smaller when many
    for event_type in EVENT_TYPES:
        chosen = [i for i in located if i.event_type == event_type]
        for coarse in (True, False):
            for denied in (False, True):
                group = [i for i in chosen if ((i.geo_precision or 3) >= 3) == coarse
                         and (i.status == "denied") == denied]
                if not group:
                    continue
                sizes = [(36 + 10 * min(_killed(i), 100) ** 0.5) * (2.2 if coarse else 1.0)
                         * crowd for i in group]
                colour = COLOURS[event_type]
                ax.scatter([i.place.lon for i in group], [i.place.lat for i in group], s=sizes,
                           facecolors="none" if coarse else colour,
                           edgecolors=colour if coarse else ("#777" if denied else "#222"),
                           linewidths=(2.2 if coarse else 0.8) * crowd ** 0.5,
                           linestyles="--" if denied else "-",
                           alpha=(0.55 if denied else 0.9) * (0.7 if crowd < 1 else 1),
                           zorder=5 if coarse else 6)

    places = Counter(i.place_name or i.place.name for i in located)
    if len(places) <= _MAX_PLACE_LABELS:
        done = set()
        for inc in located:
            name = inc.place_name or inc.place.name
            if name in done:
                continue
            done.add(name)
            ax.annotate(name, (inc.place.lon, inc.place.lat), xytext=(7, 5),
                        textcoords="offset points", fontsize=8.5, color="#222", zorder=7,
                        path_effects=halo, annotation_clip=True)

    present = [t for t in EVENT_TYPES if any(i.event_type == t for i in located)]
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8,
                      markerfacecolor=COLOURS[t], markeredgecolor="#222", label=LABELS[t])
               for t in present]
    handles += [
        Line2D([], [], marker="o", linestyle="", markersize=10, markerfacecolor="none",
               markeredgecolor="#444", markeredgewidth=2, label="district / region / border"),
        Line2D([], [], color="#777", linestyle="--", label="denied claim"),
        Line2D([], [], color="#7a0019", linestyle=(0, (4, 3)), linewidth=1.8,
               label="Armenia–Azerbaijan border")]
    ax.legend(handles=handles, loc="lower left", fontsize=8.5, framealpha=0.92,
              title=f"{len(located)} located incident(s)", title_fontsize=9)
    unlocated = len(incidents) - len(located)
    ax.set_title(title or "Reported incidents on the Armenia–Azerbaijan border"
                 + (f" · {unlocated} report(s) with no locatable place not shown"
                    if unlocated else ""), fontsize=12, loc="left")
    fig.text(0.98, 0.012, GEONAMES_CREDIT, ha="right", va="bottom", fontsize=7, color="#666")
    return _save(fig, path, dpi)


def _killed(inc: Incident) -> int:
    return max([c.killed or 0 for c in inc.claims] + [0])


def timeline_png(incidents: Sequence[Incident], path: Path, *, width: int = 1200,
                 height: int = 500, dpi: int = 100, title: str | None = None) -> Path:
    """Write a PNG of incidents per day by claimant side and return its path.

    An incident counts once for each side that makes a claim about it (``other`` when no
    side does), on its first day. Incidents dated only to a month or year, or undated, are
    counted in the note below the chart, not plotted. Up to 12 days with reports: grouped
    bars, one group per day; more: one panel per side on a time axis (with a 7-day mean
    when the reports span more than two months).
    """
    per_side: dict[str, Counter[date]] = {s: Counter() for s in SIDES}
    vague = 0
    for inc in incidents:
        if inc.date.precision != "day" or inc.date.value is None:
            vague += 1
            continue
        for side in claim_sides(inc.claims):
            per_side[side][inc.date.value] += 1
    days = sorted({d for counts in per_side.values() for d in counts})
    sides = [s for s in SIDES if per_side[s]]

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=0.07, right=0.98, bottom=0.2, top=0.88, hspace=0.25)
    if not days:
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, "No incident is dated to the day", ha="center", va="center",
                transform=ax.transAxes, fontsize=12, color="#666")
        ax.set_xticks([])
        ax.set_yticks([])
    elif len(days) <= 12:
        _day_bars(fig, days, per_side, sides)
    else:
        _day_panels(fig, days, per_side, sides)
    fig.suptitle(title or "Reported incidents per day by claimant side", fontsize=12, x=0.07,
                 ha="left")
    note = "An incident claimed by several sides counts once for each, on its first day."
    if vague:
        note += f" {vague} incident(s) dated only to a month or year, or undated, not shown."
    fig.text(0.07, 0.025, note, fontsize=8.5, color="#555")
    return _save(fig, path, dpi)


def _day_bars(fig: Any, days: list[date], per_side: dict[str, Counter[date]],
              sides: list[str]) -> None:
    """Few days: a group of bars per day (days without reports are left out)."""
    from matplotlib.ticker import MaxNLocator

    ax = fig.add_subplot()
    width = 0.8 / len(sides)
    for k, side in enumerate(sides):
        xs = [j + (k - (len(sides) - 1) / 2) * width for j in range(len(days))]
        ys = [per_side[side][d] for d in days]
        bars = ax.bar(xs, ys, width=width * 0.92, color=SIDE_COLOURS[side],
                      label=f"{side} · {SIDE_NAMES[side]} ({sum(ys)})")
        ax.bar_label(bars, labels=[str(y) if y else "" for y in ys], fontsize=8.5, padding=2)
    ax.set_xticks(range(len(days)), [f"{d.day} {d:%b %Y}" for d in days])
    ax.set_xlim(-0.6, len(days) - 0.4)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("incidents per day")
    ax.set_xlabel("days with reports only (days in between had none)", fontsize=8.5,
                  color="#555")
    ax.grid(axis="y", color="#e4e4e4")
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.legend(loc="lower right", bbox_to_anchor=(1, 1.0), ncol=len(sides), fontsize=9,
              frameon=False)
    ax.margins(y=0.15)


def _day_panels(fig: Any, days: list[date], per_side: dict[str, Counter[date]],
                sides: list[str]) -> None:
    """Many days: one panel per side over every day (zeros included)."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import MaxNLocator

    first, last = days[0].toordinal(), days[-1].toordinal()
    every = [date.fromordinal(x) for x in range(first, last + 1)]
    xs = mdates.date2num(every)
    smooth = last - first > 60
    axes = fig.subplots(len(sides), 1, sharex=True, squeeze=False)[:, 0]
    for ax, side in zip(axes, sides, strict=True):
        ys = [per_side[side].get(d, 0) for d in every]
        colour = SIDE_COLOURS[side]
        ax.vlines(xs, 0, ys, colors=colour, linewidth=1.2, alpha=0.45 if smooth else 0.9)
        if smooth:
            mean = [sum(ys[max(0, j - 6):j + 1]) / len(ys[max(0, j - 6):j + 1])
                    for j in range(len(ys))]
            ax.plot(xs, mean, color=colour, linewidth=1.8)
        ax.set_ylim(0, max(ys) * 1.1 or 1)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
        ax.text(0.005, 0.92, f"{side} · {SIDE_NAMES[side]} ({sum(ys)})"
                + (" · bars: per day, line: 7-day mean" if smooth else ""),
                transform=ax.transAxes, fontsize=9, va="top", color="#222")
        ax.grid(axis="y", color="#eeeeee")
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
    pad = max((last - first) * 0.01, 1)
    axes[-1].set_xlim(xs[0] - pad, xs[-1] + pad)
    locator = mdates.AutoDateLocator()
    axes[-1].xaxis.set_major_locator(locator)
    axes[-1].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes[len(axes) // 2].set_ylabel("incidents per day")
