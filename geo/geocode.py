"""Opt-in online fallback for places the gazetteer lacks: OpenStreetMap's Nominatim via geopy.

Never used unless asked for (``--online-geocoder USER_AGENT``). Nominatim's usage policy
asks for a user agent that identifies the application and at most one request a second:
the user agent is the caller's, and every request goes through geopy's ``RateLimiter``.
Every answer — a place, or "no such place" — is cached in a JSON file keyed by query, so a
name is asked for once. Only incidents whose place the gazetteer could not resolve are
filled, and their ``location_reason`` says the point came from the online geocoder.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gazetteer import Place

from .errors import IncidentMapperError
from .export import write_text
from .records import Incident

NOMINATIM = "nominatim.openstreetmap.org"
CACHE_VERSION = 1
#: Nominatim's place types → the gazetteer's kinds.
_KINDS = {"city": "town", "town": "town", "village": "village", "hamlet": "village",
          "isolated_dwelling": "village", "locality": "village", "suburb": "village",
          "neighbourhood": "village", "quarter": "village", "county": "district",
          "district": "district", "municipality": "district", "state": "region",
          "province": "region", "region": "region", "state_district": "district",
          "country": "country", "peak": "mountain", "mountain_range": "mountain",
          "ridge": "mountain", "volcano": "mountain", "water": "lake", "lake": "lake",
          "reservoir": "lake"}
_PRECISION = {"country": 3, "region": 3, "district": 3, "mountain": 2, "lake": 2, "other": 2}


class GeocoderError(IncidentMapperError):
    """Root of the online geocoder's errors."""


class GeocoderUnavailable(GeocoderError, ConnectionError):
    """The online geocoder could not be reached or did not answer (offline, refused, timed
    out, rate-limited); the message names it."""


class GeocoderUsageError(GeocoderError, ValueError):
    """The geocoder was set up wrongly (e.g. a blank user agent)."""


@dataclass(frozen=True, slots=True)
class Found:
    """A place the online geocoder found, with the full name it gave."""

    place: Place
    display_name: str


@dataclass(frozen=True, slots=True)
class Located:
    """What :func:`locate_unresolved` did: the incidents (filled where it could), how many
    names it looked up and found, and the error that stopped it, if any."""

    incidents: list[Incident]
    asked: int
    found: int
    error: str | None = None


