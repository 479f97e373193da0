"""The opt-in online geocoder, against a local stand-in for Nominatim on 127.0.0.1 (never
the internet): it fills only places the gazetteer lacks and says so, asks each name once
(answers cached on disk), at most once a second, and says clearly when it is unreachable."""

from __future__ import annotations

import io
import itertools
import json
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

UNKNOWN = ("YEREVAN (Wire) - Armenia's defence ministry said on Tuesday, 13 September 2022, "
           "that Azerbaijani forces shelled positions near Khoznavarqa and Jermuk.\n")
TWO_UNKNOWN = UNKNOWN + ("The ministry said Azerbaijani forces also shelled positions near "
                         "Zzyzxqala and Goris.\n")
ANSWERS = {
    "Khoznavarqa": {"lat": "39.4631", "lon": "46.2917", "name": "Khoznavarqa",
                    "display_name": "Khoznavarqa, Syunik Province, Armenia", "osm_type": "node",
                    "osm_id": 42, "addresstype": "village", "address": {"country_code": "am"}},
    "Zzyzxqala": {"lat": "nan", "lon": "46.0", "display_name": "Broken point"},
}


@dataclass
class Nominatim:
    """A local server that answers ``/search`` like Nominatim, recording every request."""

    domain: str
    requests: list[tuple[float, dict[str, list[str]], str]] = field(default_factory=list)
    status: int = 200


