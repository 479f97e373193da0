"""Claim attribution: who says what (the claimant and the side it speaks for), who is said
to have attacked whom, and whose casualties a figure counts. Rules per language from the
lexicons; sides come from :class:`geo.settings.Region`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer import fold

from .events import Figure, SentenceInfo, called_a_report
from .lexicon import Lexicon, Terms
from .settings import Region

# ։ and ՝ are the Armenian full stop and pause.
_DAY_IN_BRACKETS = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_CLAUSE_END = re.compile(r"[,.;:!?\"“”«»()\[\]։՝]|\s[-–—]\s")
_QUOTE_OPEN = "\"“«‘'"
_MAX_WORDS = 8
_POSSESSIVE = re.compile(r"\w+nya\b|\b(its|their|own|our)\b|\bsvoi\w*|\bkendi\b|\bleurs?\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence's claim comes from."""

    claimant: str | None
    side: str | None


def sides_in(text: str, region: Region) -> list[tuple[int, str]]:
    """(offset, ISO code) of every party the text names (country, demonym or capital).
    Remembered for recent texts: several rules ask this of the same sentence."""
    key = (text, id(region))
    seen = _SIDES_SEEN.get(key)
    if seen is None:
        if len(_SIDES_SEEN) >= 4096:
            _SIDES_SEEN.clear()
        # The region is kept with its answer, so that its id is not reused meanwhile.
        seen = _SIDES_SEEN[key] = (region, _sides_in(text, region))
    return list(seen[1])


_SIDES_SEEN: dict[tuple[str, int], tuple[Region, tuple[tuple[int, str], ...]]] = {}


def _sides_in(text: str, region: Region) -> tuple[tuple[int, str], ...]:
    found = []
    single, double = _stems(region)
    words = list(_WORD_RE.finditer(text))
    for k, m in enumerate(words):
        word = fold(m.group(0))
        iso = _match_stem(word, single)
        if iso is None and k + 1 < len(words):
            iso = _match_stem(f"{word} {fold(words[k + 1].group(0))}", double)
        if iso is not None:
            found.append((m.start(), iso))
    return tuple(found)


_WORD_RE = re.compile(r"[^\W\d_]+")
_STEMS: dict[int, tuple[Region, dict[str, list[tuple[str, str]]],
                        dict[str, list[tuple[str, str]]]]] = {}


def _stems(region: Region) -> tuple[dict, dict]:
    """The region's side stems indexed by their first three letters (one and two words)."""
    key = id(region)
    if key not in _STEMS:
        single: dict[str, list[tuple[str, str]]] = {}
        double: dict[str, list[tuple[str, str]]] = {}
        for iso, stems in region.sides.items():
            for stem in stems:
                (double if " " in stem else single).setdefault(stem[:3], []).append((stem, iso))
        _STEMS[key] = (region, single, double)  # the region kept: its id stays its own
    return _STEMS[key][1:]


def _match_stem(word: str, index: dict[str, list[tuple[str, str]]]) -> str | None:
    for stem, iso in index.get(word[:3], ()):
        if word.startswith(stem):
            return iso
    return None


def side_of(text: str, region: Region) -> str | None:
    """The first party named in ``text``."""
    found = sides_in(text, region)
    return found[0][1] if found else None


# Where a speaker phrase ends ("the ministry said on Tuesday", "… that …"); never its first
# word, so that "В Баку заявили" (Baku said) keeps "В Баку".
_PHRASE_STOP = re.compile(
    r"(?<=\S)\s(?:pada|on|в|во|dalam|in a|bahwa|that|что|kepada|to|que|devant|lors|during|"
    r"перед|эти|это|эту|этот|эта|данные|такие)\s.*$", re.IGNORECASE)  # "В Баку эти сведения …"


def _trim(phrase: str, lex: Lexicon) -> str:
    """Cut a speaker phrase at a date or a that-clause, and drop a trailing weekday."""
    words = _PHRASE_STOP.sub("", f" {phrase} ").split()
    while words and not any(c.isalnum() for c in words[0]):
        words = words[1:]  # a bullet or a dash: "• Armenia says …"
    if words and lex.weekdays.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) > 1 and lex.weekdays.fullmatch(words[0]):
        words = words[1:]  # "a annoncé dimanche le ministère": the day is no part of it
    elif len(words) > 2 and len(words[0]) <= 3 and lex.weekdays.fullmatch(words[1]):
        words = words[2:]  # "сообщила в пятницу пресс-секретарь …", "said on Friday the …"
    return " ".join(words)


def _phrase_after(text: str, pos: int, lex: Lexicon) -> str:
    tail = _CLAUSE_END.split(text[pos:], maxsplit=1)[0]
    return _trim(" ".join(tail.split()[:_MAX_WORDS]), lex)


def speaker_before(text: str, pos: int, lex: Lexicon, region: Region | None = None) -> str:
    """The speaker before a speech verb: the clause's last words, without an auxiliary and
    the up to three words after it ("Bakou a pour sa part accusé", "Baku has also
    accused"), an adverb ("Baku kembali menuding") or a word opening the clause ("but")."""
    # (a day in brackets between speaker and verb: "Kementerian … pada Sabtu (20/1) membantah")
    head = _CLAUSE_END.split(_DAY_IN_BRACKETS.sub(" ", text[:pos]))[-1]
    words = head.split()[-_MAX_WORDS:]
    if not words:  # (an apposition is bounded by its commas)
        words = _apposition(text[:pos], lex, region).split()
    phrase = " ".join(words)
    phrase = _trim(phrase, lex)  # (the day's words go too)
    phrase = _cut_tail(_cut_tail(phrase, lex.context["auxiliary"], 3),
                       lex.context["speaker_adverb"], 0)
    opener = lex.context["clause_opener"].match(phrase)
    if opener and phrase[opener.end():].strip():
        phrase = phrase[opener.end():]
    # "В Министерстве обороны Армении информацию азербайджанской стороны назвали …": the
    # report named before the verb is what is spoken of, not who speaks
    report = lex.claims["report_noun"].search(phrase)
    if report is not None and any(_name_like(w) for w in phrase[:report.start()].split()):
        phrase = phrase[:report.start()]  # (not "… — a claim Baku denied")
    return _trim(phrase.strip(" ,"), lex)


