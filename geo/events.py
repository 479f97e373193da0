"""What a sentence reports: attack triggers and their type, casualty figures, weapons, who
claims it, denials, truce-only and background sentences. Rules per language, from the
lexicons; nothing here knows about places."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from gazetteer import fold

from .dates import Anchor, DateRef, resolve
from .lexicon import Lexicon, Terms
from .numbers import Number, find_numbers
from .records import EVENT_TYPES, Sentence

_WORD = re.compile(r"[\w'’-]+")
# The minutes of a time of day just before a number's start ("12 h 30", "16:05")
_CLOCK = re.compile(r"\d{1,2}\s?[h:]\s?$")
_CLOCK_NEXT = re.compile(r"\s?[h:]\s?\d{2}(?!\d)")  # and its hours ("à 12 h 30")
_FIREARMS = frozenset({"small arms", "large-calibre firearms", "grenade launcher"})  # weapon labels
_HEAVY = frozenset({"artillery", "mortar", "tanks"})
_STRIKES = (("drone", "drone_strike"), ("missiles", "missile_strike"),
            ("rockets", "rocket_strike"))
_FORTNIGHT = timedelta(days=14)
_DURATION_WAR = re.compile(r"\b\d{2,3}[\s-]*(hari|day|days|дн|gün|günlük|jours|günlük)\b",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure: category (killed…), value, and the span it was read from."""

    category: str
    value: int
    start: int
    end: int
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """What one sentence reports, before places are attached."""

    sentence: Sentence
    event_types: tuple[str, ...]
    figures: tuple[Figure, ...]
    weapons: tuple[str, ...]
    denial: bool
    truce: bool
    background: bool
    date_refs: tuple[DateRef, ...]
    rebuttal: bool = False  # a denial, then a counter-claim of its own ("denied it and said …")
    past: tuple[DateRef, ...] = ()  # references to an earlier year ("in September 2022")

    @property
    def reports_attack(self) -> bool:
        """An attack or casualties of fighting, not a background or truce-only sentence."""
        return bool(self.event_types or self.figures) and not self.background


