"""Settings the stages share: the region the corpus is about and the parties to the conflict.

The defaults describe the Armenia–Azerbaijan border; another conflict gets its own
:class:`Region` passed to :func:`geo.pipeline.extract_incidents`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Region:
    """The area a corpus reports on: a prior for place resolution and the parties.

    ``sides`` maps an ISO country code to folded word stems that name that party in text
    (country, demonym, capital) in the supported languages.
    """

    name: str = "Armenia–Azerbaijan border"
    lat: float = 39.9
    lon: float = 45.9
    radius_km: float = 400.0
    weight: float = 0.6
    sides: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_SIDES))
    belligerents: tuple[str, ...] = ("AM", "AZ")
    # A party's own language: a story in it with no dateline is that party's home news, so
    # an unqualified "the Ministry of Defence" is its own.
    home_languages: dict[str, str] = field(default_factory=lambda: {"hy": "AM", "az": "AZ"})

    def party_stems(self) -> tuple[str, ...]:
        """Stems long enough to tell a party's name or adjective ("arméniens", "ermeni")
        from an ordinary word."""
        return tuple(sorted({s for stems in self.sides.values() for s in stems if len(s) >= 4}))


DEFAULT_SIDES: dict[str, tuple[str, ...]] = {
    "AM": ("armenia", "armenian", "armeni", "armen", "armyan", "armenie", "armenien", "ermeni",
           "ermenistan", "ermeniya", "yerevan", "erevan", "irevan", "erivan", "hayastan",
           "haykakan", "erewan", "hh"),  # ՀՀ: the Republic of Armenia
    "AZ": ("azerbaijan", "azerbaijani", "azeri", "azerbajdzhan", "azerbaydzhan", "azerbaycan",
           "azerbaidjan", "azerbaidzhan", "baku", "bakou", "baki", "adrbejan",
           "bakv"),  # Armenian Բաքվի, Բաքվում (of, in Baku)
    "RU": ("russia", "russian", "rusia", "rossi", "rossiya", "rusya", "rusiya", "russie",
           "moscow", "moskow", "moskva", "moscou", "kremlin", "kreml", "rrusastan", "rrusakan"),
    "TR": ("turkey", "turkish", "turki", "turkiye", "turtsi", "turquie", "ankara", "turkia",
           "turkakan"),
    "FR": ("france", "french", "prancis", "perancis", "frantsi", "fransa", "paris"),
    "US": ("amerika serikat", "united states", "washington", "ssha", "abd"),
    "IR": ("iran", "iranian", "tehran"),
    # not a country: the European Union and its monitoring mission report incidents too
    "EU": ("european union", "eu", "euma", "evrosoyuz", "evropeyskiy soyuz",
           "evropeyskogo soyuz", "evropeyskomu soyuz", "evropeyskim soyuz", "union europ",
           "uni eropa", "avrupa birlig", "avropa ittifaq", "evropakan miut"),
}

#: No regional prior: for corpora about anywhere (e.g. the public geoparsing benchmarks).
WORLD = Region(name="world", weight=0.0, radius_km=1.0, belligerents=(), home_languages={})