def _apposition(before: str, lex: Lexicon, region: Region | None) -> str:
    """"The head of Berkaber, Arman Hakobyan, said", "Arman Hakobyan, the village head,
    said": a speaker set off by commas, with the short clause before it that names the
    same person (not an event's clause: "Shells hit Tegh, Hakobyan, its head, said")."""
    stripped = before.rstrip()
    if not stripped.endswith(","):
        return ""
    cuts = [m.start() for m in _CLAUSE_END.finditer(stripped[:-1])]
    if not cuts or stripped[cuts[-1]] != ",":
        return ""
    start = cuts[-2] + 1 if len(cuts) > 1 else 0
    first = stripped[start:cuts[-1]]
    if (len(cuts) > 1 and stripped[cuts[-2]] != ",") or len(first.split()) > _MAX_WORDS or \
            lex.any_event.search(first):
        first, start = "", cuts[-1] + 1
    described = stripped[cuts[-1] + 1:].lstrip()[:1].islower()
    if lex.context["venue"].search(stripped[cuts[-1]:]) or \
            (described and region is not None and side_of(first, region)):
        # "Aram Torosyan, speaking at a briefing in Yerevan, said"; "Turkey, a close ally
        # of Baku, said": Turkey
        return first
    phrase = stripped[start:-1]
    # an office or a person's full name, not a place described ("Jermuk, known for its
    # mineral water, lies …")
    if lex.context["government"].search(phrase) or lex.context["local_office"].search(phrase) \
            or any(len(p.split()) >= 2 and all(_name_like(w) for w in p.split())
                   for p in phrase.split(",")):
        return phrase
    return ""


