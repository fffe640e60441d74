"""Cross-script person names: one person written in Cyrillic and in Latin letters.

A Russian report names "Лукашенко", "Тихановский", "Кит Келлог", "Коул"; the English ones
"Lukashenko"/"Lukashenka", "Tsikhanouski"/"Tikhanovsky", "Keith Kellogg", "Coale". Two routes
make them one actor, tried in this order:

1. **Romanisation** (East-Slavic names): the Cyrillic name is transliterated under several
   systems (``data/translit.json``: ICAO/passport, BGN/PCGN, scholarly, Belarusian Latin)
   and each result is compared with the Latin name by the existing variant rules
   (:mod:`counterpoint.knowledge.names`: phonetic skeleton that keeps gender endings apart,
   given-name equivalence classes). Лукашенко -> Lukashenko = Lukashenka; Тихановский ->
   Tikhanovskii = Tsikhanouski; Кит Келлог -> Kit Kellog = (surname) Kellogg.
2. **Consonant key** (English names in Russian transcription, which follows English sound,
   not spelling): both names reduced to their consonant frame with English spelling folded
   (th -> t, c -> k/s, w -> v, silent final e, vowels dropped), plus a feminine-ending mark.
   Keith -> "kt" = Кит; Coale -> "kl" = Коул; Wells -> "vls" = Уэллс. This key is coarse, so
   it is only used across scripts and only where the romanisation route fails, and the
   caller (align/actors.py) joins by it only when exactly one candidate exists.

What keeps distinct people apart: the gender ending is part of both keys (Тихановская is not
Tsikhanouski), given names must agree when both are given (Виктор Лукашенко is not Alexander
Lukashenko), and nothing here merges two Latin names that names.py keeps apart.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from .names import _ascii, given_compatible, parse_name, skeleton, strip_titles


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("counterpoint").joinpath("data/translit.json").read_text("utf-8"))


SYSTEMS: tuple[str, ...] = ("icao", "bgn", "scholarly", "belarusian")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """Whether a name is written (mostly) in Cyrillic letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _CYRILLIC.match(c)) * 2 > len(letters)


@functools.lru_cache(maxsize=1 << 14)
def romanize(text: str, system: str = "icao") -> str:
    """``text`` with its Cyrillic letters transliterated under ``system`` (Latin kept)."""
    d = _data()
    table: dict[str, str] = d["systems"][system]
    vowels = set(d["vowels"]) | {"ъ", "ь"}
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low in table:
            rep = table[low]
            if system == "bgn" and low in d["bgn_ye"] and (not prev.isalpha() or prev in vowels):
                rep = d["bgn_ye"][low]
            if ch.isupper() and rep:
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
        else:
            out.append(ch)
        prev = low
    return "".join(out)


def latin_variants(name: str) -> list[str]:
    """The Latin spellings of a name to compare: the name itself when Latin, else its
    romanisation under each system (distinct ones, ICAO first)."""
    if not is_cyrillic(name):
        return [name]
    return list(dict.fromkeys(romanize(name, s) for s in SYSTEMS))


# English spelling folded towards the sound a Russian transcription writes down.
_CROSS_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^u(?=[eiao])", "v"),  # Уэллс / Уильям: English initial W
        (r"shch|sch", "S"),
        (r"dzh|dj|j", "J"),  # Джонс / Jones
        (r"tch|ch", "C"),
        (r"sh", "S"),
        (r"zh", "Z"),
        (r"kh", "h"),
        (r"ts|tz", "c"),
        (r"th", "t"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"w", "v"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"(?<=[^aeiouy])e$", ""),  # silent final e: Coale, Wilde
        (r"h", ""),
    )
)
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){2,3}")  # "JD", "J.D.", "A. J."
_FEMININE = re.compile(r"(aya|aia|aja|ia|ova|eva|iova|yova|ina|yna|ska|ava|ona|ena)$")


@functools.lru_cache(maxsize=1 << 14)
def cross_key(word: str) -> str:
    """A coarse consonant key for comparing a word across scripts (see the module docstring):
    consonant frame, doubled letters collapsed, "F" appended for a feminine ending."""
    w = re.sub(r"[^a-z]", "", _ascii(romanize(word, "icao")))
    if not w:
        return ""
    female = bool(_FEMININE.search(w)) and len(w) > 4
    for pat, rep in _CROSS_RULES:
        w = pat.sub(rep, w)
    w = re.sub(r"[aeiouy]", "", w)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w + ("F" if female else "")


