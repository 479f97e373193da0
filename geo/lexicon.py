"""Per-language word lists (``geo/data/lexicon/*.toml``) compiled into regular expressions.

A term is words separated by spaces (a space also matches a hyphen: "small arms fire" is
"small-arms fire"); ``*`` matches any run of letters — a word ending for inflected
languages ("обстрел*"), or a stem before a Turkic suffix ("*madığını", did not) — and
``[..]`` a character class. Weekdays, months and month abbreviations may list forms with ``|``.
Matching ignores case. Languages without a file use English.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

LANGUAGES = ("id", "en", "ru", "tr", "fr", "az", "hy")
_END = sys.maxsize


# Turkic letters a text may be typed without ("atese tutub" for "atəşə tutub", "Sederek").
_BARE = {"ə": "e", "ş": "s", "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ü": "u"}
_UNMARKED = str.maketrans({**_BARE, **{k.upper(): v.upper() for k, v in _BARE.items()
                                       if k != "ı"}, "İ": "I"})
_MARKED = re.compile("[əşçğıöüƏŞÇĞÖÜİ]")


def typed_bare(text: str, language: str) -> bool:
    """An Azerbaijani or Turkish text typed without its own letters ("Ermenistan silahli
    quvveleri … atese tutub"): read with the lexicon's bare forms."""
    return language in ("az", "tr") and _MARKED.search(text) is None


def bare(word: str) -> str:
    """A word with its Turkic letters bare ("atəşə" → "atese"; see ``_BARE``)."""
    return word.translate(_UNMARKED)


def _caseless(text: str) -> str:
    """Text with the case differences ``re.IGNORECASE`` ignores folded away (İ and ı too)."""
    return text.casefold().replace("\u0307", "").replace("ı", "i").replace("’", "'")


class _Literals:
    """Every term list's first literal letters in one Aho–Corasick automaton: one pass over
    a text tells which lists might match in it, instead of one pass per list. Stages test
    the same sentence against dozens of lists, so the answer is kept for recent texts."""

    def __init__(self) -> None:
        self._owners: dict[str, list[int]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._seen: dict[str, frozenset[int]] = {}
        self.count = 0

    def register(self, literals: list[str]) -> int:
        """A new list's number; its literals join the automaton."""
        number, self.count = self.count, self.count + 1
        for literal in set(literals):
            self._owners.setdefault(literal, []).append(number)
        self._automaton = None
        self._seen = {}
        return number

    def lists_in(self, text: str) -> frozenset[int]:
        """The numbers of the lists some of whose literals occur in ``text``."""
        found = self._seen.get(text)
        if found is None:
            if self._automaton is None:
                self._automaton = ahocorasick.Automaton()
                for literal, owners in self._owners.items():
                    self._automaton.add_word(literal, tuple(owners))
                self._automaton.make_automaton()
            numbers: set[int] = set()
            for _, owners in self._automaton.iter(_caseless(text)):
                numbers.update(owners)
            found = frozenset(numbers)
            if len(self._seen) > 4096:
                self._seen = {}
            self._seen[text] = found
        return found


_LITERALS = _Literals()


class Terms:
    """A term list compiled to one case-insensitive regular expression, with a cheap
    pre-check: a term can only match where its first literal letters occur, so one shared
    Aho–Corasick pass over the text (see ``_Literals``) rules most texts out before the
    (slower) regular expression runs (for ``search`` and ``finditer``; an anchored ``match``
    or ``fullmatch`` is quick anyway). Used like a compiled pattern."""

    __slots__ = ("_number", "regex")

    def __init__(self, regex: re.Pattern[str], literals: list[str] | None) -> None:
        self.regex = regex
        self._number = None if literals is None else _LITERALS.register(literals)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def possible(self, text: str) -> bool:
        """Whether some term might occur in ``text`` (False means none does)."""
        return self._number is None or self._number in _LITERALS.lists_in(text)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.possible(text) else None

    # Anchored at one position, a regular expression is already quick: no pre-check.
    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self.possible(text) else iter(())


def literal(term: str) -> str:
    """The letters every match of ``term`` contains: its first word up to a wildcard."""
    return _caseless(re.split(r"[\s*\[]", term, maxsplit=1)[0])


def _terms(body: str, terms: list[str], start: str = r"(?<![\w-])") -> Terms:
    literals = [literal(t) for t in terms]
    regex = re.compile(rf"{start}(?:{body})(?![\w])", re.IGNORECASE)
    return Terms(regex, None if not all(literals) else literals)


_NEVER = Terms(re.compile(r"(?!x)x"), [])


def _term(term: str) -> str:
    out, i = [], 0
    while i < len(term):
        ch = term[i]
        if ch == "*":
            out.append(r"\w*")
        elif ch == "[":
            end = term.index("]", i)
            out.append(term[i:end + 1])
            i = end
        elif ch == "'":
            out.append("['’]")  # "new year's eve" is also "new year’s eve"
        elif ch.isspace():
            out.append(r"[\s-]+")  # "small arms fire" is also "small-arms fire"
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def compile_terms(terms: list[str]) -> Terms:
    """One case-insensitive pattern matching any of ``terms`` as whole words, longest first."""
    if not terms:
        return _NEVER
    return _terms("|".join(_term(t) for t in sorted(terms, key=len, reverse=True)), terms)


def compile_groups(groups: list[list[str]], prefix: str, start: str = r"(?<![\w-])") -> Terms:
    """One pattern for several term lists; a match's ``lastgroup`` is ``prefix`` plus the
    list's index (``m0``…): one scan finds every month name instead of twelve. ``start``:
    what may stand before a match."""
    body = "|".join(f"(?P<{prefix}{i}>{'|'.join(_term(t) for t in sorted(terms, key=len, reverse=True))})"
                    for i, terms in enumerate(groups) if terms)
    return _terms(body, [t for terms in groups for t in terms], start) if body else _NEVER


# A month may follow "mid-" or "mi-" ("mid-September", "à la mi-septembre")
_MONTH_START = r"(?:(?<![\w-])|(?<=\bmid-)|(?<=\bmi-))"


def group_index(m: re.Match[str]) -> int:
    """Index of the term list a :func:`compile_groups` match came from."""
    return int(m.lastgroup[1:])  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class NumberWords:
    """How a language writes numbers in words."""

    units: dict[str, int]
    teen: str
    tens: str
    hundreds: str
    thousands: str
    approx: Terms
    vague: Terms
    measures: Terms  # units after a number that make it no head count ("days", "year-old")
    decimal_comma: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled word lists of one language."""

    language: str
    events: dict[str, Terms]
    casualties: dict[str, Terms]
    weapons: dict[str, Terms]
    claims: dict[str, Terms]
    context: dict[str, Terms]
    idioms: Terms
    weekdays: Terms  # group w0 (Monday) … w6; see group_index
    months: Terms  # group m0 (January) … m11
    holidays: Terms  # group h0 … of the days in ``holiday_days``
    holiday_days: tuple[tuple[int, int], ...]  # (month, day) of each holiday group
    dates: dict[str, Terms]
    numbers: NumberWords
    common: frozenset[str]
    verb_final: bool = False
    adjective_after: bool = False  # "tirs azerbaïdjanais", "serangan Azerbaijan"
    passive: Terms = _NEVER
    any_event: Terms = _NEVER  # any term of ``events`` (a quick first test)
    any_weapon: Terms = _NEVER  # any term of ``weapons``


def _section(data: dict, name: str) -> dict[str, Terms]:
    return {key: compile_terms(list(terms)) for key, terms in data.get(name, {}).items()
            if isinstance(terms, list)}


@cache
def _raw(code: str) -> dict:
    return tomllib.loads(resources.files("geo").joinpath("data", "lexicon", f"{code}.toml")
                         .read_text("utf-8"))


@cache
def common_words(code: str) -> frozenset[str]:
    """Folded function words of a language, without compiling the rest of its lexicon."""
    from gazetteer import fold

    return frozenset(fold(w) for w in _raw(code).get("common", {}).get("words", []))


@cache
def load_lexicon(language: str | None, bare: bool = False) -> Lexicon:
    """The lexicon of ``language`` (ISO 639-1; Malay reads as Indonesian; unknown → English);
    ``bare``: with Turkic letters bare, for a text typed without them (``typed_bare``)."""
    code = {"ms": "id"}.get(language or "en", language or "en")
    if code not in LANGUAGES:
        code = "en"
    data = _bare_data(_raw(code)) if bare else _raw(code)
    dates = data["dates"]
    holidays = dates.get("holidays", {})
    shorts = dates.get("months_short") or []
    months = compile_groups([[*m.split("|"), *(_short_forms(shorts[i]) if shorts else [])]
                             for i, m in enumerate(dates["months"])], "m", _MONTH_START)
    num = data["numbers"]
    return Lexicon(
        language=code,
        events=_section(data, "events"),
        casualties=_section(data, "casualties"),
        weapons=_section(data, "weapons"),
        claims=_section(data, "claims"),
        context=_section(data, "context"),
        idioms=compile_terms(data.get("idioms", {}).get("phrases", [])),
        weekdays=compile_groups([w.split("|") for w in dates["weekdays"]], "w"),
        months=months,
        holidays=compile_groups(list(holidays.values()), "h"),
        holiday_days=tuple((int(k[:2]), int(k[3:])) for k in holidays),
        dates={k: compile_groups([t.split("|") for t in v], "y") if k == "spoken_years"
               else compile_terms(v) for k, v in dates.items()
               if k not in ("weekdays", "months", "months_short", "holidays")},
        numbers=NumberWords(
            units={k.lower(): int(v) for k, v in num["units"].items()},
            teen=num.get("teen", ""), tens=num.get("tens", ""),
            hundreds=num.get("hundreds", ""), thousands=num.get("thousands", ""),
            approx=compile_terms(num.get("approx", [])),
            vague=compile_terms(num.get("vague", [])),
            measures=compile_terms(num.get("measures", [])),
            decimal_comma=bool(num.get("decimal_comma", False)),
        ),
        common=common_words(code),
        verb_final=bool(data.get("verb_final", False)),
        adjective_after=bool(data.get("adjective_after", False)),
        passive=compile_terms(data.get("passive", [])),
        any_event=compile_terms(_all_terms(data, "events")),
        any_weapon=compile_terms(_all_terms(data, "weapons")),
    )


def _bare_data(value):
    """The raw lexicon with every word's Turkic letters bare."""
    if isinstance(value, str):
        return bare(value)
    if isinstance(value, list):
        return [_bare_data(v) for v in value]
    if isinstance(value, dict):
        return {bare(k) if isinstance(k, str) else k: _bare_data(v) for k, v in value.items()}
    return value


def _short_forms(entry: str) -> list[str]:
    """A month's abbreviations: "sep|sept" is Sep, Sep., Sept and Sept.; a form written with
    its period ("sept." in French, where "sept" is also seven) only with it."""
    forms = []
    for form in entry.split("|"):
        forms += [form] if form.endswith(".") else [form + ".", form]
    return forms


def _all_terms(data: dict, section: str) -> list[str]:
    return sorted({t for terms in data.get(section, {}).values() if isinstance(terms, list)
                   for t in terms})
