"""Transliteration-aware person-name matching.

Outlets romanise East-European names by different systems (Russian vs Belarusian source
form, BGN/PCGN vs passport vs ad-hoc spellings), so one person shows up as "Alexander
Lukashenko", "Alyaksandr Lukashenka" and "Łukaszenka". Exact string matching splits such a
person into several actors; plain fuzzy matching merges relatives ("Tsikhanouski" the husband
and "Tsikhanouskaya" the wife, "Viktor" the son and "Alexander" the father).

The approach (good practice from ``NOTES-names.md``): reduce each word to a phonetic
*skeleton* that folds the letter groups which carry no meaning across romanisation systems,
but keeps gender endings (-ski vs -skaia, -ov vs -ova) apart; compare surnames by skeleton
and given names through an equivalence table of Belarusian/Russian/English forms, accepting
an initial as compatible with any given name it can abbreviate.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources


def _load() -> dict:
    return json.loads(resources.files("counterpoint").joinpath("data/person_names.json").read_text("utf-8"))


_DATA = _load()
# Titles and honorifics that precede a name and say nothing about who it is.
TITLES = frozenset(_DATA["titles"])
# Given-name equivalence classes (Belarusian / Russian / Ukrainian / English forms); the first
# form is the class key. Forms are compared after :func:`skeleton`, so spelling variants of a
# listed form (Aleksandr/Alexandr, Sergey/Sergei) need not all be listed.
GIVEN_NAME_GROUPS: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in _DATA["given_name_groups"])
# Lower-case words inside a surname ("von der Leyen", "de Gaulle").
NAME_PARTICLES = frozenset(_DATA["name_particles"])

_PATRONYMIC = re.compile(r"(ovich|evich|ovych|evych|ich|ovna|evna|ivna|ichna|ovitch|evitch)$")
_PRE = {
    "ł": "l",
    "Ł": "l",
    "š": "sh",
    "Š": "sh",
    "č": "ch",
    "Č": "ch",
    "ž": "zh",
    "Ž": "zh",
    "ŭ": "u",
    "ў": "u",
    "ß": "ss",
    "ø": "o",
    "’": "",
    "'": "",
    "ʹ": "",
    "ʼ": "",
    "`": "",
}


def _ascii(text: str) -> str:
    """Lower-case ASCII: map letters whose diacritic carries a sound, then strip the rest."""
    text = "".join(_PRE.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Ordered rewrite rules on one lower-case ASCII word. Order matters: multi-letter groups
# before their parts, gender endings normalised before generic y/i folding.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^(ye|je)", "e"),  # Yelena / Jelena / Elena
        (r"tsch", "ch"),  # German ч: Kowaltschuk / Vlasewitsch
        (r"t?tch", "ch"),  # French ч: Kovaltchouk (and Tsvetchuk, its t folded the same way)
        (r"(?<=ch)ou(?=k)", "u"),  # French -tchouk: Kovaltchouk
        (r"qu|q", "kv"),  # Lindquist / Lindqvist / Lindkvist
        (r"(shch|sch|shh|szcz)", "S"),  # щ
        (r"sz", "sh"),  # Polish
        (r"cz", "ch"),  # Polish
        (r"w", "v"),  # Polish / German
        (r"x", "ks"),
        (r"zh", "z"),  # ж
        (r"kh", "h"),  # х
        (r"ts(?=[iey])", "t"),  # Belarusian tsekanne: Tsikhanouski / Tikhanovsky
        (r"dz(?=[iey])", "d"),  # Belarusian dzekanne: Dzmitry / Dmitry
        (r"(ts|tz|c(?!h))", "c"),  # ц
        (r"sk(y|i|iy|ii|yi|yy|ij)$", "skI"),  # masculine adjectival ending
        (r"sk(aya|aja|aia|aya)$", "skA"),  # feminine adjectival ending
        (r"(?<=[aeiou])[yj](?=e)", ""),  # Karayeu / Karaev
        (r"(?<=[aeiou])j", "i"),
        (r"[yj]", "i"),
        (r"(?<=[aoe])u(?=[^aeiou]|$)", "v"),  # Belarusian ў: Tsikhanouski / Tikhanovsky
        (r"(?<=[^aeiou])ia(?=[^aeiou])", "e"),  # Belarusian я / Russian е: Tsviatkou, Sviatlana
        (r"o", "a"),  # Belarusian akanne and -a / Russian -o: Kalesnikava, Lukashenka
        (r"[^a-zA-Z]", ""),
        (r"(.)\1+", r"\1"),  # double letters
    )
)


# Ukrainian/Belarusian "h" is Russian "g" (Hrytsenko/Gritsenko, Serhiy/Sergei, Homiel/Gomel).
# Folding every h would merge unrelated English names (Hill/Gill), so h folds to g only where
# English spelling puts no plain h: word-initial before a consonant ("Hr-"), after l/m/n/r/v/b
# ("Serhiy"), and anywhere (except in the digraphs sh/ch) in a word with an East-Slavic
# surname ending (-enko, -chuk, -ov, -sky, -ich, ...).
_SLAVIC_ENDING = re.compile(
    r"(enko|chuk|czuk|yuk|iuk|ko|ov|ova|ev|eva|yov|sky|ski|skiy|skyi|skii|skyy|ska|skaya|ich|ych|"
    r"vich|vych|yak|iak|ets|ovets|evets|uk|enok|onok|iy|yi)$"
)
_H_ANY = re.compile(r"(?<![sc])h")
_H_SAFE = re.compile(r"^h(?=[^aeiou])|(?<=[blmnrv])h")


@functools.lru_cache(maxsize=1 << 16)
def _word_skeleton(word: str) -> str:
    w = _ascii(word)
    slavic = bool(_SLAVIC_ENDING.search(re.sub(r"[^a-z]", "", w)))
    for pat, rep in _RULES:
        w = pat.sub(rep, w)
    w2 = (_H_ANY if slavic else _H_SAFE).sub("g", w)
    return re.sub(r"(.)\1+", r"\1", w2) if w2 != w else w


def skeleton(name: str) -> str:
    """A phonetic/transliteration key for a name: each word folded, joined by spaces.

    "Lukashenko" and "Łukaszenka" give one key; "Tsikhanouski" and "Tikhanovskiy" give one
    key; "Tsikhanouskaya" keeps a different (feminine) key.
    """
    words = [_word_skeleton(w) for w in re.split(r"[\s\-]+", name.strip()) if w]
    return " ".join(w for w in words if w)


_GIVEN_INDEX: dict[str, int] = {
    _word_skeleton(form): i for i, group in enumerate(GIVEN_NAME_GROUPS) for form in group
}


@dataclass(frozen=True)
class PersonName:
    """A parsed person name: given name (or initial) and surname, titles removed."""

    given: str | None
    surname: str
    initial: bool = False

    @property
    def surname_key(self) -> str:
        return _word_skeleton(self.surname)

    @property
    def full(self) -> bool:
        return self.given is not None and not self.initial


def strip_titles(name: str) -> str:
    """Drop leading titles and honorifics: "President Lukashenko" -> "Lukashenko"."""
    words = name.replace("’s", "").replace("'s", "").split()
    while len(words) > 1 and words[0].lower().rstrip(".,") in TITLES:
        words.pop(0)
    return " ".join(words)


def parse_name(name: str) -> PersonName | None:
    """Split a person name into given name and surname; handles "Surname, Given", initials,
    patronymics and leading titles. ``None`` for an empty string."""
    name = name.strip()
    if "," in name:
        last, _, first = name.partition(",")
        if first.strip() and len(last.split()) == 1:
            name = f"{first.strip()} {last.strip()}"
    words = [w.strip('.,;:"()[]') for w in strip_titles(name).split()]
    words = [w for w in words if w]
    if not words:
        return None
    if len(words) == 1:
        return PersonName(None, words[0])
    surname = words[-1]
    given = words[0]
    initial = len(given) == 1 or (len(given) <= 3 and given.isupper() and "." in name)
    middle = [w for w in words[1:-1] if not _PATRONYMIC.search(w.lower())]
    if len(words) > 2 and middle and len(middle[-1]) > 1 and middle[-1][0].islower():
        surname = " ".join([middle[-1], surname])  # particles: "van der Leyen"
    return PersonName(given, surname, initial)


_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){2,3}")  # initials used as a given name: "JD", "J.D.", "A. J."


@functools.lru_cache(maxsize=1 << 16)
def given_compatible(a: str, b: str) -> bool:
    """Can two given names (or initials) denote the same person? Two or three capital
    initials ("JD Vance") compare by their first one, as a single initial does."""
    ka, kb = _word_skeleton(a), _word_skeleton(b)
    if not ka or not kb:
        return True
    if _INITIALS.fullmatch(a) or _INITIALS.fullmatch(b):  # "JD" / "J.D": the first initial decides
        a, b = (a[0], b) if _INITIALS.fullmatch(a) else (a, b[0])
    if len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1:
        ini, other = (a, b) if len(a.rstrip(".")) == 1 else (b, a)
        ini_k = _ascii(ini)[0]
        group = _GIVEN_INDEX.get(_word_skeleton(other))
        forms = GIVEN_NAME_GROUPS[group] if group is not None else (other,)
        return any(_ascii(f).startswith(ini_k) for f in forms)
    if ka == kb:
        return True
    ga, gb = _GIVEN_INDEX.get(ka), _GIVEN_INDEX.get(kb)
    return ga is not None and ga == gb


def same_person(a: str, b: str) -> bool:
    """True when two name strings can denote the same person: surname skeletons equal and,
    when both give a given name or initial, those are compatible."""
    pa, pb = parse_name(a), parse_name(b)
    if pa is None or pb is None:
        return False
    if skeleton(pa.surname) != skeleton(pb.surname):
        return variant_of(pa, pb)
    if pa.given and pb.given:
        return given_compatible(pa.given, pb.given)
    return True


_VOWEL_RUN = re.compile(r"([aeiou])[aeiou]+")
_SILENT_E = re.compile(r"(?<=[^aeiou])e$")


@functools.lru_cache(maxsize=1 << 16)
def loose_surname_key(surname: str) -> str:
    """A looser key for a surname written back from a sound-based spelling: Russian-language
    sources spell English names as they sound (Coale -> Коул -> "Coel"), so a vowel digraph
    becomes one vowel and a silent final "e" goes. On top of :func:`skeleton`, a run of
    vowels is reduced to its first vowel and a final "e" after a consonant is dropped. Single
    vowels stay ("Patel" and "Patil" keep apart) and so do gender endings ("Peskov" /
    "Peskova", "Tsikhanouski" / "Tsikhanouskaya"). Use it only with agreeing given names:
    see :func:`variant_of`."""
    key = skeleton(surname)
    return _VOWEL_RUN.sub(r"\1", _SILENT_E.sub("", key))


def swapped_order(a: PersonName, b: PersonName) -> bool:
    """The same two names in the other order: "Sumeet Sabharwal" / "Sabharwal Sumeet"
    (Indian and East Asian names are written surname first by some outlets). Both words
    must match by skeleton; initials never do."""
    if not (a.full and b.full) or " " in a.surname or " " in b.surname:
        return False
    return skeleton(a.given or "") == skeleton(b.surname) and skeleton(a.surname) == skeleton(b.given or "")


def variant_of(a: PersonName, b: PersonName) -> bool:
    """Two full names that :func:`same_person` keeps apart but that name one person: the
    other name order, or a sound-based respelling of the surname (:func:`loose_surname_key`)
    with given names that agree (not initials: "J. Coel" is too little to go on)."""
    if swapped_order(a, b):
        return True
    return (
        a.full
        and b.full
        and loose_surname_key(a.surname) == loose_surname_key(b.surname)
        and given_compatible(a.given or "", b.given or "")
    )


def is_given_name(word: str) -> bool:
    """True when ``word`` is a given name in the equivalence table (any listed spelling)."""
    return _word_skeleton(word) in _GIVEN_INDEX


def given_key(given: str | None) -> str | None:
    """A canonical key for a given name: its equivalence class or its skeleton."""
    if not given:
        return None
    k = _word_skeleton(given)
    g = _GIVEN_INDEX.get(k)
    return GIVEN_NAME_GROUPS[g][0] if g is not None else k


__all__ = [
    "GIVEN_NAME_GROUPS",
    "PersonName",
    "given_compatible",
    "given_key",
    "is_given_name",
    "loose_surname_key",
    "parse_name",
    "same_person",
    "skeleton",
    "strip_titles",
    "swapped_order",
    "variant_of",
]
