"""Synthetic incidents for map tests and benchmarks: ``geo.records.Incident`` objects built
directly (no pipeline), at ``gazetteer.Place`` points scattered around real towns on both
sides of the Armenia–Azerbaijan border, with claims by both sides and quoted evidence.

Deterministic for a given seed. A few quotes and place names carry HTML/JS on purpose, so
that escaping is exercised at every scale.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gazetteer import Place
from geo.records import EVENT_TYPES, Claim, Evidence, Incident, PartialDate

#: (name, lat, lon, country): real towns the synthetic places cluster around.
ANCHORS = (
    ("Goris", 39.5111, 46.3417, "AM"), ("Jermuk", 39.8395, 45.6711, "AM"),
    ("Sotk", 40.2001, 45.8695, "AM"), ("Vardenis", 40.1833, 45.7306, "AM"),
    ("Kapan", 39.2076, 46.4058, "AM"), ("Ijevan", 40.8756, 45.1492, "AM"),
    ("Berd", 40.8811, 45.3889, "AM"), ("Kalbajar", 40.1098, 46.0445, "AZ"),
    ("Lachin", 39.6374, 46.5498, "AZ"), ("Dashkasan", 40.5239, 46.0819, "AZ"),
    ("Tovuz", 40.9922, 45.6289, "AZ"), ("Zangilan", 39.0857, 46.6525, "AZ"),
    ("Shusha", 39.7583, 46.7484, "AZ"), ("Gadabay", 40.5656, 45.8161, "AZ"),
)
CLAIMANTS = (("Armenian Defence Ministry", "AM"), ("Azerbaijani Defence Ministry", "AZ"),
             ("Armenian border guards", "AM"), ("Azerbaijan's State Border Service", "AZ"),
             ("Russian peacekeepers", "RU"), (None, None))
VERBS = ("shelled", "fired on", "struck with drones", "attacked", "hit with mortars",
         "opened fire at", "launched rockets at")
HOSTILE = ('<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> '
           "&amp; \"quotes\" 'apostrophes'")


def synthetic_places(count: int, rng: random.Random) -> list[Place]:
    places = []
    for k in range(count):
        name, lat, lon, country = ANCHORS[k % len(ANCHORS)]
        spread = 0.02 if k < len(ANCHORS) else 0.18
        label = name if k < len(ANCHORS) else f"{name} village {k}"
        if k == len(ANCHORS):
            label = 'Bad <b>"place"</b> & co'
        places.append(Place(f"syn:{k}", label, round(lat + rng.uniform(-spread, spread), 5),
                            round(lon + rng.uniform(-spread, spread), 5), country,
                            "town" if k < len(ANCHORS) else "village"))
    return places


def synthetic_incidents(n: int, *, seed: int = 0, places: int = 2000, articles: int = 5000,
                        start: date = date(2020, 9, 27), days: int = 1100) -> list[Incident]:
    """``n`` incidents over ``places`` places and ``articles`` quoted articles."""
    rng = random.Random(seed)
    where = synthetic_places(places, rng)
    quotes = []
    for a in range(articles):
        who, _ = CLAIMANTS[a % len(CLAIMANTS)]
        p = where[rng.randrange(len(where))]
        text = (f"{who or 'A witness'} said forces {rng.choice(VERBS)} positions near {p.name} "
                f"overnight, and that {rng.randint(0, 9)} soldiers were wounded.")
        if a % 997 == 0:
            text += " " + HOSTILE
        begin = rng.randint(0, 3000)
        quotes.append(Evidence(f"art-{a:05d}", begin, begin + len(text), text))
    out = []
    for i in range(n):
        place = where[min(int(rng.paretovariate(1.1)) - 1, len(where) - 1)] \
            if rng.random() < 0.5 else where[rng.randrange(len(where))]
        kind = EVENT_TYPES[rng.randrange(len(EVENT_TYPES))]
        day = start + timedelta(days=int(rng.triangular(0, days, days * 0.1)))
        precision = "day" if rng.random() < 0.9 else rng.choice(("month", "year", "unknown"))
        when = PartialDate(None if precision == "unknown" else day, precision, "synthetic")
        claims = []
        for _ in range(rng.randint(0, 3)):
            who, side = rng.choice(CLAIMANTS)
            claims.append(Claim(who, side, killed=rng.choice((None, None, 0, 1, 2, 3, 7)),
                                wounded=rng.choice((None, 1, 2, 4)),
                                status="denied" if rng.random() < 0.1 else "claimed"))
        evidence = tuple(quotes[rng.randrange(articles)] for _ in range(rng.randint(1, 2)))
        denied = bool(claims) and all(c.status == "denied" for c in claims)
        out.append(Incident(
            incident_id=f"{i:012x}", article_ids=tuple(e.article_id for e in evidence),
            date=when, event_type=kind, place=place, place_name=place.name,
            geo_precision=rng.choice((1, 1, 2, 3)), attacker=rng.choice((None, "AM", "AZ")),
            target=rng.choice((None, "AM", "AZ")), weapons=rng.choice(((), ("drone",),
                                                                       ("mortar", "artillery"))),
            status="denied" if denied else "claimed", claims=tuple(claims), evidence=evidence,
            date_end=day + timedelta(days=1) if precision == "day" and rng.random() < 0.05
            else None, sources=("synthetic",)))
    return out