class OnlineGeocoder:
    """Names → places on Nominatim, cached on disk and rate-limited.

    Parameters
    ----------
    user_agent
        Identifies the application to Nominatim (its usage policy requires one), e.g.
        ``"border-desk-map/1.0 (desk@example.org)"``.
    cache_path
        JSON file of every answer so far (created on the first answer).
    domain, scheme
        The Nominatim server; a private one or a test server, e.g. ``127.0.0.1:8080``, ``http``.
    country_codes
        Only places in these countries (ISO alpha-2); empty for anywhere.
    min_delay_seconds
        The least time between two requests (Nominatim's policy: 1).
    """

    def __init__(self, user_agent: str, cache_path: Path, *, domain: str = NOMINATIM,
                 scheme: str = "https", country_codes: Sequence[str] = ("am", "az"),
                 timeout: float = 10.0, min_delay_seconds: float = 1.0) -> None:
        if not user_agent or not user_agent.strip():
            raise GeocoderUsageError("the online geocoder needs a user agent that identifies "
                                     "you, e.g. 'border-desk-map/1.0 (desk@example.org)'")
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self.server = f"{scheme}://{domain}"
        self.country_codes = tuple(c.lower() for c in country_codes)
        self.cache_path = Path(cache_path)
        self._nominatim = Nominatim(user_agent=user_agent.strip(), domain=domain, scheme=scheme,
                                    timeout=timeout)
        self._geocode = RateLimiter(self._nominatim.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)
        self._cache = _read_cache(self.cache_path)
        self.asked = 0

    def key(self, name: str) -> str:
        """The cache key of a query: the name as asked, and the countries searched."""
        query = " ".join(unicodedata.normalize("NFC", name).split())
        return f"{query}|countrycodes={','.join(self.country_codes)}"

    def find(self, name: str) -> Found | None:
        """The place Nominatim finds for ``name`` (None: nothing found), from the cache
        when it was asked before. Raises :class:`GeocoderUnavailable` when unreachable."""
        key = self.key(name)
        if key not in self._cache:
            self._cache[key] = self._ask(key.split("|")[0])
            self._save()
        answer = self._cache[key]
        place = _to_place(answer)
        return Found(place, str(answer.get("display_name") or place.name)) \
            if place and answer else None

    def _ask(self, query: str) -> dict[str, Any] | None:
        from geopy.exc import GeopyError

        self.asked += 1
        try:
            found = self._geocode(query, exactly_one=True, addressdetails=True, language="en",
                                  country_codes=list(self.country_codes) or None)
        except GeopyError as err:
            raise GeocoderUnavailable(
                f"online geocoder {self.server} did not answer ({type(err).__name__}: "
                f"{str(err)[:120]}); places not in the gazetteer stay unpinned") from err
        except (ValueError, TypeError, KeyError):  # an answer geopy cannot read (NaN point…)
            return None
        return _answer(found.raw) if found is not None else None

    def _save(self) -> None:
        payload = {"version": CACHE_VERSION, "server": self.server, "answers": self._cache}
        write_text(self.cache_path, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")


def _read_cache(path: Path) -> dict[str, dict[str, Any] | None]:
    """The answers cached so far; an unreadable cache counts as empty (it is rewritten)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict) or data.get("version") != CACHE_VERSION:
        return {}
    return {k: v for k, v in answers.items() if v is None or isinstance(v, dict)}


def _answer(raw: dict[str, Any]) -> dict[str, Any] | None:
    """The part of a Nominatim result kept in the cache; None when its point is unusable."""
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and
            -180 <= lon <= 180):
        return None
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    display = str(raw.get("display_name") or "")
    return {"lat": lat, "lon": lon, "name": str(raw.get("name") or display.split(",")[0]),
            "display_name": display, "osm": f"{raw.get('osm_type', '?')}/{raw.get('osm_id', '?')}",
            "type": str(raw.get("addresstype") or raw.get("type") or ""),
            "country_code": str(address.get("country_code") or "")}


def _to_place(answer: dict[str, Any] | None) -> Place | None:
    if answer is None:
        return None
    try:
        return Place(id=f"osm:{answer['osm']}", name=answer["name"], lat=float(answer["lat"]),
                     lon=float(answer["lon"]), country=answer["country_code"].upper() or None,
                     kind=_KINDS.get(answer["type"], "other"), source="nominatim",
                     admin1=None)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def locate_unresolved(incidents: Sequence[Incident], geocoder: OnlineGeocoder) -> Located:
    """Fill the place of each incident the gazetteer could not resolve (a name, no place).

    The first time the geocoder cannot be reached, it is asked no more; the incidents keep
    what was found until then and the error is returned.
    """
    out: list[Incident] = []
    asked = found = 0
    error: str | None = None
    for incident in incidents:
        if incident.place is None and incident.place_name and error is None:
            asked += 1
            try:
                hit = geocoder.find(incident.place_name)
            except GeocoderUnavailable as err:
                error, hit = str(err), None
            if hit is not None:
                found += 1
                incident = _located(incident, hit, geocoder.server)
        out.append(incident)
    return Located(out, asked, found, error)


def _located(incident: Incident, hit: Found, server: str) -> Incident:
    reason = (f"{incident.location_reason}; located by the online geocoder "
              f"(OpenStreetMap Nominatim at {server}) as {hit.display_name!r}").lstrip("; ")
    return replace(incident, place=hit.place, location_reason=reason,
                   geo_precision=_PRECISION.get(hit.place.kind, 1))
