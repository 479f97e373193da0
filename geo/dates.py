"""Dates from text: find date expressions in each language and resolve them to calendar
dates with a precision, from the publication date when known, else from the text itself
(weekday + day/month fixes the year; "last year" and explicit years bound it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .lexicon import Lexicon, group_index
from .numbers import parse_digits, words_value
from .records import UNKNOWN_DATE, PartialDate

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_NUMERIC_DMY = re.compile(rf"(?<![\d/.])(\d{{1,2}})[/.](\d{{1,2}})(?:[/.]({_YEAR}|\d{{2}}))?(?![\d/])")
_ISO = re.compile(rf"(?<!\d)({_YEAR})-(\d{{2}})-(\d{{2}})(?!\d)")
_BARE_YEAR = re.compile(rf"(?<![\d/.,:-])({_YEAR})(?![\d/:]|-\d)")  # "2022-ci il", "1990-х"
# A span of years: "la guerre de 1992-1994", "the 1992-94 war" (its first year dates it)
_YEAR_SPAN = re.compile(rf"(?<![\d/.,:-])({_YEAR})[-–](?:{_YEAR}|\d{{2}})(?![\d/:-])")
_DAYS_AGO_NUM = re.compile(r"(\d+|\w+)\s+$")
# A decade in two digits ("the '90s", "90-cı illər", "90'lı yıllar", "в 90-е годы", "les années
# 90", "90-ական թվականներ", "tahun 90-an"): a year of the last century, so background.
_DECADE = re.compile(r"(?:\bthe ['’]?([3-9]0)s|\bles années ([3-9]0)|\btahun ([3-9]0)-an)\b|"
                     r"\b([3-9]0)(?:-?[cç][ıiuü] illər|['’]?l[ıiuü] y[ıi]l|-[ех] год|"
                     r"-ական)", re.IGNORECASE)
# A noun in the ablative before "N days ago" makes it "N days before that" ("հարսանիքից
# երկու օր առաջ", "düğünden iki gün önce", "toydan iki gün əvvəl"): counted from another
# event, not from the day of the story.
_ANCHORED = re.compile(r"(?<!\bbun)(?<!\bşun)(?<!\bon)(?<!սրան)(?<!դրան)(?<!նրան)"
                       r"(?:ից|[dt][aeə]n)\s+$", re.IGNORECASE)  # not "bundan iki gün önce"


# A day of the month with no month ("on the night of the 14th", "в ночь на 14-е", "ayın
# 14'ü", "tanggal 14"): the latest such day up to the story's date.
_BARE_DAY = {
    # "on the 14th", "the night of the 14th": a date's frame before, no noun after ("the 5th
    # battalion", "the 3rd such attack")
    "en": re.compile(r"\b(?:on|of|by|until|since) the (\d{1,2})(?:st|nd|rd|th)\b"
                     r"(?=\s*(?:[,.;:)]|$|of\b|at\b|and\b|in\b|when\b))"),
    # "в ночь на 14-е", "14-го числа", "14-го мая" (not "3-го батальона")
    "ru": re.compile(r"(?<![\d.])(?<=ночь на )(\d{1,2})-(?:е|го)\b|"
                     r"(?<![\d.])(\d{1,2})-(?:го|е|ое|ого)\b"
                     r"(?=\s*(?:[,.;:)»]|$|числа\b|(?:январ|феврал|март|апрел|ма[яй]|июн|июл|"
                     r"август|сентябр|октябр|ноябр|декабр)\w*))"),
    "tr": re.compile(r"\bayın (\d{1,2})['’]?\w*"),
    "az": re.compile(r"\bayın (\d{1,2})[-'’]?\w*"),
    "id": re.compile(r"\btanggal (\d{1,2})\b(?![\s/.-]*\d)"),
}


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression in a text: what it fixes (any of day, month, year, weekday)."""

    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset_days: int | None = None
    relative_year: int | None = None
    statement: bool = False
    since: bool = False
    day_before: bool = False  # "the day before", "sehari sebelumnya", "накануне"
    vague: bool = False  # "last week", "pekan lalu", "недавно": a time, but no day
    past: bool = False  # "last month", "geçen ay": long enough ago to be background
    later: int = 0  # "two days after Sunday's talks": days after the day it names
    night: bool = False  # "overnight, … said on Thursday": the statement's day, but weakly
    holiday: bool = False  # "on New Year's Eve": the latest one, never one still to come


# The source of a night's date taken from its statement's day: a later report of the same
# place that gives its own day is better.
NIGHT = "the night before the statement's day"

# The source of a date the text leaves open on purpose: no other report's date fills it.
VAGUE = "a vague time in the text ('last week', 'recently'): no day given"


def is_vague(when: PartialDate) -> bool:
    return when.source == VAGUE


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


_DIGIT = re.compile(r"\d")


