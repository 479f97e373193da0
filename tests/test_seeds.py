"""The foundation issue's acceptance on the five real Indonesian seed articles."""

from __future__ import annotations

import pytest
from conftest import km

# Reference points (GeoNames) of the places the seeds report, independent of the project.
GORIS, SOTK, JERMUK = (39.5111, 46.3417), (40.2001, 45.8695), (39.8395, 45.6711)
DASHKASAN, KALBAJAR, LACHIN = (40.5239, 46.0819), (40.1098, 46.0445), (39.6374, 46.5498)
SEP_DATES = {"2022-09-12", "2022-09-13"}


def _at(incidents, point, radius_km):
    return [i for i in incidents if i.place is not None and
            km(i.place.lat, i.place.lon, *point) <= radius_km]


@pytest.mark.parametrize("name,point", [("Goris", GORIS), ("Sotk", SOTK), ("Jermuk", JERMUK)])
def test_september_shelling_is_pinned_at_each_town(seed_incidents, name, point):
    found = [i for i in _at(seed_incidents, point, 5) if i.date.iso() in SEP_DATES]
    assert found, f"no September 2022 incident within 5 km of {name}"
    inc = found[0]
    assert inc.event_type == "shelling"
    assert inc.attacker == "AZ"
    assert any(c.side == "AM" for c in inc.claims), "the claim is Armenia's"
    assert {"003_226cea06c61128df", "004_15cf8296751ff347"} <= set(inc.article_ids), \
        "both outlets' reports are merged into one incident"


def test_misspelt_sok_is_sotk(seed_analyses):
    seed = next(a for a in seed_analyses if a.article.id.startswith("003"))
    sok = [m for m in seed.mentions if m.surface == "Sok"]
    assert sok and sok[0].place is not None
    assert km(sok[0].place.lat, sok[0].place.lon, *SOTK) < 5
    assert "fuzzy" in sok[0].reason


@pytest.mark.parametrize("name,point", [("Dashkesan", DASHKASAN), ("Kelbajar", KALBAJAR),
                                        ("Lachin", LACHIN)])
def test_azerbaijani_claims_are_pinned_at_each_district(seed_incidents, name, point):
    found = [i for i in _at(seed_incidents, point, 10) if i.date.iso() in SEP_DATES]
    assert found, f"no September 2022 incident within 10 km of {name}"
    inc = found[0]
    assert inc.geo_precision == 3
    assert inc.attacker == "AM"
    assert any(c.side == "AZ" for c in inc.claims)


def test_november_2021_is_dated_and_carries_each_sides_claims(seed_incidents):
    november = [i for i in seed_incidents if i.date.iso() == "2021-11-16"]
    assert november, "nothing dated 2021-11-16"
    claims = [c for i in november for c in i.claims]
    assert any(c.side == "AM" and c.killed == 15 for c in claims)
    assert any(c.side == "AM" and c.captured == 12 for c in claims)
    assert any(c.side == "AZ" and c.killed == 7 and c.wounded == 10 for c in claims)
    nov_articles = {a for i in november for a in i.article_ids}
    assert {"000_b2f2e99ba0f8fbfa", "001_26a9593ee76274a9", "002_3fd0829ca3041a9f"} <= nov_articles


def test_karakilise_is_sisian_in_november(seed_incidents):
    found = [i for i in seed_incidents if i.place_name == "Karakilise"]
    assert found and found[0].place.name == "Sisian"
    assert found[0].date.iso() == "2021-11-16"


@pytest.mark.parametrize("city,point", [("Baku", (40.3777, 49.8920)),
                                        ("Moscow", (55.7522, 37.6156)),
                                        ("Yerevan", (40.1777, 44.5126))])
def test_capitals_and_datelines_are_never_pinned(seed_incidents, city, point):
    assert not _at(seed_incidents, point, 30), f"an incident is pinned at {city}"


def test_baku_tembak_is_never_the_city(seed_analyses):
    for a in seed_analyses:
        text = a.article.text
        for m in a.mentions:
            following = text[m.end:m.end + 8].lower()
            assert not (m.surface.lower() == "baku" and following.startswith(" tembak")), \
                f"{a.article.id}: 'baku tembak' read as a place at {m.start}"


def test_nothing_comes_from_link_lists(seed_analyses):
    for a in seed_analyses:
        text = a.article.text
        cut = min([p for p in (text.find("Berita Terkait"), text.find("Baca juga"))
                   if p >= 0] or [len(text)])
        for inc in a.incidents:
            for e in inc.evidence:
                line = text[text.rfind("\n", 0, e.start) + 1:e.start]
                assert not line.startswith("Baca juga"), e.quote
                if a.article.id.startswith("000"):
                    assert e.start < cut, f"evidence after the link list: {e.quote!r}"
    places = {i.place.name for a in seed_analyses for i in a.incidents if i.place}
    assert not places & {"Sumqayit", "Aghdam", "Ağdam", "Hamilton"}


def test_every_evidence_span_quotes_the_text(seed_analyses, seed_incidents):
    texts = {a.article.id: a.article.text for a in seed_analyses}
    for inc in seed_incidents:
        assert inc.evidence
        for e in inc.evidence:
            assert texts[e.article_id][e.start:e.end] == e.quote
        for claim in inc.claims:
            for e in claim.evidence:
                assert texts[e.article_id][e.start:e.end] == e.quote


def test_mention_offsets_point_at_the_surface(seed_analyses):
    for a in seed_analyses:
        for m in a.mentions:
            assert a.article.text[m.start:m.end] == m.surface


def test_claims_frame_keeps_each_sides_figures_apart(seed_incidents):
    import geo

    claims = geo.claims_frame(seed_incidents)
    november = claims[claims["date"] == "2021-11-16"]
    assert {"AM", "AZ"} <= set(november["side"].dropna())
    az = november[(november["side"] == "AZ") & (november["killed"] == 7)]
    assert not az.empty and (az["wounded"] == 10).any()
    assert len(claims) == sum(len(i.claims) for i in seed_incidents)


def test_incidents_know_their_side_and_distance_to_the_border(seed_incidents):
    from geo.frame import properties

    by_name = {i.place_name: properties(i) for i in seed_incidents if i.place is not None}
    goris, jermuk = by_name["Goris"], by_name["Jermuk"]
    assert goris["border_side"] == "AM" and jermuk["border_side"] == "AM"
    assert by_name["Kelbajar"]["border_side"] == "AZ"
    # Goris lies a few km from the border line; Jermuk about 10-20 km (Natural Earth 1:10m)
    assert 0 < goris["border_km"] < 15
    assert 3 < jermuk["border_km"] < 30
    assert goris["border_km"] < jermuk["border_km"]
