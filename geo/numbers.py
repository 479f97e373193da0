"""Numbers as news writes them: digits with either thousands separator, and number words
("dua belas", "hampir 50", "sedikitnya 6.500", "a dozen", "двадцать пять")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, Terms, literal

_DIGITS = r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?![.,]?\d)|\d+"


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text: its value, span and qualifier (e.g. "nearly")."""

    value: int
    start: int
    end: int
    qualifier: str | None = None


_DIGIT = re.compile(r"\d")
# The dative, locative and ablative a short Turkic number word may take ("üçe yükseldi",
# rose to three), unlike its genitive ("üçün" is "for")
_PLACE_CASE = re.compile(r"y?[aeə]|[dt][aeə]n?")


@cache
def _pattern_for(language: str) -> Terms:
    """Digits or number words; a text with neither is ruled out by the words' pre-check."""
    from .lexicon import load_lexicon

    lex = load_lexicon(language)
    nw = lex.numbers
    words = sorted({*nw.units, nw.teen, nw.tens, nw.hundreds, nw.thousands} - {""},
                   key=len, reverse=True)
    word = "|".join(re.escape(w) for w in words)
    # Turkish and Azerbaijani attach case endings to number words ("on ikisinin", "üçe"),
    # Armenian too ("երեքի", "երկուսը")
    ending = r"(?:ս?(?:ը|ն|ի|ին|ից|ով|ում))?" if language == "hy" else \
        r"(?:s?[ıiuü]n?[ıiuü]?n?|[dt][aeə]n?|y?[aeə])?" if lex.verb_final else ""
    sequence = rf"(?:{word})(?:[\s-]+(?:{word}))*{ending}"
    regex = re.compile(rf"(?<![\w.,/:])(?:{_DIGITS}|{sequence})(?![\w/:]|[.,]\d)", re.IGNORECASE)
    return Terms(regex, [literal(w) for w in words])


def words_value(text: str, lex: Lexicon) -> int | None:
    """Value of a run of number words (None when a word is not a number word)."""
    nw = lex.numbers
    total = current = 0
    for raw in re.split(r"[\s-]+", text.lower().strip()):
        if not raw:
            continue
        if raw == nw.teen:
            current += 10
        elif raw == nw.tens:
            current = max(current, 1) * 10
        elif raw == nw.hundreds and current:
            current *= 100
        elif raw == nw.thousands:
            total += max(current, 1) * 1000
            current = 0
        elif raw in nw.units:
            if nw.units[raw] == 0:
                return 0  # "no one", "ни один": a zero word makes the whole run zero
            current += nw.units[raw]
        else:
            return None
    return total + current


def _unsuffix(raw: str, lex: Lexicon) -> str:
    """Strip a case ending from the last number word ("on ikisinin" → "on iki")."""
    words = raw.split()
    last = words[-1].lower()
    known = sorted(lex.numbers.units, key=len, reverse=True)
    for unit in known:
        if last.startswith(unit):
            return " ".join([*words[:-1], unit])
    return raw


def parse_digits(text: str) -> int:
    """``"6.500"``, ``"6,500"`` and ``"6 500"`` are all 6500 (casualty counts are integers)."""
    return int(re.sub(r"[^\d]", "", text))


def find_numbers(text: str, lex: Lexicon) -> list[Number]:
    """Every number in ``text`` with its qualifier ("hampir", "at least", …) if one precedes."""
    found: list[Number] = []
    pattern = _pattern_for(lex.language)
    if _DIGIT.search(text) is None and not pattern.possible(text):
        return found
    for m in pattern.regex.finditer(text):
        raw = m.group(0)
        bare = raw if raw[0].isdigit() else _unsuffix(raw, lex)
        if bare.lower() != raw.lower() and len(bare.split()[-1]) < 3 and \
                not (bare.split()[-1].lower() == "üç" and
                     _PLACE_CASE.fullmatch(raw.lower()[len(bare):])):
            continue  # "onun" (his) is not "on" (ten) with an ending, nor "üçün" (for) 3
        value = parse_digits(raw) if raw[0].isdigit() else words_value(bare, lex)
        if value is None:
            continue
        qualifier = None
        before = text[max(0, m.start() - 25):m.start()]
        q = list(lex.numbers.approx.finditer(before))
        if q and before[q[-1].end():].strip() == "":
            qualifier = q[-1].group(0).lower()
        found.append(Number(value, m.start(), m.end(), qualifier))
    return found