def find_refs(text: str, lex: Lexicon) -> list[DateRef]:
    """Date expressions in ``text`` (a sentence), left to right, overlapping ones merged."""
    digits = _DIGIT.search(text) is not None  # most sentences have none: skip those patterns
    refs: list[DateRef] = []
    for m in _ISO.finditer(text) if digits else ():
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            refs.append(DateRef(m.start(), m.end(), d, mo, y))
    for m in _NUMERIC_DMY.finditer(text) if digits else ():
        d, mo = int(m.group(1)), int(m.group(2))
        y = m.group(3)
        year = (2000 + int(y) if len(y) == 2 else int(y)) if y else None
        if 1 <= d <= 31 and 1 <= mo <= 12 and not _is_clock(text, m):
            refs.append(DateRef(m.start(), m.end(), d, mo, year))
    nights = _overnight(text, lex) if digits else []
    refs.extend(nights)
    refs.extend(r for r in _textual_dates(text, lex)
                if not any(r.start < n.end and n.start < r.end for n in nights))
    capitalised = lex.language in ("id", "en")  # "minggu" is also "week"; "Minggu" Sunday
    days = [m for m in lex.weekdays.finditer(text) if not capitalised or m.group(0)[0].isupper()]
    for k, m in enumerate(days):
        if not _night_before(text, m, days[k + 1] if k + 1 < len(days) else None, lex):
            refs.append(DateRef(m.start(), m.end(), weekday=group_index(m)))
    refs.extend(_relative(text, lex))
    for m in lex.holidays.finditer(text):  # "on New Year's Eve": that day, its year unsaid
        month, day = lex.holiday_days[group_index(m)]
        refs.append(DateRef(m.start(), m.end(), day, month, holiday=True))
    for m in _DECADE.finditer(text) if digits else ():
        if not _overlaps(m, refs):
            decade = next(g for g in m.groups() if g)
            refs.append(DateRef(m.start(), m.end(), year=1900 + int(decade)))
    bare = _BARE_DAY.get(lex.language)
    # (only where the sentence has no day of its own: "on Tuesday, the 3rd attack …")
    dated = any(r.day or r.weekday is not None or r.offset_days is not None for r in refs)
    for m in bare.finditer(text) if bare is not None and digits and not dated else ():
        day = int(next(g for g in m.groups() if g))
        if 1 <= day <= 31 and not _overlaps(m, refs):
            refs.append(DateRef(m.start(), m.end(), day=day))
    # (a span dates a war: "la guerre de 1992-1994"; not "memories of the 2021-2022 crisis")
    for m in _YEAR_SPAN.finditer(text) if digits and lex.context["war"].search(text) else ():
        if not _overlaps(m, refs):
            refs.append(DateRef(m.start(), m.end(), year=int(m.group(1))))
    for m in _BARE_YEAR.finditer(text) if digits else ():
        if _born(text, m.start(), m.end(), lex):
            continue  # "1974-cü il təvəllüdlü kənd sakini": a birth year
        refs.append(DateRef(m.start(), m.end(), year=int(m.group(1))))
    return _night_past(_days_after(_merge(refs, text, lex), text, lex), text, lex)


def _night_past(refs: list[DateRef], text: str, lex: Lexicon) -> list[DateRef]:
    """"fired on the village overnight, the governor said on Thursday": with no day of its
    own, the night ended on the morning of the statement's day."""
    said = next((r for r in refs if r.statement and (r.day or r.weekday is not None or
                                                      r.offset_days is not None)), None)
    if said is None or any(r.day or r.weekday is not None or r.offset_days is not None
                           for r in refs if not r.statement and not r.since):
        return refs
    nights = [replace(said, start=m.start(), end=m.end(), statement=False, night=True)
              for m in lex.dates["night_past"].finditer(text) if not _overlaps(m, refs)]
    return sorted(refs + nights, key=lambda r: r.start)


def _days_after(refs: list[DateRef], text: str, lex: Lexicon) -> list[DateRef]:
    """"deux jours après les pourparlers de dimanche", "two days after Sunday's talks": the
    day named after, counted on by the number before."""
    out = list(refs)
    for m in lex.dates["days_after"].finditer(text):
        _, n = _count_before(text, m.start(), lex)
        day = next((r for r in out if 0 <= r.start - m.end() <= 40 and not r.later and
                    (r.day or r.weekday is not None)), None)
        if n and day is not None and n <= 31:
            out[out.index(day)] = replace(day, later=n)
    return out


def _count_before(text: str, pos: int, lex: Lexicon) -> tuple[int, int | None]:
    """The number written just before ``pos`` ("two days", "beş il", "3 дня") and where it
    starts; (pos, None) when there is none."""
    number = _DAYS_AGO_NUM.search(text[max(0, pos - 12):pos])
    if number is None:
        return pos, None
    raw = number.group(1)
    return pos - len(number.group(0)), \
        parse_digits(raw) if raw.isdigit() else words_value(raw, lex)


def _overlaps(m: re.Match[str], refs: list[DateRef]) -> bool:
    return any(r.start < m.end() and m.start() < r.end for r in refs)


def _night_before(text: str, day: re.Match[str], following: re.Match[str] | None,
                  lex: Lexicon) -> bool:
    """The first day of "the night from Monday to Tuesday" ("la nuit de lundi à mardi",
    "в ночь с понедельника на вторник"; in verb-final languages the night closes the phrase:
    "pazartesiyi salıya bağlayan gece"): the night is dated by the later day."""
    if following is None or (group_index(day) + 1) % 7 != group_index(following):
        return False
    gap = text[day.end():following.start()]
    if len(gap) > 8 or re.search(r"[.;:!?]", gap):
        return False
    night = lex.context["night"]
    return bool(night.search(text[max(0, day.start() - 25):day.start()]) or
                (lex.verb_final and night.search(text[following.end():following.end() + 25])))