def event_types(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Event types whose trigger words occur in ``text``, most specific first."""
    if not lex.any_event.search(text):
        return ()
    return tuple(t for t in EVENT_TYPES if t in lex.events and lex.events[t].search(text))


def by_weapons(event_type: str, arms: Iterable[str]) -> str:
    """The event type made precise by the weapons named with it: a bare attack with a
    drone, missiles or rockets is that strike; an attack or fire with mortars, artillery or
    tanks is shelling ("կրակ են բացել ականանետերից", opened fire from mortars); fire with
    firearms only is gunfire, whatever the verb ("обстреляли из стрелкового оружия",
    "atıcı silahlardan atəşə tutub")."""
    arms = set(arms)
    if not arms or event_type not in ("attack", "shelling", "gunfire"):
        return event_type
    if event_type == "attack":
        specific = next((t for weapon, t in _STRIKES if weapon in arms), None)
        if specific:
            return specific
    if event_type != "shelling" and arms & _HEAVY:
        return "shelling"
    return "gunfire" if arms <= _FIREARMS else event_type


_ARTICLE = re.compile(r"(?:\b(?:the|a|an|les|le|la|des)\s+|\bl['’])$", re.IGNORECASE)


def _only_as_time(text: str, lex: Lexicon) -> bool:
    """Every event word names a time, after or since it ("After the shooting, …", "Après
    l'attaque, …", "После обстрела …", "Կրակոցներից հետո …"), and the sentence tells no harm
    done then (``context.aftermath``: "after the shelling two houses were damaged")."""
    after = lex.context["after_event"]
    if not after.search(text) or lex.context["aftermath"].search(text):
        return False
    found = list(lex.any_event.finditer(text))
    if not found:
        return False  # the fire a party delivers ("ранил азербайджанский снайпер")
    for m in found:
        if lex.verb_final:
            if not after.match(text[m.end():].lstrip()):
                return False
        else:
            head = _ARTICLE.sub("", text[:m.start()]).split()
            if not head or not after.fullmatch(head[-1]):
                return False
    return True


def _party_fire(text: str, lex: Lexicon, party_stems: tuple[str, ...], hurt: bool) -> bool:
    """Fire a party or the enemy delivers ("killed by Azerbaijani fire", "came under enemy
    fire", "düşmən atəşi nəticəsində yaralanıb", "ադրբեջանական կրակից զոհվել է"): the word
    next to the fire noun names who fired. Where the noun is also a blaze (English, which has
    ``context.fire_frame``), the sentence must count casualties (``hurt``) or frame the fire
    ("by", "under"): "Armenia's fire service", "a forest fire" and "an Armenian sniper
    course" report nothing."""
    fire = lex.context.get("fire")
    if fire is None or not fire.search(text):
        return False
    frame = lex.context.get("fire_frame")
    for m in fire.finditer(text):
        before, after = text[:m.start()].split()[-3:], text[m.end():].split()[:1]
        for k, word in ([(len(before) - 1, w) for w in before[-1:]] +
                        [(None, w) for w in after]):
            word = word.strip("\"'«»“”„,.;:()")
            if not word or word.endswith(("'s", "’s")) or not (
                    fold(word).startswith(party_stems) or lex.context["enemy"].fullmatch(word)):
                continue
            if frame is None or hurt or (k is not None and
                                         any(frame.fullmatch(w) for w in before[max(0, k - 2):k])):
                return True
    return False


def weapons(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Weapon labels named in ``text``."""
    if not lex.any_weapon.search(text):
        return ()
    against = lex.context.get("against")  # "tank əleyhinə mina" names no tank
    return tuple(label for label, pattern in lex.weapons.items()
                 if any(against is None or not against.match(text[m.end():].lstrip())
                        for m in pattern.finditer(text)))


_KINDS = ("killed", "wounded", "captured", "missing")  # the casualty words' categories


def figures(text: str, lex: Lexicon, numbers: list[Number] | None = None,
            party_stems: tuple[str, ...] = ()) -> tuple[Figure, ...]:
    """Casualty figures: a number tied to a killed/wounded/captured/missing word nearby.
    ``party_stems`` (folded) let a party's adjective stand between them ("deux soldats
    arméniens ont été tués")."""
    out: list[Figure] = []
    numbers = [n for n in (find_numbers(text, lex) if numbers is None else numbers)
               if not _CLOCK.search(text, 0, n.start) and not _CLOCK_NEXT.match(text, n.end)]
    counted = len(numbers)
    for k, number in enumerate([*numbers, *_one_person(text, lex, _KINDS)]):
        if k >= counted and any(n.end <= number.start and
                                len(text[n.end:number.start].split()) <= 1 for n in numbers):
            continue  # "21 военнослужащий погиб": the number counts them already
        after = text[number.end:number.end + 70]
        clause = re.split(r"[,;:.()\[\]\"“”]|\s(?:dan|and|и|ve|və|et)\s", after, maxsplit=1)[0]
        words = _WORD.findall(clause)[:6]
        window = " ".join(words)
        hit = _first_category(window, lex, _KINDS)
        if hit and not _people_between(window, lex.casualties[hit], lex, party_stems):
            hit = None
        if hit is None:
            # the same clause only: "Personne n'a été blessé, mais un berger a perdu …"
            before = re.split(r"[,;:]", text[max(0, number.start - 40):number.start])[-1]
            tail = " ".join(_WORD.findall(before)[-3:])
            hit = _first_category(tail, lex, _KINDS) if _verb_before(tail, lex) else None
        if hit is None and k < counted:
            hit = _risen_to(text, number, lex)
        if hit and not lex.numbers.measures.match(clause.lstrip(" -")):
            out.append(Figure(hit, number.value, number.start, number.end, number.qualifier))
    # "No casualties", "Потерь нет": zero for the kinds no number gave
    # ("Tidak ada korban jiwa", no lives lost, says nothing of the wounded)
    killed_only = lex.casualties["none_killed"].search(text)
    for key, kinds in (("none", ("killed", "wounded")), ("none_killed", ("killed",))):
        m = lex.casualties[key].search(text)
        if m is not None and not (key == "none" and killed_only is not None and
                                  killed_only.start() <= m.start() < killed_only.end()):
            out += [Figure(kind, 0, m.start(), m.end(), None) for kind in kinds
                    if all(f.category != kind for f in out)]
    return tuple(out)


def toll_update(info: SentenceInfo, lex: Lexicon) -> bool:
    """A sentence that only raises a toll told before ("On Friday the number of wounded
    rose to three"): its day is when the toll was told, not when the fire was."""
    return not info.event_types and bool(info.figures) and any(
        _risen_to(info.sentence.text, Number(f.value, f.start, f.end), lex)
        for f in info.figures)


def _risen_to(text: str, number: Number, lex: Lexicon) -> str | None:
    """The casualty word a toll's new number counts: "the number of wounded had risen to
    three", "число раненых возросло до трех", "yaralı sayısı üçe yükseldi", "վիրավորների
    թիվը հասել է երեքի" — a rise verb next to the number, the word earlier in the clause."""
    rise = lex.casualties.get("rise")
    if rise is None or not rise.possible(text):
        return None
    before = re.split(r"[;:.!?]", text[max(0, number.start - 90):number.start])[-1]
    after = " ".join(_WORD.findall(text[number.end:number.end + 40])[:2])
    lead = " ".join(_WORD.findall(before)[-3:])
    if not (any(m.end() == len(lead) for m in rise.finditer(lead)) or rise.match(after) or
            (len(after.split()) > 1 and rise.match(after.split(" ", 1)[1]))):
        return None
    found = [(m.start(), cat) for cat in _KINDS for m in lex.casualties[cat].finditer(before)]
    return max(found)[1] if found else None


def _one_person(text: str, lex: Lexicon, cats: tuple[str, ...]) -> list[Number]:
    """One person named with no number: an article before a people word ("an Armenian
    serviceman was wounded") or a singular people noun ("Военнослужащий … получил
    ранение", "hərbçimiz yaralanıb"). A figure only where a casualty word goes with it, so
    a sentence with none is not scanned for every "a"."""
    one = lex.casualties.get("one")
    if one is None or not any(lex.casualties[c].search(text) for c in cats):
        return []
    persons = lex.casualties["persons"]
    out = []
    for m in one.finditer(text):
        words = _WORD.findall(text[m.start():m.end() + 40])[:4]
        if any(persons.fullmatch(w) for w in words):
            out.append(Number(1, m.start(), m.end()))
    return out


def _first_category(window: str, lex: Lexicon, cats: tuple[str, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for cat in cats:
        m = lex.casualties[cat].search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), cat)
    return best[1] if best else None


def _people_between(window: str, category: Terms, lex: Lexicon,
                    party_stems: tuple[str, ...]) -> bool:
    """Only people words (soldiers, others, a party's name), auxiliaries or the lexicon's
    'between' words ("50 of its servicemen") may stand between a number and its casualty
    word: "dua posisi tempur hilang" is not 2 missing."""
    m = category.search(window)
    if m is None:
        return False
    between = window[:m.start()].split()
    if len(between) > 5:  # "trois de ses soldats ont été tués"
        return False
    return all(lex.context["auxiliary"].fullmatch(w) or lex.casualties["between"].fullmatch(w) or
               lex.casualties["persons"].fullmatch(w) or
               lex.casualties["others"].fullmatch(w) or w[:1].isupper() or
               fold(w).startswith(party_stems) for w in between)


def _verb_before(tail: str, lex: Lexicon) -> bool:
    return bool(tail) and any(lex.casualties[c].search(tail) for c in ("killed", "wounded"))


_SPAN_UNITS = re.compile(r"\s*(hari|pekan|minggu|bulan|days?|weeks?|months?|дн\w*|недел\w*|"
                         r"месяц\w*|gün\w*|hafta\w*|ay|jours?|semaines?|mois|həftə\w*)\b",
                         re.IGNORECASE)
_UNIT_DAYS = {"h": 1, "d": 1, "j": 1, "g": 1, "w": 7, "p": 7, "m": 30, "s": 7, "н": 7, "b": 30,
              "a": 30}


def _long_fighting(text: str, numbers: list[Number]) -> bool:
    """A duration of a week or more ("enam pekan", "44 days", "six weeks") describes a war."""
    for number in numbers:
        unit = _SPAN_UNITS.match(text[number.end:number.end + 12])
        if unit:
            word = unit.group(1).lower()
            days = 30 if word.startswith(("mo", "ме", "bu", "ay")) else \
                7 if word.startswith(("w", "p", "mi", "н", "s", "haf", "hə")) else 1
            if number.value * days >= 7:
                return True
    return False


def denial_cue(text: str, lex: Lexicon) -> re.Match[str] | None:
    """The first denial word ("denied", "опровергло") or no-event phrase ("not a single
    shot") of a sentence, or else a report it names as what it calls it."""
    return lex.claims["denial"].search(text) or lex.context["no_event"].search(text) or \
        _unused(text, lex) or called_a_report(text, lex)


def _unused(text: str, lex: Lexicon) -> re.Match[str] | None:
    """"… n'ont utilisé aucun drone", "did not use drones": a denial, unless the sentence
    tells fire before it ("fired mortars at Sotk but did not use drones")."""
    found = lex.context["unused"].search(text)
    return found if found is not None and not lex.any_event.search(text, 0, found.start()) \
        else None


def calling_a_report(text: str, lex: Lexicon) -> re.Match[str] | None:
    """A speaker calling a report something ("called the report …", "iddiaları …
    nitelendirdi"), whatever it calls it."""
    pattern = _CALLED.get(lex.language)
    if pattern is None:
        calling, report = lex.claims["calling"].pattern, lex.claims["report_noun"].pattern
        pattern = _CALLED[lex.language] = re.compile(
            rf"(?:{report})(?:\W+[\w'’-]+){{0,6}}?\W+(?:{calling})" if lex.verb_final else
            rf"(?:{calling})(?:\W+[\w'’-]+){{0,2}}?\W+(?:{report})", re.IGNORECASE)
    return pattern.search(text) if lex.claims["calling"].possible(text) else None


def called_a_report(text: str, lex: Lexicon) -> re.Match[str] | None:
    """A report named as what a speaker calls it, a slur ("called the report of a drone
    strike 'another provocation'", "назвало сообщение … «очередной провокацией»", "iddiaları
    provokasyon olarak nitelendirdi"): a denial."""
    found = calling_a_report(text, lex)
    # (what it is called must reject it: not "called the reports … 'accurate'")
    if found is None or not lex.claims["slur"].search(
            text, found.start() if lex.verb_final else found.end()):
        return None
    return found


_CALLED: dict[str, re.Pattern[str]] = {}
# What a report is called, in quotes, just after it is named: "… the claim "an attempt to …""
_QUOTED_AFTER = re.compile(r"[^«“\"„.]{0,20}[«“\"„][^»”\"“]*[»”\"“]")


def _speech_verb(text: str, lex: Lexicon, pos: int) -> re.Match[str] | None:
    return min((m for m in (lex.claims["before"].search(text, pos),
                            lex.context["adding"].search(text, pos)) if m is not None),
               key=lambda m: m.start(), default=None)


def counter_claim_at(rest: str, lex: Lexicon) -> int | None:
    """After a denial, a speech verb and an event of its own ("… denied this and said that
    Armenian forces had shelled …", "… опровергли и заявили, что армянская сторона
    обстреляла …", "… denied it, adding that …"): where the counter-claim's speech verb
    starts in ``rest``, or None when the sentence only denies. In verb-final languages the
    speech verb closes the event's clause."""
    said = _speech_verb(rest, lex, 0)
    if said is not None and lex.claims["report_noun"].match(rest, said.start()) and \
            len(rest[:said.start()].split()) <= 1:
        said = _speech_verb(rest, lex, said.end())  # "denying reports that …": what it denies
    if said is None:
        return None
    if lex.verb_final:
        event = lex.any_event.search(rest)
        # the verb itself may carry the negation ("atəş açmadığını", did not open fire)
        return said.start() if event is not None and event.start() < said.start() and \
            not lex.context["negation"].search(rest[:said.start()]) else None
    clause = rest[said.end():]
    event = lex.any_event.search(clause)
    called = calling_a_report(clause, lex)
    if event is not None and called is not None and called.start() <= event.start():
        # "…, a déclaré le ministère, qualifiant l'accusation de « provocation »", "calling
        # the claim "an attempt to cover up the night's shelling"": what it calls the report,
        # a slur or a quote, is no event of its own
        slur = lex.claims["slur"].search(clause, called.end())
        quoted = _QUOTED_AFTER.match(clause, called.end())
        end = slur.end() if slur is not None and event.start() < slur.end() else \
            quoted.end() if quoted is not None and event.start() < quoted.end() else None
        if end is not None:
            event = lex.any_event.search(clause, end)
    # "… and stressed there was no exchange of fire", "… said no Armenian unit had fired",
    # "… affirmant que ses militaires « n'ont tiré aucun coup de feu »": still the denial
    before = clause[:event.start()] if event is not None else ""
    subject = lex.context["negative_subject"].search(before)
    # ("… said nobody was hurt when Azerbaijani troops shelled Sotk": a counter-claim)
    denied = subject is not None and not any(
        lex.casualties[c].search(before, subject.end()) for c in ("killed", "wounded"))
    return said.start() if event is not None and not lex.context["negation"].search(before) and \
        not denied and not lex.context["no_event"].search(clause) else None


def reminders(infos: list[SentenceInfo], lex: Lexicon, at: Anchor) -> list[SentenceInfo]:
    """A sentence opening with a reminder ("Հիշեցնենք, որ 2022 թվականի սեպտեմբերի 13-ին …",
    "Recall that …") is background, unless it dates its event within the last fortnight:
    "Напомним, 10 мая …" in a story of 11 May recalls the news itself."""
    def recent(ref: DateRef) -> bool:
        if ref.offset_days is not None or ref.weekday is not None:
            return True
        day = resolve(ref, at)
        return at.reference is not None and day.precision == "day" and day.value is not None \
            and timedelta(0) <= at.reference - day.value <= _FORTNIGHT
    return [replace(i, background=True)
            if lex.context["recall"].match(i.sentence.text.lstrip("«\"„“ -—")) and
            not any(recent(r) for r in i.date_refs) else i for i in infos]


def recollections(infos: list[SentenceInfo], lex: Lexicon, at: Anchor) -> list[SentenceInfo]:
    """A sentence dated only by a full date two months or more before the day of writing
    ("Residents still remember 13 September 2022, when shells fell near Jermuk", "2022-ի
    սեպտեմբերի 13-ի …" in a story of 17 November 2022) recalls history when the story's news
    is of the last fortnight; a story that reports only that day (a belated report) keeps
    it, and so does a chronology's entry opening with its date."""
    written = at.reference if at.written else None
    if written is None:
        return infos

    def days(info: SentenceInfo) -> list[DateRef]:  # the event's own days
        return [r for r in info.date_refs if not r.since and not r.statement and
                (r.day or r.weekday is not None or r.offset_days is not None)]

    def recalled(info: SentenceInfo) -> bool:
        own = days(info)
        return bool(own) and all(_months_ago(r, written) and
                                 not _entry_date(r, info.sentence.text, lex) for r in own)

    def recent(info: SentenceInfo) -> bool:
        return any((d := resolve(r, at).value) is not None and
                   timedelta(0) <= written - d <= _FORTNIGHT for r in days(info))

    if not any(i.reports_attack and recent(i) for i in infos):
        return infos
    return [replace(i, background=True) if i.reports_attack and recalled(i) else i
            for i in infos]


def _months_ago(ref: DateRef, written: date | None) -> bool:
    """A full date two months or more before the day of writing."""
    if not (ref.day and ref.month and ref.year and written):
        return False
    try:
        day = date(ref.year, ref.month, ref.day)
    except ValueError:
        return False
    # (a weekday that disagrees marks a slip: "Senin (12/3/2022)" for 12 September)
    return (written - day).days >= _RECALLED_DAYS and ref.weekday in (None, day.weekday())


_RECALLED_DAYS = 60


def _against_positions(text: str, lex: Lexicon) -> bool:
    """Positions a weapon is used against ("against positions", "по позициям"), not ones
    watched or built ("used drones to monitor Armenian positions")."""
    words = _WORD.findall(text)
    return any(lex.context["positions"].fullmatch(w) and k > 0 and
               (lex.context["onto"].fullmatch(words[k - 1]) or
                lex.context["locative"].fullmatch(words[k - 1]))
               for k, w in enumerate(words))


def _last_year_s(ref: DateRef, written: date | None, background_year: int | None) -> bool:
    """A day and month without a year still to come in the year of writing fall in the year
    before ("10 Kasım'da imzalanan …" in a story of 8 November 2021), a past year when the
    sentence names one ("2020 sonbaharında …")."""
    if not (ref.day and ref.month and not ref.year and written and background_year):
        return False
    try:
        ahead = date(written.year, ref.month, ref.day) > written + timedelta(days=1)
    except ValueError:  # 29 February
        return False
    return ahead and written.year - 1 < background_year


def _conditional_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a conditional rules (see ``_only_unreal``): a whole sentence that opens with one
    whose clause names an event or a name ("If Azerbaijan attacks Goris, …", "Erivan … yeni
    bir provokasyona kalkışırsa …"), or a quote opening with one (its words only: "…, the
    mayor warned: 'If this goes on, we will leave'"). Not an idiom ("If anything, …", "Ne
    olursa olsun, …"), a clause that says or denies something ("Si Bakou dément, …"), or a
    French or Russian clause in the past ("Si les forces ont bombardé Sotk jeudi, c'est …"):
    those state facts."""
    if not (lex.context["conditional"].possible(text) or
            lex.context["conditional_verb"].possible(text)):
        return []
    spans = []
    for opening in (None, *_OPEN_QUOTE.finditer(text)):
        start = 0 if opening is None else opening.end()
        head = text[start:].lstrip(" -—–\"«“„")
        clause = head.split(",", 1)[0]
        words = clause.split()
        opens = lex.context["conditional"].match(head) is not None or any(
            w[:1].islower() and lex.context["conditional_verb"].fullmatch(w) for w in words[:8])
        if not opens or lex.claims["before"].search(clause) or \
                lex.claims["denial"].search(clause) or \
                any(lex.context["past_auxiliary"].fullmatch(w) for w in words):
            continue
        if opening is None:
            if lex.any_event.search(clause) or any(w[:1].isupper() for w in words[1:]):
                spans.append((0, len(text)))
        else:
            close = _CLOSE_QUOTE.search(text, start)
            spans.append((start, close.start() if close else len(text)))
    return spans


_OPEN_QUOTE = re.compile(r"[«\"“„]")
_CLOSE_QUOTE = re.compile(r"[»\"”]")
_UNREAL_CUES = ("refrain", "in_case", "modal", "modal_after", "conditional", "conditional_verb")


def _only_unreal(text: str, lex: Lexicon) -> bool:
    """Every event word of the sentence is what an appeal asks to refrain from ("Ankara
    called on Armenia to refrain from provocations"), what a conditional names ("в случае
    «новых провокаций»") or what a modal or threat puts as a
    possibility ("может нанести удары по Горису", "could shell Goris", "Gorus'u
    vurabilir"); not "… to refrain from further attacks after Azerbaijani forces fired on
    Sotk"."""
    if not any(lex.context[key].possible(text) for key in _UNREAL_CUES):
        return False  # (the shared literal pre-check: most sentences have none of the cues)
    events = list(lex.any_event.finditer(text))
    if not events:
        return False
    nots = [m.span() for m in lex.context["in_case_not"].finditer(text)]
    refrain = [*lex.context["refrain"].finditer(text),
               *(m for m in lex.context["in_case"].finditer(text)
                 if not any(a <= m.start() < b for a, b in nots))]  # "в случае с обстрелом"
    modal = list(lex.context["modal"].finditer(text))
    after = list(lex.context["modal_after"].finditer(text))
    conditional = _conditional_spans(text, lex)
    if not (refrain or modal or after or conditional):
        return False
    return all(
        any(start <= e.start() < end for start, end in conditional) or
        any(0 <= e.start() - c.end() <= 25 for c in refrain) or
        # (next to it, a quote mark between at most)
        any(c.end() <= e.start() and not text[c.end():e.start()].strip(" «\"“")
            for c in modal) or
        any(c.start() >= e.start() and c.start() - e.end() <= 1 for c in after)
        for e in events)


def history_goes_on(infos: list[SentenceInfo], text: str, lex: Lexicon) -> list[SentenceInfo]:
    """An undated sentence right after one about an earlier year or time, in the same
    paragraph, goes on with that history ("In 2020 the two fought a six-week war. More than
    6,500 people were killed before a ceasefire …"; "We stood guard in those days. The
    battles united us."), unless someone tells it ("…, the ministry said": today's news)."""
    out = list(infos)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.background and (prev.past or any(r.past for r in prev.date_refs)) and \
                not cur.background and not cur.date_refs and \
                (cur.event_types or cur.figures) and \
                not lex.claims["before"].search(cur.sentence.text) and \
                not lex.claims["after"].search(cur.sentence.text) and \
                "\n\n" not in text[prev.sentence.end:cur.sentence.start]:
            out[k] = replace(cur, background=True, past=prev.past)
    return out


def unasked(infos: list[SentenceInfo], turns: list[tuple[int, int]], lex: Lexicon,
            party_stems: tuple[str, ...] = ()) -> list[SentenceInfo]:
    """An interviewer's turns (``turns``, spans of the text) report nothing: "People in Goris
    hear shots every night. Should they worry?" asks; the answer tells what happened. A
    turn's statement relaying what a party says ("— Минобороны Армении утверждает, что вчера
    … открыли огонь по посту у Агарака. Как вы это прокомментируете?") reports that party's
    claim."""
    if not turns:
        return infos
    return [replace(i, background=True)
            if any(s <= i.sentence.start < e for s, e in turns) and
            not _relays_a_party(i.sentence.text, lex, party_stems) else i for i in infos]


def _relays_a_party(text: str, lex: Lexicon, party_stems: tuple[str, ...]) -> bool:
    """A statement (no question) whose speech verb has a party named before it."""
    if text.rstrip().endswith("?"):
        return False
    cue = lex.claims["before"].search(text)
    return cue is not None and any(fold(w).startswith(party_stems)
                                   for w in _WORD.findall(text[:cue.start()]))


_ENTRY_LEAD = re.compile(r"[\W\d_]*(?:(\w+)\W+)?", re.UNICODE)


def _entry_date(ref: DateRef, text: str, lex: Lexicon) -> bool:
    """A full date opening the sentence, after nothing but a bullet or a preposition that
    puts the event on it ("Le 28 avril 2023, Erevan avait accusé …", "- 3 Agustus 2021:
    Armenia melaporkan …"): the sentence tells of that day, however long ago, as a
    chronology's entry does. Not "Until 13 September 2022, …" (a period), and a year-old
    date further in ("…, during the offensive of 13 September 2022, when …") stays
    background."""
    if not (ref.day and ref.month and ref.year):
        return False
    lead = _ENTRY_LEAD.match(text, 0, ref.start)
    return lead is not None and lead.end() == ref.start and \
        (lead.group(1) is None or bool(lex.context["on_day"].fullmatch(lead.group(1))))


def _negated(text: str, lex: Lexicon, party_stems: tuple[str, ...]) -> str | None:
    """Every event word has a negative subject a few words before it in its clause: "party"
    when some subject is a party's units ("No Armenian unit opened fire toward Gazakh": that
    party's denial, pinned where it denies firing), else "nothing" ("no settlement in
    Syunik came under fire", "Neither officials nor residents reported any shelling": the
    sentence says nothing happened). None when some event word is not negated, or a casualty
    word stands between ("nobody was hurt when troops shelled Sotk": the shelling happened)."""
    subjects = list(lex.context["negative_subject"].finditer(text))
    if not subjects:
        return None
    party = False
    for event in lex.any_event.finditer(text):
        clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, event.start())),
                           default=0)
        subject = next((m for m in reversed(subjects)
                        if clause_start <= m.start() and m.end() <= event.start()), None)
        words = text[subject.end():event.start()].split() if subject is not None else []
        # the subject's own noun phrase ("No Armenian unit"), then the verb: a few words,
        # or "… nor residents reported any"; no other clause, casualty or party on the way
        if subject is None or (len(words) > 4 and
                               not lex.context["negated_any"].fullmatch(words[-1])) or \
                any(lex.context["clause_links"].fullmatch(w) for w in words) or \
                any(lex.casualties[c].search(" ".join(words)) for c in ("killed", "wounded")) \
                or any(fold(w).startswith(party_stems) for w in words[2:]):
            return None
        # ("Aucun soldat arménien …": the party's adjective after the soldiers; not
        # "Neither Armenian officials nor …", no units of its)
        own = subject.group().split() + (words[:2] if words and words[0].islower() else [])
        party = party or any(fold(w).startswith(party_stems) for w in own)
    return "party" if party else "nothing"


CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–-]\s")


def classify(sentence: Sentence, lex: Lexicon, refs: tuple[DateRef, ...],
             background_year: int | None, party_stems: tuple[str, ...] = (),
             written: date | None = None) -> SentenceInfo:
    """Read one sentence. ``background_year``: years before it mark past events;
    ``party_stems``: folded stems naming the parties (lower-case nationality adjectives);
    ``written``: the day the article was written, when known."""
    text = sentence.text
    negated = _negated(text, lex, party_stems)
    types = event_types(text, lex) if negated != "nothing" else ()
    if types and _only_unreal(text, lex):
        types = ()
    arms = weapons(text, lex)
    # a day of the month is no count ("le mardi 16 janvier")
    numbers = [n for n in find_numbers(text, lex)
               if not any(r.start <= n.start < r.end for r in refs)]
    figs = figures(text, lex, numbers, party_stems)
    if not types and _party_fire(text, lex, party_stems, bool(figs) or any(
            lex.casualties[c].search(text) for c in ("killed", "wounded"))):
        types = ("gunfire",)
    if not types and arms and lex.context["used"].search(text) and _against_positions(text, lex):
        types = ("attack",)  # "used grenade launchers against positions in the Gazakh district"
    if types:
        first = by_weapons(types[0], arms)
        types = (first, *(t for t in types if t != first))
    if types and not figs and not refs and _only_as_time(text, lex):
        types = ()  # (dated, "after deadly clashes on Monday night" still tells them)
    truce = bool(lex.context["truce"].search(text))
    past = [r for r in refs if r.year and not r.since and background_year and
            r.year < background_year and r.offset_days is None]
    relative_past = [r for r in refs if (r.relative_year == -1 or r.past) and not r.since]
    war = bool(lex.context["war"].search(text))
    current = [r for r in refs if (r.weekday is not None or r.day or r.offset_days is not None)
               and not r.since and not r.statement and (not r.year or not background_year or
                                                        r.year >= background_year or
                                                        _entry_date(r, text, lex))
               and not (r.offset_days or 0) > 0 and
               not (past and _last_year_s(r, written, background_year))]
    future = any((r.offset_days or 0) > 0 for r in refs)
    if _long_fighting(text, numbers):
        past = past or [DateRef(0, 0)]  # "during six weeks of fighting": a war, not an incident
    # "the worst since the 2020 war, when …": a comparison, not a report of its own.
    since_only = bool(refs) and all(r.since for r in refs) and not figs
    # "the deadliest since spring, when a soldier was killed near Tegh": a comparison
    comparison = bool(lex.context["superlative"].search(text) and
                      lex.context["since"].search(text))
    background = bool((past or relative_past or since_only or future or comparison or
                       (war and _DURATION_WAR.search(text))) and not current) or \
        bool(lex.context["hypothetical"].search(text)) or \
        bool(lex.context["drill"].search(text)) or \
        bool(lex.context["retracted"].search(text))  # "Imagine …"; "We wrote that …"
    if lex.context["no_comment"].search(text) and not lex.claims["before"].search(text) and \
            not lex.claims["after"].search(text):
        # "Ереван заявление Баку об обстреле … не прокомментировал", "Baku has not commented
        # on the Kornidzor report": no one tells the event here
        background = True
    if lex.context["habitual"].search(text) and not figs and not current:
        background = True  # "has repeatedly come under fire in recent years"; not "on Tuesday"
    # (a ceremony is held today; an attack on Tuesday that damaged a memorial is news)
    if past and all(r.offset_days == 0 for r in current) and \
            lex.context["memorial"].search(text):
        background = True  # "Today Jermuk honoured those killed in the battles of 2022"
    denied = denial_cue(text, lex)
    if denied is not None and not lex.claims["denial"].search(text) and \
            (turn := lex.context["contrast"].search(text, denied.end())) is not None and \
            lex.any_event.search(text, turn.end()):
        denied = None  # "no shot for a month, but on Monday troops fired at the village"
    denial = (bool(denied) and counter_claim_at(text[denied.end():], lex) is None) or \
        negated == "party"
    return SentenceInfo(sentence, types, figs, arms, denial, truce and not types,
                        background, refs, rebuttal=bool(denied) and not denial,
                        past=tuple(r for r in past if r.end > r.start))
