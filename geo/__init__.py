"""geo: border incidents from news text — pipeline, GeoDataFrame, map and command line.

>>> import geo
>>> incidents = geo.extract_incidents(["articles/"])       # paths, folders, JSONL
>>> frame = geo.to_geodataframe(incidents)                  # EPSG:4326
>>> geo.build_map(incidents)                                # displays inline in Jupyter

Imports are light: heavy libraries load when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records import Article, Claim, Evidence, Incident, Mention
from .settings import WORLD, Region

__all__ = ["WORLD", "Article", "Claim", "Evidence", "Incident", "Mention", "Pipeline", "Region",
           "build_map", "claims_frame", "extract_incidents", "extract_toponyms", "read_articles", "save_map",
           "texts", "to_geodataframe", "write_incidents"]

_LAZY = {
    "Pipeline": "pipeline", "extract_incidents": "pipeline", "extract_toponyms": "pipeline",
    "texts": "pipeline", "read_articles": "reader", "to_geodataframe": "frame",
    "claims_frame": "frame",
    "build_map": "webmap", "save_map": "webmap", "write_incidents": "export",
}

if TYPE_CHECKING:
    from .export import write_incidents
    from .frame import claims_frame, to_geodataframe
    from .pipeline import Pipeline, extract_incidents, extract_toponyms, texts
    from .reader import read_articles
    from .webmap import build_map, save_map


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