@pytest.fixture
def nominatim(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    state = Nominatim("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            query = parse_qs(url.query)
            state.requests.append((time.monotonic(), query, self.headers.get("User-Agent", "")))
            if url.path != "/search" or state.status != 200:
                self.send_response(state.status if state.status != 200 else 404)
                self.end_headers()
                return
            name = query.get("q", [""])[0]
            body = json.dumps([ANSWERS[name]] if name in ANSWERS else []).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.domain = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def geocoder(nominatim: Nominatim, tmp_path, **options):
    from geo.geocode import OnlineGeocoder

    return OnlineGeocoder("incident-mapper-tests/1.0 (tests@example.org)",
                          tmp_path / "nominatim.json", domain=nominatim.domain, scheme="http",
                          **options)


def incidents_of(pipeline, text: str):
    from geo.pipeline import merged_incidents, texts

    return merged_incidents(pipeline.run(texts({"wire": text})))


def test_only_places_the_gazetteer_lacks_are_filled_and_say_so(pipeline, nominatim, tmp_path):
    from geo.geocode import locate_unresolved

    before = incidents_of(pipeline, UNKNOWN)
    assert {i.place_name: i.place for i in before}["Khoznavarqa"] is None
    result = locate_unresolved(before, geocoder(nominatim, tmp_path, min_delay_seconds=0))
    after = {i.place_name: i for i in result.incidents}
    found = after["Khoznavarqa"]
    assert (found.place.lat, found.place.lon, found.place.country) == (39.4631, 46.2917, "AM")
    assert found.place.kind == "village" and found.geo_precision == 1
    assert "located by the online geocoder" in found.location_reason
    assert "not in the gazetteer" in found.location_reason
    jermuk = next(i for i in before if i.place_name == "Jermuk")
    assert after["Jermuk"] == jermuk and "online" not in after["Jermuk"].location_reason
    assert (result.asked, result.found, result.error) == (1, 1, None)
    [(_, query, agent)] = nominatim.requests
    assert query["q"] == ["Khoznavarqa"] and query["format"] == ["json"]
    assert query["countrycodes"] == ["am,az"]
    assert agent == "incident-mapper-tests/1.0 (tests@example.org)"


def test_answers_are_cached_on_disk_so_a_name_is_asked_once(pipeline, nominatim, tmp_path):
    from geo.geocode import locate_unresolved

    found = incidents_of(pipeline, TWO_UNKNOWN)
    first = locate_unresolved(found, geocoder(nominatim, tmp_path, min_delay_seconds=0))
    assert len(nominatim.requests) == 2 and first.found == 1, "a NaN point counts as not found"
    cache = json.loads((tmp_path / "nominatim.json").read_text(encoding="utf-8"))
    assert set(cache["answers"]) == {"Khoznavarqa|countrycodes=am,az",
                                     "Zzyzxqala|countrycodes=am,az"}
    assert cache["answers"]["Zzyzxqala|countrycodes=am,az"] is None
    again = locate_unresolved(found, geocoder(nominatim, tmp_path, min_delay_seconds=0))
    assert len(nominatim.requests) == 2, "the second run asks nothing"
    assert again.incidents == first.incidents


def test_at_most_one_request_a_second(nominatim, tmp_path):
    online = geocoder(nominatim, tmp_path)  # the default delay: Nominatim's policy
    for name in ("Khoznavarqa", "Nowhere-1", "Nowhere-2"):
        online.find(name)
    times = [t for t, _, _ in nominatim.requests]
    assert len(times) == 3
    assert all(b - a >= 0.95 for a, b in itertools.pairwise(times)), times


def test_unreachable_geocoder_gives_one_clear_message_and_stops_asking(pipeline, tmp_path):
    from geo.geocode import locate_unresolved

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    offline = Nominatim(f"127.0.0.1:{port}")
    found = incidents_of(pipeline, TWO_UNKNOWN)
    started = time.monotonic()
    result = locate_unresolved(found, geocoder(offline, tmp_path, min_delay_seconds=0,
                                               timeout=2))
    assert time.monotonic() - started < 5
    assert result.asked == 1 and result.found == 0, "after the first failure it asks no more"
    assert f"online geocoder http://127.0.0.1:{port} did not answer" in result.error
    assert "stay unpinned" in result.error and "\n" not in result.error
    assert result.incidents == found
    assert not (tmp_path / "nominatim.json").exists(), "failures are not cached"


def test_a_server_error_is_reported_not_cached(pipeline, nominatim, tmp_path):
    from geo.geocode import locate_unresolved

    nominatim.status = 503
    result = locate_unresolved(incidents_of(pipeline, UNKNOWN),
                               geocoder(nominatim, tmp_path, min_delay_seconds=0))
    assert result.error and "did not answer" in result.error
    assert not (tmp_path / "nominatim.json").exists()


def test_a_blank_user_agent_is_refused(tmp_path):
    from geo.geocode import GeocoderUsageError, OnlineGeocoder

    with pytest.raises(GeocoderUsageError, match="user agent"):
        OnlineGeocoder("  ", tmp_path / "cache.json")


def cli(capsys, monkeypatch, *args: str):
    from geo.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_cli_asks_online_only_when_told_to(nominatim, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAPPER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("INCIDENT_MAPPER_IMPORTS", str(tmp_path / "imports"))
    monkeypatch.setenv("INCIDENT_MAPPER_SMALL_GAZETTEER", "1")
    monkeypatch.setenv("INCIDENT_MAPPER_NOMINATIM", f"http://{nominatim.domain}")
    article = tmp_path / "wire.txt"
    article.write_text(UNKNOWN, encoding="utf-8")
    code, out, _ = cli(capsys, monkeypatch, "incidents", str(article), "-q")
    assert code == 0 and nominatim.requests == []
    plain = {f["properties"]["place_name"]: f for f in json.loads(out)["features"]}
    assert plain["Khoznavarqa"]["geometry"] is None
    code, out, err = cli(capsys, monkeypatch, "incidents", str(article), "--online-geocoder",
                         "incident-mapper-tests/1.0 (tests@example.org)")
    assert code == 0, err
    online = {f["properties"]["place_name"]: f for f in json.loads(out)["features"]}
    assert online["Khoznavarqa"]["geometry"]["coordinates"] == [46.2917, 39.4631]
    assert "online geocoder" in online["Khoznavarqa"]["properties"]["location_reason"]
    assert online["Jermuk"] == plain["Jermuk"]
    assert "online geocoder: 1 of 1 place(s)" in err
    assert (tmp_path / "cache" / "nominatim.json").exists()
    page = tmp_path / "map.html"
    code, _, err = cli(capsys, monkeypatch, "map", str(article), "-o", str(page),
                       "--online-geocoder", "incident-mapper-tests/1.0")
    assert code == 0 and "2 pinned incident location(s)" in err, err
    assert len(nominatim.requests) == 1, "the map run took the answer from the cache"
    with pytest.raises(SystemExit) as usage:
        cli(capsys, monkeypatch, "incidents", str(article), "--online-geocoder", " ")
    assert usage.value.code == 2 and "user agent that identifies you" in capsys.readouterr().err


def test_the_flag_is_documented_in_help(capsys):
    from geo.cli import parser

    for command in ("incidents", "map"):
        text = parser()._subparsers._group_actions[0].choices[command].format_help()
        assert "--online-geocoder USER_AGENT" in text and "Nominatim" in text
