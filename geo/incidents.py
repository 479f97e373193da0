"""Incidents of one article: each sentence that reports an attack becomes a :class:`Report`
(type, date, claim, places); the reports of one event become one incident per place, plus
one incident that carries the claims the article makes about the event without a place
(at the region it names, or with no geometry at all — never a guessed pin)."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from gazetteer import Place, fold, haversine_km

from . import claims as attribution
from . import events
from .dates import NIGHT, Anchor, is_vague, not_after_statement, sentence_date
from .events import SentenceInfo
from .lexicon import Lexicon
from .records import (EVENT_TYPES, UNKNOWN_DATE, Article, Claim, Evidence, Incident, Location,
                      Mention, PartialDate, Report, Sentence)
from .settings import Region
from .toponyms import REFUSED

_FINE_KINDS = ("town", "village", "mountain", "lake", "other")


def geo_precision(mention: Mention) -> int:
    """ACLED's precision: 1 the named place, 2 near it or a small area, 3 district/region."""
    assert mention.place is not None
    if mention.place.kind in ("district", "region", "country"):
        return 3
    if mention.near or mention.place.kind in ("mountain", "lake"):
        return 2
    return 1


def _drop_bearings(places: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """"in Gegharkunik province, east of Lake Sevan": a lake, mountain or area a bearing is
    taken from tells where another place of the sentence lies; alone it stays."""
    if len(places) < 2:
        return places
    bearing = lex.context["bearing"].regex  # (a window of the article: no pre-check)
    # (a town a bearing is taken from is still near the fire: "south of Jermuk", unless it
    # only says where another place named with it lies: "Khnatsakh, a village east of Goris")
    taken = [m for m in places if m.place is not None and (
        (m.place.kind not in ("town", "village") and (
            bearing.search(text, m.end, m.end + 25) if lex.verb_final
            else bearing.search(text, max(0, m.start - 25), m.start))) or
        _describes(m, places, bearing, text, lex))]
    kept = [m for m in places if m not in taken]
    return kept if taken and kept else places


def _describes(m: Mention, places: list[Mention], bearing: re.Pattern[str], text: str,
               lex: Lexicon) -> bool:
    """A bearing from ``m`` set off as a description of another place just before it
    ("Khnatsakh, a village east of Goris"; "Nerkin Hand, south-east of the regional centre
    Kapan"), or, in verb-final languages, just after it ("Goris'in doğusundaki Hnatsah
    köyü")."""
    if lex.verb_final:
        found = bearing.search(text, m.end, m.end + 25)
        return found is not None and any(
            0 <= p.start - found.end() <= 20 and not lex.context["list_joiners"].search(
                text[found.end():p.start]) for p in places if p is not m)
    found = next(reversed(list(bearing.finditer(text, max(0, m.start - 45), m.start))), None)
    if found is None or len(text[found.end():m.start].split()) > 3:
        return False
    return any(p.end <= found.start() and
               text[p.end:found.start()].lstrip().startswith(",") and
               len(text[p.end:found.start()]) <= 30 and
               not lex.context["list_joiners"].search(text[p.end:found.start()])
               for p in places if p is not m)


def _drop_containers(places: list[Mention]) -> list[Mention]:
    """"Sev Lich in Syunik province": a district or region named as the container of a
    specific place of the same sentence (a region also of a district) is its address, not
    a second location."""
    fine = [m.place for m in places if m.place is not None and m.place.kind in _FINE_KINDS]
    districts = [m.place for m in places if m.place is not None and m.place.kind == "district"]
    if not fine and not districts:
        return places
    # "Чинари в Тавуше": a village that bears the name of another place's province is that
    # province written as an address, whichever way its name resolved.
    provinces = {fold(p.admin1) for p in fine if p.admin1}

    def address(area: Place) -> bool:
        if area.kind in ("district", "region"):
            held = fine + (districts if area.kind == "region" else [])
            if any(_contains(area, p) for p in held if p is not area):
                return True
        return fold(area.name) in provinces and \
            any(p is not area and fold(p.admin1 or "") == fold(area.name) for p in fine)

    return [m for m in places if m.place is None or not address(m.place)]


def _contains(area: Place, place: Place) -> bool:
    if area.country and place.country and area.country != place.country:
        return False  # "Lachin district … from the village of Tegh": across the border
    # what shares the area's admin1 is inside it, unless that admin1 is a larger region's
    # (Sadarak district's is Nakhchivan AR, which also holds Nakhchivan town)
    same_admin = bool(area.admin1 and place.admin1 and area.admin1 == place.admin1) and \
        (area.kind == "region" or fold(area.admin1) in fold(area.name))
    reach = max(area.uncertainty_km, 30.0)
    return same_admin or haversine_km(area.lat, area.lon, place.lat, place.lon) <= reach


_UNKNOWN = "not in the gazetteer"


def _unknown(m: Mention) -> bool:
    """A place the gazetteer lacks: unresolved, or pinned at the place the text puts it near
    or in (``_locate_unknown``)."""
    return m.place is None or m.reason.startswith(_UNKNOWN)


def _place_key(m: Mention) -> str:
    """What one place of an article is: its gazetteer id, or for a place the gazetteer lacks
    its name (Srashen pinned in Syunik is not Syunik)."""
    return f"?{m.surface}" if _unknown(m) else m.place.id


def _locate_unknown(text: str, places: list[Mention], lex: Lexicon,
                    named: Sequence[Mention] = ()) -> list[Mention]:
    """"the village of Khoznavar, near Goris": a place the gazetteer lacks, followed by the
    place it is near, is pinned near that place (precision 2) under its own name; with the
    district or region that holds it after it ("село Ерасхаун Араратской области", "Srashen,
    dans la province du Siounik") or before it ("Tovuz rayonunun Koxanəbi kəndi"), it is
    pinned there, as coarsely (precision 3). ``named``: the sentence's other mentions, where
    that holder may be."""
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(places):
        nxt = places[k + 1] if k + 1 < len(places) else None
        gap = text[m.end:nxt.start] if nxt is not None else ""
        if m.place is None and nxt is not None and nxt.place is not None and nxt.near and \
                len(gap) < 25 and gap.lstrip()[:1] == ",":
            out.append(replace(m, place=nxt.place, near=True,
                               reason=f"{_UNKNOWN}; the text places it near "
                                      f"{nxt.surface} ({nxt.reason})"))
            skip.add(k + 1)
        elif m.place is None and nxt is not None and nxt.place is not None and \
                nxt.place.kind in ("district", "region") and _holds(gap, lex):
            out.append(replace(m, place=nxt.place,
                               reason=f"{_UNKNOWN}; the text places it in "
                                      f"{nxt.surface} ({nxt.reason})"))
            skip.add(k + 1)
        elif m.place is None and m.reason.startswith(REFUSED) and \
                (holder := _holder_before(m, named)) is not None:
            # "Tovuz rayonunun Koxanəbi kəndi": the holder before it, which refused every
            # namesake the gazetteer has elsewhere (a pin itself or not)
            if out and out[-1] is holder:
                out.pop()
            out.append(replace(m, place=holder.place,
                               reason=f"{_UNKNOWN} in {holder.surface}; the text places it "
                                      f"there ({holder.reason})"))
        elif k not in skip:
            out.append(m)
    return out


def _holder_before(m: Mention, named: Sequence[Mention]) -> Mention | None:
    """The district or region just before a name that it refused to hold a namesake of."""
    before = [h for h in (*named,) if h.end <= m.start and h.sentence == m.sentence]
    holder = max(before, key=lambda h: h.end, default=None)
    return holder if holder is not None and holder.place is not None and \
        holder.place.kind in ("district", "region") and holder.place.name in m.reason else None


def _holds(gap: str, lex: Lexicon) -> bool:
    """The words between a name and the area after it make the area its address: none (a
    Russian adjective, "Ерасхаун Араратской"), or a locative and lower-case words ("Srashen
    in Syunik province", "Srashen, dans la province arménienne du Siounik")."""
    body = gap.strip().removeprefix(",")
    words = body.split()
    if not gap.strip():
        return True
    return len(gap) <= 40 and bool(words) and "," not in body and \
        bool(lex.context["locative"].fullmatch(words[0])) and all(w.islower() for w in words)


def _article_weekday(infos: Sequence[SentenceInfo]) -> int | None:
    """The weekday an undated article keeps naming (statements included), if just one."""
    days = {r.weekday for i in infos for r in i.date_refs if r.weekday is not None and not r.since}
    return days.pop() if len(days) == 1 else None


def build_reports(article: Article, infos: Sequence[SentenceInfo], mentions: Sequence[Mention],
                  at: Anchor, lex: Lexicon, region: Region, border: Place | None,
                  sections: Sequence[tuple[int, PartialDate]] = ()) -> list[Report]:
    """One report per sentence that tells of an attack (or of its casualties).
    ``sections``: (offset, date) of the headers that date a round-up's sections."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    reports: list[Report] = []
    previous: attribution.Attribution | None = None
    told_at = -9
    home = next((m.place.country for m in mentions if m.role == "dateline" and m.place and
                 m.place.country in region.belligerents), None) or \
        region.home_languages.get(lex.language)
    introduced: tuple[int, attribution.Attribution] | None = None
    speakers: dict[str, str] = {}  # a named speaker's surname: the side they spoke for
    tellers: dict[str, attribution.Attribution] = {}  # each side's last teller
    clause_of = (-1, attribution.Attribution(None, None))  # the last clause's sentence, teller
    for info in (c for i in infos for t in _title_clauses(i, lex, region)
                 for d in _denial_clause(t, lex, by_sentence)
                 for c in _claim_and_denial(d, lex, by_sentence)):
        if events.toll_update(info, lex):  # its day is the day the toll was told
            info = replace(info, date_refs=tuple(replace(r, statement=True)
                                                 for r in info.date_refs))
        who = attribution.attribute(info, lex, region, previous, home)
        if not who.claimant and clause_of[0] == info.sentence.index and \
                info.sentence.text.lstrip(" ,;:—–-")[:1].islower():
            # "… обстреляли позиции у Сотка, но опровергло слухи …": a clause read apart that
            # goes on without a subject keeps the teller of the clause before it (not a
            # title's "…, Armenia says; Baku reports …")
            who = clause_of[1]
        clause_of = (info.sentence.index, who)
        if info.reports_attack and _told_by_a_post(info.sentence.text, lex) and \
                (not who.claimant or lex.context["social_post"].search(who.claimant)):
            # "La légende affirme : « l'armée bombarde Goris en ce moment »", "Plusieurs
            # chaînes Telegram évoquent des tirs": a post tells it, no party
            continue
        if who.claimant and who.side and info.sentence.text.rstrip().endswith(":"):
            # "The ministry issued the following statement:": it tells what follows
            introduced = (info.sentence.index, who)
        elif not who.claimant and not info.reports_attack and \
                lex.claims["introduces"].search(info.sentence.text):
            # "Ниже приводим заявление Минобороны Армении полностью.": the same, uncued
            teller = _statement_teller(info.sentence.text, lex, region)
            if teller is not None:
                introduced = (info.sentence.index, teller)
        elif who.claimant:
            introduced = None
        elif introduced is not None and info.sentence.index - introduced[0] <= _STATEMENT:
            who = introduced[1]
        goes_on = _goes_on(info, who, previous, reports, lex)
        told_on, told_from = False, -1
        if goes_on is not None:
            # "Positions near Kut also came under fire": the same teller
            who = attribution.Attribution(goes_on.claim.claimant, goes_on.claim.side)
        elif not who.claimant and info.reports_attack and not info.denial and \
                previous is not None and previous.side in region.belligerents and \
                0 < info.sentence.index - told_at <= _TOLD_ON:
            # "The Investigative Committee opened a case … According to the file, on Tuesday
            # a soldier near Sotk was mortally wounded by a sniper's shot.": a party's
            # account goes on in the untold sentences just after it
            who, told_on, told_from = previous, True, told_at
        if not who.claimant and info.reports_attack:
            ours = _ours(info.sentence.text, by_sentence[info.sentence.index], lex, region)
            if previous is not None and previous.side and previous.side == ours:
                who = previous  # "… mövqelərimiz atəşə tutulub": the ministry quoted goes on
            elif who.side is None and ours:
                # "Samedi soir, nos positions près de Djermouk ont essuyé des tirs": whoever
                # says "our positions" (an interviewee, an official quoted) speaks for them
                who = replace(who, side=ours)
        if who.side is None and who.claimant:
            mentions_here = by_sentence[info.sentence.index]
            who = replace(who, side=_our_side(who.claimant, info.sentence.text, mentions_here,
                                              lex, region) or
                          _official_of(who.claimant, info.sentence, mentions_here, lex, region,
                                       info) or
                          speakers.get(_surname(who.claimant) or "-") or
                          speakers.get(_body(who.claimant, lex) or "-"))
        if who.side is not None and who.claimant:
            # "Ministry spokeswoman Narine Hakobyan told …" … "According to Hakobyan, …";
            # "Kementerian Pertahanan Armenia …" … "Kementerian kini menyebut …"
            for key in (_surname(who.claimant), _body(who.claimant, lex)):
                if key:
                    speakers[key] = who.side
            tellers[who.side] = who
        if who.claimant:
            previous, told_at = who, info.sentence.index
        elif not lex.verb_final:  # "Минобороны Азербайджана изложило события иначе."
            previous = attribution.opening_actor(info.sentence.text, lex, region) or \
                (None if info.reports_attack else _report_teller(info.sentence.text, lex,
                                                                 region)) or previous
        if info.rebuttal:  # the denial half answers the report before; the rest is new
            reports += _placeless_denial(replace(info, denial=True), who, reports, lex,
                                         region, article, by_sentence[info.sentence.index])
        if not info.reports_attack and info.weapons and reports and not info.denial and \
                info.sentence.index - reports[-1].sentence.index == 1 and \
                who.side in (None, reports[-1].claim.side):
            # "It said the Armenian side had used machine guns": the weapons of the report
            # just before.
            reports[-1] = replace(reports[-1], weapons=tuple(dict.fromkeys(
                (*reports[-1].weapons, *info.weapons))))
            continue
        if not info.reports_attack and who.claimant and not info.denial and reports and \
                reports[-1].claim.claimant is None and not reports[-1].sentence.headline and \
                info.sentence.index - reports[-1].sentence.index == 1:
            # "… shelled our positions near Kalbajar. The Defence Ministry reported this.":
            # the next sentence names who tells the report.
            side = who.side or _our_side(who.claimant, reports[-1].sentence.text,
                                         by_sentence[reports[-1].sentence.index], lex, region)
            if side is not None and side == reports[-1].attacker and \
                    _other(side, region) in tellers:
                # "… Ermənistan … qrupunun sərhədi keçmək cəhdinin qarşısı alınıb. Nazirlik …
                # bildirib": no side tells of its own attack, so "the ministry" is the other's
                who = tellers[_other(side, region)]
                side = who.side
            told = replace(reports[-1].claim, claimant=who.claimant, side=side)
            reports[-1] = _dated_by(replace(reports[-1], claim=told), info, by_sentence,
                                    lex, at)  # "… the prosecutor said it happened on Thursday"
            continue
        if not info.reports_attack:
            denied = [] if _denial_told_next(info, infos, by_sentence, lex) else \
                _placeless_denial(info, who, reports, lex, region, article,
                                  by_sentence[info.sentence.index])
            if denied:
                reports += denied
            elif reports:
                reports[-1] = _dated_by(reports[-1], info, by_sentence, lex, at)
            continue
        s = info.sentence
        told = [m for m in by_sentence[s.index] if s.start <= m.start < s.end]
        denied_at = lex.claims["denial"].search(s.text) if info.rebuttal else None
        split = False
        if denied_at is not None:
            # "… called the report of fire on Chinari false and said Armenian units shelled
            # Tovuz": the counter-claim's places are those after the denial, and after its
            # own speech verb when the denial names places of its own (_denial_clause)
            counter = None if lex.verb_final else _counter_start(s.text, lex)
            said = counter[1] if counter else denied_at.end()  # (verb-final: it ends the clause)
            split = any(m.role == "event_location" and
                        s.start + denied_at.end() <= m.start < s.start + said for m in told)
            told = [m for m in told if m.start >= s.start + denied_at.end() and
                    not (m.role == "event_location" and m.start < s.start + said)]
        places = _locate_unknown(article.text, [m for m in told if m.role == "event_location"],
                                 lex, told)
        places = _drop_containers(_drop_bearings(places, article.text, lex))
        specific = tuple(Location(m, geo_precision(m) if m.place else 0) for m in places
                         if m.place is None or m.place.kind in _FINE_KINDS + ("district",))
        # "… à Yeraskh, un village collé à la frontière du Nakhitchevan", "a village that hugs
        # the Nakhchivan border": a name that only says which border the place hit lies on;
        # "near Kornidzor, close to the road to Goris": where a road leads. Neither is a second
        # place hit, when another place is named
        qualifiers = {id(m) for k, m in enumerate(places)
                      if (_names_a_border(m, article.text, lex) and
                          _described_before(m, places[:k], article.text, lex)) or
                      _road_leads_to(m, article.text, lex)}
        if any(id(m) not in qualifiers for m in places):
            places = [m for m in places if id(m) not in qualifiers]
            specific = tuple(loc for loc in specific if id(loc.mention) not in qualifiers)
        if info.denial and who.side in region.belligerents and who.claimant and \
                (lex.context["government"].search(who.claimant) or
                 attribution.side_of(who.claimant, region)) and \
                _denial_first(s.text, lex) and lex.context["no_event"].search(s.text) and \
                lex.claims["denial"].search(s.text):
            # a side saying it did not fire on the other's ground: its own places named ("…
            # Yerasx istiqamətində heç bir atəş açılmadığını iddia edib") are where its units
            # stand (not a counter-claim's, told without a negation)
            specific = tuple(loc for loc in specific if loc.mention.place is None or
                             loc.mention.place.country != who.side)
        # (not a macro-region such as the South Caucasus: the whole theatre is no place)
        regions = [m for m in places if m.place is not None and m.place.kind == "region" and
                   m.place.uncertainty_km <= _REGION_KM]
        asked = _question_before(info, infos)
        if not specific and not regions and asked is not None:
            # "Q: What happened near Movses? A: … a sniper opened fire": the place asked about
            specific = tuple(Location(m, geo_precision(m))
                             for m in by_sentence.get(asked.sentence.index, ()) if _local(m))
        if split and not specific and not regions:
            # "… denied that its troops had shelled Sotk, adding that Armenian forces had
            # fired on its positions": a counter-claim naming no place of its own is no
            # report of the denied place's
            continue
        if not specific and not regions and not info.denial:
            specific = _village_named_before(info, infos, by_sentence, lex, article)
        if not specific and not regions and lex.context["same_place"].search(s.text):
            # "… նույն հատվածում … կրակ էին բացել" (in the same section): the last place told
            specific = next((r.locations for r in reversed(reports) if r.locations), ())
        if info.denial and not specific and not regions:
            # "… denied the report, saying its units had not fired": the places are those of
            # the report it answers.
            denied = _placeless_denial(info, who, reports, lex, region, article,
                                       by_sentence[info.sentence.index])
            if denied:
                reports += denied
                continue
        if not specific and not regions and reports and reports[-1].status == "denied" and \
                who.side is not None and who.side == reports[-1].claim.side and \
                s.index - reports[-1].sentence.index == 1 and \
                all(f.value == 0 for f in info.figures) and lex.context["negation"].search(s.text):
            # "Baku denied it. The ministry said its units had not used drones on that stretch
            # of the border …", "… no crossing, and no casualties on our side": the denial
            # goes on; no new claim at the border.
            last = reports[-1]
            more = (*last.evidence, Evidence(article.id, s.start, s.end, s.text))
            reports[-1] = replace(last, evidence=more,
                                  claim=replace(last.claim, evidence=more))
            continue
        # ("Armenia and Azerbaijan again accused each other of violating the ceasefire in
        # three incidents at the border": a summary, which the accounts after it place)
        summary = lex.claims["reciprocal"].search(s.text) and lex.claims["accuse"].search(s.text)
        region_loc = Location(regions[0], 3) if regions else \
            None if summary else _border(info, lex, region, border, article.id)
        told_info = info
        if denied_at is not None:  # the counter-claim's attacker is in its own clause
            cut = denied_at.end()
            told_info = replace(info, sentence=replace(s, start=s.start + cut, text=s.text[cut:]))
        attacker, target = attribution.attacker_target(told_info, lex, region, who)
        if attacker is None and goes_on is not None and not any(
                loc.mention.place is not None and loc.mention.place.country == goes_on.attacker
                for loc in specific):
            # (not on the attacker's own ground: "Azerbaijani positions in Kalbajar also came
            # under fire")
            attacker, target = goes_on.attacker, goes_on.target
        if attacker is None:
            attacker, target = _fired_across(told, specific, region) or \
                _hit_at_home(who, specific, region, info) or \
                _fired_from(told, specific, who, region, info) or (attacker, target)
        if attacker is not None and who.side == attacker and info.figures and \
                not info.denial and who.claimant and lex.claims["agent"].search(s.text) and \
                (attribution.side_of(who.claimant, region) is None or who.claimant not in s.text):
            # "… a soldier was killed by Azerbaijani fire near Koti, the ministry said", after
            # both ministries spoke: a side that counts the losses of the other's fire is not
            # that other, so "the ministry" is the one whose soldier it was
            other = [b for b in region.belligerents if b != attacker and b in tellers]
            if len(other) == 1:
                inherited = who.claimant not in s.text  # "the ministry said": the last one
                who = tellers[other[0]] if inherited else replace(who, side=other[0])
        figures: dict[str, object] = {}
        for f in info.figures:
            figures.setdefault(f.category, f)  # the first figure of a kind is the claim
        victim = next((attribution.victim_side(f, info, region, who) for f in info.figures), None)
        if attacker is not None and (any(attribution.casualties_party(f, info, region, lex) ==
                                         attacker for f in info.figures) or
                                     (not info.figures and
                                      _victim_named(s.text, lex, region) == attacker)):
            # "Two Azerbaijani soldiers wounded in border shooting": the side named as losing
            # them is who was hit, not who fired.
            attacker, target = None, attacker
        if told_on and (attacker == who.side or
                        (infos[told_from].denial and attacker != _other(who.side, region))):
            # a party does not tell of its own attack, and after a denial only an account of
            # the other side's attack goes on ("Baku denied it. Two houses in Sotk were
            # damaged, photos showed.")
            who = attribution.Attribution(None, None)
        status = "denied" if info.denial and not _denied_by_the_other(s.text, who, lex, region) \
            else "claimed"
        if status == "denied" and specific and \
                not any(r.status == "claimed" and _place_ids(r.locations) & _place_ids(specific)
                        for r in reports):
            own_ground = who.side in region.belligerents and _countries(specific) == {who.side}
            official = who.claimant and (lex.context["government"].search(who.claimant) or
                                         attribution.side_of(who.claimant, region))
            if (not lex.claims["denial"].search(s.text) and
                    (who.side is None or not official or own_ground)) or \
                    (own_ground and all(iso == who.side
                                        for _, iso in attribution.sides_in(s.text, region))) or \
                    (who.side is None and who.claimant is not None):
                # "Two residents of Yeraskh said they heard no shots": denies no report; nor
                # does a side telling of quiet on its own ground ("у Вардениса … нарушений
                # не зафиксировано"), or denying fire there that nobody claims ("Posts
                # claiming that Jermuk had been shelled are false, the town's mayor says");
                # nor does a denial told by someone of no side, of what nobody claims
                # ("Sosial şəbəkələrdə … yayılan məlumatlar həqiqətə uyğun deyil")
                continue
        if not specific and not regions and who.side is not None and \
                who.side not in region.belligerents:
            continue  # "France said it would raise the fighting at the UN": a reaction
        if status == "denied" and not specific and not regions and \
                (who.side is None or s.headline):
            # "… measured by the number of nights without shots": nobody denies; "Armenia
            # Bantah Tuduhan …, Baku Umumkan 50 Prajurit Tewas": the body tells what a
            # title denies
            continue
        if status == "denied" and who.side in region.belligerents and \
                _denial_first(s.text, lex):
            # "Baku denied reports of shelling Kut": the denier, speaking first, is the side
            # said to have attacked, whatever party the sentence names as the reports' source.
            attacker = who.side
            target = _other(who.side, region) or target
        if who.side is None and specific and status == "claimed" and \
                lex.context["our"].search(s.text) and lex.context["positions"].search(s.text):
            # "Tadi malam pos-pos tentara kami di pinggir desa ditembaki" (the village named
            # before): whoever says "our positions" speaks for the country of the place hit
            # ("our correspondent" speaks for no side)
            who = replace(who, side=next((loc.mention.place.country for loc in specific
                                          if loc.mention.place is not None and
                                          loc.mention.place.country in region.belligerents),
                                         None))
        if who.side is None and who.claimant and status == "claimed" and \
                lex.context["government"].search(who.claimant) and \
                attacker in region.belligerents and specific and \
                _countries(specific) == {_other(attacker, region)}:
            # "The Defence Ministry said Azerbaijani units fired at positions near Verin
            # Shorzha": an office of no named country, telling of the other side's fire on
            # places of one country, speaks for that country
            who = replace(who, side=_other(attacker, region))
        evidence = (Evidence(article.id, s.start, s.end, s.text),)
        claim = Claim(who.claimant, who.side,
                      *(figures[c].value if c in figures else None
                        for c in ("killed", "wounded", "captured", "missing")),
                      status=status, victim_side=victim, evidence=evidence)
        own = [r for r in info.date_refs if not r.since and not r.statement]
        when = sentence_date(_event_day_first(info.date_refs, s.text, lex), at) or UNKNOWN_DATE
        if not own and asked is not None:  # "— Que s'est-il passé mardi ? — Vers 21 heures, …"
            when = replace(sentence_date(asked.date_refs, at) or when,
                           source="date of the question it answers")
        said_on = [r for r in info.date_refs if r.statement and not r.since]
        said = sentence_date([replace(said_on[0], statement=False)], at) if said_on else None
        if said is not None and said.precision != "day":
            said = None
        when = not_after_statement(when, own, said)
        if not own and said is not None and lex.dates["same_day"].search(s.text):
            # "… said on Wednesday that … had opened fire earlier that morning": the day it
            # was said
            when = replace(said, source="'that day': the day of the statement")
        elif not own and lex.dates["same_day"].search(s.text) and reports:
            when = replace(reports[-1].date, source="'the same day' as the report before")
        elif not own and any(start < s.start for start, _ in sections):
            section = [d for start, d in sections if start < s.start][-1]
            if section.value is not None:
                when = replace(section, source="date heading the section")
        if not own and status == "denied" and specific:
            # "Baku rejected the account of the Berd shooting": the day of the report denied
            denied_report = _dated_report_denied(reports, who.side, specific)
            if denied_report is not None:
                when = replace(denied_report.date, source="date of the report it denies")
        elif not own and when.precision != "day" and s.index > 0 and specific:
            when = _date_of_the_scene(infos[s.index - 1], by_sentence, specific, at,
                                      lex) or when
        if not own and when.precision != "day" and specific and s.index + 1 < len(infos):
            when = _dated_next(infos[s.index + 1], by_sentence, specific, at, lex) or when
        weekday = next((r.weekday for r in own if r.weekday is not None), None)
        reports.append(Report(article.id, s, (info.event_types or ("attack",))[0], when, status,
                              claim, attacker, target, info.weapons, specific, region_loc,
                              weekday, evidence, said))
    weekday = _article_weekday(infos)
    return _denied_accounts(_date_reports(_drop_history(reports, at, weekday), at, weekday,
                                          _lead_day(infos, reports, at)),
                            lex, region)


def _dated_report_denied(reports: Sequence[Report], denier: str | None,
                         located: Sequence[Location]) -> Report | None:
    """The last claim of another teller at a place a denial names, among those that have
    their day (a follow-up telling the toll has none yet)."""
    ids = _place_ids(located)
    return next((r for r in reversed(reports) if r.status == "claimed" and
                 r.claim.side != denier and r.date.precision == "day" and
                 _place_ids(r.locations) & ids), None)


def _other(side: str | None, region: Region) -> str | None:
    """The other belligerent."""
    others = [b for b in region.belligerents if b != side]
    return others[0] if side in region.belligerents and len(others) == 1 else None


def _victim_named(text: str, lex: Lexicon, region: Region) -> str | None:
    """The party of a person a sentence says was hurt, named with no number ("Второй
    азербайджанский военнослужащий, раненный …", "an Armenian soldier died of his
    wounds")."""
    if not any(lex.casualties[c].search(text) for c in ("killed", "wounded", "captured")):
        return None
    first_event = lex.any_event.search(text)
    for m in lex.casualties["persons"].finditer(text):
        if first_event is not None and m.start() > first_event.start():
            break  # (the one hurt opens the sentence; later, it is another clause's)
        word = text[m.end():m.end() + 20].split()[:1] if lex.adjective_after else \
            text[max(0, m.start() - 25):m.start()].split()[-1:]
        side = attribution.side_of(" ".join(word), region) if word else None
        # the hurt word follows the person before any event word ("военные обстреляли …
        # ранен житель": the soldiers fired)
        after = text[m.end():m.end() + 40]
        hurt = min((h.start() for c in ("killed", "wounded", "captured")
                    if (h := lex.casualties[c].search(after))), default=None)
        event = lex.any_event.search(after)
        if side is not None and hurt is not None and (event is None or hurt < event.start()):
            return side
    return None


def _goes_on(info: SentenceInfo, who: attribution.Attribution,
             previous: attribution.Attribution | None, reports: Sequence[Report],
             lex: Lexicon) -> Report | None:
    """The report an untold one continues with "also" ("… shelled Sotk. Positions near Kut
    also came under fire."; "Կրակի տակ են հայտնվել նաև …"): the last one, up to three
    sentences back, if a side tells it and no other side has spoken since."""
    if who.claimant or not info.reports_attack or info.denial or not reports:
        return None
    last = reports[-1]
    gap = info.sentence.index - last.sentence.index
    if not 0 < gap <= _TOLD_ON or last.status != "claimed" or last.claim.side is None or \
            previous is None or previous.side not in (None, last.claim.side) or \
            not lex.context["also"].search(info.sentence.text):
        return None
    return last


def _denial_told_next(info: SentenceInfo, infos: Sequence[SentenceInfo],
                      by_sentence: dict[int, list[Mention]], lex: Lexicon) -> bool:
    """"Baku denies. The ministry called the Karahunj report baseless …": a bare denial
    whose next sentence denies at a place of its own heads that one; not a quote's first
    sentence that only says no fire was opened, whose speaker comes later ("Armenian
    units did not open fire toward Kalbajar. This is a pretext," the ministry said.)"""
    index = info.sentence.index + 1
    return info.denial and index < len(infos) and infos[index].denial and \
        bool(lex.claims["denial"].search(infos[index].sentence.text)) and \
        any(_local(m) for m in by_sentence.get(index, ()))


def _local(m: Mention) -> bool:
    """A place a sentence is about, as a village, town or district, not a capital
    speaking for its government nor where fire came from."""
    return m.place is not None and m.place.kind in (*_FINE_KINDS, "district") and \
        not m.place.capital and m.role in ("event_location", "context")


def _denied_accounts(reports: list[Report], lex: Lexicon, region: Region) -> list[Report]:
    """A denial that names the other side's claim ("Baku denied Armenia's claim that its
    forces had fired on Sotk", "Ermənistan Müdafiə Nazirliyinin … yaydığı məlumatı təkzib
    edib") tells that the other side claimed it: when the article reports that claim
    nowhere else at those places, it stands beside the denial, on the denial's evidence."""
    out = list(reports)
    for r in reports:
        denier = r.claim.side
        if r.status != "denied" or not r.locations or denier not in region.belligerents:
            continue
        accuser = _other(denier, region)
        text = r.sentence.text
        pos = _report_owner(text, accuser, lex, region)
        if pos is None:
            continue
        places = _place_ids(r.locations)
        if any(o.status == "claimed" and o.claim.side == accuser and
               _place_ids(o.locations) & places for o in out):
            continue
        hit = {loc.mention.start - r.sentence.start for loc in r.locations}
        claim = Claim(_teller_phrase(text, pos, lex, hit), accuser, status="claimed",
                      evidence=r.evidence)
        out.append(replace(r, status="claimed", claim=claim, attacker=denier,
                           target=accuser))
    return out


def _report_owner(text: str, side: str | None, lex: Lexicon, region: Region) -> int | None:
    """Where ``side`` is named as the owner of a report noun in ``text``, if it is."""
    nouns = [m.span() for m in lex.claims["report_noun"].finditer(text)]
    return next((pos for pos, iso in attribution.sides_in(text, region)
                 if iso == side and any(_owns_report(text, pos, n, lex) for n in nouns)), None)


def _event_day_first(refs: Sequence, text: str, lex: Lexicon) -> list:
    """A sentence's dates with the own day that follows its event word first ("Les
    réactions se sont multipliées mardi après les affrontements survenus dans la nuit de
    dimanche à lundi": the clashes' night, not the reactions' Tuesday), when another own
    day comes before that word and "after" between them; a verb-final language dates its
    event before it."""
    days = [r for r in refs if not r.since and not r.statement and
            (r.day or r.weekday is not None or r.offset_days is not None)]
    event = lex.any_event.search(text) if len(days) > 1 and not lex.verb_final else None
    if event is None or days[0].end > event.start() or \
            not lex.context["after_event"].search(text, days[0].end, event.start()):
        return list(refs)  # ("On Tuesday, shelling hit Sotk, after clashes on Monday …")
    after = next((r for r in days if 0 <= r.start - event.end() <= 40), None)
    return list(refs) if after is None else [after, *(r for r in refs if r is not after)]


def _told_by_a_post(text: str, lex: Lexicon) -> bool:
    """A speech verb or a colon whose subject, in the three words before it, is a post, a
    caption or a video (lexicon ``social_post``): "La légende affirme : …", "The caption
    claims: …"."""
    cues = [m.start() for m in lex.claims["before"].finditer(text)] + \
        [m.start() for m in re.finditer(":", text)]
    return any(lex.context["social_post"].search(" ".join(text[:at].split()[-3:]))
               for at in cues)


def _report_teller(text: str, lex: Lexicon, region: Region) -> attribution.Attribution | None:
    """The one party owning a report noun in a sentence that tells no attack ("Второй день
    переговоров омрачило сообщение Минобороны Армении"): the teller that "the agency" of
    the next sentence refers back to."""
    if not lex.claims["report_noun"].search(text):
        return None
    owners = [(side, pos) for side in region.belligerents
              if (pos := _report_owner(text, side, lex, region)) is not None]
    # (one party named: not "Baku has not commented on the Armenian account")
    if len(owners) != 1 or {iso for _, iso in attribution.sides_in(text, region)} != \
            {owners[0][0]}:
        return None
    side, pos = owners[0]
    noun = next(m for m in lex.claims["report_noun"].finditer(text)
                if _owns_report(text, pos, m.span(), lex))
    end = pos + len(re.match(r"[\w'’-]+", text[pos:]).group())
    phrase = text[noun.end():end] if noun.end() <= pos else text[pos:noun.start()]
    return attribution.Attribution(phrase.strip(" ,"), side)


def _owns_report(text: str, party: int, noun: tuple[int, int], lex: Lexicon) -> bool:
    """The party named at ``party`` owns the report noun at ``noun``: just before it
    ("Armenia's claim", "the Armenian side's reports"), or just after it through "of" words
    ("сообщения армянской стороны", "les accusations d'Erevan"); in verb-final languages
    anywhere before it in the clause ("Ermənistan Müdafiə Nazirliyinin dünən Sotk … atəşə
    tutulması barədə yaydığı məlumatı"). Not "information about Armenian troop movements"."""
    if lex.verb_final:
        return -60 <= noun[0] - party <= 160
    if party < noun[0]:
        return len(text[party:noun[0]].split()) <= 3 and noun[0] - party <= 30
    # "affirmations diffusées par la partie azerbaïdjanaise", "reports circulating in
    # Yerevan"; not "information about Armenian troop movements"
    words = text[noun[1]:party].split()
    return len(words) <= 4 and not any(lex.context["clause_links"].fullmatch(w) for w in words)


def _teller_phrase(text: str, pos: int, lex: Lexicon, places: set[int]) -> str:
    """The words naming a teller from ``pos``: the name, then capitalised or office words
    ("Ermənistan Müdafiə Nazirliyinin", "Armenia's defence ministry"), or the noun a
    party's adjective goes with ("армянской стороны"); not a place hit (``places``, the
    offsets in ``text`` where one is named)."""
    found = list(re.finditer(r"[\w'’-]+", text[pos:pos + 80]))[:4]
    if not found:
        return ""
    kept = [found[0].group()]
    for m in found[1:]:
        word = m.group()
        if pos + m.start() in places or \
                (lex.verb_final and attribution.GENITIVE.search(kept[-1])):
            break  # "Ermənistanın Sotk …": the genitive closes the teller's name
        if not (word[:1].isupper() or lex.context["government"].fullmatch(word) or
                (len(kept) == 1 and kept[0][:1].islower() and
                 not lex.claims["report_noun"].fullmatch(word))):
            break
        kept.append(word)
    return " ".join(kept)


def _placeless_denial(info: SentenceInfo, who: attribution.Attribution,
                      reports: list[Report], lex: Lexicon, region: Region,
                      article: Article, named: Sequence[Mention] = ()) -> list[Report]:
    """"Armenia denied the accusation." names no place hit: it answers the last report
    with places (at a place the denial names, ``named``, if any; at most eight sentences
    back, no other side speaking since) that accused the denier, so it becomes that report's
    denial, at its places and date, and both claims stand side by side. Unless it names a
    place, it answers the whole account that report ends (see ``_account``)."""
    if not (info.denial and who.side in region.belligerents and reports and
            _denial_first(info.sentence.text, lex)):
        return []
    # the last report with places that some side tells ("the town's mayor said …" is none),
    # or the last one at a place the denial names ("rejected the account of the Sotk strike")
    # (an untold lead only when the denial names what it denies: "denied the accusation")
    noun = lex.claims["report_noun"].search(info.sentence.text)
    named_account = noun is not None
    told = [r for r in reports if (r.locations or r.region) and
            (r.claim.side or r.status != "claimed" or
             (named_account and r.attacker == who.side and r.sentence.index <= 2))]
    silent = {m.place.id for m in named if m.place is not None and
              _left_uncommented(m, info.sentence, lex)}
    ids = {m.place.id for m in named if m.place is not None and m.place.kind != "country"} - \
        silent
    # (each place it names: "neither towards Kalbajar nor towards Lachin" answers both)
    last_at = {i: next((r for r in reversed(told) if i in _place_ids(r.locations)), None)
               for i in ids}
    named_reports = [r for r in told if any(r is last_at[i] for i in ids)]
    if named_reports and all(r.status != "claimed" or r.claim.side == who.side
                             for r in named_reports):
        # "… sebagai "fiksi" untuk menutupi apa yang terjadi di Ishkhanasar": a place of the
        # denier's own account, named in passing, points at no claim it denies
        named_reports = []
    named_report = named_reports[-1] if named_reports else None
    # "… called the report of the drone strike a provocation", after another report since:
    # the last report of the kind it names, that accused the denier
    kinds = events.event_types(info.sentence.text[noun.end():noun.end() + 40], lex) \
        if noun is not None else ()
    kind = kinds[0] if kinds else "attack"
    if named_report is None and kind != "attack" and told and told[-1].event_type != kind:
        named_report = next((r for r in reversed(told) if r.event_type == kind and
                             r.claim.side not in (None, who.side) and
                             r.attacker in (None, who.side)), None)
    last = named_report or (told[-1] if told else None)
    if named_report is None and last is not None and \
            (last.claim.side == who.side or last.status != "claimed"):
        # "Yerevan has rejected the Azerbaijani account", after Armenia's own update: the
        # last report of the side whose account it names just after the denial
        text = info.sentence.text
        cue = lex.claims["denial"].search(text)
        accused = None
        if cue is not None and lex.verb_final:
            # "Rəsmi İrəvan … Azərbaycan tərəfinin məlumatlarını qəbul etməyib": named before
            accused = next((iso for _, iso in reversed(attribution.sides_in(
                text[:cue.start()], region)) if iso != who.side), None)
        elif cue is not None:
            accused = attribution.side_of(text[cue.end():cue.end() + 30], region)
        last = next((r for r in reversed(told) if r.claim.side == accused and
                     r.status == "claimed"), None) if accused not in (None, who.side) else None
    # a denial naming the report's place or teller may answer it from further on (a live
    # blog, a round-up, a broadcast: "… called the Armenian side's reports a provocation")
    teller_named = last is not None and last.claim.side != who.side and \
        _report_owner(info.sentence.text, last.claim.side, lex, region) is not None
    # (or naming the account it denies: "membantah tuduhan itu", "denied the accusation")
    reach = 30 if named_report is not None or (told and last is not told[-1]) or \
        teller_named or named_account else 8
    # (an untold lead that accuses the denier is what it answers: "The shelling of Sadarak
    # by Armenian forces wounded six …" in a story from Baku)
    if last is None or last.status != "claimed" or last.claim.side == who.side or \
            (last.claim.side is None and last.attacker != who.side) or \
            last.attacker not in (None, who.side) or \
            info.sentence.index - last.sentence.index > reach or \
            any(r.claim.side not in (None, last.claim.side or _other(who.side, region),
                                     who.side) for r in reports
                if r.sentence.index > last.sentence.index):
        return []  # too far back, or a third side has spoken since
    s = info.sentence
    evidence = (Evidence(article.id, s.start, s.end, s.text),)
    claim = Claim(who.claimant, who.side, status="denied", evidence=evidence)
    target = _other(who.side, region)
    answered = [(r, tuple(loc for loc in r.locations if _place_ids((loc,)) - silent))
                for r in named_reports or [named_report]
                if r.status == "claimed" and r.claim.side == last.claim.side and
                r.attacker in (None, who.side)] if named_report is not None \
        else _account(last, told, _denied_arms(info, lex))
    return [replace(r, sentence=s, status="denied", claim=claim, attacker=who.side,
                    target=target, weapons=(), evidence=evidence, locations=places)
            for r, places in answered]


def _left_uncommented(mention: Mention, sentence: Sentence, lex: Lexicon) -> bool:
    """A place a denial names as what its side did not comment on ("… called the Tegh report
    lies, without commenting on the Khatchik incident"; "Xaçik barədə şərh verməyib": the cue
    after the name in a verb-final language), with no denial between the two."""
    text, at = sentence.text, mention.start - sentence.start
    if lex.verb_final:
        start, end = at, min(len(text), at + 60)
        cues = list(lex.context["no_comment"].finditer(text, start, end))[:1]
    else:
        start, end = max(0, at - 60), at
        cues = list(lex.context["no_comment"].finditer(text, start, end))[-1:]
    return any(not lex.claims["denial"].search(
        text, *((at, cue.start()) if lex.verb_final else (cue.end(), at))) for cue in cues)


_STRIKES = {"drone_strike", "missile_strike", "rocket_strike", "airstrike"}


def _denied_arms(info: SentenceInfo, lex: Lexicon) -> set[str]:
    """The weapons a denial names as what it denies ("Baku denied using drones"), unless it
    also denies fire of any kind ("did not open fire, and used no drones")."""
    if not set(info.event_types) <= _STRIKES | {"attack"} or \
            lex.context["no_event"].search(info.sentence.text):
        return set()
    return set(info.weapons)


def _account(last: Report, told: Sequence[Report],
             arms: set[str]) -> list[tuple[Report, tuple]]:
    """"Armenia says Azerbaijan fired on Sotk and Norabak. … a pipeline supplying Norabak was
    damaged. Baku rejected the report.": the account a last report ends is that side's
    reports of the same day back to where another account began; each with the places it
    adds (a place keeps the report, and so the event type, that told it last). A denial
    that names the weapons it denies (``arms``: "Baku denied using drones") leaves out reports
    of other weapons."""
    out: list[tuple[Report, tuple]] = []
    seen: set[str] = set()
    for r in reversed(told):
        if r.sentence.index > last.sentence.index:
            continue
        if r.claim.side != last.claim.side or r.status != "claimed" or \
                (None not in (r.date.iso(), last.date.iso()) and r.date.iso() != last.date.iso()):
            break
        if r is not last and arms and not set(r.weapons) & arms and \
                (r.weapons or r.event_type not in _STRIKES):
            continue  # a report of other weapons, or of shelling, is not what it denies
        keys = [(_place_key(loc.mention), loc) for loc in r.locations]
        new = tuple(loc for key, loc in keys if key not in seen)
        seen.update(key for key, _ in keys)
        if new or r is last:
            out.append((r, new or r.locations))
    return out[::-1]


def _denied_by_the_other(text: str, who: attribution.Attribution, lex: Lexicon,
                         region: Region) -> bool:
    """"Armenia says a soldier was killed …; Baku denies": the denial has a speaker of its
    own, another party than the one who tells the sentence's claim."""
    if lex.verb_final or who.side is None:
        return False
    denied = lex.claims["denial"].search(text)
    if denied is None:
        return False
    phrase = attribution.speaker_before(text, denied.start(), lex, region)
    verbs = [m.start() for key in ("calling", "before") for m in lex.claims[key].finditer(phrase)]
    if verbs:
        # "Yerevan called that claim false": Yerevan; "… and called Baku's report
        # disinformation", "… and accused the Armenian side of spreading disinformation": no
        # subject of its own, the sentence's teller says so
        phrase = phrase[:min(verbs)].strip()
    if not attribution.plausible(phrase, lex, region):
        return False  # "… on des positions azerbaïdjanaises … ne correspondent pas": no one
    other = attribution.side_of(phrase, region)
    return other is not None and other != who.side


def _denial_first(text: str, lex: Lexicon) -> bool:
    """The sentence's first speech cue is its denial ("Baku denied …", not "Azerbaijan says
    …; Yerevan denies")."""
    if not lex.claims["denial"].search(text) and lex.context["no_event"].search(text):
        return True  # "… said its units did not fire a single shot": the speaker denies
    calling = [m.span() for m in lex.claims["calling"].finditer(text)]
    called = events.called_a_report(text, lex)  # "called the report a provocation"
    found = list(lex.claims["denial"].finditer(text))
    denial = found[0] if found else None
    denials = [m.start() for m in found]
    first = min([*((m.start(), key != "denial") for key in ("denial", "before", "after")
                   for m in lex.claims[key].finditer(text)
                   if m.span() not in calling and  # "called it disinformation"
                   not _frames_the_denial(text, m, denial, lex) and
                   # "a publié un démenti" (issued a denial): the verb of the denial
                   not (key != "denial" and any(0 <= d - m.end() <= 4 for d in denials))),
                 *([(called.start(), False)] if called else [])], default=None)
    return first is not None and not first[1]


def _frames_the_denial(text: str, cue: re.Match[str], denial: re.Match[str] | None,
                       lex: Lexicon) -> bool:
    """"Ermenistan Savunma Bakanlığı cuma günü yaptığı açıklamada iddiaları reddetti": in a
    verb-final language, the statement framing the denial's own clause (no name between)."""
    if not lex.verb_final or denial is None or cue.end() > denial.start() or \
            not lex.dates["released"].search(cue.group(0)):
        return False
    # (a name that holds the denied account is no other speaker: "… açıqlamada Azərbaycan
    # tərəfinin məlumatını təkzib edib")
    words = text[cue.end():denial.start()].split()
    return not any(w[:1].isupper() and not (k + 1 < len(words) and
                                            attribution.GENITIVE.search(words[k + 1]))
                   for k, w in enumerate(words))


def _drop_history(reports: list[Report], at: Anchor, weekday: int | None) -> list[Report]:
    """In an article with no reference date, a report whose explicit full date falls on
    another weekday than the one the article keeps naming tells of an earlier event."""
    if at.reference is not None or weekday is None:
        return reports
    return [r for r in reports if not (r.date.precision == "day" and r.date.value is not None
                                       and r.weekday is None
                                       and r.date.value.weekday() != weekday)]


def _border(info: SentenceInfo, lex: Lexicon, region: Region, border: Place | None,
            article_id: str) -> Location | None:
    """"The border" with both parties named → the region's border segment (precision 3)."""
    if border is None:
        return None
    text = info.sentence.text
    guards = [g.span() for g in lex.context["border_guards"].finditer(text)]
    m = next((b for b in lex.context["border"].finditer(text)
              if not any(s <= b.start() < e for s, e in guards)), None)
    if m is None or lex.context["calm"].search(text):
        return None  # (not "detained by Azerbaijani border guards", nor "the border is calm")
    named = {iso for _, iso in attribution.sides_in(text, region)}
    if not set(region.belligerents) <= named:
        return None
    start = info.sentence.start + m.start()
    mention = Mention(article_id, start, info.sentence.start + m.end(), m.group(0),
                      "event_location", border, 0.5, "the border between the parties named",
                      info.sentence.index)
    return Location(mention, 3)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _names_a_border(mention: Mention, text: str, lex: Lexicon) -> bool:
    """A name right before or after a border word ("the Nakhchivan frontier", "la frontière
    du Nakhitchevan", "Нахчыванской границы"): it says which border."""
    before = " ".join(_WORD.findall(text[max(0, mention.start - 30):mention.start])[-2:])
    after = " ".join(_WORD.findall(text[mention.end:mention.end + 30])[:1])
    return bool(lex.context["border"].search(before) or lex.context["border"].fullmatch(after))


def _described_before(mention: Mention, earlier: Sequence[Mention], text: str,
                      lex: Lexicon) -> bool:
    """The name is in a description of a place named before it in the sentence, after a
    comma and a settlement word, with no event word between ("Yeraskh, un village collé à
    la frontière du Nakhitchevan"; not "the border villages Tegh and Khnatsakh")."""
    for m in earlier:
        if m.sentence != mention.sentence:
            continue
        between = text[m.end:mention.start]
        if "," in between and not lex.any_event.search(between) and any(
                any(lex.context[c].fullmatch(w) for c in ("village_cue", "town_cue"))
                for w in _WORD.findall(between)):
            return True
    return False


def _road_leads_to(mention: Mention, text: str, lex: Lexicon) -> bool:
    """The place a road leads to ("close to the road to Goris", "la route de Goris", "дорога
    на Горис"; "Gorus yolu" where the name comes first)."""
    if lex.verb_final:  # (not a name in a case of its own: "Zengilan'da yol inşaatında")
        after = _WORD.findall(text[mention.end:mention.end + 30])[:1]
        return bool(after) and text[mention.end:mention.end + 1] == " " and \
            not any(q in text[mention.start:mention.end] for q in "'’") and \
            lex.context["road"].fullmatch(after[0]) is not None
    before = _WORD.findall(text[max(0, mention.start - 40):mention.start])[-3:]
    return len(before) >= 2 and lex.context["road_to"].fullmatch(before[-1]) is not None and \
        any(lex.context["road"].fullmatch(" ".join(before[k:-1]))
            for k in range(len(before) - 1))


def _fired_across(told: Sequence[Mention], located: Sequence[Location],
                  region: Region) -> tuple[str, str] | None:
    """Fire from a place in one party's country onto a place in the other's ("from
    positions near Yerasx … our positions toward Sədərək were shelled"): the first party
    attacked the second, when the sentence names no attacker otherwise."""
    origin = next((m.place.country for m in told if m.role == "origin" and
                   m.place is not None and m.place.country in region.belligerents), None)
    hit = _countries(located)
    if origin is None or len(hit) != 1 or origin in hit or \
            not hit <= set(region.belligerents):
        return None
    return origin, hit.pop()


def _fired_from(told: Sequence[Mention], located: Sequence[Location],
                who: attribution.Attribution, region: Region,
                info: SentenceInfo) -> tuple[str, str] | None:
    """"According to Armenia's Defence Ministry, at least four rounds were fired from the
    direction of Azerbaijan's Tovuz district": a party telling of fire from a place in the
    other's country, naming no place hit, accuses that country."""
    if located or info.denial or who.side not in region.belligerents:
        return None
    origin = next((m.place.country for m in told if m.role == "origin" and
                   m.place is not None and m.place.country in region.belligerents), None)
    return (origin, who.side) if origin is not None and origin != who.side else None


def _countries(located: Sequence[Location]) -> set[str | None]:
    return {loc.mention.place.country for loc in located if loc.mention.place is not None}


def _hit_at_home(who: attribution.Attribution, located: Sequence[Location], region: Region,
                 info: SentenceInfo) -> tuple[str, str] | None:
    """A party telling of its own places hit, with no attacker named ("Gorus, Sotk … were
    hit by artillery fire, the Armenian ministry claimed"), accuses the other party."""
    if info.denial or who.side not in region.belligerents or len(region.belligerents) != 2:
        return None
    if _countries(located) != {who.side}:
        return None
    other = next(b for b in region.belligerents if b != who.side)
    return other, who.side


def _official_of(claimant: str, sentence: Sentence, mentions: Sequence[Mention],
                 lex: Lexicon, region: Region, info: SentenceInfo | None = None) -> str | None:
    """A speaker named by a place ("Տեղի համայնքապետը", the head of Tegh; "the governor
    of Syunik") speaks for the country the place is in; a local official named by no place
    ("the community head") for the country of the village hit, else of the local place
    the sentence names ("a resident of Vahidli in the Tovuz district …, the district head
    said")."""
    at = sentence.text.find(claimant)  # (not found: the teller of a sentence before)
    start, end = sentence.start + at, sentence.start + at + len(claimant)
    named = None if at < 0 else next(
        (m.place.country for m in mentions if start <= m.start < end and
         m.place is not None and m.place.kind != "country" and not m.place.capital and
         m.place.country in region.belligerents), None)
    if named is None and lex.context["local_office"].search(claimant):
        # "Gunfire hit Berkaber, the head of the village said": the village hit
        local = [m for m in mentions if m.place is not None and m.role != "origin" and
                 m.place.kind not in ("country", "region") and not m.place.capital and
                 m.place.country in region.belligerents]
        hit = [m for m in local if m.role == "event_location" and
               m.place.kind in ("village", "town")]
        named = next((m.place.country for m in hit or local), None)
        if named is not None and info is not None and \
                attribution.attacker_target(info, lex, region,
                                            attribution.Attribution(claimant, named))[0] == named:
            return None  # "Armenian forces fired at villages in Tovuz": not Armenia's place
    return named


def _our_side(claimant: str, text: str, mentions: Sequence[Mention], lex: Lexicon,
              region: Region) -> str | None:
    """A ministry that calls the positions hit its own ("Müdafiə Nazirliyi: Tovuz
    istiqamətində mövqelərimiz atəşə tutulub") speaks for the country they are in."""
    if not lex.context["government"].search(claimant):
        return None
    return _ours(text, mentions, lex, region)


def _ours(text: str, mentions: Sequence[Mention], lex: Lexicon, region: Region) -> str | None:
    """The country of the places a sentence calls "ours" ("mövqelərimiz", "our positions")."""
    if not lex.context["our"].search(text):
        return None
    return next((m.place.country for m in mentions if m.role == "event_location" and
                 m.place is not None and m.place.country in region.belligerents), None)


def _split_titles(reports: list[Report]) -> list[Report]:
    """An undated title naming several places is one report per place, each to be dated
    by the body's report of it; so is an undated lead whose places the body dates on
    different days ("… fired on Kelbecer and Laçın", then "dün …" Kelbecer, "bugün …"
    Laçın)."""
    out = []
    for r in reports:
        if r.date.precision not in ("unknown", "year") or len(r.locations) < 2:
            out.append(r)
            continue
        pieces = [replace(r, locations=(loc,)) for loc in r.locations]
        if r.sentence.headline:
            out += pieces
            continue
        body = [_same_place_body_report(piece, reports) for piece in pieces]
        if len({b.date for b in body if b is not None}) < 2:
            out.append(r)
            continue
        out += [replace(piece, date=replace(b.date, source="date of the body's report of "
                                                           "the same place"))
                if b is not None else piece for piece, b in zip(pieces, body, strict=True)]
    return out


def _same_place_body_report(told: Report, reports: Sequence[Report]) -> Report | None:
    """The first dated report of the body at a place ``told`` names (after it, unless
    ``told`` is a title; a title's province also by a report of a place inside it: "a
    drone in Syunik" over "near Davit Bek" in the body)."""
    places = _place_ids(told.locations)
    after = -1 if told.sentence.headline else told.sentence.index
    areas = [loc.mention.place for loc in told.locations if told.sentence.headline and
             loc.mention.place is not None and loc.mention.place.kind in ("district", "region")]

    def there(r: Report) -> bool:
        return bool(_place_ids(r.locations) & places) or any(
            loc.mention.place is not None and _contains(area, loc.mention.place)
            for area in areas for loc in r.locations)

    return next((r for r in reports if not r.sentence.headline and r.date.precision == "day"
                 and r.sentence.index > after and there(r)), None) if places else None


def _date_of_the_scene(before: SentenceInfo, by_sentence: dict[int, list[Mention]],
                       located: Sequence[Location], at: Anchor,
                       lex: Lexicon) -> PartialDate | None:
    """"The second incident happened this morning near Davit Bek. … a drone struck Davit
    Bek": an undated report takes the date of the sentence just before it when that
    sentence names the same place, or only dates an incident ("The first incident happened
    two days ago.")."""
    if before.sentence.headline:
        return None
    named = {m.place.id for m in by_sentence.get(before.sentence.index, ())
             if m.place is not None and m.place.kind != "country"}
    if named & _place_ids(located):
        why = "date of the sentence before, which names the same place"
    elif _only_dates_an_incident(before, by_sentence, lex):
        why = "date of the sentence before, which only dates the incident"
    else:
        return None
    found = sentence_date(_event_day_first(before.date_refs, before.sentence.text, lex), at)
    return replace(found, source=why) if found is not None and found.precision == "day" \
        else None


def _dated_by(report: Report, info: SentenceInfo, by_sentence: dict[int, list[Mention]],
              lex: Lexicon, at: Anchor) -> Report:
    """The undated report with the date of a sentence after it that only dates it ("… a
    soldier was wounded near Tegh. The incident happened the day before at about 15:20.")."""
    if report.date is not UNKNOWN_DATE or report.sentence.headline or \
            info.sentence.index - report.sentence.index > 2 or \
            not _only_dates_an_incident(info, by_sentence, lex):
        return report
    told = sentence_date([r for r in info.date_refs if not r.since and not r.statement], at)
    if told is None or told.precision != "day":
        return report
    return replace(report, date=replace(told, source="date of the sentence after, which only "
                                                       "dates it"))


def _dated_next(after: SentenceInfo, by_sentence: dict[int, list[Mention]],
                located: Sequence[Location], at: Anchor, lex: Lexicon) -> PartialDate | None:
    """"… a farmer in Sederek was wounded by Armenian fire. The district head said the
    incident happened on Tuesday around noon.": the next sentence, telling no attack of its
    own and naming no other place, dates the incident."""
    if after.reports_attack or after.background or after.denial or \
            not _only_dates_an_incident(after, by_sentence, lex, _place_ids(located)):
        return None
    found = sentence_date(after.date_refs, at)
    return replace(found, source="date of the sentence after, which dates the incident") \
        if found is not None and found.precision == "day" else None


def _only_dates_an_incident(info: SentenceInfo, by_sentence: dict[int, list[Mention]],
                            lex: Lexicon, report_places: set[str] = frozenset()) -> bool:
    """A sentence about an incident that names no place but the parties, where someone
    came from or the report's own places (``report_places``) ("The incident happened the
    day before at about 15:20.", "… terjadi pada Rabu (30/8) sore, ketika dua penggembala
    dari kota Sisian …"): it dates the report next to it."""
    return bool(lex.context["incident"].search(info.sentence.text)) and \
        not any(m.place is not None and m.place.kind != "country" and m.role != "origin" and
                m.place.id not in report_places
                for m in by_sentence.get(info.sentence.index, ()))


def _place_ids(located: Sequence[Location]) -> set[str]:
    return {loc.mention.place.id for loc in located if loc.mention.place is not None}


def _borrowed_days(reports: list[Report]) -> list[Report]:
    """Days a report takes from a later one, before any default applies:

    * a night dated only by its statement's day, from a later report of the same place
      ("… wounded in overnight fire near Sotk has died, the ministry said on Monday. … fire
      on Sotk at around 02:40 on Sunday");
    * a vague time, from the next sentence's unplaced report ("A resident shot last week
      has died … Police said he was shot on Friday (17/3)")."""
    out = []
    for k, r in enumerate(reports):
        later = reports[k + 1:]
        if r.date.source == NIGHT:
            body = next((b for b in later if b.date.precision == "day" and
                         b.date.source != NIGHT and b.sentence.index > r.sentence.index and
                         _place_ids(b.locations) & _place_ids(r.locations)), None)
            if body is not None:
                r = replace(r, date=replace(body.date, source="date of the body's report of "
                                                              "the same place"))
        elif is_vague(r.date) and later and not later[0].locations and \
                later[0].status == "claimed" and later[0].date.precision == "day" and \
                later[0].sentence.index == r.sentence.index + 1:
            r = replace(r, date=replace(later[0].date, source="date of the next sentence, "
                                                              "which tells the same incident"))
        out.append(r)
    return out


def _lead_day(infos: Sequence[SentenceInfo], reports: Sequence[Report],
              at: Anchor) -> PartialDate | None:
    """The day a sentence of the body before the first report gives the fighting it sums
    up, in the week before the article: "Müdafiə Nazirliyi iyunun 7-də … atəşkəs
    rejiminin üç dəfə pozulduğunu bildirib", then a list of the violations that names the
    places and only the hours."""
    first = next((r.sentence.index for r in reports if not r.sentence.headline), None)
    if first is None or at.reference is None:
        return None
    for info in infos[:first]:
        if info.sentence.headline or info.background or not info.event_types:
            continue  # (a truce's day is no day of fighting)
        own = [r for r in info.date_refs if not r.since and not r.statement]
        when = sentence_date(own, at) if own else None
        if when is not None and when.precision == "day" and when.value is not None and \
                0 <= (at.reference - when.value).days <= _LEAD_DAYS:
            return replace(when, source="date of the account the article opens with")
    return None


def _date_reports(reports: list[Report], at: Anchor, article_weekday: int | None,
                  lead: PartialDate | None = None) -> list[Report]:
    """Reports without a date of their own take the article's event date: the first date
    a report gives, else the day the opening account gives (``lead``), else the anchor
    (publication or header date; or just the year)."""
    reports = _borrowed_days(reports)
    dated = [r.date for r in reports if r.date.precision == "day"]
    if dated:
        default = replace(dated[0], source="date of the article's first dated report")
    elif lead is not None:
        default = lead
    elif at.reference is not None:
        default = PartialDate(at.reference, "day", at.source)
    elif at.year is not None:
        default = PartialDate(date(at.year, 1, 1), "year", at.source)
    else:
        default = UNKNOWN_DATE
    weekday = next((r.weekday for r in reports if r.weekday is not None), article_weekday)
    out: list[Report] = []
    for r in _split_titles(reports):
        denied = _dated_report_denied(out, r.claim.side, r.locations) \
            if r.status == "denied" and r.date.precision in ("unknown", "year") else None
        if denied is not None:
            # "Erivan ise Kubadlı'ya yönelik iddiaları reddetti": the day of the report it
            # denies, once that report has its day
            r = replace(r, date=replace(denied.date, source="date of the report it denies"))
        just_before = next((o for o in reversed(out) if not o.sentence.headline), None)
        if r.date.precision in ("unknown", "year") and not r.sentence.headline and \
                not is_vague(r.date) and just_before is not None and \
                just_before.date.precision == "day" and \
                0 < r.sentence.index - just_before.sentence.index <= _FOLLOW_UP and \
                not (r.said is not None and just_before.date.value is not None and
                     r.said.value < just_before.date.value):
            # "… dropped explosives near Tegh yesterday evening. Three servicemen were
            # wounded.": the undated sentence goes on with the report just before it.
            r = replace(r, date=replace(just_before.date,
                                        source="date of the report just before"),
                        weekday=r.weekday if r.weekday is not None else just_before.weekday)
        if r.date.precision in ("unknown", "year") and not is_vague(r.date):
            # A title dates each place by the body's report of it ("… fire on Tegh, a drone
            # strike near Davit Bek": each the day the body gives it).
            body = _same_place_body_report(r, reports) if r.sentence.headline else None
            base = replace(body.date, source="date of the body's report of the same place") \
                if body is not None else default
            if body is None and r.said is not None and \
                    base.value is not None and r.said.value < base.value:
                # "Armenia said on Thursday that …" in Friday's paper: not after Thursday,
                # whatever day another paragraph gives (a weekly round-up)
                base = replace(r.said, source="the day of the statement; the text gives the "
                                              "event no date of its own")
            better = base if _rank(base) >= _rank(r.date) else r.date
            r = replace(r, date=better, weekday=r.weekday if r.weekday is not None else weekday)
        out.append(r)
    return out


def _evidence_order(e: Evidence) -> tuple[str, int, int, str]:
    """A total order for evidence, so outputs are the same from run to run."""
    return e.article_id, e.start, e.end, e.quote


def _rank(d: PartialDate) -> int:
    return {"day": 3, "month": 2, "year": 1}.get(d.precision, 0)


def incident_id(*parts: object) -> str:
    """A stable id from what identifies an incident."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def build_incidents(article: Article, reports: Sequence[Report]) -> list[Incident]:
    """Group an article's reports by event date; one incident per place of each event."""
    events: dict[str | None, list[Report]] = defaultdict(list)
    for r in reports:
        events[r.date.iso()].append(r)
    out: list[Incident] = []
    for group in events.values():
        out.extend(_event_incidents(article, group))
    return [inc for inc in out if not _refuted(inc)]


def _refuted(incident: Incident) -> bool:
    """"Not a single shell fell on Goris", says Armenia of a post that Goris was shelled: an
    attack that no party claims, denied by the place's own side, is no incident; nor is one
    denied by no side, unless the other side is named attacking (a denial by the side
    accused answers an accusation, and stays)."""
    if incident.place is None:
        return False
    home = incident.place.country
    deniers = {home} | ({None} if incident.attacker in (None, home) else set())
    denials = {c.side for c in incident.claims if c.status == "denied"}
    return bool(denials) and denials <= deniers and \
        not any(c.status == "claimed" and c.side is not None for c in incident.claims)


def _event_incidents(article: Article, reports: list[Report]) -> list[Incident]:
    by_place: dict[str, list[tuple[Report, Location]]] = defaultdict(list)
    for r in reports:
        for loc in r.locations:
            by_place[_place_key(loc.mention)].append((r, loc))
    out = [_incident(article, [r for r, _ in items], items[0][1],
                     min((loc.geo_precision for _, loc in items if loc.geo_precision), default=None))
           for items in by_place.values()]
    loose = _follow_ups(reports, list(by_place.values()), out)
    if loose:
        regions = [r.region for r in reports if r.region is not None]
        best = min(regions, key=lambda loc: loc.mention.place.uncertainty_km
                   if loc.mention.place else 1e9) if regions else None
        inside = [k for k, inc in enumerate(out) if best is not None and
                  best.mention.place is not None and inc.place is not None and
                  _contains(best.mention.place, inc.place)]
        # "Border attack" in a headline over "near Nerkin Hand" in the body: one event told
        # coarsely and precisely, if the same side tells it with the same attacker; the
        # precise pins take the coarse account.
        told = {}
        for k in inside:
            same = [r for r in loose if _same_account(r.status, r.attacker, [r.claim], out[k])]
            claims = [*out[k].claims, *(r.claim for r in same)]
            told[k] = [r for r in same if _fits(r.claim, claims)]
        for k, same in told.items():
            if same:
                out[k] = _absorb(out[k], *_reports_account(same))
        loose = [r for r in loose if not any(r in same for same in told.values())]
    if loose:
        if best is not None:
            out.append(_incident(article, loose, best, 3))
        elif len(out) == 1 and out[0].place is not None:
            # the one pin takes the placeless accounts, but not a side's counter-accusation
            # when that side only denies the pin's account ("Yerevan's accusations are a
            # provocation", says Baku, which denied the fire on Khnatsakh)
            tellers = {c.side for c in out[0].claims if c.status == "claimed"}
            other = [r for r in loose if r.status == "claimed" and r.claim.side not in tellers
                     and r.attacker not in (None, out[0].attacker)]
            out[0] = _absorb(out[0], *_reports_account([r for r in loose if r not in other]))
            if other:
                out.append(_incident(article, other, None, None))
        else:
            out.append(_incident(article, loose, None, None))
    return _fold_areas(out)


_REGION_KM = 150.0  # the widest region an incident may be placed in
_STATEMENT = 8  # sentences a statement introduced with a colon may run on
_ANAPHOR = 10  # how many sentences back 'the village' may point
_TOLD_ON = 3  # sentences after a party speaks in which an untold report is still its account
_FOLLOW_UP = 2  # sentences after a located report in which a placeless one continues it
_LEAD_DAYS = 7  # an opening account this many days before the article sums up its fighting


_LABEL_AFTER_COMMA = re.compile(r",\s*((?:[^\W\d_][\w'’-]*\s?){1,3}):\s")


def _title_clauses(info: SentenceInfo, lex: Lexicon, region: Region) -> list[SentenceInfo]:
    """"Car hit by gunfire outside Shurnukh, Armenia says; Baku reports fire on Gubadly": a
    title whose clauses each tell an event is read clause by clause, each with its own
    teller and places."""
    s = info.sentence
    if not s.headline:
        return [info]
    # (or at a comma before another teller's label: "Armenia Sebut Prajuritnya Ditangkap di
    # Dekat Tegh, Azerbaijan: Dia Menyusup ke Lachin")
    cuts = [m.start() for m in re.finditer(";", s.text)] + \
        [m.start() for m in _LABEL_AFTER_COMMA.finditer(s.text)
         if attribution.side_of(m.group(1), region) and  # (not "Armenia, Azerbaijan: …")
         not attribution.side_of(" ".join(s.text[:m.start()].split()[-1:]), region)]
    if not cuts:
        return [info]
    parts, start = [], 0
    for cut in sorted(cuts):
        parts.append((start, s.text[start:cut]))
        start = cut + 1
    parts.append((start, s.text[start:]))
    if sum(bool(lex.any_event.search(piece)) for _, piece in parts) < 2:
        return [info]
    out = []
    for offset, piece in parts:
        end = offset + len(piece)
        out.append(replace(
            info, sentence=replace(s, start=s.start + offset, end=s.start + end, text=piece),
            event_types=events.event_types(piece, lex), weapons=events.weapons(piece, lex),
            figures=tuple(replace(f, start=f.start - offset, end=f.end - offset)
                          for f in info.figures if offset <= f.start < end),
            denial=bool(lex.claims["denial"].search(piece)) and info.denial))
    return out


def _counter_start(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """Where a rebuttal's denial cue ends and its counter-claim starts, at its speech verb
    ("…, adding that …")."""
    denied = events.denial_cue(text, lex)
    at = None if denied is None else events.counter_claim_at(text[denied.end():], lex)
    return None if at is None else (denied.end(), denied.end() + at)


def _denial_clause(info: SentenceInfo, lex: Lexicon,
                   by_sentence: dict[int, list[Mention]]) -> list[SentenceInfo]:
    """"… denied that its units had fired on Gazakh, adding that Azerbaijani troops shelled
    Sotk": a denial naming places of its own before its counter-claim is read first as a
    clause of its own, a denial at those places; the whole sentence then tells the
    counter-claim at the places after its speech verb."""
    if not info.rebuttal or lex.verb_final:
        return [info]
    s = info.sentence
    span = _counter_start(s.text, lex)
    if span is None or not any(m.role == "event_location" and
                               s.start + span[0] <= m.start < s.start + span[1]
                               for m in by_sentence[s.index]):
        return [info]
    cut = span[1]
    piece = s.text[:cut]
    return [replace(info, sentence=replace(s, end=s.start + cut, text=piece),
                    event_types=events.event_types(piece, lex),
                    weapons=events.weapons(piece, lex),
                    figures=tuple(f for f in info.figures if f.end <= cut),
                    denial=True, rebuttal=False), info]


def _claim_and_denial(info: SentenceInfo, lex: Lexicon,
                      by_sentence: dict[int, list[Mention]]) -> list[SentenceInfo]:
    """A clause that tells fire and a clause that denies it, each naming places of its own,
    read apart: "… said Azerbaijani forces opened fire near Tegh, but rejected claims that
    Goris had been shelled" (the report, then the denial); "aucun obus n'est tombé sur
    Goris : les tirs ont visé … Khnatsakh" (the denial, then the report)."""
    s = info.sentence
    cue = None if info.rebuttal else events.denial_cue(s.text, lex)
    if cue is None:
        return [info]
    # places hit, and places named at all (a place denied may have no event word of its own:
    # "not a single shell fell on Jermuk")
    mentions = [m for m in by_sentence[s.index] if s.start <= m.start < s.end]
    hit = [m.start - s.start for m in mentions if m.role == "event_location"]
    named = [m.start - s.start for m in mentions if m.role in ("event_location", "context")]
    breaks = sorted(b.start() for b in (*events.CLAUSE_BREAK.finditer(s.text),
                                        *lex.context["contrast"].finditer(s.text)))
    before = [b for b in breaks if b < cue.start() and any(p < b for p in hit) and
              any(p > b for p in named)]
    after = [b for b in breaks if b >= cue.end() and any(p < b for p in named) and
             any(p > b for p in hit)]
    if info.denial and before:
        cut, denied_first = before[-1], False
    elif after:
        cut, denied_first = after[0], True
    else:
        return [info]
    pieces = ((0, s.text[:cut]), (cut, s.text[cut:]))
    told = pieces[1 if denied_first else 0][1]
    if events.denial_cue(told, lex) is not None or not lex.any_event.search(told):
        return [info]
    out = []
    for k, (offset, piece) in enumerate(pieces):
        end = offset + len(piece)
        out.append(replace(
            info, sentence=replace(s, start=s.start + offset, end=s.start + end, text=piece),
            event_types=events.event_types(piece, lex) or info.event_types,
            weapons=events.weapons(piece, lex),
            figures=tuple(replace(f, start=f.start - offset, end=f.end - offset)
                          for f in info.figures if offset <= f.start < end),
            denial=(k == 0) == denied_first))
    return out


def _statement_teller(text: str, lex: Lexicon, region: Region
                      ) -> attribution.Attribution | None:
    """The institution whose statement a sentence introduces: its government word with the
    two words before it, when the sentence names one party."""
    parties = {iso for _, iso in attribution.sides_in(text, region)}
    office = lex.context["government"].search(text)
    if len(parties) != 1 or office is None:
        return None
    words = text[:office.end()].split()
    return attribution.Attribution(" ".join(words[-3:]), parties.pop())


def _surname(claimant: str) -> str:
    """The last capitalised word of a speaker phrase ('' for "the ministry")."""
    names = [w for w in re.findall(r"[^\W\d_]+", claimant) if w[0].isupper()]
    return fold(names[-1]) if names else ""


def _body(claimant: str, lex: Lexicon) -> str | None:
    """The government word of a speaker ("ministry" in "Armenia's defence ministry" and
    in "the ministry"), which an unqualified mention later shares."""
    m = lex.context["government"].search(claimant)
    return f"body:{m.group(0).casefold()}" if m else None


def _question_before(info: SentenceInfo, infos: Sequence[SentenceInfo]) -> SentenceInfo | None:
    """The interviewer's question just before an answer ("Q: What happened near Movses?",
    "– Dün gece Laçın'da ne oldu?"), which reports nothing itself: the answer tells of
    the place and day it asks about."""
    index = info.sentence.index
    if index == 0:
        return None
    before = infos[index - 1]
    if before.reports_attack or not before.sentence.text.rstrip().endswith("?"):
        return None
    return before


def _village_named_before(info: SentenceInfo, infos: Sequence[SentenceInfo],
                          by_sentence: dict[int, list[Mention]],
                          lex: Lexicon, article: Article) -> tuple[Location, ...]:
    """"Tavush's Chinari came under fire again. … units fired mortars toward the village":
    an attack on 'the village' (``context.anaphor``) that names no place is on the one
    village (else town) named by the nearest sentence before that names one, a few
    sentences back at most; 'there' (``context.there``) points only at the sentence just
    before ("Un soldat y a été blessé")."""
    text = info.sentence.text
    if any(not _capitalised_next_to(text, m.start(), m.end())
           for m in lex.context["anaphor"].finditer(text)):
        reach = _ANAPHOR
    elif lex.context["there"].search(text):
        reach = 1
    else:
        return ()  # "the village of Sotk", "Ağdam kəndi" name their village
    # not into background ("… in the 1990s, when the village was shelled from Alibeyli"),
    # unless it happens "again" just after
    again = lex.context["again"].search(text) is not None
    back = [i for i in range(info.sentence.index - 1, max(-1, info.sentence.index - 1 - reach),
                             -1) if not infos[i].background or
            (again and i == info.sentence.index - 1)]

    def nearest(kind: str) -> list[Mention]:
        """The kind's places in the nearest sentence naming one (an interview's answers
        name none); not a capital speaking for its government ("…, selon Erevan"). A
        village the gazetteer lacks ("du village de Srashen") is a village still: then the
        report stays unplaced rather than on a town named before it."""
        for index in back:
            # (placed near the place named after it, as the report naming it was)
            named = by_sentence.get(index, [])
            here = _locate_unknown(article.text, list(named), lex, named)
            found = [m for m in here if m.role not in ("origin", "actor", "dateline") and
                     (kind == "village" and m.role == "event_location"
                      if _unknown(m) else m.place.kind == kind)]
            if found:
                return found
        return []

    # a village first, however near a town is ("Khatchik … faces the positions of
    # Nakhchivan", a town too; "… taken to the hospital of Yeghegnadzor. … north of the
    # village")
    named = nearest("village") or nearest("town")
    if named and not infos[named[0].sentence].reports_attack and \
            min(by_sentence[named[0].sentence], key=lambda m: m.start) is named[0]:
        # a sentence that describes a place, not one that reports fire on two: its topic,
        # named first ("Le village de Khatchik … se trouve à quinze kilomètres d'Aréni")
        named = named[:1]
    if len({_place_key(m) for m in named}) != 1:
        return ()
    return (Location(named[-1], geo_precision(named[-1]) if named[-1].place else 0),)


def _capitalised_next_to(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40):start].split()[-1:], text[end:end + 40].split()[:1]
    return any(w[:1].isupper() for w in (*before, *after))


def _follow_ups(reports: list[Report], pins: list[list[tuple[Report, Location]]],
                out: list[Incident]) -> list[Report]:
    """A placeless report just after a located one, told by the same side ("… shelled
    Sotk and Verin Shorzha. Three servicemen were wounded, the ministry said.") continues
    it, and a placeless title sums up the first such report after it: its claims join
    that report's pins (``out``, changed in place). Returns the placeless reports left."""
    located = sorted((r for r in reports if r.locations), key=lambda r: r.sentence.index)
    left = []
    reached: dict[int, int] = {}  # per host: the last sentence that went on with it
    for report in (r for r in reports if not r.locations):
        if report.sentence.headline:  # a title sums up the lead: the first report after it
            host = next((r for r in located if r.claim.side == report.claim.side and
                         0 < r.sentence.index - report.sentence.index <= 1 + _FOLLOW_UP), None)
        else:
            before = [r for r in located
                      if 0 < report.sentence.index - r.sentence.index <= _FOLLOW_UP]
            host = before[-1] if before else None
        # The follow-up may name the attacker the report left open ("… were killed near
        # Sotk. The Azerbaijani army used drones, the ministry said.").
        gap = report.sentence.index - reached.get(id(host), host.sentence.index) \
            if host is not None else 0
        hosts = [k for k, items in enumerate(pins) if _continues(report, host, gap) and
                 any(r is host for r, _ in items) and
                 _same_account(report.status, out[k].attacker and report.attacker,
                               [report.claim], out[k], unclaimed=host.claim.side is None)]
        for k in hosts:
            out[k] = _absorb(out[k], [report.claim], report.evidence, report.weapons)
            if out[k].attacker is None and report.attacker is not None:
                out[k] = replace(out[k], attacker=report.attacker, target=report.target)
        if hosts:
            reached[id(host)] = report.sentence.index
        else:
            left.append(report)
    return left


def _continues(report: Report, host: Report | None, gap: int) -> bool:
    """Whether a placeless report goes on with the claimed report ``host``: the same side
    tells both, or it is the very next sentence (``gap`` 1, counted from the last sentence
    that went on with the host) and one of the two names no teller ("… shelled Verin
    Shorzha. It caused no casualties, the ministry said.") — not a denier going on about
    something else."""
    if host is None or host.status != "claimed":
        return False
    side, teller = report.claim.side, host.claim.side
    if side is not None and side == teller:
        return True
    return gap == 1 and None in (side, teller)


def _fold_areas(incidents: list[Incident]) -> list[Incident]:
    """A district's incident told by the same side as a village's inside it, on the same
    date, is that village's event said coarsely ("positions in Syunik province" in a
    headline, "near Nerkin Hand" in the body): the village takes its claims and evidence."""
    out = list(incidents)
    drop = set()
    for k, area in enumerate(incidents):
        if area.place is None or area.place.kind not in ("district", "region"):
            continue
        # a region's report folds into a district's ("Nakhchivan" in a title, "the Sadarak
        # district" in the body) as a district's into a village's
        finer = _FINE_KINDS + (("district",) if area.place.kind == "region" else ())
        # (a village the gazetteer lacks, pinned in an area, is as fine)
        fine = [j for j, inc in enumerate(out) if j != k and j not in drop and
                inc.place is not None and (inc.place.kind in finer or
                                           inc.location_reason.startswith(_UNKNOWN))]
        hosts = [j for j in fine if _contains(area.place, out[j].place) and
                 _same_account(area.status, area.attacker, area.claims, out[j])]
        for j in hosts:
            out[j] = _absorb(out[j], area.claims, area.evidence, area.weapons)
        if hosts:
            drop.add(k)
    return [inc for k, inc in enumerate(out) if k not in drop]


def _same_account(status: str, attacker: str | None, claims: Sequence[Claim],
                  incident: Incident, *, unclaimed: bool = False) -> bool:
    """Another account (its status, attacker and claims) could be the incident's event as
    the incident's own claimants tell it: no other claimant, no other attacker, and its
    victims are not the incident's attacker ("two Armenian soldiers killed" is no event
    Armenia is said to have started). ``unclaimed``: the incident's report named no
    claimant, so any side may tell it."""
    own = {c.side for c in incident.claims} | {None}
    # (a denial of the unclaimed report does not claim it: "Yerevan denied it")
    told = {c.side for c in incident.claims if c.status != "denied"} | {None}
    return status == "claimed" and attacker in (None, incident.attacker) and \
        ({c.side for c in claims} <= own or (unclaimed and told == {None})) and \
        incident.attacker not in {c.victim_side for c in claims} - {None}


def _fits(claim: Claim, claims: Sequence[Claim]) -> bool:
    """An unattributed casualty figure joins a pin (told by ``claims``) only as a figure
    its claimants give, or one of the losing side's own account: a bare "49 soldiers
    killed" in a title is not the other side's claim too."""
    if claim.side is not None or not claim.has_figures():
        return True
    if any(c.side and c.figures() == claim.figures() for c in claims):
        return True
    return claim.victim_side is not None and claim.victim_side in {c.side for c in claims}


def _absorb(incident: Incident, claims: Sequence[Claim], evidence: Sequence[Evidence],
            weapons: Sequence[str] = ()) -> Incident:
    """The incident with other accounts' claims, evidence and weapons joined to its own (its
    type made precise by the weapons)."""
    weapons = tuple(dict.fromkeys((*incident.weapons, *weapons)))
    return replace(incident, claims=_unique_claims([*incident.claims, *claims]),
                   evidence=tuple(sorted({*incident.evidence, *evidence}, key=_evidence_order)),
                   weapons=weapons, event_type=events.by_weapons(incident.event_type, weapons))


def _reports_account(reports: Sequence[Report]) -> tuple[list[Claim], list[Evidence],
                                                         list[str]]:
    return ([r.claim for r in reports], [e for r in reports for e in r.evidence],
            [w for r in reports for w in r.weapons])


def _incident(article: Article, reports: list[Report], loc: Location | None,
              precision: int | None) -> Incident:
    place = loc.mention.place if loc else None
    when = max((r.date for r in reports), key=_rank)
    weapons = tuple(dict.fromkeys(w for r in reports for w in r.weapons))
    # a title's "shelled" and the body's "from small arms" make gunfire
    event_type = events.by_weapons(min((r.event_type for r in reports), key=EVENT_TYPES.index),
                                   weapons)
    # The body says who attacked more plainly than a title ("Armenia reports drone strike
    # near Tegh" names the teller, not the attacker), and a party's own claim more plainly
    # than an untold line ("the European Union Mission in Armenia found bullet holes").
    said = next((r for r in reports if r.attacker and r.status == "claimed" and r.claim.side
                 and not r.sentence.headline), None) or \
        next((r for r in reports if r.attacker and not r.sentence.headline), None) or \
        next((r for r in reports if r.attacker), None)
    attacker, target = (said.attacker, said.target) if said else (None, None)
    if target is None and place is not None and place.country and place.country != attacker \
            and attacker is not None and place.kind != "region":
        target = place.country
    status = "claimed" if any(r.status == "claimed" for r in reports) else "denied"
    evidence = tuple(e for r in reports for e in r.evidence)
    if loc is not None:
        m = loc.mention
        evidence = (*evidence, Evidence(article.id, m.start, m.end, m.surface))
    reason = (loc.mention.reason if loc and loc.mention.place else
              (f"'{loc.mention.surface}' is not in the gazetteer" if loc else
               "the report names no place more precise than a country"))
    iid = incident_id(article.id, when.iso(), place.id if place else
                      (loc.mention.surface if loc else "-"), event_type)
    return Incident(
        incident_id=iid, article_ids=(article.id,), date=when, event_type=event_type,
        place=place, place_name=(loc.mention.surface if loc else None),
        geo_precision=precision if place else None, attacker=attacker, target=target,
        weapons=weapons, status=status, claims=_unique_claims([r.claim for r in reports]),
        evidence=tuple(sorted(set(evidence), key=_evidence_order)),
        weekday=next((r.weekday for r in reports if r.weekday is not None), None),
        sources=tuple(filter(None, [article.source])), location_reason=reason,
    )


def _unique_claims(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Claims by the same teller with the same status become one when their figures agree
    where both give one ("two soldiers wounded" … "no deaths"), keeping all their evidence;
    different figures stay side by side. A claim that names no teller joins the one claim
    of that status its figures agree with (a headline restating the body, a quoted line
    going on)."""
    out: list[Claim] = []
    for c in claims:
        if c.claimant or c.side:
            k = next((k for k, o in enumerate(out) if (o.side, o.status) == (c.side, c.status)
                      and _same_teller(o.claimant, c.claimant) and _agree(o, c)), None)
        else:
            k = None
        if k is None:
            out.append(c)
        else:
            joined = _joined(out[k], c)
            # the teller by its fuller name ("Armenia" … "Kementerian Pertahanan Armenia")
            named = max((out[k].claimant, c.claimant), key=lambda n: len(n or ""))
            out[k] = replace(joined, claimant=named)
    dropped = set()
    for i, c in enumerate(out):
        if c.side or c.claimant:
            continue
        hosts = [k for k, o in enumerate(out) if (o.side or o.claimant) and o.status == c.status
                 and _agree(o, c)]
        exact = [k for k in hosts if out[k].figures() == c.figures()]
        if exact or len({out[k].side for k in hosts}) == 1:  # one side's account
            k = (exact or hosts)[0]
            out[k] = _joined(out[k], c)
            dropped.add(i)
    return tuple(c for i, c in enumerate(out) if i not in dropped and
                 (c.has_figures() or c.side or c.status == "denied"))


def _same_teller(a: str | None, b: str | None) -> bool:
    """The same teller named twice, the second time by one word ("Kementerian Pertahanan
    Armenia" … "kementerian", "Armenia's defence ministry" … "the ministry")."""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long = sorted((_teller_words(a), _teller_words(b)), key=len)
    # (a bare word for it: not "a former official of Armenia's Defence Ministry")
    return len(short) == 1 and short <= long


@lru_cache(maxsize=4096)
def _teller_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", fold(name)) if len(w) > 3)


def _agree(a: Claim, b: Claim) -> bool:
    """No kind of casualty for which both claims give different figures."""
    return all(x is None or y is None or x == y
               for x, y in zip(a.figures().values(), b.figures().values(), strict=True))


def _joined(a: Claim, b: Claim) -> Claim:
    figures = {k: v if v is not None else b.figures()[k] for k, v in a.figures().items()}
    return replace(a, **figures, victim_side=a.victim_side or b.victim_side,
                   evidence=tuple(dict.fromkeys([*a.evidence, *b.evidence])))
