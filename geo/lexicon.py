"""Per-language word lists (``geo/data/lexicon/*.toml``) compiled into regular expressions.

A term is words separated by spaces; ``*`` matches any word ending (for inflected
languages) and ``[..]`` a character class. Matching ignores case. Languages without a
file use English.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

LANGUAGES = ("id", "en", "ru", "tr", "fr", "az", "hy")
_NEVER = re.compile(r"(?!x)x")


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
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def compile_terms(terms: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``terms`` as whole words, longest first."""
    if not terms:
        return _NEVER
    body = "|".join(_term(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


def compile_groups(groups: list[list[str]], prefix: str) -> re.Pattern[str]:
    """One pattern for several term lists; a match's ``lastgroup`` is ``prefix`` plus the
    list's index (``m0``…): one scan finds every month name instead of twelve."""
    body = "|".join(f"(?P<{prefix}{i}>{'|'.join(_term(t) for t in sorted(terms, key=len, reverse=True))})"
                    for i, terms in enumerate(groups) if terms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE) if body else _NEVER


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
    approx: re.Pattern[str]
    vague: re.Pattern[str]
    decimal_comma: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled word lists of one language."""

    language: str
    events: dict[str, re.Pattern[str]]
    casualties: dict[str, re.Pattern[str]]
    weapons: dict[str, re.Pattern[str]]
    claims: dict[str, re.Pattern[str]]
    context: dict[str, re.Pattern[str]]
    idioms: re.Pattern[str]
    weekdays: re.Pattern[str]  # group w0 (Monday) … w6; see group_index
    months: re.Pattern[str]  # group m0 (January) … m11
    dates: dict[str, re.Pattern[str]]
    numbers: NumberWords
    common: frozenset[str]
    verb_final: bool = False
    adjective_after: bool = False  # "tirs azerbaïdjanais", "serangan Azerbaijan"
    passive: re.Pattern[str] = _NEVER
    any_event: re.Pattern[str] = _NEVER  # any term of ``events`` (a quick first test)
    any_weapon: re.Pattern[str] = _NEVER  # any term of ``weapons``


def _section(data: dict, name: str) -> dict[str, re.Pattern[str]]:
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
def load_lexicon(language: str | None) -> Lexicon:
    """The lexicon of ``language`` (ISO 639-1; Malay reads as Indonesian; unknown → English)."""
    code = {"ms": "id"}.get(language or "en", language or "en")
    if code not in LANGUAGES:
        code = "en"
    data = _raw(code)
    dates = data["dates"]
    shorts = dates.get("months_short") or []
    months = compile_groups([[m] + ([shorts[i] + ".", shorts[i]] if shorts else [])
                             for i, m in enumerate(dates["months"])], "m")
    num = data["numbers"]
    return Lexicon(
        language=code,
        events=_section(data, "events"),
        casualties=_section(data, "casualties"),
        weapons=_section(data, "weapons"),
        claims=_section(data, "claims"),
        context=_section(data, "context"),
        idioms=compile_terms(data.get("idioms", {}).get("phrases", [])),
        weekdays=compile_groups([[w] for w in dates["weekdays"]], "w"),
        months=months,
        dates={k: compile_terms(v) for k, v in dates.items()
               if k not in ("weekdays", "months", "months_short")},
        numbers=NumberWords(
            units={k.lower(): int(v) for k, v in num["units"].items()},
            teen=num.get("teen", ""), tens=num.get("tens", ""),
            hundreds=num.get("hundreds", ""), thousands=num.get("thousands", ""),
            approx=compile_terms(num.get("approx", [])),
            vague=compile_terms(num.get("vague", [])),
            decimal_comma=bool(num.get("decimal_comma", False)),
        ),
        common=common_words(code),
        verb_final=bool(data.get("verb_final", False)),
        adjective_after=bool(data.get("adjective_after", False)),
        passive=compile_terms(data.get("passive", [])),
        any_event=compile_terms(_all_terms(data, "events")),
        any_weapon=compile_terms(_all_terms(data, "weapons")),
    )


def _all_terms(data: dict, section: str) -> list[str]:
    return sorted({t for terms in data.get(section, {}).values() if isinstance(terms, list)
                   for t in terms})
