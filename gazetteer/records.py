"""Typed, immutable records the gazetteer hands out: places and ranked candidates."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (spherical Earth, mean radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(h, 1.0)))

#: The kinds a place can have, coarsest first. Part of the output contract.
KINDS = ("country", "region", "district", "town", "village", "mountain", "lake", "other")


@dataclass(frozen=True, slots=True)
class Place:
    """A named point on the earth with what is known about it.

    ``country`` is the ISO 3166-1 alpha-2 code of the state the place lies in de jure.
    ``uncertainty_km`` says how far the point may be from the place (0 when exact enough).
    """

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    kind: str
    geonameid: int | None = None
    admin1: str | None = None
    population: int = 0
    uncertainty_km: float = 0.0
    source: str = "geonames"
    capital: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The place as a JSON-ready dict."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with the score that ranks it and why."""

    place: Place
    score: float
    matched: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """The candidate flattened for tables and JSON: place fields, score, reason."""
        return {**self.place.to_dict(), "score": round(self.score, 4),
                "matched": self.matched, "reason": self.reason}