def _born(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A birth word right before the year ("born in 1974", "kelahiran 1974") or just after
    it, past a suffix and a word for year ("1974-cü il təvəllüdlü", "1974 года рождения")."""
    before = [m for m in lex.dates["born"].finditer(text, max(0, start - 15), start)
              if not text[m.end():start].strip()]
    after = lex.dates["born"].search(text, end, end + 30)
    return bool(before) or (after is not None and after.start() - end <= 10)


def _is_clock(text: str, m: re.Match[str]) -> bool:
    """"22.05" is a time of day after a clock word ("pukul", "saat") or as a live page's
    entry stamp opening the text ("22.05 - SON DAKİKA: …"), not the 22nd of May."""
    if m.group(3) is not None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return False
    before = text[max(0, m.start() - 6):m.start()].lower()
    return "pukul" in before or "jam" in before or "at" in before[-3:] or "saat" in before or \
        (not text[:m.start()].strip() and _STAMP_DASH.match(text, m.end()) is not None)


_STAMP_DASH = re.compile(r"\s*[-–—|]\s")


_OVERNIGHT = re.compile(
    r"(?:с|from|du|dari)?\s*(\d{1,2})(?:-?(?:dən|dan|den|tan|ten)\s+|\s*(?:на|to|au|ke|-)\s*)"
    r"(\d{1,2})(?:-?(?:nə|na|ne|ye|yə|a|ə|e))?(?:\s+(?:keçən|geçen)\s+(?:gecə|gece))?",
    re.IGNORECASE)


def _overnight(text: str, lex: Lexicon) -> list[DateRef]:
    """"the night from the 12th to the 13th" ("в ночь с 12 на 13 сентября",
    "sentyabrın 12-dən 13-nə keçən gecə") is dated by the later day."""
    if not lex.months.search(text):
        return []  # the night is always named with its month
    refs = []
    for m in _OVERNIGHT.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if second != first + 1:
            continue
        around = text[max(0, m.start() - 15):m.end() + 15]
        named = lex.months.search(around)
        month = group_index(named) + 1 if named else None
        if month and lex.context["night"].search(text[max(0, m.start() - 20):m.end() + 25]):
            refs.append(DateRef(m.start(), m.end(), second, month))
    return refs


def _textual_dates(text: str, lex: Lexicon) -> list[DateRef]:
    refs = []
    for m in lex.months.finditer(text):
        month_index = group_index(m) + 1
        before = text[max(0, m.start() - 10):m.start()]
        after = text[m.end():m.end() + 12]
        # "14 May", "14th May", "the 21st of May" (the whole number: not "4th" of "14th")
        day = re.search(r"(?<!\d)(\d{1,2})(?:-?(?:st|nd|rd|th|e|er|-?(?:ci|cı|da|də|dә|ü|u)))?"
                        r"(?:\s+of)?\s*$", before)
        day_after = re.match(r"\s*(\d{1,2})(?:st|nd|rd|th|-?\w{0,3})?(?!\d)", after)
        year = re.search(rf"^\D{{0,6}}({_YEAR})", text[m.end():m.end() + 14])
        start, end = m.start(), m.end()
        d = None
        if day:
            d, start = int(day.group(1)), m.start() - len(before) + day.start(1)
        elif day_after and not (year and year.start(1) <= day_after.end(1)):
            d, end = int(day_after.group(1)), m.end() + day_after.end(1)
        y = int(year.group(1)) if year else None
        if year:
            end = max(end, m.end() + year.end(1))
        elif d is None and (spoken := lex.dates["spoken_years"].match(
                text, m.end() + len(after) - len(after.lstrip()))) and \
                not lex.dates["day_word"].match(text[spoken.end():].lstrip()):
            # "в мае двадцать первого", not "в апреле двадцать пятого числа" (the 25th)
            y, end = 2020 + group_index(spoken), spoken.end()
        near = text[max(0, m.start() - 8):m.end() + 8]
        last = -1 if y is None and lex.dates["last_prefix"].search(near) else None
        refs.append(DateRef(start, end, d if d and 1 <= d <= 31 else None, month_index, y,
                            relative_year=last))
    return refs


def _relative(text: str, lex: Lexicon) -> list[DateRef]:
    refs = [DateRef(m.start(), m.end(), offset_days=-1, day_before=True)
            for m in lex.dates["day_before"].finditer(text)]
    for key, offset in (("today", 0), ("yesterday", -1), ("two_days_ago", -2), ("tomorrow", 1)):
        refs += [DateRef(m.start(), m.end(), offset_days=offset)
                 for m in lex.dates[key].finditer(text)]
    for key in ("days_ago", "years_ago"):
        for m in lex.dates[key].finditer(text):
            start, n = _count_before(text, m.start(), lex)
            # (years before anything are long past; days before another event are not today's)
            if key == "days_ago" and lex.verb_final and \
                    _ANCHORED.search(text[max(0, start - 30):start]):
                continue
            if n and key == "days_ago":
                refs.append(DateRef(start, m.end(), offset_days=-n))
            elif n:  # "five years ago", "beş il ötür": that year, and background to today's news
                refs.append(DateRef(start, m.end(), relative_year=-n, past=True))
    refs += [DateRef(m.start(), m.end(), vague=True) for m in lex.dates["vague"].finditer(text)]
    refs += [DateRef(m.start(), m.end(), vague=True, past=True)
             for key in ("last_month", "those_days") for m in lex.dates[key].finditer(text)]
    refs += [DateRef(m.start(), m.end(), relative_year=-1)
             for m in lex.dates["last_year"].finditer(text)]
    refs += [DateRef(m.start(), m.end(), relative_year=0)
             for m in lex.dates["this_year"].finditer(text)]
    return refs


def _merge(refs: list[DateRef], text: str, lex: Lexicon) -> list[DateRef]:
    """Join a weekday with an adjacent day/month ("Selasa (13/9)"), drop refs inside others,
    and mark statement dates ("said on Tuesday") and since-phrases ("since last year")."""
    refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
    merged: list[DateRef] = []
    for ref in refs:
        if merged and ref.start < merged[-1].end:
            continue  # inside the previous (longer) one
        prev = merged[-1] if merged else None
        gap = text[prev.end:ref.start] if prev else ""
        if prev and len(gap) <= 4 and re.fullmatch(r"[\s,(]*", gap) and \
                (prev.weekday is not None) != (ref.weekday is not None) and \
                (ref.day or prev.day):
            merged[-1] = replace(ref if ref.weekday is None else prev, start=prev.start,
                                 end=_close_paren(text, ref.end),
                                 weekday=prev.weekday if prev.weekday is not None else ref.weekday)
            continue
        if prev and prev.day and not (prev.month or prev.year or prev.weekday is not None) and \
                ref.month and not ref.day and re.fullmatch(r"\s*(?:of\s+)?", gap):
            # a day of the month, then its month: "the 14th of May", "14-го мая"
            merged[-1] = replace(ref, start=prev.start, day=prev.day)
            continue
        if prev and prev.year and not (prev.month or prev.day or prev.weekday is not None) and \
                ref.month and not ref.year and \
                lex.dates["year_word"].fullmatch(gap.strip(" -")):
            # the year first: "2022 թվականի դեկտեմբերի 13-ին", "2022-ci il dekabrın 13-də",
            # "2022-ի սեպտեմբերի 13-ի", "2022-ci ilin sentyabrında"
            merged[-1] = replace(ref, start=prev.start, year=prev.year)
            continue
        merged.append(ref)
    marked = [_mark(r, text, lex) for r in merged]
    return _fronted_statement(marked, text, lex)


# What may open a sentence before a day: nothing, or a short preposition ("On", "Pada", "Le")
_OPENING = re.compile(r"\W*(?:\w{1,4}\W+)?")


def _fronted_statement(refs: list[DateRef], text: str, lex: Lexicon) -> list[DateRef]:
    """"Pada Jumat (19/1), Kementerian … menyatakan unit-unit Armenia menembaki … pada Kamis
    (18/1) malam": a day opening the sentence before its speaker and speech verb, with
    another day in what is said, dates the statement."""
    days = [r for r in refs if (r.day or r.weekday is not None) and not r.statement]
    if len(days) < 2 or lex.verb_final:
        return refs
    first = days[0]
    # nothing, a preposition ("On", "Pada", "Le"), or a statement ("In a statement on")
    opening = text[:first.start]
    said = lex.claims["before"].search(text, first.end)
    if said is None or not (_OPENING.fullmatch(opening) or
                            (len(opening.split()) <= 6 and
                             lex.dates["statement_noun"].search(opening))) or \
            lex.any_event.search(text, first.end, said.start()) or \
            not any(r.start >= said.end() for r in days[1:]):
        return refs  # (not "On Tuesday night, troops fired on Sotk, the ministry said …")
    return [replace(r, statement=True) if r is first else r for r in refs]


def _close_paren(text: str, end: int) -> int:
    return end + 1 if text[end:end + 1] == ")" else end


# A time of day closing the sentence after a date: a filing stamp ("(08.11.2023, 11:47)")
_STAMP = re.compile(r"[\s,]*(?:\d{1,2}[:.]\d{2})\s*\)?\s*$")
_THAT = frozenset({"that", "что", "bahwa", "que", "qu"})  # a date after these is reported


def _opens_a_statement(ref: DateRef, text: str, lex: Lexicon) -> bool:
    """A day opening the sentence, then its speaker and speech verb and a that-clause
    ("On Wednesday the ombudsman said that …", "В среду защитник … сообщил, что …"), with
    no event word on the way."""
    if not _OPENING.fullmatch(text, 0, ref.start):
        return False
    said = lex.claims["before"].search(text, ref.end, ref.end + 80)
    if said is None or lex.any_event.search(text, ref.end, said.start()):
        return False
    following = re.findall(r"[\w'’]+", text[said.end():said.end() + 12])
    return bool(following) and following[0].lower() in _THAT


def _agent_between(words: list[str], lex: Lexicon) -> bool:
    """A speech or release verb, then only a capitalised name (with short function words)
    up to the day: the day the named speaker spoke."""
    verb = max((k for k, w in enumerate(words) if lex.dates["released"].fullmatch(w) or
                lex.claims["before"].fullmatch(w)), default=None)
    if verb is None:
        return False
    agent = words[verb + 1:]
    return bool(agent) and agent[0][:1].isupper() and \
        all(w[:1].isupper() or (w.islower() and len(w) <= 4) for w in agent)


def _mark(ref: DateRef, text: str, lex: Lexicon) -> DateRef:
    before = lex.claims["reciprocal"].regex.sub(" ", text[max(0, ref.start - 50):ref.start])
    # "утверждают обратное: вечером 13 февраля …": after a colon the date is what is said
    before = before[before.rfind(": ") + 2:] if ": " in before else before
    found = re.findall(r"[\w'’]+", before)
    words = found[-4:]
    window = " ".join(words)
    since = bool(lex.context["since"].search(window))
    tail = " ".join(words[-3:])
    # "said that the day before …", "утверждает, что в среду …"
    reported = any(w.lower() in _THAT for w in words[-2:])
    # "said on Tuesday", "on Sunday said …" ("pada Minggu menyatakan bahwa"), and a date set
    # off by commas between the speaker and its verb ("Kementerian …, Senin (21/11), menyatakan")
    rest = text[ref.end:ref.end + 40]
    aside = text[:ref.start].rstrip().endswith(",") and rest.lstrip(") ").startswith(",")
    following = re.findall(r"[\w'’]+", rest)[:3] if rest[:1] == " " or aside else []
    if following and any(lex.context[k].fullmatch(following[0]) for k in ("morning", "night")):
        following = following[1:]  # "в четверг утром обвинило …": the time of day between
    after = " ".join(following[:2])
    # "… it said in a statement on Wednesday" (not "a statement on Wednesday's shelling");
    # the speaker named between the verb and its day: "Hal itu disampaikan Kementerian
    # Pertahanan Armenia pada Rabu", "told AFP on Tuesday"
    own_day = text[ref.end:ref.end + 2] not in ("'s", "’s")
    statement = not lex.verb_final and not reported and \
        bool((own_day and lex.dates["statement_noun"].search(tail)) or
             lex.claims["before"].search(tail) or lex.claims["after"].search(tail) or
             lex.claims["denial"].search(tail) or lex.dates["released"].search(tail) or
             lex.claims["calling"].search(tail) or  # "a qualifié mercredi de « mensonge »"
             lex.claims["before"].match(after) or
             lex.claims["denial"].match(after) or
             (own_day and _agent_between(found[-8:], lex)))
    if not statement and not lex.verb_final and _opens_a_statement(ref, text, lex):
        statement = True  # "В среду омбудсмен сообщил, что …": the day it was said
    if not statement and not lex.verb_final and aside is False and \
            text[:ref.start].rstrip().endswith(",") and not text[ref.end:].strip(" ).!\n"):
        # "…, kata kepala pemerintahan distrik itu, Rabu (22/3/2023).": the day closing the
        # sentence after its teller's clause is the day it was said
        clause = text[:ref.start].rstrip()[:-1]
        clause = clause[clause.rfind(",") + 1:]
        statement = bool(lex.claims["before"].search(clause) or
                         lex.claims["after"].search(clause))
    if _STAMP.match(text, ref.end):
        statement = True  # "… грузовик (08.11.2023, 11:47)": when the story was filed
    last = " ".join(words[-2:])
    as_of = lex.dates["as_of"].search(last) if not reported else None
    if as_of is not None and as_of.end() == len(last) and \
            text[ref.end:ref.end + 2] not in ("'s", "’s"):  # not "wounded by Monday's strike"
        statement = True  # "By Wednesday evening, … said 105 had been killed"
    if lex.verb_final and not statement:
        # "bu gün yaydığı məlumata görə", "cümə günü yaydığı", "Cuma günü yaptığı
        # açıklamada": the release verb follows the date, perhaps after a word for "day"
        clause = re.split(r"[,;:՝։.]", rest, maxsplit=1)[0]  # "երեկ, հայտնել է" dates the fire
        next_words = " ".join(re.findall(r"[\w'’]+", clause)[:3])
        # ("… երեկ հերքել էր …", denied yesterday: the day of the denial)
        statement = bool(lex.dates["released"].search(next_words) or
                         lex.claims["denial"].match(next_words))
    return replace(ref, since=since, statement=statement)


def months_back(refs: list[DateRef], at: Anchor, months: int = 2) -> list[DateRef]:
    """A month named without a day, ``months`` or more before the month the article was
    written in ("In mid-September this year …" in a November story), is background, as
    "last month" is."""
    if at.reference is None:
        return refs
    written = at.reference.year * 12 + at.reference.month
    out = []
    for r in refs:
        if r.month and not r.day and r.weekday is None and not r.since:
            year = r.year or at.reference.year
            if written - (year * 12 + r.month) >= months:
                r = replace(r, past=True)
        out.append(r)
    return out


def filing_dates(refs: list[DateRef], offset: int, dateline: tuple[int, int],
                 reach: int = 25) -> tuple[DateRef, ...]:
    """Dates inside the dateline ("BAKU, Nov 17 (Wire) -") say when the story was filed:
    they anchor the article but date no event."""
    if dateline == (0, 0):  # no dateline: the article's first words date events as usual
        return tuple(refs)
    # A few characters past the dateline ("(Wire) - Nov 17") still date the filing, but a
    # relative word or a bare weekday there ("- Yesterday Azerbaijani troops …", "- Կիրակի
    # ուշ երեկոյան …") dates the event, and so does anything after a dateline that is a line
    # of its own (``reach`` 0).
    return tuple(replace(r, statement=True) if dateline[0] <= offset + r.start < dateline[1] or
                 (offset + r.start < dateline[1] + reach and r.offset_days is None and
                  (r.weekday is None or r.day))
                 else r for r in refs)


# --- resolution ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Anchor:
    """What an article says about when it was written: a reference date or year bounds."""

    reference: date | None
    year: int | None
    min_year: int | None
    source: str
    written: bool = False  # the reference is the day of writing (publication, header, dateline)


def interview_day(at: Anchor, sentences: Sequence, refs: Sequence[Sequence[DateRef]],
                  turns: Sequence[tuple[int, int]], lex: Lexicon) -> Anchor:
    """An interview's lead may give the day it was held ("Wawancara ini dilakukan … pada
    Kamis (7/3)"): the answers' "last night" and "the day before yesterday" count from it,
    not from publication. ``turns``: the interviewer's questions (none: no interview)."""
    if not turns:
        return at
    for sentence, found in zip(sentences, refs, strict=True):
        if sentence.start >= turns[0][0]:
            break
        # (not a lead that dates the event itself: "… a week after the shelling of Sotk on
        # Monday, 22 April")
        if lex.dates["interview"].search(sentence.text) and \
                not lex.any_event.search(sentence.text):
            day = sentence_date([r for r in found if not r.since], at)
            if day is not None and day.precision == "day":
                return replace(at, reference=day.value, source="day of the interview",
                               written=True)
    return at


def header_date(text: str, limit: int = 600) -> date | None:
    """A publication date written in the article's header ("13/09/2022, 19:31 WIB")."""
    head = text[:limit]
    for m in _ISO.finditer(head):
        if _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _NUMERIC_DMY.finditer(head):
        if m.group(3) and len(m.group(3)) == 4:
            y, mo, d = int(m.group(3)), int(m.group(2)), int(m.group(1))
            line_end = head.find("\n", m.end())
            line = head[head.rfind("\n", 0, m.start()) + 1:line_end if line_end > 0 else None]
            if _valid(y, mo, d) and re.search(r"\d{1,2}[:.]\d{2}|WIB|GMT|UTC|\s-\s", line):
                return date(y, mo, d)
    return None


def anchor(refs: list[DateRef], published: date | None, text: str,
           filed: Sequence[DateRef] = ()) -> Anchor:
    """The article's reference date: its publication date, a date in its header or
    dateline (``filed``: the dateline's date references), or a weekday-checked day/month."""
    if published:
        return Anchor(published, published.year, published.year, "publication date", True)
    head = header_date(text)
    if head:
        return Anchor(head, head.year, head.year, "date in the article's header", True)
    for ref in filed:  # "ЕРЕВАН, 14 сентября 2022 -": when the story was filed
        if ref.day and ref.month and ref.year and _valid(ref.year, ref.month, ref.day):
            day = date(ref.year, ref.month, ref.day)
            return Anchor(day, day.year, day.year, "date in the dateline", True)
    years = [r.year for r in refs if r.year and not r.since]
    max_year = max(years) if years else None
    last_year = any(r.relative_year == -1 for r in refs)
    for ref in refs:
        if ref.day and ref.month and ref.year and ref.weekday is not None and \
                date(ref.year, ref.month, ref.day).weekday() == ref.weekday:
            return Anchor(date(ref.year, ref.month, ref.day), ref.year, ref.year,
                          "full date with matching weekday")
    for ref in refs:
        if ref.day and ref.month and ref.weekday is not None and ref.year is None:
            year = _year_for_weekday(ref, max_year, last_year)
            if year:
                how = "weekday and day/month fix the year" if max_year else \
                    "weekday and day/month; no year in the text, the most recent that fits"
                return Anchor(date(year, ref.month, ref.day), year, year, how)
    if max_year and last_year:
        return Anchor(None, max_year + 1, max_year + 1, "'last year' after the latest year named")
    return Anchor(None, None, max_year, "latest year named bounds it" if max_year else "")


def _year_for_weekday(ref: DateRef, max_year: int | None, last_year: bool) -> int | None:
    assert ref.day and ref.month and ref.weekday is not None
    if max_year is None:
        # No year anywhere: the most recent year whose calendar fits (news is read soon
        # after it is written); the date's source says so.
        order = list(range(date.today().year, date.today().year - 12, -1))
        return next((y for y in order if _valid(y, ref.month, ref.day) and
                     date(y, ref.month, ref.day).weekday() == ref.weekday), None)
    first = max_year
    order = list(range(first, first + 12))
    if max_year and last_year:
        order.remove(max_year + 1)
        order.insert(0, max_year + 1)
    for year in order:
        if _valid(year, ref.month, ref.day) and \
                date(year, ref.month, ref.day).weekday() == ref.weekday:
            return year
    return None


def sentence_date(refs: Sequence[DateRef], at: Anchor) -> PartialDate | None:
    """The date a sentence gives its event (None when it gives none): its first own date,
    or for "the day before" the day before the sentence's other date ("pada Rabu (17/11)
    merevisi … bentrokan … sehari sebelumnya") or else before the article's date."""
    own = [r for r in refs if not r.since and not r.statement]
    if not own:
        return None
    before = next((r for r in own if r.day_before), None)
    if before is None:  # a day over a bare year: "Tension rose in 2021 and on 1 May …", or
        # over a span of years or a vague time: "Two years after the war, … on Tuesday"
        return resolve(next((r for r in own if not _bare_year(r) and not _loose(r)),
                            next((r for r in own if not _bare_year(r)), own[0])), at)
    # "накануне, 20 мая": the day before, named in apposition, is that date itself
    named = next((r for r in own if r.day and 0 <= r.start - before.end <= 3), None)
    if named is not None:
        return resolve(named, at)
    for ref in refs:
        if ref.offset_days is None and (ref.day or ref.weekday is not None):
            base = resolve(ref, at)
            if base.value is not None and base.precision == "day":
                return PartialDate(base.value - timedelta(days=1), "day",
                                   "the day before the sentence's other date")
    return resolve(before, at)


def not_after_statement(when: PartialDate, refs: Sequence[DateRef],
                        said: PartialDate | None) -> PartialDate:
    """A bare weekday told in a statement of an earlier day is the one before the statement
    ("In a statement on Wednesday, the ministry said … fired on Sotk on Thursday": last
    week's Thursday): nobody tells of fighting still to come."""
    own = next((r for r in refs if not r.since and not r.statement and not _bare_year(r)),
               None)
    if own is None or own.weekday is None or own.day is not None or \
            own.offset_days is not None or said is None or said.value is None or \
            when.value is None or when.value <= said.value:
        return when
    return PartialDate(when.value - timedelta(days=7), "day",
                       "the weekday before the day of the statement telling it")


def _loose(ref: DateRef) -> bool:
    """A time with no day of its own: "in those days", "two years after", "last year"."""
    return (ref.vague or ref.relative_year is not None) and not (
        ref.day or ref.weekday is not None or ref.offset_days is not None or ref.month)


def _bare_year(ref: DateRef) -> bool:
    return bool(ref.year) and not (ref.month or ref.day or ref.weekday is not None or
                                   ref.offset_days is not None)


def resolve(ref: DateRef, at: Anchor) -> PartialDate:
    """The calendar date a reference stands for, given the article's anchor."""
    found = _resolve(ref, at)
    if ref.night and found.value is not None:
        return replace(found, source=NIGHT)
    if ref.later and found.value is not None and found.precision == "day":
        return PartialDate(found.value + timedelta(days=ref.later), "day",
                           f"{ref.later} days after the day named ({found.source})")
    return found


def _resolve(ref: DateRef, at: Anchor) -> PartialDate:
    if ref.vague:
        return PartialDate(None, "unknown", VAGUE)
    base = at.reference
    if ref.day and ref.month:
        year = ref.year or _nearest_year(ref, base, at)
        if year and _valid(year, ref.month, ref.day):
            value = date(year, ref.month, ref.day)
            if ref.weekday is not None and value.weekday() != ref.weekday:
                fixed = _fix_contradiction(ref, base)
                if fixed:
                    return PartialDate(fixed, "day", "weekday corrected a day/month slip")
                return PartialDate(None, "unknown", "the date contradicts its weekday")
            return PartialDate(value, "day", "date in the text")
        if ref.weekday is not None and at.year is None:
            return PartialDate(None, "unknown", "day/month without a year")
        return PartialDate(None, "unknown", "day/month without a year")
    if ref.day and not ref.month and base:
        # "on the 14th": this month's, or last month's when this month's is yet to come
        month = base.replace(day=1) if ref.day <= base.day else \
            (base.replace(day=1) - timedelta(days=1)).replace(day=1)
        for _ in range(3):  # "the 31st" in May is March's, April having 30 days
            if _valid(month.year, month.month, ref.day):
                return PartialDate(month.replace(day=ref.day), "day",
                                   f"day of the month, the latest up to the {at.source}")
            month = (month - timedelta(days=1)).replace(day=1)
        return PartialDate(None, "unknown", "a day of the month no recent month has")
    if ref.month and ref.year:
        return PartialDate(date(ref.year, ref.month, 1), "month", "month and year in the text")
    if ref.month and ref.relative_year is not None and at.year:
        return PartialDate(date(at.year + ref.relative_year, ref.month, 1), "month",
                           "month of the previous year")
    if ref.offset_days is not None and base:
        return PartialDate(base + timedelta(days=ref.offset_days), "day",
                           f"relative to the {at.source}")
    if ref.weekday is not None:
        if base:
            # reports tell of the past: before the day of writing, the last such day
            return PartialDate(_nearest_weekday(base, ref.weekday, past=at.written), "day",
                               f"weekday nearest the article's reference date ({at.source})")
        if at.year:
            return PartialDate(date(at.year, 1, 1), "year", "weekday in a known year")
        return PartialDate(None, "unknown", "weekday without a reference date")
    if ref.relative_year is not None and at.year:
        return PartialDate(date(at.year + ref.relative_year, 1, 1), "year", "relative year")
    if ref.year and not ref.month:
        return PartialDate(date(ref.year, 1, 1), "year", "year in the text")
    if ref.month and at.year:
        return PartialDate(date(at.year, ref.month, 1), "month", "month in the anchor's year")
    return PartialDate(None, "unknown", "not resolvable")


def _nearest_year(ref: DateRef, base: date | None, at: Anchor) -> int | None:
    assert ref.day and ref.month
    if base:
        candidates = [y for y in (base.year - 1, base.year, base.year + 1)
                      if _valid(y, ref.month, ref.day)]
        if at.written or ref.holiday:
            # written on that day, a story tells of the past: "10 Kasım'da imzalanan …" in a
            # story of 8 November 2021 is 2020's (a day ahead stays: time zones; not for a
            # holiday, which a story of 4 January tells as last year's Christmas Eve)
            ahead = 0 if ref.holiday else 1
            candidates = [y for y in candidates
                          if (date(y, ref.month, ref.day) - base).days <= ahead] or candidates
        return min(candidates, key=lambda y: abs((date(y, ref.month, ref.day) - base).days))
    return at.year


def _fix_contradiction(ref: DateRef, base: date | None) -> date | None:
    """A day/month whose weekday disagrees: try the anchor's month (a common slip)."""
    if base and ref.day and _valid(base.year, base.month, ref.day):
        candidate = date(base.year, base.month, ref.day)
        if candidate.weekday() == ref.weekday and abs((candidate - base).days) <= 7:
            return candidate
    return None


def _nearest_weekday(base: date, weekday: int, past: bool = False) -> date:
    """The weekday nearest ``base``; with ``past``, the last one on or before it ("On
    Monday" in a story published on Saturday is five days back, not two ahead)."""
    back = (base.weekday() - weekday) % 7
    forward = (weekday - base.weekday()) % 7
    if past or back <= forward + 1:
        return base - timedelta(days=back)
    return base + timedelta(days=forward)


_LABEL = re.compile(r"\s*([^:\n]{2,40}?):\s")
# A chronicle's paragraph opened by a day as a sentence of its own ("Понедельник, 13 июня.
# Около 19:30 …", "Ночь с 15 на 16 июня. …"); not a dateline ("БАКУ, 18 июня. …")
_BRACKETED_DAY = re.compile(r"\s*[^\W\d_]+,?\s*\([\d/.\s-]+\)\s*")
_DAY_SENTENCE = re.compile(r"\s*(?!\w*[A-ZА-ЯЁ]{2})([^.:\n]{2,40}?)\.\s")


# A clock time alone on its line ("09:30", "14 h 50", "21.45 GMT"), perhaps with a rubric
# ("СРОЧНО | 23:12", "21:40 - BREAKING")
_ENTRY_TIME = re.compile(r"\s*(?:[^\W\d_]{2,20}\s*[|:–—-]\s*)?(\d{1,2})\s?[:.h]\s?(\d{2})"
                         r"(?:\s*[A-Za-z]{2,4})?(?:\s*[|–—-]\s*[^\W\d_]{2,20})?\s*$")


def section_dates(text: str, lines: Sequence, lex: Lexicon,
                  at: Anchor) -> list[tuple[int, PartialDate]]:
    """Dates that head a section of a round-up ("Ночь на 16 апреля", "17 апреля",
    "Tuesday, 13 September"): a header line (or a title line that is a day), or a
    paragraph's label before a colon ("Çarşamba: …"), of at most four words that is a day.
    Each dates the undated reports after it, up to the next header or label; a live page's
    entry stamps ("14:05") in between end nothing."""
    out: list[tuple[int, PartialDate]] = []
    for line in lines:
        # (a header or title line may be labelled too: "Monday: shots at Nerkin Hand")
        label = _LABEL.match(text, line.start, line.end) \
            if line.kind in ("body", "header", "headline") else None
        sentence = _DAY_SENTENCE.match(text, line.start, line.end) \
            if line.kind == "body" and label is None else None
        label = label or sentence
        # a day alone on its line, its date in brackets ("Senin (3/3)"), is a header too
        bracketed = line.kind == "body" and label is None and \
            _BRACKETED_DAY.fullmatch(text, line.start, line.end) is not None
        if line.kind not in ("header", "headline") and label is None and not bracketed:
            continue
        # a paragraph opened by a short label ("Çarşamba: …", "Tuesday, 13 May: …")
        head = label.group(1) if label else text[line.start:line.end]
        stamp = _ENTRY_TIME.match(head)
        if stamp and int(stamp.group(1)) <= 23 and int(stamp.group(2)) <= 59:
            continue  # a live page's entry stamp ("14:05") within the day's section
        found = None
        if len(head.split()) <= (6 if sentence else 4):  # ("Ночь с 15 на 16 июня.")
            refs = [r for r in find_refs(head, lex) if r.day or r.weekday is not None]
            found = sentence_date(refs, at) if refs else None
        if (label or line.kind == "headline") and (found is None or found.precision != "day"):
            continue  # "14 h 50 — Bilan revu à la hausse : …" is an entry, not a section;
            # a title is none either, unless it is a day heading the first section
        # a header that is no day ends the section before it
        out.append((line.start, found if found is not None and found.precision == "day"
                    else UNKNOWN_DATE))
    # A round-up has several dated sections; one dated header alone is the page's time
    # stamp ("26.10.2021 - 11:42"), which dates nothing.
    return out if sum(d.value is not None for _, d in out) >= 2 else []

