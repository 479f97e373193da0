"""Toponyms: find place names in an article's sentences, resolve each to a place using the
article's context, and say what role it plays (event location, origin of fire, actor
standing for a government, dateline, context).

Recognition is gazetteer-driven: runs of capitalised words are looked up as exact keys,
then with case endings stripped (Russian, Turkish, Azerbaijani). Vetoes keep out common
words of the language, idioms ("baku tembak"), personal names ("Lewis Hamilton") and
capitalised words the article also writes in lower case.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from gazetteer import Gazetteer, Place, fold, haversine_km, is_qualifier, qualifiers

from .claims import passive_before
from .events import SentenceInfo
from .lexicon import Lexicon, load_lexicon
from .records import Mention, Sentence
from .settings import Region

# Words, plus abbreviations news writes with periods ("U.S.", "W. Va.", "Kan.").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.(?:\s?[A-Z][a-z]{0,2}\.)?(?=[\s,;)])|"
                    r"[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*")
_MAX_WORDS = 4
_CUES = ("district_cue", "village_cue", "town_cue", "state_cue")
# What the gazetteer may add to a province's name when a town has the bare one
_DISTRICT_WORDS = ("province", "region", "district", "marz")
_BEFORE = 10  # words kept before a name for its cues ("provenaient de la direction de la ville
# arménienne de"); most look at the last _CUE_WORDS ("from the direction of the village of")
_CUE_WORDS = 8
_UNRESOLVED = "not in the gazetteer, no close spelling near the places it is listed with"
# Why a name its holder refused is unresolved ("Tovuz rayonunun Koxanəbi kəndi", and the
# gazetteer has no Koxanəbi in Tovuz): the holder's name follows.
REFUSED = "no place of that name near"
_TOP = 25  # candidates per name weighed in context (the rest cannot catch up)
_SETTLEMENTS = ("town", "village")
# Context weights in resolution: country named in the article, share of the article's
# places in the candidate's country, inside a region the article names, within 150 km of
# another place it names.
W_NAMED, W_SHARE, W_REGION, W_NEAR = 0.25, 0.6, 0.3, 0.3
# A national capital named like a province ("Washington") is, bare, the capital: the news
# writes the province out ("Washington state") far more often than it means it by the name.
W_CAPITAL = 0.1
_ROW_CACHE = 100_000  # surfaces whose candidate rows are remembered
_FUZZY_KM = 100.0  # a misspelt name is looked for among places this close to its list mates
_ENDINGS = {
    "ru": ("ского", "ском", "ской", "скую", "инского", "инском", "инской", "инскую", "ская",
           "ский", "ами", "ями", "ией", "ого", "ему",
           "ому", "ом", "ем", "ой", "ей", "ах", "ях", "ов", "ев", "ии", "ию", "а", "у", "е",
           "ы", "и", "я", "ю"),
    "az": ("dakı", "dəki", "dan", "dən", "nın", "nin", "nun", "nün", "da", "də", "ın", "in",
           "un", "ün", "ya", "yə", "a", "ə", "ı", "i", "u", "ü"),
    # Armenian script, whatever the text's language: ablative, locative, instrumental,
    # genitive-dative and the articles (Գորիսից, Գորիսում, Գորիսի, Գորիսը); after a vowel
    # with a glide (Շորժա → Շորժայի, Շորժայից).
    "hy": ("յից", "յում", "յով", "յի", "ից", "ում", "ով", "ի", "ն", "ը"),
    "tr": ("daki", "deki", "dan", "den", "tan", "ten", "nın", "nin", "da", "de", "ta", "te",
           "ın", "in", "a", "e", "ı", "i"),
}
_ARMENIAN = re.compile("[\u0531-\u0587]")
# A genitive ending: "Tavush's", "Kelbecer'in", "Tovuzun", "rayonunun", "Տավուշի", "մարզի"
_GENITIVE_END = re.compile(r"(?:['’]s|['’]?n?[ıiuü]n|ի)$", re.IGNORECASE)
# The last word of an outlet's hyphenated name: no place in it is meant
_OUTLET_WORDS = frozenset({"press", "presse", "post", "herald", "tribune", "times", "news",
                           "journal", "inform", "info", "tv", "media", "daily", "gazette",
                           "xeber", "haber", "novosti", "lur", "berita"})
# Surname endings of the region's names (Abrahamyan, Абрамян, Məmmədov, Quliyeva, Hüseynzadə);
# not "-ian", which ends Christian and Canadian too
_SURNAME = re.compile(r"(?:յան[ըն]?|yan|ян[аеуы]?|ян[оы]м|[oe]v[a]?|[оеё]в[аеуы]?|"
                      r"yev[a]?|zadə|zade|oğlu)$", re.IGNORECASE)
# How far from the place said to hold it (its point) a name's place may lie, by its kind
_HOLDER_KM = {"region": 150, "district": 90, "town": 40}
# Russian: what a case ending replaces, most likely first (Армении/Армению/Арменией →
# Армения; Газы/Газе/Газой → Газа, and Кавказе → Кавказ once "Кавказа" is not a name).
# "Губадлинском", "Джульфинского", "Мегринского": an adjective of a name ending in a vowel
# (tried after "-ском", so that "Лачинском" is Лачин)
_RESTORE = {**dict.fromkeys(("инского", "инском", "инской", "инскую"), ("а", "ы", "и")),
            "ской": ("ская", ""), "скую": ("ская", ""), "ского": ("ский", ""),
            "ском": ("ский", ""), "ии": ("ия",), "ию": ("ия",), "ией": ("ия",),
            "ой": ("а", ""), "ы": ("а", ""), "е": ("", "а", "ь", "я"), "у": ("", "а"),
            "и": ("ь", "я", "а", "")}
_LIST_GAP = re.compile(r"^\s*(?:,|;|/|,?\s+(?:dan|and|serta|и|ve|və|et|ou|or|atau|ile)\s+|"
                       r",\s*(?:dan|and|serta|и|ve|və|et|ou|or|atau|ile)\s+)\s*$", re.IGNORECASE)
_DIGIT_WORD = re.compile(r"\b\d{1,2}\b")  # a day of the month
# A distance before (or, verb-final, after) a name makes it a reference point: "15 km from
# Goris", "à une quinzaine de kilomètres de Goris", "в 10 километрах от Гориса".
_DISTANCE = re.compile(r"(?i)(?<!\w)(?:km|kilomet\w*|kilomèt\w*|километр\w*|կմ|կիլոմետր\w*|"
                       r"miles?|mil)(?!\w)")
_LOWER_WORD = re.compile(r"(?<![\w])[a-zà-ÿа-яёəığşçöü][\w'-]*")
_DATELINE = re.compile(r"^(?P<head>[^\n]{2,70}?)\s+[-–—]{1,2}\s+\S")
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{1,3}\.(?=\s)")  # "Nov.", "Sept."
# "ЕРЕВАН, 14 сентября 2022. Text", "Bakı, 12 iyul 2020. Text": a city (one to three
# words, capitalised), a comma, a date with its year, a stop.
_DATELINE_DATED = re.compile(r"^(?P<head>[^\W\d_]{3,}(?:[\s-][^\W\d_]{2,}){0,2},"
                             r"[^\n.]{3,40}?\d{4})\.\s+\S")
# Agency datelines: "Bakı, 11 aprel, APA.", "Баку. 7 декабря. INTERFAX -", "Bakı. 19 iyun.
# REPORT.AZ/", "Երևան, 8 նոյեմբերի, ԱՐՄԵՆՊՐԵՍ։": a city, a day and month (perhaps a year),
# perhaps the agency in brackets ("ԵՐԵՎԱՆ, մայիսի 30 (Լուրեր)։") or in capitals, then the text.
_UPPER = r"[^\W\d_a-zß-ÿа-яёəğışçöüա-և]"
_DATELINE_AGENCY = re.compile(
    r"^(?P<head>[^\W\d_]{3,}(?:[\s-][^\W\d_]{2,}){0,2}[,.։]\s+"
    r"(?:\d{1,2}\s+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s+\d{1,2})"
    rf"(?:\s+\d{{4}})?(?:\s*\([^()\n]{{2,40}}\))?[,.։](?:\s*[/(]?{_UPPER}{{2,}}(?:\.{_UPPER}{{2,}})?[/)]?[.։]?|"
    r"\s*[^\W\d_][\w.-]{1,25}(?=\s*$))?)"  # or any one-word outlet closing its own line
    r"\s*(?:[-–—]\s*)?(?=[^\W\d_]|$)")


def _bare(word: str) -> str:
    """A word without what an apostrophe adds ("Grigoryan's", "Ali'nin")."""
    return re.split(r"['’]", word, maxsplit=1)[0]


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    surface: str
    key: str
    rows: list[tuple[int, float, str]]
    sentence: Sentence
    tokens_before: list[str]


# A French elided article or conjunction before a name: "village d'Yeraskh", "l'Arménie"
_ELISION = re.compile(r"(?:[dl]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])", re.IGNORECASE)


def _tokens(sentence: Sentence, language: str) -> list[tuple[int, int, str]]:
    base = sentence.start
    out = []
    for m in _TOKEN.finditer(sentence.text):
        start, word = m.start(), m.group(0)
        elided = _ELISION.match(word) if language == "fr" and ("'" in word or "’" in word) \
            else None
        if elided and word[elided.end()].isupper():
            start, word = start + elided.end(), word[elided.end():]
        out.append((base + start, base + m.end(), word))
    return out


def _is_name_like(token: str) -> bool:
    first = token[0]
    return first.isupper() or (not first.islower() and first.isalpha())


def _is_cue(word: str, lex: Lexicon) -> bool:
    """A district, village or town cue word ("province", "desa", "Provinsi")."""
    return any(lex.context[c].fullmatch(word) for c in _CUES)


def _french(surface: str) -> str:
    """French transliteration to English: Dachkessan, Djermouk, Khatchik, Zanguilan ("tch"
    is English "ch", a plain "ch" English "sh")."""
    french = re.sub("(?i)tch", "\0", re.sub("(?i)dj", "j", surface))
    french = re.sub("(?i)ch", lambda m: "Sh" if m.group()[0] == "C" else "sh", french) \
        .replace("\0", "ch").replace("ou", "u")  # (Chorja as chorja: Shorja)
    french = re.sub(r"(?i)(g)u(?=[ei])", r"\1", french)
    return re.sub(r"(?i)(ss)", "s", french)


def _candidate_keys(surface: str, language: str) -> list[tuple[str, str]]:
    """Keys to try for a surface form: as written, without an apostrophe suffix, without
    case endings. Each with the reason it would be a match."""
    keys = [(fold(surface), "")]
    head = re.split(r"['’ʼ]", surface)[0]
    # only a suffix ends there: "Nahçıvan Özerk Cumhuriyeti'nin Şahbuz" is no republic
    if head != surface and len(head) >= 3 and " " not in surface[len(head):]:
        keys.append((fold(head), "suffix after apostrophe"))
    if language == "fr":
        keys.append((fold(_french(surface)), "French transliteration"))
    endings = _ENDINGS["hy"] if _ARMENIAN.search(surface) else _ENDINGS.get(language, ())
    for ending in endings:
        if surface.lower().endswith(ending) and len(surface) - len(ending) >= 3:
            stem = surface[: -len(ending)]
            for restored in _RESTORE.get(ending, ("", "ь") if language == "ru" else ("",)):
                if len(stem + restored) >= 4:  # Шуше → Шуша, but no three-letter stems
                    keys.append((fold(stem + restored), f"case ending -{ending}"))
            if _ARMENIAN.search(stem[-2:]) and len(stem) >= 3:
                # Armenian drops an "ի" before the last consonant when inflecting:
                # Սև լիճ → Սև լճի
                keys.append((fold(stem[:-1] + "ի" + stem[-1]), f"case ending -{ending}"))
    return keys


class Recogniser:
    """Finds and resolves place-name mentions in articles, with their roles."""

    def __init__(self, gazetteer: Gazetteer, region: Region) -> None:
        self.gaz = gazetteer
        self.region = region
        self._static: dict[int, tuple[Place, float, float]] = {}
        self._strong_rows: dict[int, bool] = {}
        self._row_cache: dict[tuple[str, str], list[tuple[int, float, str]]] = {}
        self._heads: dict[tuple[str, str], bool] = {}
        self._lowered: tuple[str | None, set[str]] = (None, set())
        self._token_memo: dict[int, tuple[Sentence, list[tuple[int, int, str]]]] = {}
        # Stems of the parties' names and adjectives ("ermeni", "azerbaij"): never a place
        # the gazetteer lacks.
        self._party_stems = region.party_stems()

    # --- recognition ----------------------------------------------------------------------
    def spans(self, text: str, sentences: Sequence[Sentence], lex: Lexicon) -> list[_Span]:
        lowered = self._lowercase_words(text)
        self._people: set[str] = set()
        self._token_memo.clear()
        out: list[_Span] = []
        for sentence in sentences:
            tokens = self._tokens(sentence, lex.language)
            blocked = self._idiom_tokens(sentence, tokens, lex)
            resume = 0  # tokens before this one are inside a name already found
            # Only a capitalised token opens a name (every token starts with a letter).
            for i in [k for k, t in enumerate(tokens) if not t[2][0].islower() and len(t[2]) > 1]:
                if i < resume or i in blocked:
                    continue
                found = self._match_at(text, tokens, i, sentence, lex)
                if found is None:
                    continue
                span, width = found
                if i > 0 and tokens[i - 1][1] + 1 >= tokens[i][0] and \
                        _is_name_like(tokens[i - 1][2]) and is_qualifier(tokens[i - 1][2]):
                    # "Nerkin Shorzha", unknown, beside the known Shorzha: another place
                    span = self._qualified(text, tokens[i - 1][0], span, lex)
                after_place = bool(out) and i > 0 and out[-1].end == tokens[i - 1][1]
                if not self._vetoed(span, text, tokens, i, width, lex, lowered, after_place):
                    out.append(span)
                resume = i + width
        return out

    def _qualified(self, text: str, start: int, span: _Span, lex: Lexicon) -> _Span:
        surface = text[start:span.end]
        return _Span(start, span.end, surface, fold(surface), self._rows(surface, lex.language),
                     span.sentence, span.tokens_before[:-1])

    def given_spans(self, text: str, sentences: Sequence[Sentence], lex: Lexicon,
                    offsets: Sequence[tuple[int, int]]) -> list[_Span]:
        """Spans at given offsets (e.g. gold toponyms), to resolve without recognising."""
        out = []
        for start, end in sorted(offsets):
            sentence = next((s for s in sentences if s.start <= start < s.end), None)
            if sentence is None:
                sentence = Sentence(-1, start, end, text[start:end])
            surface = text[start:end]
            before = [t[2] for t in _tokens(sentence, lex.language) if t[1] <= start][-_BEFORE:]
            out.append(_Span(start, end, surface, fold(surface),
                             self._rows(surface, lex.language), sentence, before))
        return out

    def _tokens(self, sentence: Sentence, language: str) -> list[tuple[int, int, str]]:
        """The sentence's tokens (remembered for the article: both passes read them)."""
        hit = self._token_memo.get(id(sentence))
        if hit is not None and hit[0] is sentence:
            return hit[1]
        tokens = _tokens(sentence, language)
        if len(self._token_memo) >= _ROW_CACHE:
            self._token_memo.clear()
        self._token_memo[id(sentence)] = (sentence, tokens)
        return tokens

    def _lowercase_words(self, text: str) -> set[str]:
        """Words the article writes in lower case (kept for the article both passes read)."""
        if self._lowered[0] is not text:
            self._lowered = (text, {w.lower() for w in _LOWER_WORD.findall(text)})
        return self._lowered[1]

    def _idiom_tokens(self, sentence: Sentence, tokens: list, lex: Lexicon) -> set[int]:
        blocked: set[int] = set()
        for m in lex.idioms.finditer(sentence.text):
            lo, hi = sentence.start + m.start(), sentence.start + m.end()
            blocked |= {k for k, (s, e, _) in enumerate(tokens) if s < hi and e > lo}
        return blocked

    def _match_at(self, text: str, tokens: list, i: int, sentence: Sentence,
                  lex: Lexicon) -> tuple[_Span, int] | None:
        multi = self._opens_names(tokens[i][2], lex.language)
        if not multi:  # the common case: a one-word name or none
            start, end, word = tokens[i]
            rows = self._rows(word, lex.language)
            if rows:
                before = [t[2] for t in tokens[max(0, i - _BEFORE):i]]
                return _Span(start, end, word, fold(word), rows, sentence, before), 1
        for width in range(min(_MAX_WORDS, len(tokens) - i) if multi else 0, 0, -1):
            window = tokens[i:i + width]
            # Names are capitalised; a lower-case cue may close one ("Ararat province"), and
            # Armenian writes a name's later words in lower case ("Սև լիճ", Sev Lich).
            last = window[-1][2]
            armenian = width > 1 and bool(_ARMENIAN.search(last))
            if not all(_is_name_like(t[2]) for t in window[:-1]) or not (
                    _is_name_like(last) or armenian or (width > 1 and _is_cue(last, lex))):
                continue
            gaps = [text[window[k][1]:window[k + 1][0]] for k in range(width - 1)]
            if any(g.strip() for g in gaps):
                continue
            start, end = window[0][0], window[-1][1]
            rows = self._rows(text[start:end], lex.language)
            if rows:
                if not _is_name_like(last) and not armenian:
                    end = window[-2][1]  # the mention is the name; the cue chose the place
                surface = text[start:end]
                before = [t[2] for t in tokens[max(0, i - _BEFORE):i]]
                return _Span(start, end, surface, fold(surface), rows, sentence, before), width
        surface = tokens[i][2]
        if "-" in surface:  # "Armenia-Azerbaijan", "Chicago-area": look at the first part,
            # unless the name is an outlet's ("Sever-Press", "France-Presse", "Herald-Press")
            part, rest = surface.split("-", 1)
            rows = self._rows(part, lex.language)
            if rows and fold(re.split(r"['’]", rest.split("-")[-1])[0]) not in _OUTLET_WORDS:
                s = tokens[i][0]
                return _Span(s, s + len(part), part, fold(part), rows, sentence, []), 1
        return None

    def _own_name_first(self, found: list[tuple[int, float, str]],
                        own: set[int]) -> list[tuple[int, float, str]]:
        """A name that is one border settlement's own is no settlement across the border
        that had it as an old name: "Tovuz" is the Azerbaijani town, not the Armenian
        village Tavush, once "Tovuz" too, whatever the article's other places."""
        places = [self.gaz.place(row) for row in own]
        home = {p.country for p in places if p.source == "border" and p.kind in _SETTLEMENTS}
        if len(home) != 1:
            return found
        return [(row, match, why) for row, match, why in found
                if row in own or (p := self.gaz.place(row)).source != "border" or
                p.kind not in _SETTLEMENTS or p.country in home]

    def _opens_names(self, head: str, language: str) -> bool:
        """Whether some multi-word name starts with this word (only then are longer windows
        tried; remembered per word)."""
        found = self._heads.get((head, language))
        if found is None:
            found = self.gaz.has_prefix(fold(head) + " ") or \
                (language == "fr" and self.gaz.has_prefix(fold(_french(head)) + " "))
            if len(self._heads) >= _ROW_CACHE:
                self._heads.clear()
            self._heads[(head, language)] = found
        return found

    def _rows(self, surface: str, language: str) -> list[tuple[int, float, str]]:
        """Candidate rows with their match strength and the reason (remembered: the same
        words recur across a corpus)."""
        found = self._row_cache.get((surface, language))
        if found is None:
            found = []
            keys = _candidate_keys(surface, language)
            own: set[int] = set()  # rows whose own (primary) name it is
            for key, why in keys:
                if not key or not self.gaz.has_key(key):
                    continue
                weight = 0.95 if why.startswith("case ending") else 1.0
                taken = {row for row, _, _ in found}
                rows = self.gaz.rows(key)
                found += [(row, weight * (1.0 if primary else 0.9), why)
                          for row, primary in rows if row not in taken]
                own.update(row for row, primary in rows if primary)
                # The form as written may itself be some other place's name ("Gorisi" is
                # one of Gourcy's, in Burkina Faso): then the nominative competes with it.
                if why or len(keys) == 1:
                    break
            found = self._own_name_first(found, own)
            if len(self._row_cache) >= _ROW_CACHE:
                self._row_cache.clear()
            self._row_cache[(surface, language)] = found
        return found

    def _vetoed(self, span: _Span, text: str, tokens: list, i: int, width: int, lex: Lexicon,
                lowered: set[str], after_place: bool = False) -> bool:
        strong = any(self._strong(row) for row, _, _ in span.rows)
        if _calendar_word(span.surface, lex) or \
                span.surface.lower().rstrip(".") in lex.numbers.units or \
                text[span.end:span.end + 1].isdigit():
            return True  # "Mei", "Selasa", "One", "No."; a code with its number: "COP29"
        if len(span.surface) == 2 and span.surface.isupper() and all(
                fold(self.gaz.place(row).name) == fold(span.surface) for row, _, _ in span.rows):
            return True  # initials ("EU"), not Eu in Normandy; "LA", "GA" stand for theirs
        if len(span.surface) <= 3 and span.surface.isupper() and not strong:
            return True  # the Union's initials in French and Indonesian ("UE") are Wé's alias
        if width == 1:
            word = span.surface
            if lex.context["asks"].fullmatch(word) and \
                    not text[span.sentence.start:span.start].strip(" \"“«'") and \
                    span.sentence.text.rstrip(" \"”»'").endswith("?"):
                return True  # "Kapan ketegangan … mereda?": when, asking
            if fold(word) in lex.common or fold(word) in load_lexicon("en").common:
                return not self._is_country(span)
            if not strong and lex.any_weapon.fullmatch(_bare(word)):
                return True  # "İHA'nın" (a drone's), not Ihan in Slovenia
            if word.lower() in lowered and not strong:
                return True
            prev = tokens[i - 1] if i > 0 else None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if fold(word) in self._people and not strong:
                return True
            if prev and not strong and lex.context["kin"].fullmatch(prev[2]):
                return True  # "Son cousin Arsen", "рядовой Эльчин": a person
            # "Неркин Ханд Сюникской": the word before ends a place, not a first name; so
            # does any word before a province word ("… Кармирахбюр Тавушской области")
            if prev and not after_place and not _title_cased(span.sentence) and \
                    self._personal(prev, text, tokens[i][0], lex, before=True) and \
                    not self._is_country(span) and \
                    not (nxt is not None and nxt[2][0].islower() and _is_cue(nxt[2], lex)):
                self._people.add(fold(word))
                return True
            if nxt and self._personal(nxt, text, tokens[i][1], lex, before=False) and \
                    (not strong or (_SURNAME.search(_bare(nxt[2])) and word.isalpha())):
                return True  # "Narek Abrahamyan": a first name, even one a village bears
        if (span.sentence.headline or _opens(span.sentence, span.start)) and not strong:
            return True  # capitalised only because it opens a sentence ('"None of …') or a title
        return False

    def _personal(self, token: tuple, text: str, edge: int, lex: Lexicon, *, before: bool) -> bool:
        """A neighbouring capitalised word that is neither a place nor a common word: the
        candidate is then part of a personal name (first name or surname)."""
        start, end, word = token
        gap = text[end:edge] if before else text[edge:start]
        if gap.strip() or not _is_name_like(word) or len(word) < 2:
            return False
        key = fold(word)
        if key in lex.common or key in load_lexicon("en").common or \
                _calendar_word(word, lex) or lex.dates["yesterday"].fullmatch(word) or \
                lex.dates["today"].fullmatch(word) or \
                _is_cue(word, lex):
            return False  # "Dünən Tovuz", "Provinsi Syunik": a date or a cue, not a first name
        stem, *suffix = re.split(r"['’]", word, maxsplit=1)
        if lex.any_weapon.fullmatch(stem) or (before and suffix and lex.verb_final):
            # "İHA'sının Zengilan'daki": a drone's, and a word with its case suffix ends a
            # phrase ("Ali'nin Tovuz'daki evi"), so neither is a first name
            return False
        return not any(self._strong(row) for row, _, _ in self._rows(word, lex.language))

    def _is_country(self, span: _Span) -> bool:
        return any(self.gaz.place(row).kind == "country" for row, _, _ in span.rows)

    def _strong(self, row: int) -> bool:
        """Countries, capitals, curated places and places in the region are strong names
        (remembered per row: the region does not change)."""
        found = self._strong_rows.get(row)
        if found is None:
            place = self.gaz.place(row)
            if place.kind == "country" or place.capital or place.source in ("border", "import"):
                found = True
            elif self.region.weight <= 0:
                found = place.population >= 20000 or place.kind == "region"
            else:
                found = self._closeness(place) > 0 and place.population >= 1000
            self._strong_rows[row] = found
        return found

    def _closeness(self, place: Place) -> float:
        if self.region.weight <= 0:
            return 0.0
        d = haversine_km(place.lat, place.lon, self.region.lat, self.region.lon)
        return max(0.0, 1 - d / self.region.radius_km)

    # --- resolution -----------------------------------------------------------------------
    def resolve(self, article_id: str, text: str, spans: list[_Span], lex: Lexicon,
                infos: dict[int, SentenceInfo], dateline: tuple[int, int]) -> list[Mention]:
        spans = self._add_list_members(text, spans, lex, dateline)
        countries = {self.gaz.place(r).country for s in spans for r, _, _ in s.rows
                     if self.gaz.place(r).kind == "country"}
        heads = self._list_heads(text, spans)
        cues = [self._cue(heads[k], text, lex) for k in range(len(spans))]
        for span, cue in zip(spans, cues, strict=True):
            if cue == "district_cue":
                span.rows = self._with_district(span, lex.language)
        first = [self._best(s, cue, countries, None) for s, cue in zip(spans, cues, strict=True)]
        anywhere = self.region.weight <= 0
        anchors = [c[0] for c in first if c and c[0].kind not in ("country", "region")
                   and (anywhere or self._closeness(c[0]) > 0 or c[0].source == "border")]
        # One vote per name: a name written ten times is still one place.
        vote_of: dict[str, str] = {}
        for s, c in zip(spans, first, strict=True):
            if c and c[0].country:
                vote_of.setdefault(s.key, c[0].country)
        self._votes = Counter(vote_of.values())
        self._regions = {(c[0].country, c[0].admin1) for c in first
                         if c and c[0].kind == "region" and c[0].admin1}
        mentions = []
        refused: set[int] = set()  # spans whose holder holds no place of their name
        members: dict[int, list[int]] = {}
        for k, head in enumerate(heads):
            members.setdefault(id(head), []).append(k)
        # where each sentence names places other than countries (for ``_seat_hit``)
        self._named_at: dict[int, list[int]] = {}
        for s, c in zip(spans, first, strict=True):
            if not (c and c[0].kind == "country"):
                self._named_at.setdefault(s.sentence.index, []).append(s.start)
        anchors = anchors[:50]  # coherence needs a sample, not every place of a long text
        self._near = self._near_counts(spans, anchors)
        for k, (span, initial) in enumerate(zip(spans, first, strict=True)):
            mates = [first[j][0] for j in members[id(heads[k])] if j != k and first[j]]
            if not span.rows and not mates:
                # "near the town of Verdenis and the village of Sotk": a name the gazetteer
                # lacks, after a settlement cue, is spelt like a place near the sentence's
                # others
                mates = [first[j][0] for j, other in enumerate(spans) if j != k and
                         other.sentence is span.sentence and first[j] and
                         first[j][0].kind not in ("country", "region")]
            holder = self._holder(k, spans, first, text, lex)
            if holder is not None and span.rows:
                best = self._inside(span, holder, cues[k], countries, anchors)
            else:
                best = self._best(span, cues[k], countries, anchors) if initial else \
                    (self._fuzzy(span, mates) if not span.rows and mates else None)
            if mates and best and span.rows and \
                    min(haversine_km(best[0].lat, best[0].lon, m.lat, m.lon) for m in mates) > 300:
                best = self._fuzzy(span, mates) or best
            if best is None and holder is not None:  # or the gazetteer has no such name
                refused.add(k)
                best = (None, 0.0, f"{REFUSED} {holder.name}, which the text says holds it")
            place, score, reason = best if best else (None, 0.0, _UNRESOLVED)
            if place is not None and place.kind in ("town", "village", "district") and \
                    cues[k] not in ("town_cue", "village_cue"):  # not "the city of …"
                place, reason = self._namesake_region(span, place, reason, anchors)
            role = self._role(span, place, text, lex, infos, dateline)
            cue = _words_after(span, text, 2) if lex.verb_final else \
                " ".join(span.tokens_before[-3:])
            near = bool(lex.context["toward"].search(cue))
            mentions.append(Mention(article_id, span.start, span.end, span.surface, role, place,
                                    score, reason, span.sentence.index, near))
        keys = [_stem(s) for s in spans]
        return _one_name(text, self._one_sense(
            _origin_address(self._share_list_context(text, mentions), text, lex,
                            self._party_stems),
            keys, {keys[k] for k in refused}))

    def _with_district(self, span: _Span, language: str) -> list[tuple[int, float, str]]:
        """A name after a province word may be the province the gazetteer knows only with
        that word, because a town took the bare name ("la province d'Ararat": Ararat
        Province, not the town of Ararat)."""
        rows, taken = list(span.rows), {row for row, _, _ in span.rows}
        for key, _ in _candidate_keys(span.surface, language):
            for word in _DISTRICT_WORDS:
                for row, _ in self.gaz.rows(f"{key} {word}"):
                    if row not in taken:
                        taken.add(row)
                        rows.append((row, 1.0, f"named with a word for province ('{word}')"))
        return rows

    def _holder(self, k: int, spans: list[_Span], first: list, text: str,
                lex: Lexicon) -> Place | None:
        """The place a genitive just before the name says holds it: "Kelbecer'in İstisu
        bölgesi", "Tovuz rayonunun Ağdam kəndi", "Տավուշի մարզի Չինարի", "Tavush's
        Chinari"."""
        if k == 0 or not first[k - 1]:
            return None
        before, span = spans[k - 1], spans[k]
        holder = first[k - 1][0]
        if before.sentence is not span.sentence or holder.kind == "country" or holder.capital:
            return None
        gap = text[before.end:span.start]
        words = gap.split()
        if gap[:1].isspace() and len(words) == 2 and _is_cue(words[0], lex) and \
                "held_by" in lex.context and lex.context["held_by"].fullmatch(words[1]):
            return holder  # "Tovuz bölgesine bağlı Alibeyli köyü": attached to Tovuz district
        if not gap[:1].isspace() or len(words) > 1 or \
                (words and not (_is_cue(words[0], lex) and _GENITIVE_END.search(words[0]))):
            return None
        return holder if words or _GENITIVE_END.search(text[before.start:before.end]) else None

    def _inside(self, span: _Span, holder: Place, cue: str | None, countries: set,
                anchors: list[Place]) -> tuple[Place, float, str] | None:
        """The best candidate near the place said to hold the name, or none: "Tovuz
        rayonunun Ağdam kəndi" is not the Aghdam of Karabakh, whatever the gazetteer
        holds."""
        reach = _HOLDER_KM.get(holder.kind, _HOLDER_KM["town"])

        def held(place: Place) -> bool:
            if place.country != holder.country:
                return False
            if place.admin1 and place.admin1 == holder.admin1 and \
                    (place.source == "geonames") == (holder.source == "geonames"):
                return True  # one source's province or district ("FL", "Gegharkunik")
            return haversine_km(place.lat, place.lon, holder.lat, holder.lon) <= reach

        rows = [r for r in span.rows if held(self.gaz.place(r[0]))]
        if not rows and holder.source == "geonames" and self._closeness(holder) <= 0:
            # far from the region the gazetteer's provinces are coarse: no refusal there
            return self._best(span, cue, countries, anchors)
        if not rows:
            return None
        place, score, reason = self._best(replace(span, rows=rows), cue, countries, anchors)
        return place, score, f"{reason}; in {holder.name}, which the text says holds it"

    def _namesake_region(self, span: _Span, place: Place, reason: str,
                         anchors: list[Place]) -> tuple[Place, str]:
        """A town named like the region that holds it ("Nakhchivan", "Tavush") is the
        region when the article names other places of that region: the region is what
        the name stands for there."""
        if not place.admin1 or len(span.rows) < 2:
            return place, reason
        # (a village named like its province, "Տավուշում", is the province: Armenia's
        # provinces are districts in the gazetteer)
        areas = ("region", "district") if place.kind == "village" else ("region",)
        region = next((p for p in (self.gaz.place(r) for r, _, _ in span.rows)
                       if p.kind in areas and p.admin1 == place.admin1), None)
        if region is None or not any(a.admin1 == place.admin1 and a.id != place.id and
                                     a.kind != "region" for a in anchors):
            return place, reason
        return region, f"{reason}; the region of that name, which holds other places named"

    @staticmethod
    def _one_sense(mentions: list[Mention], keys: list[str],
                   refused_keys: set[str]) -> list[Mention]:
        """One sense per article: a name written several times, in any case form, resolves
        to the place its best-supported mention chose ("Lachin positions" and "the Lachin
        district"; "Tovuzda" and "Tovuz rayonunda"). A name its holder refused
        (``refused_keys``: "Tovuz rayonunun Ağdam kəndi", no Ağdam the gazetteer holds) is
        refused in every form."""
        best: dict[str, Mention] = {}
        refused: dict[str, Mention] = {}
        for m, key in zip(mentions, keys, strict=True):
            if m.place is None and key in refused_keys:
                refused.setdefault(key, m)
            elif m.place is not None and m.place.kind != "country" and \
                    (key not in best or _support(m) > _support(best[key])):
                best[key] = m
        out = []
        for m, key in zip(mentions, keys, strict=True):
            chosen = best.get(key)
            if key in refused and m.place is not None and m.place.kind != "country":
                m = replace(m, place=None, score=0.0,
                            reason=f"{refused[key].reason}; same name elsewhere in the article")
                chosen = None
            if chosen is not None and m.place is not None and m.place != chosen.place and \
                    m.place.kind != "country":
                m = replace(m, place=chosen.place, score=chosen.score,
                            reason=f"{chosen.reason}; same name elsewhere in the article")
            out.append(m)
        return out

    def _list_heads(self, text: str, spans: list[_Span]) -> list[_Span]:
        """The first member of the list each span belongs to (itself when not in a list)."""
        heads: list[_Span] = []
        for k, span in enumerate(spans):
            prev = spans[k - 1] if k else None
            listed = prev is not None and prev.sentence is span.sentence and \
                _LIST_GAP.match(text[prev.end:span.start])
            heads.append(heads[k - 1] if listed else span)
        return heads

    def _best(self, span: _Span, cue: str | None, countries: set,
              anchors: list[Place] | None) -> tuple[Place, float, str] | None:
        """The best candidate of a span, its score and why it won. Candidates are scored
        with plain arithmetic; only the winner's reason is written out (and not in the
        first pass, without ``anchors``, which only picks the article's likely places)."""
        if not span.rows:
            return self._fuzzy(span, anchors)
        cands = self._candidates(span)
        adjective = "ск" in span.surface.lower() and \
            any(why.startswith("case ending -ск") for _, _, why in span.rows)
        if (cue == "district_cue" or adjective) and \
                any(c[3].kind in ("district", "region") for c in cands):
            # "Tovuz rayonunun …": the word says what kind of place it is, whatever the votes
            # for a town of that name across the border (Berd is "Tovuz" in Azerbaijani too);
            # so does a Russian adjective ("на Тавушском участке"): the province's
            cands = [c for c in cands if c[3].kind in ("district", "region")]
        votes = self._votes if anchors is not None else Counter()
        voters = sum(votes.values())
        regions = self._regions if anchors else frozenset()
        near = self._near if anchors else None
        capital_over = W_CAPITAL if any(c[3].kind == "region" for c in cands) else 0.0
        best_key: tuple[float, int] | None = None
        best_parts: tuple = ()
        for k, (row, match, why, place, static, close) in enumerate(cands):
            named = W_NAMED if place.country in countries and place.kind != "country" else 0.0
            share = votes.get(place.country, 0) / voters if voters and place.country else 0.0
            region = W_REGION if place.admin1 and place.kind != "region" and \
                (place.country, place.admin1) in regions else 0.0
            bonus = _cue_bonus(cue, place.kind)
            count = near.get(row, 0) if near is not None else 0
            coherent = W_NEAR if count > 0 else 0.0
            capital = capital_over if place.capital and place.kind != "country" else 0.0
            score = match + static + named + W_SHARE * share + region + bonus + coherent + capital
            if best_key is None or (-score, row) < best_key:
                best_key = (-score, row)
                best_parts = (match, why, place, close, named, share, region, bonus, coherent,
                              capital)
        assert best_key is not None
        match, why, place, close, named, share, region, bonus, coherent, capital = best_parts
        if anchors is None:
            return place, -best_key[0], ""  # the first pass needs only the place
        reasons = [why or ("exact name" if match == 1.0 else "alternate name")]
        if close:
            reasons.append(f"in the {self.region.name} region (+{close:.2f})")
        if named:
            reasons.append(f"its country is named in the article (+{named:.2f})")
        if share:
            reasons.append(f"{share:.0%} of the article's places are in {place.country} "
                           f"(+{W_SHARE * share:.2f})")
        if region:
            reasons.append(f"in a region the article names (+{region:.2f})")
        if bonus:
            reasons.append(f"'{cue}' cue fits a {place.kind} (+{bonus:.2f})")
        if coherent:
            reasons.append(f"close to other places named (+{coherent:.2f})")
        if capital:
            reasons.append(f"a national capital named like a province (+{capital:.2f})")
        return place, -best_key[0], "; ".join(reasons)

    def _near_counts(self, spans: list[_Span], anchors: list[Place]) -> dict[int, int]:
        """For every candidate row of the article, how many anchors other than the place
        itself lie within 150 km (one vectorised pass per article)."""
        if not anchors:
            return {}
        places = {row: c[3] for span in spans if span.rows for c in self._candidates(span)
                  for row in (c[0],)}
        rows = list(places)
        lat1 = np.radians([places[r].lat for r in rows])[:, None]
        lon1 = np.radians([places[r].lon for r in rows])[:, None]
        lat2, lon2, cos2 = _anchor_coords(anchors)
        h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * cos2 * np.sin((lon2 - lon1) / 2) ** 2
        within = np.count_nonzero(np.arcsin(np.sqrt(np.minimum(h, 1.0))) < 150 / (2 * 6371.0088),
                                  axis=1).tolist()
        itself = Counter(id(a) for a in anchors)
        return {r: n - itself.get(id(places[r]), 0) for r, n in zip(rows, within, strict=True)}

    def _candidates(self, span: _Span) -> list[tuple[int, float, str, Place, float, float]]:
        """The span's candidate rows with their static score (prior and closeness to the
        region), best ``_TOP`` first; static scores are cached per row across articles."""
        out = []
        for row, match, why in span.rows:
            cached = self._static.get(row)
            if cached is None:
                place = self.gaz.place(row)
                close = self.region.weight * self._closeness(place)
                cached = (place, self.gaz.prior(row) + close, close)
                self._static[row] = cached
            out.append((row, match, why, *cached))
        if len(out) > _TOP:
            out.sort(key=lambda c: -(c[1] + c[4]))
            out = out[:_TOP]
        return out

    def _fuzzy(self, span: _Span, anchors: list[Place] | None) -> tuple[Place, float, str] | None:
        """A misspelt name listed with resolved places: the closest spelling among places
        near them ("Sok" listed with Goris and Jermuk → Sotk)."""
        if not anchors:
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        key = span.key
        words = qualifiers(key)  # "Nerkin Shorzh" is no misspelt Verin Shorzha
        names: list[str] = []
        owners: list[int] = []
        for anchor in anchors[:3]:
            for name, row in self.gaz.names_like(key, anchor.lat, anchor.lon, _FUZZY_KM):
                if qualifiers(name) != words:
                    continue
                names.append(name)
                owners.append(row)
        hit = process.extractOne(key, names, scorer=Levenshtein.normalized_similarity,
                                 score_cutoff=0.7) if names else None
        if hit is None:
            return None
        name, sim, index = hit
        row = owners[index]
        return (self.gaz.place(row), 0.5 * sim,
                f"fuzzy match of '{name}' (similarity {sim:.2f}) among places near the "
                "places it is listed with")

    def _cue(self, span: _Span, text: str, lex: Lexicon) -> str | None:
        before = " ".join(span.tokens_before[-2:])
        after = text[span.end:span.end + 20]
        for key in _CUES:
            pattern = lex.context[key]
            if pattern.search(before) or pattern.match(after.strip()):
                return key
        return None

    def _add_list_members(self, text: str, spans: list[_Span], lex: Lexicon,
                          dateline: tuple[int, int]) -> list[_Span]:
        """Capitalised words listed with places ("Goris, Sok, dan Jermuk") become mentions
        even when the gazetteer lacks them, so that a misspelling is seen and reported."""
        if not spans:
            return spans
        extra: list[_Span] = []
        by_sentence: dict[int, list[_Span]] = {}
        for s in spans:
            by_sentence.setdefault(s.sentence.index, []).append(s)
        lowered = self._lowercase_words(text)
        for mates in by_sentence.values():
            span = mates[0]
            if span.sentence.headline:
                continue  # every word of a title is capitalised
            taken = [(s.start, s.end) for s in mates]
            tokens = self._tokens(span.sentence, lex.language)
            for k, (start, end, word) in enumerate(tokens):
                if word[0].islower() or any(s < end and e > start for s, e in taken):
                    continue
                if fold(word) in lex.common or dateline[0] <= start < dateline[1] or \
                        fold(word).startswith(self._party_stems) or \
                        _calendar_word(word, lex) or _opens(span.sentence, start) or \
                        word.lower() in lowered or \
                        _is_cue(word, lex):
                    continue  # common, opening the sentence, lower case too, or a cue word
                if k > 0 and _SURNAME.search(word) and tokens[k - 1][2][:1].isupper() and \
                        text[tokens[k - 1][1]:start] == " ":
                    continue  # "Wali Kota Noyemberyan, Armen Sahakyan, …": a person
                if k + 1 < len(tokens) and _SURNAME.search(tokens[k + 1][2]) and \
                        tokens[k + 1][2][:1].isupper() and text[end:tokens[k + 1][0]] == " ":
                    continue  # "… գյուղի բնակիչ Արտակ Ղազարյանը": a first name and surname
                if _after_settlement_cue(span.sentence.text[:start - span.sentence.start], lex):
                    # "у села Неркин Шоржа": the name runs on over capitalised words
                    for s2, e2, w2 in tokens[k + 1:k + 3]:
                        if not w2[0].isupper() or text[end:s2] not in (" ", "-") or \
                                fold(w2) in lex.common or \
                                any(s < e2 and e > s2 for s, e in taken):
                            break
                        end = e2
                elif lex.verb_final and (cued := _before_settlement_cue(text, tokens, k, lex)):
                    end = cued  # "Tovuz rayonunun Koxanəbi kəndi": the cue follows the name
                else:
                    if is_qualifier(word) and k + 1 < len(tokens) and \
                            tokens[k + 1][2][0].isupper() and text[end:tokens[k + 1][0]] == " ":
                        end = tokens[k + 1][1]  # "Sotk, Nerkin Shorzha and Kut": one name
                    if not self._listed_with(text, start, end,
                                             [m for m in mates if not self._is_country(m)]):
                        continue  # "According to Hakobyan, Azerbaijani units …" lists no places
                surface = text[start:end]
                extra.append(_Span(start, end, surface, fold(surface), [], span.sentence, []))
                taken.append((start, end))
        return sorted(spans + extra, key=lambda s: s.start)

    @staticmethod
    def _listed_with(text: str, start: int, end: int, spans: list[_Span]) -> bool:
        for s in spans:
            gap = text[end:s.start] if s.start >= end else text[s.end:start]
            if s.start != start and _LIST_GAP.match(gap):
                return True
        return False

    def _share_list_context(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Members of one list share the first member's 'near' cue and role."""
        out = list(mentions)
        for k in range(1, len(out)):
            prev, cur = out[k - 1], out[k]
            if prev.sentence == cur.sentence and _LIST_GAP.match(text[prev.end:cur.start]):
                # ("… inhumés dans leurs villes natales, à Vardenis, Martuni et Sisian": a
                # context cue before the list covers its members too)
                role = prev.role if cur.role in ("event_location", "context") and \
                    prev.role in ("event_location", "origin", "context") else cur.role
                out[k] = replace(cur, near=cur.near or prev.near, role=role)
        for k in range(len(out) - 2, -1, -1):
            cur, nxt = out[k], out[k + 1]
            # "Washington, Paris and Brussels all urged …": a foreign name listed before
            # capitals that act acts with them
            if cur.sentence == nxt.sentence and _LIST_GAP.match(text[cur.end:nxt.start]) and \
                    nxt.role == "actor" and nxt.place is not None and \
                    (nxt.place.capital or nxt.place.kind == "country") and \
                    cur.role in ("event_location", "context") and cur.place is not None and \
                    cur.place.country not in self.region.belligerents:
                out[k] = replace(cur, role="actor")
        return out

    # --- roles --------------------------------------------------------------------------
    def _role(self, span: _Span, place: Place | None, text: str, lex: Lexicon,
              infos: dict[int, SentenceInfo], dateline: tuple[int, int]) -> str:
        if dateline[0] <= span.start < dateline[1]:
            return "dateline"
        info = infos.get(span.sentence.index)
        before = " ".join(span.tokens_before[-_CUE_WORDS:])
        before2 = " ".join(span.tokens_before[-2:])
        if text[span.start - 1:span.start] == "#" or lex.context["water"].search(before2):
            return "context"  # a hashtag ("#Нахчыван"); a river ("на берегу Аракса")
        if lex.context["venue"].search(" ".join(span.tokens_before[-5:])) or \
                (lex.verb_final and lex.context["venue"].search(_words_after(span, text, 3))):
            # "Speaking at a press conference in Yerevan, the minister …": where officials
            # speak is no place hit
            return "actor" if place is not None and (place.kind == "country" or place.capital) \
                else "context"
        if place is not None and (place.kind == "country" or place.capital):
            if place.capital and info and info.reports_attack and \
                    lex.any_event.search(text[max(span.sentence.start, span.start - 40):
                                              span.start]) and \
                    not lex.context["government"].search(before) and \
                    not lex.context["hospital"].search(before) and \
                    not lex.claims["after"].search(before2) and \
                    lex.context["locative"].search(before2) and \
                    not self._followed_by_speech(span, text, lex):
                return "event_location"
            return "actor" if self._acting(span, text, lex, info) else "context"
        if not lex.verb_final and _spoken_at(span, lex):
            return "context"  # "…, the governor told reporters in Ijevan": where it was said
        if span.surface.isupper() and len(span.surface) <= 6 and (
                _speech_next(text[span.end:span.end + 30], lex) or
                lex.context["news_agency"].search(
                    f"{' '.join(span.tokens_before[-2:])} {_words_after(span, text, 2)}")):
            # "…, APA reports citing the ministry", "the APA news agency", "kantor berita
            # APA": an agency, not Apa
            return "context"
        if (_origin_after(span, text, lex, self._party_stems) if lex.verb_final
                else _origin(span.tokens_before, lex, self._party_stems) or
                _stationed(span, text, lex, self._party_stems)):
            return "origin"  # "from Goris"; in Turkic the cue follows: "Gorus istiqamətindən"
        after = _words_after(span, text, 3)
        if lex.context["negation"].search(" ".join(span.tokens_before[-6:])) or \
                _neither(span, text, lex) or \
                (lex.context["no_event"].search(" ".join(span.tokens_before[-4:])) and
                 not lex.claims["before"].search(span.sentence.text) and
                 not lex.claims["denial"].search(span.sentence.text)) or \
                lex.context["hospital"].search(before) or \
                lex.context["hospital"].search(after) or _went_to(span, text, lex) or \
                (lex.context["funeral"].possible(span.sentence.text) and
                 lex.context["funeral"].search(after if lex.verb_final else " ".join(
                     [*span.tokens_before[-3:], _words_after(span, text, 1)]))) or \
                _reference_point(span.tokens_before, lex) or \
                (lex.verb_final and _DISTANCE.search(after)) or \
                lex.context["facing"].search(after if lex.verb_final
                                             else " ".join(span.tokens_before[-4:])) or \
                (lex.context["seat"].search(after if lex.verb_final
                                            else " ".join(span.tokens_before[-6:])) and
                 not _seat_hit(span, place, text, lex, info,
                               self._named_at.get(span.sentence.index, ()))) or \
                lex.context["calm"].search(after) or \
                _across_the_border(span.tokens_before, lex) or \
                lex.context["home"].search(f"{before2} {_words_after(span, text, 5)}"
                                           if lex.verb_final
                                           else " ".join(span.tokens_before[-4:])) or \
                lex.context["home_after"].search(_words_after(span, text, 7)) or \
                _war_since(span, text, lex) or self._holds_next(span, place, text, lex):
            # "not in Nagorno-Karabakh", "taken to hospital in Berd", "в Бердский медцентр";
            # reference points: "à une quinzaine de kilomètres de Goris", "a town that faces
            # Gazakh district"; seats: "the head of Berd community", "the villages around Berd";
            # calm: "the border of Tavush stayed calm"; home: "a native of Goris", "Արենի գյուղից է"
            return "context"
        if info and info.denial and not lex.verb_final and (
                lex.context["stationed"].search(" ".join(span.tokens_before[-3:])) or
                _own_units_at(span, text, lex)):
            # "… denied it: its units stationed in the Lachin district …", "said its units in
            # the Zangilan direction did not fire": where the denier's units stand
            return "context"
        if info and info.reports_attack and not _other_topic(span, lex) and \
                not _quoted_name(span, text, lex) and not _of_the_past(span, info) and \
                not _road_between(span, text, lex):
            return "event_location"
        return "context"

    def _holds_next(self, span: _Span, place: Place | None, text: str, lex: Lexicon) -> bool:
        """A name written as the address of a place named next, one the gazetteer knows
        within 30 km ("Կապանի համայնքի Արծվանիկ գյուղի մոտակայքում", near Artsvanik village
        of the Kapan community): the place is the one named next (a village the gazetteer
        lacks leaves its address the place to pin)."""
        if place is None:
            return False
        words = _TOKEN.findall(text[span.end:span.sentence.end])[:4]
        k = _address_of_next(words, lex)
        return k is not None and k < len(words) and _is_name_like(words[k]) and any(
            haversine_km(place.lat, place.lon, (near := self.gaz.place(row)).lat,
                         near.lon) <= 30
            for row, _, _ in self._rows(words[k], lex.language))

    def _followed_by_speech(self, span: _Span, text: str, lex: Lexicon) -> bool:
        """A speech or denial verb within the next words ("Baku said", "В Баку эти сведения
        опровергли"): the capital speaks for its government."""
        # past an aside: "В Баку, в свою очередь, заявили"
        after = " ".join(_TOKEN.findall(text[span.end:span.end + 60])[:5])
        return bool(lex.claims["before"].search(after) or lex.claims["denial"].search(after))

    def _acting(self, span: _Span, text: str, lex: Lexicon, info: SentenceInfo | None) -> bool:
        before = " ".join(span.tokens_before[-_CUE_WORDS:])
        if lex.context["government"].search(before) or lex.claims["after"].search(before):
            return True
        if self._followed_by_speech(span, text, lex):
            return True
        return bool(info and (info.event_types or info.figures))


def dateline_span(text: str, lines: Sequence) -> tuple[int, int]:
    """Span of a dateline ("YEREVAN, KOMPAS.com -", "Moskow (ANTARA) -", "ЕРЕВАН, 14
    сентября 2022."), or (0, 0)."""
    body = [line for line in lines if line.kind == "body"][:2]
    for line in body:
        m = _DATELINE.match(text[line.start:line.end])
        # (no sentence ends in the head, but an abbreviated month may: "GORIS, Nov. 23 —")
        if not (m and not re.search(r"[.!?](\s|$)", _ABBREVIATION.sub("", m.group("head")))):
            m = _DATELINE_DATED.match(text[line.start:line.end]) or \
                _DATELINE_AGENCY.match(text[line.start:line.end])
            m = m if m and m.group("head")[0].isupper() and _DIGIT_WORD.search(m.group("head")) \
                else None
        if m:
            return line.start, line.start + m.end("head")
    # a dateline on a line of its own ("Bakı, 12 iyun, XəbərMərkəzi"), before the body
    for line in [line for line in lines if line.kind in ("headline", "header")][:3]:
        m = _DATELINE_AGENCY.match(text[line.start:line.end])
        if m and line.start + m.end("head") >= line.end:
            return line.start, line.end
    return 0, 0


_QUOTED = re.compile(r"[«“\"„]([^«»“”\"„\n]{1,60})[»”\"“]")


def _quoted_name(span: _Span, text: str, lex: Lexicon) -> bool:
    """A name inside a short quoted name ("l'association « Ponts vers le Syunik »", "газета
    «Голос Армении»"): at most five words, no event or weapon word, so an outlet's or a
    group's name, not what a speaker said happened."""
    sentence = span.sentence
    for m in _QUOTED.finditer(sentence.text):
        start, end = sentence.start + m.start(1), sentence.start + m.end(1)
        if start <= span.start and span.end <= end:
            inner = m.group(1)
            return len(inner.split()) <= 5 and not lex.any_event.search(inner) and \
                not lex.any_weapon.search(inner)
    return False


def _neither(span: _Span, text: str, lex: Lexicon) -> bool:
    """A name opening a Turkic "neither … nor" pair ("ne Kelbecer ne de Laçın yönünde"),
    whose "nor" half follows within a few words."""
    return bool(span.tokens_before) and \
        lex.context["neither"].fullmatch(span.tokens_before[-1]) is not None and \
        lex.context["negation"].match(
            " ".join(_TOKEN.findall(text[span.end:span.end + 40])[:2])) is not None


def _other_topic(span: _Span, lex: Lexicon) -> bool:
    """A digest's title lists its topics between commas ("Evening briefing: budget vote,
    border shooting, snow on the Dilijan road"): a name in a topic with no event, weapon or
    casualty word of its own, and words besides names, belongs to another story; so does
    one in a title's clause set beside border fire ("In rebuilt Shusha, Azerbaijan
    celebrates as border shooting persists")."""
    sentence = span.sentence
    if not sentence.headline or "," not in sentence.text:
        return False
    at = span.start - sentence.start
    topic = sentence.text[sentence.text.rfind(",", 0, at) + 1:]
    topic = topic.split(",", 1)[0]
    if lex.any_event.search(topic) or lex.any_weapon.search(topic) or \
            any(lex.casualties[c].search(topic) for c in ("killed", "wounded", "captured")):
        return False
    if sentence.text.count(",") == 1:
        # "In rebuilt Shusha, Azerbaijan celebrates as border shooting persists": the
        # shooting is the border's, in a clause set beside the story's own
        rest = sentence.text.replace(topic, " ", 1)
        events = list(lex.any_event.finditer(rest))
        return bool(events) and all(
            lex.context["border"].search(rest, max(0, e.start() - 10), e.start()) and
            lex.context["concurrent"].search(rest, 0, e.start()) for e in events)
    return any(w[:1].islower() and not lex.context["list_joiners"].fullmatch(w)
               for w in _TOKEN.findall(topic))


def _title_cased(sentence: Sentence) -> bool:
    """A headline with nearly every word capitalised ("Azerbaijan Gempur Goris, Sotk"): a
    capital before a name says nothing of a first name there."""
    if not sentence.headline:
        return False
    words = [w for w in _TOKEN.findall(sentence.text) if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _speech_next(after: str, lex: Lexicon) -> bool:
    """Whether the words right after a name are a speech verb ("reports", "said")."""
    words = " ".join(_TOKEN.findall(after)[:2])
    return any(lex.claims[key].match(words) for key in ("before", "after", "body_verbs")
               if key in lex.claims)


def _origin_address(mentions: list[Mention], text: str, lex: Lexicon,
                    party_stems: tuple[str, ...]) -> list[Mention]:
    """The district or region written as the address of a place fire came from, after it
    ("from the Davit Bek settlement of Kapan region", "… Noyemberyan, provinsi Tavush"), or
    before it in verb-final languages ("Ararat bölgesindeki Yeraskh köyü yakınlarında
    mevzilenen …"), is where the fire came from too, not a place hit; so is the address of a
    place named only for context, such as the town of a funeral ("Տավուշի մարզի Բերդ
    քաղաքում հողին հանձնվեց …")."""
    out = list(mentions)
    # (a country named on the way is part of the address: "…, in Armenia's Tavush province")
    places = [k for k, m in enumerate(out) if not (m.place is not None and
                                                  m.place.kind == "country")]
    for j in range(1, len(places)):
        a, b = out[places[j - 1]], out[places[j]]
        k = places[j]
        # (verb-final languages write the holder first: "Ararat bölgesindeki Yeraskh köyü …")
        holder, place = (a, b) if lex.verb_final else (b, a)
        if a.sentence != b.sentence or holder.role != "event_location" or \
                place.role not in ("origin", "context"):
            continue
        # only the words of an address between them: "settlement of", "de la", ", provinsi";
        # verb-final, ending in a holder's suffix ("bölgesindeki", "rayonunun"), not
        # "Tovuz rayonu Berd istiqamətindən" (the district hit, from Berd)
        words = re.findall(r"[\w'’]+", text[a.end:b.start].lower())
        if not all(any(lex.context[key].fullmatch(w) for key in _ADDRESS_KEYS) or
                   fold(w).startswith(party_stems)  # "…, in Armenia's Tavush province"
                   for w in words) or re.search(r"[;:.()]", text[a.end:b.start]) or \
                (lex.verb_final and
                 not _HOLDER_END.search((words or a.surface.lower().split())[-1])):
            continue
        at = places[j - 1] if lex.verb_final else k
        if (holder.place is not None and holder.place.kind in ("district", "region")) or \
                lex.context["district_cue"].match(text[holder.end:holder.end + 25].lstrip()):
            out[at] = replace(holder, role=place.role)
    return out


_ADDRESS_KEYS = ("address_words", "village_cue", "town_cue", "district_cue")
_HOLDER_END = re.compile(r"(?:k[iı]|n?[ıiuüə]n|ի)$")  # Turkic "-ki", "-nın"; Armenian "-ի"


def _war_since(span: _Span, text: str, lex: Lexicon) -> bool:
    """A place of the war a clash is measured against ("the deadliest since the 2020 war
    over Nagorno-Karabakh", "sejak perang … memperebutkan Nagorno-Karabakh"; in verb-final
    languages "Dağlık Karabağ'daki savaştan bu yana")."""
    sentence = span.sentence
    since, war = lex.context["since"], lex.context["war"]
    if lex.verb_final:
        after = text[span.end:min(sentence.end, span.end + 50)]
        found = war.search(after)
        return found is not None and not re.search(r"[,;]", after[:found.start()]) and \
            since.search(after, found.end()) is not None
    if not since.possible(sentence.text):  # (most sentences: one cached look)
        return False
    cues = list(since.regex.finditer(text, sentence.start, span.start))
    if not cues:
        return False
    found = war.regex.search(text, cues[-1].end(), span.start)
    # "since the 2020 war over Nagorno-Karabakh", not "since the 2020 war, with shells in Sotk"
    return found is not None and len(text[cues[-1].end():found.start()].split()) <= 3 and \
        not re.search(r"[,;]", text[found.end():span.start])


_CLAUSE_END = re.compile(r"[;.!?]")


def _went_to(span: _Span, text: str, lex: Lexicon) -> bool:
    """Where people went to get away from the fire ("some residents moved to relatives in
    Yeghegnadzor", "Yeğeğnadzor'daki akrabalarının yanına taşındı"), unless an event is told
    of the name in its own clause ("relatives in Sotk were wounded in the shelling")."""
    if not lex.context["refuge"].possible(span.sentence.text):
        return False
    if lex.verb_final:
        after = _words_after(span, text, 5)
        found = lex.context["refuge"].search(after)
        return found is not None and not lex.any_event.search(after[:found.start()])
    before = " ".join(span.tokens_before[-_CUE_WORDS:])
    found = list(lex.context["refuge"].finditer(before))
    # (its clause runs on past a comma: "fled to Vardenis, where shells also hit two houses")
    clause = _CLAUSE_END.split(text[span.end:span.sentence.end], maxsplit=1)[0]
    return bool(found) and not lex.any_event.search(before[found[-1].end():]) and \
        not lex.any_event.search(clause)


def _reference_point(before: list[str], lex: Lexicon) -> bool:
    """A distance just before the name, with only a direction or preposition between
    ("15 km from Goris", "à une quinzaine de kilomètres au sud-est de Goris"), not a list
    going on ("20 km from the border, and Goris")."""
    window = before[-5:]
    hits = [k for k, word in enumerate(window) if _DISTANCE.fullmatch(word)]
    return bool(hits) and not any(lex.context["list_joiners"].fullmatch(w)
                                  for w in window[hits[-1] + 1:])


def _support(m: Mention) -> tuple[bool, float]:
    """How well a mention's resolution is supported: one a cue word chose ("Tovuz rayonu",
    "the village of …") first, then by score."""
    return "cue fits" in m.reason, m.score


def _stem(span: _Span) -> str:
    """The folded name without the case ending or apostrophe suffix its match took off
    ("Tovuzda", "Tovuz'da" → "tovuz"), so that a name's case forms count as one name; a
    Russian adjective ("Ордубадском районе") names the district, so it stays a name of its
    own."""
    if any(q in span.surface for q in "'’ʼ") and \
            any(why == "suffix after apostrophe" for _, _, why in span.rows):
        return fold(re.split(r"['’ʼ]", span.surface)[0])  # "Tovuz'da" is Tovuz
    ending = next((why[len("case ending -"):] for _, _, why in span.rows
                   if why.startswith("case ending -")), "")
    if ending.startswith("ск"):
        return span.key
    ending = fold(ending)
    if not ending or not span.key.endswith(ending):
        return span.key
    return span.key[:-len(ending)]


def _opens(sentence: Sentence, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (after any quote or bracket)."""
    return not any(ch.isalnum() for ch in sentence.text[:start - sentence.start])


# Names joined by dashes, each capitalised ("-Kapan", " – Ağbend")
_DASH_NEXT = re.compile(rf"(?:\s?[-–—]\s?{_UPPER}[\w'’]*)+")
_DASH_BEFORE = re.compile(rf"{_UPPER}[\w'’]*\s?[-–—]\s?$")


def _road_between(span: _Span, text: str, lex: Lexicon) -> bool:
    """The name is an end of a road or line named by its ends ("the Goris-Kapan road",
    "Horadiz-Ağbend otoyolunun Zengilan kesiminde", "Kars-Iğdır-Nahçıvan demiryolu")."""
    after = text[span.end:span.sentence.end]
    joined = _DASH_NEXT.match(after)
    if joined is None and not _DASH_BEFORE.search(text[span.sentence.start:span.start]):
        return False
    rest = after[joined.end():] if joined else after
    return bool(lex.context["road"].match(" ".join(rest.split()[:2])))


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")  # "Sotk, which was also hit in 2022"


def _of_the_past(span: _Span, info: SentenceInfo) -> bool:
    """An earlier year closes the name's clause ("wounds he had suffered near Jermuk during
    the fighting of September 2022"), whatever else the sentence dates today."""
    if not info.past:
        return False
    end = span.end - span.sentence.start
    others = [o.start for o in info.date_refs if o not in info.past]
    text = info.sentence.text
    return any(0 <= r.start - end <= 50 and not any(end <= o < r.start for o in others) and
               not _CLAUSE_BREAK.search(text, end, r.start) for r in info.past)


def _words_after(span: _Span, text: str, n: int) -> str:
    """The next ``n`` words of the span's sentence (where Turkic postpositions stand)."""
    return " ".join(_TOKEN.findall(text, span.end, min(span.sentence.end, span.end + 30 * n))[:n])


def _spoken_at(span: _Span, lex: Lexicon) -> bool:
    """"… said in Goris", "told reporters in Ijevan", "a déclaré aux journalistes à Berd":
    the place follows a speech verb, its audience (``context.audience``) at most between."""
    words = span.tokens_before
    if len(words) < 2 or not lex.context["locative"].fullmatch(words[-1]):
        return False
    head = " ".join(words[-6:-1])
    return any((not head[m.end():].strip() or
                lex.context["audience"].fullmatch(head[m.end():].strip())) and
               not passive_before(head, m.start(), lex)  # not "Shelling was reported in Sotk"
               for m in lex.claims["before"].finditer(head))


def _seat_hit(span: _Span, place: Place | None, text: str, lex: Lexicon,
              info: SentenceInfo | None, named_at: Sequence[int]) -> bool:
    """"The head of the village of Berkaber said gunfire had hit his village": the seat of
    the official telling is the village hit, when the attack told after it falls on 'the
    village' (``context.anaphor``) or its people (``context.local_resident``: "a bullet
    wounded a local resident"), and the sentence names no other place after it ("… wounded
    a resident of Voskepar") nor calls it calm."""
    if info is None or not info.reports_attack or place is None or \
            place.kind not in ("village", "town") or any(at > span.end for at in named_at):
        return False
    rest = text[span.end:span.sentence.end]
    if lex.context["calm"].search(rest):
        return False
    return lex.context["local_resident"].search(rest) is not None or \
        lex.context["anaphor"].search(rest) is not None


_SETTLEMENTS = ("town", "village")


def _one_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two settlements' names side by side (or one beside a name the gazetteer lacks), with
    only a space between, are one name the gazetteer lacks: "Baganis Ayrum" of Gazakh is
    neither Armenia's Baghanis nor its Ayrum. It stays unresolved, placed only as the text
    places it."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        pair = (last.place, m.place) if last is not None else ()
        if pair and all(p is None or p.kind in _SETTLEMENTS for p in pair) and \
                any(pair) and (not all(pair) or pair[0].id != pair[1].id) and \
                text[last.end:m.start] == " " and last.sentence == m.sentence and \
                "dateline" not in (last.role, m.role):
            both = sorted({last.role, m.role}, key=lambda r: r != "event_location")[0]
            words = (last.surface, m.surface)
            apart = ", ".join(p.name if p else w for p, w in zip(pair, words, strict=True))
            # (a holder's refusal stays the reason: "Qazax rayonunun Bağanis Ayrım kəndi")
            why = last.reason if last.reason.startswith(REFUSED) else _UNRESOLVED
            out[-1] = replace(last, end=m.end, surface=text[last.start:m.end], role=both,
                              place=None, score=0.0,
                              reason=f"{why}; its words name two places apart ({apart})")
            continue
        out.append(m)
    return out


def _across_the_border(before: list[str], lex: Lexicon) -> bool:
    """The name follows "border with", perhaps with its district word between ("à la
    frontière avec le district de Latchine", "on the border with the Lachin district"): it
    says what lies across, not where fire fell."""
    words = before[-6:]
    while words and not lex.context["border_with"].fullmatch(" ".join(words[-2:])):
        if not (_is_cue(words[-1], lex) or (words[-1].islower() and len(words[-1]) <= 3)):
            return False
        words = words[:-1]
    return bool(words)


def _origin(before: list[str], lex: Lexicon, party_stems: tuple[str, ...] = ()) -> bool:
    """Fire came from here: an origin cue ("from the direction of the village of", "dari
    arah", "со стороны") opens the words before the name, with no locative, 'toward' cue or
    weapon after it (in "из стрелкового оружия окраину села Кут" the cue brings the weapon)."""
    window = " ".join(before[-_CUE_WORDS:])  # "from the direction of the village of": 7 words
    found = list(lex.context["origin"].finditer(window))
    longer = not found
    if longer:
        # a longer cue ("provenaient de la direction de la ville arménienne de"), with no
        # other name on the way ("from the direction of Berd at positions in the …")
        window = " ".join(before[-_BEFORE:])
        found = list(lex.context["origin"].finditer(window))
        if not found or any(w[:1].isupper() for w in window[found[-1].end():].split()):
            return False
    rest = window[found[-1].end():]
    words = rest.split()
    if any(w[:1].isupper() and not fold(w).startswith(party_stems) and
           any(lex.context["locative"].fullmatch(x) for x in words[k + 1:]) and
           any(lex.context["positions"].fullmatch(x) for x in words[k + 1:])
           for k, w in enumerate(words)):
        # "depuis Movses sur des positions du district de Tovouz": Movses's; not an address
        # ("со стороны села Мовсес в Тавушской области")
        return False
    stationed = lex.context["stationed"].search(rest)
    held = stationed is not None and not lex.any_weapon.search(rest, 0, stationed.start())
    if (held and (not longer or lex.context["positions"].search(rest, 0, stationed.start()))) \
            or (not longer and _firing_position(rest, lex)):
        # "с позиций, расположенных в Товузском районе", "с позиций в Бердском", "provenaient
        # de positions azerbaïdjanaises situées dans le district de"; not "из пулеметов по
        # нашим позициям, расположенным в …", where the cue brings the weapon
        return True
    # ("Les tirs provenaient de Kelbajar et ont touché", "Des obus venus de l'autre côté ont
    # touché le village de": a verb ends the origin's phrase)
    return not (lex.context["toward"].search(rest) or lex.any_weapon.search(rest) or
                lex.context["auxiliary"].search(rest) or lex.any_event.search(rest) or
                re.search(r"\b(in|at|on|di|ke|в|на|à|dans)\b", rest))


def _own_units_at(span: _Span, text: str, lex: Lexicon) -> bool:
    """"its units in the Zangilan direction", "ses unités le long de …": the speaker's own
    units just before the name, with no event word between them or just before them ("fired
    on its positions in the Tovuz district" names a place hit)."""
    if "own_units" not in lex.context:
        return False
    before = text[max(span.sentence.start, span.start - 60):span.start]
    found = list(lex.context["own_units"].finditer(before))
    if not found:
        return False
    units = found[-1]
    between, ahead = before[units.end():], before[max(0, units.start() - 20):units.start()]
    # "… its positions in Kalbajar had come under Armenian mortar fire": fire on them, unless
    # denied ("its units in the Zangilan direction did not fire")
    clause = re.split(r"[,;:]", text[span.end:min(span.sentence.end, span.end + 60)])[0]
    hit = lex.any_event.search(clause)
    # ("ses unités déployées dans le district de Tovouz")
    return len(between) <= 35 and not lex.any_event.search(between) and \
        not lex.any_event.search(ahead) and \
        (hit is None or bool(lex.context["negation"].search(f"{ahead} {clause[:hit.start()]}")))


def _firing_position(rest: str, lex: Lexicon) -> bool:
    """After "from": only position words, a party, a settlement cue, a preposition and
    short function words ("с позиций у села", "dari posisi Armenia di", "from Armenian
    positions near the town of"), so the name is where the firing positions are; any other
    word ("… hit houses in", "from Azerbaijani troops near") ends that."""
    # ("с позиций в направлении высоты": a two-word 'toward' is one word here)
    words = lex.context["toward"].regex.sub("_", rest).split()
    if not 0 < len(words) <= 6 or any(lex.context["onto"].fullmatch(w) for w in words):
        return False  # "dari wilayah Azerbaijan ke desa": the fire goes to the name
    owned = False  # a positions word before, and no locative since
    for w in words:
        positions = bool(lex.context["positions"].fullmatch(w))
        # the positions' owners may be named as troops ("dari posisi pasukan Azerbaijan di
        # sekitar", "from the positions of Azerbaijani troops near"), not troops alone nor
        # troops the fire went to ("from their positions on Armenian troops near Sotk")
        if not (positions or _is_name_like(w) or _is_cue(w, lex) or w == "_" or
                lex.context["height"].fullmatch(w) or (len(w) <= 3 and w.islower()) or
                any(lex.context[key].fullmatch(w) for key in ("locative", "toward")) or
                lex.claims["personal"].fullmatch(w) or  # "from their positions in the Sharur"
                (owned and lex.context["troops"].fullmatch(w))):
            return False
        owned = positions or (owned and not lex.context["locative"].fullmatch(w))
    return True


def _stationed(span: _Span, text: str, lex: Lexicon, party_stems: tuple[str, ...]) -> bool:
    """The attackers' own place: "units of Armenia stationed near Khoznavar … subjected our
    positions to fire", "подразделения ВС Армении, расположенные в районе Ерасх, подвергли
    обстрелу": a party's units, a 'stationed' word just before the name, and the event told
    only after it ("Sotk, located in Gegharkunik, was shelled" names no party's units), and
    not as fire they came under ("des positions arméniennes situées près d'Agarak avaient
    essuyé des tirs": there they were hit)."""
    # ("deployed on the outskirts of the town of Noyemberyan")
    if not lex.context["stationed"].search(" ".join(span.tokens_before[-_CUE_WORDS:])):
        return False
    sentence = span.sentence
    opening = text[sentence.start:span.start]
    rest = text[span.end:sentence.end]
    return any(fold(w).startswith(party_stems) for w in _TOKEN.findall(opening)) and \
        not lex.any_event.search(opening) and \
        bool(lex.any_event.search(rest)) and not lex.context["undergo"].search(rest)


_ABLATIVE = re.compile(r"case ending -(?:dan|dən|den|tan|ten|ից)$")


def _origin_after(span: _Span, text: str, lex: Lexicon, party_stems: tuple[str, ...]) -> bool:
    """Verb-final languages: an origin postposition closes the name's phrase, perhaps a few
    words on ("Gorus istiqamətindən", "Yuxarı Şorca kəndi yaxınlığındakı mövqelərdən",
    "Բերձորի հատվածում տեղակայված դիրքերից"), before any 'toward' word (a relative
    "-ki" form, "yaxınlığındakı", only describes the positions), unless another name or a
    party owns the positions ("Ermeni mevzilerinden"). A name in the ablative
    ("Zəngilandan", "Գորիսից") is an origin itself."""
    if span.rows and all(_ABLATIVE.search(why) for _, _, why in span.rows):
        return True
    words = _TOKEN.findall(text[span.end:span.sentence.end])[:6]
    for k, word in enumerate(words):
        if lex.context["origin"].fullmatch(word):
            # "Kubadlı'da … Ermeni mevzilerinden açılan ateş": the origin is another's, but
            # not an alias's ("Tovuzqala (Berd) istiqamətindən")
            alias = k == 1 and text[span.end:span.end + 3].lstrip().startswith("(")
            if k + 1 < len(words) and lex.context["partitive"].fullmatch(words[k + 1]):
                return False  # "mövqelərimizdən birinin üzərinə": one of them, hit
            # "Gədəbəy rayonu ərazisində Ermənistan silahlı qüvvələrinin mövqelərindən": a
            # party named on the way owns the positions
            return k == 0 or alias or _holds_origin(words[:k], lex, party_stems) or \
                not (words[k - 1][:1].isupper() or
                     any(fold(w).startswith(party_stems) for w in words[:k]))
        if lex.context["stationed"].fullmatch(word) and k + 2 < len(words) and \
                fold(words[k + 1]).startswith(party_stems) and \
                lex.context["troops"].fullmatch(words[k + 2]) and \
                not lex.passive.search(text, span.end, span.sentence.end):
            # "Yeraskh köyü yakınlarında mevzilenen Ermeni birlikleri …" fired from there;
            # not when they "ateş altına alındı" (were fired on there)
            return True
        # "Çinari kəndi istiqamətində yerləşən mövqelərdən": "located toward" describes
        descriptive = word.endswith(("ki", "kı")) or \
            (k + 1 < len(words) and bool(lex.context["stationed"].fullmatch(words[k + 1])))
        if (lex.context["toward"].fullmatch(word) and not descriptive) or \
                lex.any_event.match(word):
            return False
    return False


def _address_of_next(words: list[str], lex: Lexicon) -> int | None:
    """Where the next name starts when the words after a name make it that name's address:
    district words, then a 'part of' word ("bölgesine bağlı Berd", "rayonunun Berd",
    "համայնքի Արծվանիկ"); None when they do not."""
    k = 0
    while k < len(words) and _is_cue(words[k], lex) and \
            not lex.context["part_of"].fullmatch(words[k]):
        k += 1
    return k + 1 if k < len(words) and lex.context["part_of"].fullmatch(words[k]) else None


def _holds_origin(words: list[str], lex: Lexicon, party_stems: tuple[str, ...]) -> bool:
    """The words between a district's name and an origin's cue name the origin as a place
    in it ("Tavuş bölgesine bağlı Berd yönünden", "Sünik bölgesine bağlı Gorus", "Tavuş
    rayonunun Berd istiqamətindən"): the district is where the fire came from too; not
    where a party fired from ("Laçın rayonu ərazisində Ermənistan tərəfdən")."""
    k = _address_of_next(words, lex)
    return k is not None and k < len(words) and all(w[:1].isupper() for w in words[k:]) and \
        not any(fold(w).startswith(party_stems) for w in words[k:])


def _before_settlement_cue(text: str, tokens: list, k: int, lex: Lexicon) -> int:
    """Where a name of up to three capitalised words from token ``k`` ends, when a village
    or town cue follows it ("Koxanəbi kəndi", "Yuxarı Əskipara kəndi", "Alibeyli köyünü");
    0 when none does."""
    for j in range(k, min(k + 3, len(tokens) - 1)):
        if j > k and (not tokens[j][2][0].isupper() or text[tokens[j - 1][1]:tokens[j][0]] != " "):
            return 0
        cue = tokens[j + 1]
        if text[tokens[j][1]:cue[0]] == " " and (lex.context["village_cue"].fullmatch(cue[2]) or
                                                 lex.context["town_cue"].fullmatch(cue[2])):
            # "Elvin Məmmədov kəndinə qayıdıb": a person going home, not a village
            return 0 if _SURNAME.search(tokens[j][2]) else tokens[j][1]
    return 0


def _after_settlement_cue(before: str, lex: Lexicon) -> bool:
    """A village or town cue among the last three words ("the village of", "desa")."""
    words = " ".join(before[-30:].split()[-3:])
    return bool(words) and bool(lex.context["village_cue"].search(words) or
                                lex.context["town_cue"].search(words))


def _calendar_word(surface: str, lex: Lexicon) -> bool:
    """Month and weekday names ("Mei", "Selasa", "Kasım'da") are never places."""
    word = re.split(r"['’]", surface, maxsplit=1)[0]  # a Turkish case ending after an apostrophe
    return bool(lex.months.fullmatch(word) or lex.weekdays.fullmatch(word))


def _anchor_coords(anchors: list[Place]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lat = np.radians([a.lat for a in anchors])
    return lat, np.radians([a.lon for a in anchors]), np.cos(lat)


def _cue_bonus(cue: str | None, kind: str) -> float:
    if cue == "district_cue":
        return 0.6 if kind in ("district", "region") else 0.0
    if cue == "village_cue":
        return 0.3 if kind == "village" else 0.0
    if cue == "town_cue":
        return 0.3 if kind in ("town", "village") else 0.0
    if cue == "state_cue":
        return 0.3 if kind == "region" else 0.0
    return 0.0