def passive_before(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a passive auxiliary ("were", "a été") stands just before ``pos``."""
    aux = lex.claims.get("passive_aux")
    tail = " ".join(text[max(0, pos - 40):pos].split()[-2:])
    return aux is not None and any(m.end() == len(tail) for m in aux.finditer(tail))


def _cut_tail(phrase: str, terms: Terms, words: int) -> str:
    """``phrase`` cut before a term of ``terms`` (never its first word) that at most
    ``words`` words follow."""
    for m in terms.finditer(phrase):
        if m.start() > 0 and len(phrase[m.end():].split()) <= words:
            return phrase[:m.start()].rstrip()
    return phrase


def _parenthetical(text: str, m: re.Match[str]) -> bool:
    """", it said," inside a sentence."""
    return text[:m.start()].rstrip().endswith(",") and text[m.end():].lstrip().startswith(",")


def _opening(text: str, region: Region, lex: Lexicon) -> str:
    """A party's name opening the sentence before a comma ("Azerbaijan, which …",
    "Минобороны Азербайджана, в свою очередь, …", "Армянское ведомство, в свою очередь,
    …"): capitalised words or government nouns, naming a party."""
    head = text.split(",", 1)[0].strip()
    words = head.split()
    return head if len(words) <= 4 and side_of(head, region) and \
        all(_name_like(w) or lex.context["government"].fullmatch(w) for w in words) else ""


def opening_actor(text: str, lex: Lexicon, region: Region) -> Attribution | None:
    """A party's institution opening a sentence that quotes no one ("Минобороны
    Азербайджана изложило события иначе."): the one a pronoun after it refers to
    ("Согласно его заявлению, …")."""
    words = []
    for word in text.split()[:4]:
        # (a party's adjective too: "Le ministère azerbaïdjanais …")
        if not (_name_like(word) or lex.context["government"].fullmatch(word) or
                (words and side_of(word, region) is not None)):
            break
        words.append(word)
    phrase = " ".join(words)
    side = side_of(phrase, region)
    if not phrase or side is None or side not in region.belligerents or \
            not any(lex.context["government"].fullmatch(w) for w in words):
        return None
    return Attribution(phrase, side)


def _subject(text: str, lex: Lexicon) -> str:
    """Verb-final languages: the speaker opens the sentence ("Erivan, …", "Azerbaycan
    Savunma Bakanlığına göre …"): up to the first comma or government noun, five words,
    after a day's label ("Pazartesi: Azerbaycan Savunma Bakanlığı, …"), a rubric or a live
    entry's stamp and heading."""
    label, colon, rest = text.partition(":")
    if colon and len(label.split()) <= 4 and \
            (lex.weekdays.search(label) or lex.months.search(label) or _ENTRY_STAMP.match(label)
             or (_rubric(label) and not lex.context["government"].search(label))):
        text = rest  # "22.05 - SON DAKİKA: …", "23.50 - Erivan'dan karşı iddia: …"
    told = lex.claims["personal"].match(text.lstrip())
    if told:  # "Açıklamaya göre salı gecesi ise …": the statement quoted before
        return told.group(0)
    text = text.lstrip()
    opener = lex.context["clause_opener"].match(text)
    if opener:  # "Xatırladaq ki, Ermənistan Müdafiə Nazirliyi …" (let us recall that …)
        text = text[opener.end():].lstrip(" ,")
    words = _CLAUSE_END.split(text, maxsplit=1)[0].split()[:5]
    topic = lex.context.get("topic")
    for k, word in enumerate(words):
        ending = " ".join(words[max(0, k - 2):k + 1])
        office = lex.context["government"].search(ending)
        if office is not None and office.end() == len(ending):
            return " ".join(words[:k + 1])  # (a two-word office: "իրավունքների պաշտպանը")
        if k and topic is not None and topic.fullmatch(word):
            return " ".join(words[:k])  # "Ermenistan ise …": the topic is the speaker
    return " ".join(w for w in words[:3] if _name_like(w)) or ""


_THAT_WORD = re.compile(r"\b(?:that|que|qu|что|bahwa)\b", re.IGNORECASE)


def _closing_teller(rest: str, lex: Lexicon) -> bool:
    """Verb-final: a government closing the sentence right after the verb ("…, հայտնել է
    ՀՀ ՊՆ-ն։") is who tells it, whatever word opens the sentence."""
    words = rest.strip().rstrip("։.:!?»\"”").split()
    return 0 < len(words) <= 4 and bool(lex.context["government"].search(" ".join(words)))


def _inverted(text: str, verb: re.Match[str], lex: Lexicon) -> bool:
    """A plain speech verb after a comma or a quote, a government word among its next three
    words, and nothing more said in its clause: the speaker follows ("…, a annoncé le
    ministère arménien", "…», said the ministry"); not "…, accused the Armenian government
    of …" nor "…, told parliament that …"."""
    if not text[:verb.start()].rstrip().endswith((",", "»", '"', "”")) or \
            lex.claims["accuse"].match(text, verb.start()):
        return False
    clause = _CLAUSE_END.split(text[verb.end():], maxsplit=1)[0]
    return not _THAT_WORD.search(clause) and \
        any(lex.context["government"].fullmatch(w) for w in clause.split()[:3])


def _trailing_speaker(text: str, pos: int, lex: Lexicon, region: Region,
                      denial: bool = False) -> str:
    """Verb-final languages: a speaker between the last comma and a closing speech verb
    (``denial``: a denial's) ("…, Müdafiə Nazirliyi bildirib", "…, Erivan açıkladı"), or
    ""."""
    if text[pos:].strip(" .!\"”»").count(" ") > 2:
        return ""  # the verb does not close the sentence
    _, comma, phrase = text[:pos].rpartition(",")
    # ("…", - nazirliyin məlumatında bildirilir: an office in lower case after a quote)
    phrase = phrase.strip().lstrip("-–—").strip()
    words = phrase.split()
    while len(words) > 1 and not _name_like(words[0]) and \
            not lex.context["government"].match(" ".join(words)):
        words = words[1:]  # "…, bu barədə Müdafiə Nazirliyi bildirib": "about this" is no one
    phrase = " ".join(words)
    if not comma or not phrase or len(words) > 4:
        return ""
    last = next((w.strip(_QUOTES) for w in reversed(words) if w.strip(_QUOTES)), "")
    if GENITIVE.search(last) or _COMPLEMENT.search(last) or \
            (denial and lex.claims["report_noun"].fullmatch(last) and
             not _LOCATIVE_END.search(last)):
        return ""  # "…, Bakü'nün açıklamalarının "asılsız" olduğunu savundu": what is said;
        # "…, Azerbaycan tarafının açıklaması gerçeği yansıtmıyor": what is denied (not
        # "…, - nazirliyin məlumatında bildirilir", in the ministry's statement)
    return phrase if lex.context["government"].search(phrase) or side_of(phrase, region) \
        else ""


_QUOTES = "\"«»“”„'"


def _within_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation that opens the sentence ("«Эта информация
    не соответствует действительности», — говорится в заявлении")."""
    opened = text.lstrip(" —–-")[:1]
    if opened not in _QUOTES or opened in "»”'":
        return False
    before = text[:pos]
    if before.count("«") > before.count("»") or \
            before.count("“") + before.count("„") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


_LOCATIVE_END = re.compile(r"[dt][aeə]$")
# A Turkic reported clause's verb ("olduğunu", "yapılmadığını", "etdiyini"): what is said.
_COMPLEMENT = re.compile(r"[dt][ıiuüə][ğy][ıiuü]n[ıiuü]$", re.IGNORECASE)


def _name_like(word: str) -> bool:
    return word[:1].isupper()


def _body_verbs(text: str, lex: Lexicon) -> list[re.Match[str]]:
    """Speech verbs that are nouns too ("reports"), where a government word says they are
    verbs: "The Defence Ministry reports shelling", not "Armenian reports of shelling"."""
    verbs = lex.claims.get("body_verbs")
    if verbs is None:
        return []
    return [m for m in verbs.finditer(text)
            if lex.context["government"].search(
                " ".join(text[max(0, m.start() - 40):m.start()].split()[-1:]))]


def attribute(info: SentenceInfo, lex: Lexicon, region: Region,
              previous: Attribution | None, home: str | None = None) -> Attribution:
    """The claimant of a sentence: "kata X", "menurut X", "X said", "according to X"…;
    a pronoun cue ("katanya", "it said") refers back to ``previous``. ``home`` is the party
    of the place the story is datelined in (for an unqualified "the ministry")."""
    text = info.sentence.text
    candidates: list[tuple[int, str]] = []
    label = _SPEAKER_LABEL.match(text)
    if label:
        # "Минобороны Армении: …" in a title; "07:12 BAKU — FLASH — Azerbaijani ministry:
        # …" in a wire flash, where the label must name a government
        phrase = _LABEL_PARTS.split(label.group(1))[-1].strip()
        start = label.end(1) - len(phrase)
        # "LIVE:", "LANGSUNG:", "CANLI:" head a title as a rubric, and a day a round-up's
        # paragraph, not a speaker
        rubric = (_rubric(phrase) and
                  not (lex.context["government"].search(phrase) or side_of(phrase, region))) or \
            bool(lex.weekdays.search(phrase) or lex.months.search(phrase))  # "Pazartesi:"
        # (not a sentence leading into its quote: "X ise açıklamayı "dezenformasyon" olarak
        # nitelendirdi: "…"" has its speaker before its verb)
        told = any(lex.claims[key].search(phrase) for key in ("before", "calling", "denial"))
        if plausible(phrase, lex, region) and not rubric and not told and (
                all(_name_like(w) for w in phrase.split()) if info.sentence.headline
                else bool(lex.context["government"].search(phrase))):
            candidates.append((start, phrase))
    for m in lex.claims["after"].finditer(text):
        if lex.claims["relative"].match(text, m.end() + 1) or text[m.end():m.end() + 1] == "-":
            continue  # "les affirmations selon lesquelles …" report a claim; no one speaks;
            # "en fin d'après-midi" is no "d'après"
        phrase = _phrase_after(text, m.end(), lex)
        if phrase and previous is not None and lex.claims["personal"].match(phrase):
            # "», — написал он", "Согласно его заявлению": the one quoted before
            candidates.append((m.start(), phrase))
            continue
        if lex.verb_final and not (phrase and plausible(phrase, lex, region)):
            # "ՀՀ ՊՆ-ն տեղեկացնում է, որ …": the verb that may precede its speaker follows
            # it here, and the speaker opens the sentence.
            phrase = _subject(text[:m.start()], lex)
        # "said the Armenian side had used …", "says the shots came from the Azerbaijani
        # positions …" are the reported clause, not a speaker
        if phrase and plausible(phrase, lex, region) and \
                not lex.context["auxiliary"].search(phrase) and \
                not lex.any_event.search(phrase) and not lex.context["positions"].search(phrase):
            candidates.append((m.start(), phrase))
    called = called_a_report(text, lex)  # "X called the report 'a provocation'"
    denials = [*lex.claims["denial"].finditer(text), *([called] if called else [])]
    callings = list(lex.claims["calling"].finditer(text))
    for m in [*lex.claims["before"].finditer(text), *denials, *_body_verbs(text, lex)]:
        if m not in denials and passive_before(text, m.start(), lex):
            continue  # "No deaths were reported": what was reported, not who reports
        # "X a qualifié ces affirmations de « mensongères »": X is who calls them so
        at = max((c.start() for c in callings if c.start() < m.start()), default=m.start()) \
            if m in denials else m.start()
        phrase = (_trailing_speaker(text, m.start(), lex, region, m in denials) or
                  _subject(text, lex)) if lex.verb_final else speaker_before(text, at, lex,
                                                                              region)
        if not lex.verb_final and m not in denials and _inverted(text, m, lex):
            # "…, a annoncé le ministère arménien de l'Intérieur": the speaker follows
            phrase = _phrase_after(text, m.end(), lex)
        if lex.verb_final and m not in denials and \
                lex.context["government"].match(text[m.end():].lstrip()):
            # "…, հայտնել է գյուղապետը": an office named after the verb is who says it
            phrase = _phrase_after(text, m.end(), lex)
        elif lex.verb_final and _name_like(text[m.end():].lstrip()) and \
                (not (phrase and plausible(phrase, lex, region)) or
                 _closing_teller(text[m.end():], lex)):
            # the speaker after its verb, as Armenian also writes ("Այս մասին հայտնել է
            # Տեղի համայնքապետը")
            phrase = _phrase_after(text, m.end(), lex)
        if lex.verb_final and m in denials and phrase and \
                GENITIVE.search(phrase.split()[-1].strip(_QUOTES)):
            continue  # "Nazirliyinin yaydığı məlumat yalandır": whose report is false
        if m in denials and not lex.verb_final and _within_quote(text, m.start()):
            continue  # "«Эта информация не соответствует действительности», — …": the
            # words before a quoted denial are the quote's, not its speaker
        if m in denials and phrase and not lex.verb_final and \
                (lex.claims["denial"].search(phrase) or lex.claims["before"].search(phrase)):
            continue  # "X dismissed the report as a fabrication": X, found at its own verb
        if phrase and lex.claims["personal"].fullmatch(phrase) and previous is not None:
            candidates.append((m.start(), phrase))  # "It accused …": the one just quoted
            continue
        if not lex.verb_final and \
                lex.context["list_joiners"].fullmatch((text[:m.start()].split() or [""])[-1]):
            # "X called the report 'a provocation' and said …": the first verb's subject
            first = min((c.start() for c in (*callings, *denials) if c.start() < m.start()),
                        default=None)
            if first is not None:
                phrase = speaker_before(text, first, lex, region)
        if not (phrase and plausible(phrase, lex, region)) and not lex.verb_final:
            # "Azerbaijan, which blames …, says …", "Минобороны Азербайджана, в свою
            # очередь, заявило …"
            phrase = _opening(text, region, lex)
        if phrase and plausible(phrase, lex, region) and \
                not lex.context["list_joiners"].search(phrase.split()[-1]):
            candidates.append((m.start(), phrase))
    official = [c for c in candidates if lex.context["government"].search(c[1]) or
                side_of(c[1], region) or lex.claims["personal"].match(c[1])]
    if official:
        candidates = official  # "APA-nın məlumatına görə, … Nazirliyi məlumat yayıb"
    if candidates:
        # A quote's attribution follows it; otherwise the speaker of the event's clause
        # ("Moscow said …, but Armenia reported shelling near Vardenis": Armenia), which is
        # the last one before the event word, else the earliest.
        candidates.sort()
        phrase = candidates[-1][1] if text.lstrip()[:1] in _QUOTE_OPEN or \
            _QUOTE_THEN_TELLER.search(text) else _event_speaker(text, candidates, lex)
        parties = {iso for _, iso in sides_in(phrase, region)}
        side = parties.pop() if len(parties) == 1 else None
        if lex.claims["personal"].match(phrase) and previous is not None:
            # "It said …" is the one just quoted, named as before, so that its claims join;
            # "Its ministry said" keeps its words and takes the side
            # (and "Eyni zamanda bildiririk", we also inform: a verb, no office of its own)
            if previous.claimant and lex.claims["personal"].fullmatch(phrase) and \
                    (" " not in phrase or not (parties or
                                                lex.context["government"].search(phrase))):
                return previous
            return Attribution(phrase, side or previous.side)  # "Ведомство Азербайджана"
        if side is None and not parties:
            # "In Baku, the Defence Ministry …": the capital opening the clause is its side
            opening = text[:max(text.find(phrase), 0)].strip(" ,")
            named = {iso for _, iso in sides_in(opening, region)}
            if len(named) == 1 and len(opening.split()) <= 3 and \
                    lex.context["locative"].match(opening):
                side = named.pop()
        named = phrase.split()[1:] if _ARTICLE.match(phrase) else phrase.split()
        office = lex.context["government"]
        if side is None and not parties and previous and previous.side and \
                (office.fullmatch(phrase.split()[-1]) or
                 # "…, ministry spokesman Gevorg Hakobyan said" after that ministry spoke
                 (home is None and office.search(phrase) and previous.claimant is not None
                  and office.search(previous.claimant) is not None)) and \
                not (home and len(named) > 1):
            # "the ministry", "Bakanlık": the one just quoted; not "Müdafiə Nazirliyi" in
            # a story from Baku, its own
            side = previous.side
        if side is None and not parties and home and office.search(phrase):
            # "the Defence Ministry" in a story datelined in a party's place; but "a
            # spokeswoman for the ministry" (lower case) or "Kementerian itu" (that
            # ministry) just after a ministry spoke is its
            offices = {fold(m.group(0)) for m in office.finditer(previous.claimant)} \
                if previous is not None and previous.side and previous.claimant else set()
            # ("этого ведомства", "Kementerian itu" point back to the teller just before,
            # however it was named: "pihak Baku")
            pointed = previous is not None and previous.side and \
                any(_pointed(phrase, m, lex) for m in office.finditer(phrase))
            lower = any(m.group(0)[:1].islower() and fold(m.group(0)) in offices
                        for m in office.finditer(phrase))
            side = previous.side if pointed or lower else home
        return Attribution(phrase, side)
    pronoun = lex.claims["pronoun"].search(text)
    if previous and pronoun and (pronoun.start() < 15 or pronoun.end() > len(text) - 25 or
                                 _parenthetical(text, pronoun)):
        return previous
    if info.figures and _POSSESSIVE.search(text):
        parties = sides_in(text[:info.figures[0].start], region)
        if parties and parties[0][0] < 40:
            pos, iso = parties[0]
            word = re.match(r"[^\W\d_]+", text[pos:])
            return Attribution(word.group(0) if word else iso, iso)
    return Attribution(None, None)


_ARTICLE = re.compile(r"(?:the|le|la|les|l['’])\s", re.IGNORECASE)

# A quote closed by a comma and a dash before its teller ("…", - nazirliyin məlumatında
# bildirilir): also when the quote opened a sentence before
_QUOTE_THEN_TELLER = re.compile(r"[»”\"]\s*,\s*[-–—]\s*\w")

# A title opened by its source and a colon ("Azerbaycan: …", "Arménie : …").
# A speaker's label before a colon, after a time stamp, dateline or desk label at most
_SPEAKER_LABEL = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s+)?([^\W\d_][^:\n]{1,80}?)\s?:\s+\S")
_LABEL_PARTS = re.compile(r"\s[-—–|]\s")
_ENTRY_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[-—–|]\s*")


def _rubric(label: str) -> bool:
    """A label in capitals, perhaps after a live page's entry stamp: "LIVE", "SON DAKİKA",
    "22.05 - СРОЧНО"; not an institution's initials ("MSB", "MN", "ՊՆ")."""
    core = _ENTRY_STAMP.sub("", label).strip()
    return core.isupper() and len(core.replace(" ", "")) >= 4


def _event_speaker(text: str, candidates: list[tuple[int, str]], lex: Lexicon) -> str:
    if len(candidates) > 1 and not lex.verb_final:
        event = lex.any_event.search(text)
        # A phrase holding a speech verb is the first speaker going on ("the ministry said
        # … and stressed …"), not a new one.
        verbs = [pos for pos, phrase in candidates if event and pos < event.start() and
                 not lex.claims["before"].search(phrase)]
        if verbs:  # the first reading of the last speech verb before the event word
            return next(phrase for pos, phrase in candidates if pos == verbs[-1])
    return candidates[0][1]


_ADDRESS_BEFORE = re.compile(r"([^\W\d_][\w'’-]*),\s+$")
_ADDRESS_AFTER = re.compile(r"[^\W\d_]+\s*(?:[,.;)]|$)")


def _address(text: str, pos: int) -> bool:
    """A country named as a place's address ("di distrik Tovuz, Azerbaijan, yang tertembak",
    "in Tavush, Armenia."): no party acting."""
    place = _ADDRESS_BEFORE.search(text[max(0, pos - 40):pos])
    return place is not None and place.group(1)[0].isupper() and \
        _ADDRESS_AFTER.match(text, pos) is not None


def _pointed(phrase: str, office: re.Match[str], lex: Lexicon) -> bool:
    """Whether a word next to the office points back to one named before ("Kementerian
    itu", "that ministry", "этого ведомства")."""
    before = phrase[:office.start()].split()[-1:]
    after = phrase[office.end():].split()[:1]
    return any(lex.context["demonstrative"].fullmatch(w.strip(",.")) for w in before + after)


def plausible(phrase: str, lex: Lexicon, region: Region) -> bool:
    """A speaker: an institution, a party, an agency or a capitalised name — not the
    positions fired at ("des positions azerbaïdjanaises dans le district …")."""
    head = next((w for w in phrase.split() if fold(w) not in lex.common), "")
    if lex.context["positions"].fullmatch(head):
        return False
    if lex.context["government"].search(phrase) or side_of(phrase, region) or \
            lex.context["local_office"].search(phrase):
        return True
    if lex.any_event.search(phrase) or lex.any_weapon.search(phrase):
        return False  # "Mortar fire reported near Sotk": what was reported, not who
    # (each part of an apposition: "head of the village of Berkaber, Arman Hakobyan")
    return any(_name_like(w) and fold(w) not in lex.common
               for part in phrase.split(",") for w in part.split()[:4])


def attacker_target(info: SentenceInfo, lex: Lexicon, region: Region,
                    claimant: Attribution) -> tuple[str | None, str | None]:
    """Who attacked whom, as the sentence says it (None where it does not)."""
    text = info.sentence.text
    # Where the event is said: its words, or with none ("Azerbaijani units fired mortars
    # at …") its weapon. The attacker is the subject of an active event verb: "13 were
    # captured after Azerbaijani troops attacked …" has it before "attacked".
    spans = [m.span() for t in info.event_types for m in lex.events[t].finditer(text)] or \
        [m.span() for pattern in lex.weapons.values() for m in pattern.finditer(text)]
    starts = [s for s, _ in spans]
    aux = lex.claims.get("passive_aux")
    active = [s for s in starts
              if aux is None or not aux.search(" ".join(text[:s].split()[-2:]))]
    first = min(active or starts, default=None)
    pairs = _pairings(text, region)
    parties = [(pos, iso) for pos, iso in sides_in(text, region)
               if not (claimant.claimant and _inside(text, pos, claimant.claimant))
               and (not region.belligerents or iso in region.belligerents)
               and not any(a <= pos < b for a, b in pairs) and not _address(text, pos)]
    # "les positions arméniennes … ont été visées", "fired at Armenian positions": a party
    # owning the positions hit is the target (unless they are fired from)
    held = [(pos, iso) for pos, iso in parties if _holds_positions(text, pos, lex)]
    undergo = lex.context["undergo"].search(text)
    if undergo is not None and not lex.verb_final:
        # "des soldats arméniens … ont essuyé des tirs", "Armenian soldiers came under fire"
        held += [(pos, iso) for pos, iso in parties if pos < undergo.start() and
                 (pos, iso) not in held and
                 not lex.any_event.search(text, pos, undergo.start())]
    # "Военнослужащий ВС Армении получил ранение … азербайджанского снайпера": the party
    # of the people a casualty figure counts was hit, and did not attack
    victims = [(pos, iso) for pos, iso in parties
               if any(a <= pos < b for a, b in _casualty_phrases(info, lex))]
    if victims and len(parties) > len(victims):
        parties = [p for p in parties if p not in victims]
    if held and not lex.verb_final:
        parties = [p for p in parties if p not in held]
        if not parties:
            return None, held[0][1]
    attacker = None
    passive = lex.claims["agent"].search(text)
    if passive and not lex.verb_final:
        # The agent of the event or of its casualties ("shelled by", "blessés par"), not of
        # another verb ("tried to cross the border and was stopped by Azerbaijani units").
        words = text[:passive.start()].split()[-7:]  # "blessée mardi en fin d'après-midi"
        joins = [k for k, w in enumerate(words) if lex.context["list_joiners"].fullmatch(w)]
        # (the marker may be the event verb itself: "ditangkap pasukan Azerbaijan")
        lead = " ".join([*(words[joins[-1] + 1:] if joins else words), passive.group()])
        if not (lex.any_event.search(lead) or
                any(lex.casualties[c].search(lead) for c in ("killed", "wounded"))):
            passive = None
    if passive:  # the agent follows the marker, or precedes it in verb-final languages,
        # as the party nearest the marker ("Ermənistan silahlı qüvvələri tərəfindən")
        if lex.verb_final:
            named = sides_in(" ".join(text[:passive.start()].split()[-4:]), region)
            attacker = named[-1][1] if named else None
        else:  # "by Azerbaijani forces", "par des tirs des forces azerbaïdjanaises"
            attacker = side_of(_agent_phrase(text[passive.end():], lex), region)
            marker = passive
            while attacker is None and (marker := lex.claims["agent"].search(
                    text, marker.end(), marker.end() + 40)) is not None:
                # "blessé par une munition larguée par un drone azerbaïdjanais": the agent's
                # own agent
                attacker = side_of(_agent_phrase(text[marker.end():], lex), region)
        if region.belligerents and attacker not in region.belligerents:
            attacker = None
    agent_case = lex.claims.get("agent_case")
    if attacker is None and agent_case is not None:
        # A party in the agent's case: "совершенную армянскими военными" (by Armenian troops)
        attacker = next((iso for pos, iso in parties
                         if agent_case.fullmatch(text[pos:_word_end(text, pos)])), None)
    accuse = lex.claims["accuse"].search(text)
    if attacker is None and accuse:
        if lex.verb_final:  # "İrəvan isə Azərbaycanı … günahlandırır": the other party
            accused = next((iso for pos, iso in parties if pos < accuse.start()
                            and iso != claimant.side), None)
        else:
            accused = side_of(_phrase_after(text, accuse.end(), lex), region)
        attacker = accused if not region.belligerents or accused in region.belligerents else None
    # (or a weapon noun: "un drone azerbaïdjanais a largué …", "an Azerbaijani drone dropped")
    arms = [m.span() for pattern in lex.weapons.values() for m in pattern.finditer(text)] \
        if attacker is None and not lex.verb_final else []
    if attacker is None and lex.adjective_after:
        # A party right after an event noun: "tirs azerbaïdjanais", "serangan Azerbaijan".
        attacker = next((iso for pos, iso in parties for _, e in [*spans, *arms]
                         if pos >= e and not text[e:pos].strip()), None)
    elif attacker is None and not lex.verb_final:
        # A party's adjective right before an event noun: "an Armenian assault",
        # "азербайджанский обстрел".
        attacker = next((iso for pos, iso in parties for s in [*starts, *(a for a, _ in arms)]
                         if pos < s and not text[_word_end(text, pos):s].strip()), None)
    before = [iso for pos, iso in parties if first is not None and pos < first]
    if attacker is None and lex.verb_final:
        # "Ermenistan mevzilerinden açılan ateş", "Ermənistan mövqelərindən": fire came
        # from the party's positions, so that party fired
        attacker = next((iso for pos, iso in parties if first is not None and pos < first
                         and lex.context["positions"].match(head := _head(text, pos)) and
                         _ABLATIVE_END.search(head) and
                         not _partitive_after(text, pos, head, lex)), None)
    if attacker is None and before and lex.passive.search(text):
        return None, before[0]  # "Azərbaycan Ordusunun mövqeləri … atəşə tutulub"
    if attacker is None and before and lex.verb_final:
        # Turkic clauses: the target's noun is in the dative or locative ("Azerbaycan
        # mevzilerine"); the attacker is the nearest other party before the verb.
        agents = [iso for pos, iso in parties if first is not None and pos < first
                  and not _TARGET_CASE.search(_head(text, pos))]
        attacker = agents[-1] if agents else None
    elif attacker is None and before:
        attacker = before[-1]  # the subject stands next to the verb
    target = None
    if first is not None:
        later = [iso for pos, iso in parties if pos > first and iso != attacker]
        if lex.verb_final:
            later = [iso for iso in before if iso != attacker] + later
        target = later[0] if later else None
    return attacker, target


_ABLATIVE_END = re.compile(r"(?:[dt][aeə]n)$", re.IGNORECASE)


def _partitive_after(text: str, pos: int, head: str, lex: Lexicon) -> bool:
    """"Ermenistan mevzilerinden birinin …": one of the party's positions, hit."""
    at = text.find(head, pos)
    following = re.findall(r"[\w'’]+", text[at + len(head):at + len(head) + 20])
    return bool(following) and bool(lex.context["partitive"].fullmatch(following[0]))


def _casualty_phrases(info: SentenceInfo, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans from each casualty figure to its casualty word ("two Armenian soldiers were
    killed"), or over the next three words when that word came first ("killed two
    Armenian soldiers")."""
    text = info.sentence.text
    out = []
    for figure in info.figures:
        word = lex.casualties[figure.category].search(text, figure.end, figure.end + 70)
        end = word.start() if word else \
            figure.end + len(" ".join(text[figure.end:figure.end + 50].split()[:3])) + 1
        out.append((figure.start, end))
    return out


def _holds_positions(text: str, pos: int, lex: Lexicon) -> bool:
    """The party word at ``pos`` qualifies a positions word ("Armenian positions",
    "positions arméniennes", "позиции армянской армии"), not after a 'from' word."""
    words = re.findall(r"[\w'’-]+", text[max(0, pos - 40):pos])
    before = words[-2:]
    after = re.findall(r"[\w'’-]+", text[_word_end(text, pos):_word_end(text, pos) + 30])[:1]
    # "from", or "venus des positions azerbaïdjanaises" (coming from …)
    lead = " ".join(words[-4:-1])
    return any(lex.context["positions"].fullmatch(w) for w in (*before, *after)) and \
        not any(lex.context["origin"].fullmatch(w) for w in before) and \
        not any(m.end() == len(lead) for m in lex.context["origin"].finditer(lead))


# The case of a target's noun in Turkic clauses: dative or locative ("mevzilerine",
# "mövqelərində"), or the accusative of a possessed noun ("mevzilerini", "mövqelərimizi").
_TARGET_CASE = re.compile(r"(?:[ıiuü]?n[aeə]|[yn][aeə]|l[aeə]r[aeə]|n?d[aeə]|n?t[ae]|[ıiuü]n[ıiuü]|"
                          r"[ıiuü]m[ıiuü]z[ıiuü])$", re.IGNORECASE)


_COMPOUND = re.compile(r"[^\W\d_]+(?:[-–][^\W\d_]+)+")


def _pairings(text: str, region: Region) -> list[tuple[int, int]]:
    """Spans of compounds naming two parties ("Armenia-Azerbaijan", "армяно-азербайджанской"):
    they name the conflict, not who attacked."""
    return [m.span() for m in _COMPOUND.finditer(text)
            if len({side_of(part, region) for part in re.split("[-–]", m.group(0))} - {None}) > 1]


def _agent_phrase(after: str, lex: Lexicon) -> str:
    """The words that can name a passive's agent: up to six, ending before a comma or a
    word that opens a place or a target, by the lexicon's locative and 'toward' terms ("by
    drones near Armenian positions" stops at "near", "со стороны села Сотк по
    азербайджанским позициям" at "по")."""
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    words = []
    for m in re.finditer(r"\S+", clause):
        if len(words) == 6 or lex.context["locative"].fullmatch(m.group(0)) or \
                lex.context["toward"].match(clause, m.start()):
            break
        words.append(m.group(0))
    return " ".join(words)


def _word_end(text: str, pos: int) -> int:
    m = re.match(r"[\w'’-]+", text[pos:])
    return pos + (m.end() if m else 0)


# A Turkic genitive ending ("Nazirliyinin", "Ermənistanın"): whose, not who.
GENITIVE = re.compile(r"n?[ıiuü]n$", re.IGNORECASE)
# A noun in a Turkic compound ("Azerbaycan ordusu mevzileri", "Azərbaycan Ordusunun"): the
# third-person possessive (not the "-lı" of an adjective such as "silahlı").
_COMPOUND_MEMBER = re.compile(r"(?:s[ıiuü]|(?<![lL])[ıiuü])$|n?[ıiuü]n$", re.IGNORECASE)
# A Turkic relative participle ("açtığı", "açdıqları", "etdiyi"): a genitive before it is
# its subject ("Azerbaycan ordusunun Sotk'a açtığı ateş", the fire the army opened on Sotk).
_PARTICIPLE = re.compile(r"[dt][ıiuü][ğy][ıiuü]\w*$|[dt][ıiuü][kq]l[aeə]r[ıi]\w*$",
                         re.IGNORECASE)


def _genitive_noun(words: list[str], fallback: str) -> str:
    """The noun a genitive holds, among the lower-case words after the names it holds; the
    genitive itself when a relative participle comes first (then it is a subject)."""
    for w in words:
        if w[:1].isupper():
            continue
        if _PARTICIPLE.search(w):
            return fallback
        if _TARGET_CASE.search(w):
            return w
    return fallback


def _head(text: str, pos: int) -> str:
    """The noun a party's name goes with, in Turkic clauses, or the name itself when
    inflected: compound members and genitives are passed over ("Azərbaycan Ordusunun
    mövqelərini", "Azerbaycan ordusu mevzilerine": the positions)."""
    words = re.findall(r"[\w'’]+", text[pos:pos + 80])[:5]
    if len(words) < 2:
        return words[0] if words else ""
    if words[1][:1].isupper() and not _COMPOUND_MEMBER.search(words[1]):
        if re.search(r"['’]n?[ıiuü]n$", words[0]):
            # "Azerbaycan'ın Gedebey bölgesindeki mevzilere": the genitive holds the noun
            # after the names it holds
            # (a "-ki" word only describes the noun after it: "bölgesindeki mevzilere")
            more = re.findall(r"[\w'’]+", text[pos:pos + 160])[1:9]
            return next((words[0] if _PARTICIPLE.search(w) else w for w in more
                         if not w[:1].isupper() and not w.endswith(("ki", "kı"))), words[0])
        return words[0]  # another name follows
    k = 1
    while k < len(words) - 1 and k < 4 and not _TARGET_CASE.search(words[k]) and \
            _COMPOUND_MEMBER.search(words[k]):
        if GENITIVE.search(words[k]):
            # the genitive's own noun follows at once ("Ordusunun mövqelərini"), or after
            # the names it holds ("Ordusunun Tovuz rayonunun Əlibəyli kəndləri
            # istiqamətində …"); else the genitive is the subject of a verb further on
            # ("güçlerinin aynı saatlerde …")
            if words[k + 1][:1].isupper():
                more = re.findall(r"[\w'’]+", text[pos:pos + 160])[k + 1:k + 9]
                return _genitive_noun(more, words[k])
            return words[k + 1] if _TARGET_CASE.search(words[k + 1]) else words[k]
        k += 1
    return words[k]


def _inside(text: str, pos: int, phrase: str) -> bool:
    at = text.find(phrase)
    return at >= 0 and at <= pos < at + len(phrase)


def casualties_party(figure: Figure, info: SentenceInfo, region: Region,
                     lex: Lexicon) -> str | None:
    """The party a figure's people belong to when the text says so next to them ("two
    Azerbaijani soldiers", "dua tentara Azerbaijan", "deux soldats arméniens")."""
    words = info.sentence.text[figure.end:figure.end + 50].split()[:3]
    noun = next((k for k, w in enumerate(words)
                 if lex.casualties["persons"].fullmatch(w.strip(",.;:"))), None)
    return None if noun is None else side_of(" ".join(words[:noun + 2]), region)


def victim_side(figure: Figure, info: SentenceInfo, region: Region,
                claimant: Attribution) -> str | None:
    """Whose losses a figure counts: a party named right by it, "its/-nya" → the claimant's,
    else the claimant's side (reports mostly count own losses), else unknown."""
    text = info.sentence.text
    window = text[figure.end:figure.end + 40]
    named = side_of(" ".join(window.split()[:4]), region)
    if named:
        return named
    if _POSSESSIVE.search(" ".join(window.split()[:3])):
        return claimant.side
    return claimant.side if claimant.side in region.belligerents else None