@functools.lru_cache(maxsize=1 << 14)
def name_key(word: str) -> str:
    """The consonant key (:func:`cross_key`) of a capitalised word in either script, a Cyrillic
    one taken without its case ending (``data/translit.json`` "case_endings"): "Путина",
    "Putin's" and "Putin" all key "ptn", "Трампом" and "Trump" "trmp". Used to compare the
    names two sentences in different languages share (align/coref), so coarser than a
    person-name key: no feminine mark (Аляска / Alaska) and z read as s (Израиль / Israel)."""
    w = word.strip("'’").removesuffix("'s").removesuffix("’s")
    if is_cyrillic(w):
        low = w.lower().replace("ё", "е")
        end = next((e for e in _data()["case_endings"] if low.endswith(e) and len(low) - len(e) >= 3), "")
        w = w[: len(w) - len(end)]
    return cross_key(w).rstrip("F").replace("z", "s")


def given_compatible_any(a: str | None, b: str | None) -> bool:
    """Can two given names (either script) denote one person: compatible under some
    romanisation (names.given_compatible), or, across scripts, the same consonant key
    (Кит / Keith)."""
    if not a or not b:
        return True
    if any(given_compatible(x, y) for x in latin_variants(a) for y in latin_variants(b)):
        return True
    if is_cyrillic(a) != is_cyrillic(b) and len(a.rstrip(".")) > 1 and len(b.rstrip(".")) > 1:
        cyr, lat = (a, b) if is_cyrillic(a) else (b, a)
        table: dict[str, list[str]] = _data()["english_given"]
        cyr_key = cyr.lower().replace("ё", "е")
        if _INITIALS.fullmatch(lat):  # "JD" spelled out as "Джей Ди": its first letter's name
            return cyr_key in _data()["letter_names"].get(lat[0].lower(), [])
        if lat.lower() in table:  # a listed English name matches only its transcriptions
            return cyr_key in table[lat.lower()]
        if any(cyr_key in forms for forms in table.values()):
            return False  # "Кейт" is Kate, so not an unlisted Latin name that sounds alike
        ka, kb = cross_key(a), cross_key(b)
        return bool(ka) and ka == kb
    return False


def surname_keys(name: str) -> list[str]:
    """The surname skeletons (names.skeleton) of every Latin variant of a person name."""
    keys = []
    for v in latin_variants(name):
        p = parse_name(v)
        if p is not None:
            keys.append(skeleton(p.surname))
    return list(dict.fromkeys(k for k in keys if k))


def surname_cross_key(name: str) -> str:
    """The consonant key of a person name's surname (the last word, titles stripped)."""
    words = strip_titles(name).split()
    return cross_key(words[-1].strip('.,;:"()[]')) if words else ""


def surname_cross_keys(name: str) -> tuple[str, ...]:
    """:func:`surname_cross_key`, and for a Cyrillic surname written with г before a vowel the
    key with г read as a foreign h (``data/translit.json`` "h_as": Нетаниягу keys like
    Netanyahu), and with ц the key with ц read as a German z ("z_as": Мерц keys like Merz),
    the plain key first."""
    key = surname_cross_key(name)
    if not is_cyrillic(name):
        return (key,)
    d = _data()
    # only before a vowel: a final г is a g ("Келлог" is Kellogg, never "Kello-h")
    before_vowel = re.compile(f"([{''.join(d['h_as'])}])(?=[{''.join(d['vowels'])}])", re.I)
    as_h = before_vowel.sub(lambda m: d["h_as"][m[1]], name)
    as_z = re.sub(f"[{''.join(d['z_as'])}]", lambda m: d["z_as"][m[0]], name)
    return tuple(dict.fromkeys((key, surname_cross_key(as_h), surname_cross_key(as_z))))


def same_person_any_script(a: str, b: str) -> bool:
    """Whether two person names in any scripts can denote one person: romanisation route
    (surname skeletons shared, given names compatible), else, across scripts only, the
    consonant-key route (surnames' keys equal and at least two consonants long, given names
    compatible)."""
    pa = [parse_name(v) for v in latin_variants(a)]
    pb = [parse_name(v) for v in latin_variants(b)]
    ga = next((p.given for p in pa if p is not None), None)
    gb = next((p.given for p in pb if p is not None), None)
    given_a = strip_titles(a).split()[0] if ga else None
    given_b = strip_titles(b).split()[0] if gb else None
    if set(surname_keys(a)) & set(surname_keys(b)):
        return given_compatible_any(given_a, given_b)
    if is_cyrillic(a) == is_cyrillic(b):
        return False
    ka, kb = surname_cross_key(a), surname_cross_key(b)
    if len(ka.rstrip("F")) < 2 or ka != kb:
        return False
    return given_compatible_any(given_a, given_b)


__all__ = [
    "SYSTEMS",
    "cross_key",
    "given_compatible_any",
    "is_cyrillic",
    "latin_variants",
    "name_key",
    "romanize",
    "same_person_any_script",
    "surname_cross_key",
    "surname_cross_keys",
    "surname_keys",
]
