"""What a person most likely meant by a word that is no id: the hint beside a problem
("meinten Sie 'verein'?") and the choice a questionnaire answer names ("Verein")."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from fundmatch.i18n import Msg, msg

# Each vocabulary by name: its ids, each with its names (labels; a region's other names).
Vocabularies = dict[str, dict[str, tuple[str, ...]]]
SHORTEST_WORD = 4  # shorter words ("und", "e.V.") describe nothing on their own
ALLOWED_SHOWN = 12  # a hint lists a vocabulary whole up to this size (legal forms: 10)


def did_you_mean(
    word: str, choices: Sequence[str], described: Mapping[str, Sequence[str]] | None = None
) -> Msg | None:
    """A hint naming the closest choice, or listing the choices (some of many) when none is
    close."""
    closest = closest_choice(word, choices, described)
    return msg("hint.did_you_mean", word=closest) if closest is not None else allowed(choices)


def allowed(choices: Sequence[str]) -> Msg | None:
    """The choices as a hint: all of a small vocabulary, the first of a large one."""
    listed = sorted(choices)
    shown = listed if len(listed) <= ALLOWED_SHOWN else [*listed[: ALLOWED_SHOWN - 1], "…"]
    return msg("hint.allowed", words=", ".join(shown)) if choices else None


def closest_choice(
    word: str, choices: Sequence[str], described: Mapping[str, Sequence[str]] | None = None
) -> str | None:
    """The choice a person most likely meant by ``word``, if one stands out. ``described``
    holds the names of each choice (its labels; a region's name and other names): a name
    typed whole wins ("Niedersachsen" is ``ni``, not the town ``niederlangen``), and their
    words are searched when the ids give nothing."""
    typed = word.casefold()  # ids are lower case, a sponsor writes "Frauen"
    described = described or {}
    named = [c for c in choices if typed in (n.casefold() for n in described.get(c, ()))]
    if typed not in choices and len(named) == 1:
        return named[0]
    close = difflib.get_close_matches(typed, choices, n=1, cutoff=0.6)
    # A word of a compound id ("kinder" of kinder_jugendliche) is too short for difflib, and
    # so is an id inside a longer word ("verein" in eingetragener_verein).
    words = set(re.split(r"[\W_]+", typed))
    parts = sorted(c for c in choices if typed in c.split("_") or c in words)
    if not close and not parts:  # "Begegnung": a word of one label
        names = {c: described.get(c, ()) for c in choices}
        parts = sorted({found for w in words if (found := named_by_word(w, names))})
    return (close or parts)[0] if close or len(parts) == 1 else None


def named_by(text: str, names: Mapping[str, Sequence[str]]) -> str | None:
    """The one choice ``text`` names: a name typed whole ("Frauen und Mädchen") or begun
    ("Geflüchtete Frauen", "Eingetragener Verein"), else by its words (``named_by_word``)."""
    typed = " ".join(text.casefold().split())
    whole = [choice for choice, named in names.items() if any(n.casefold() == typed for n in named)]
    if len(whole) == 1:
        return whole[0]
    begun = [choice for choice, named in names.items() if any(n.casefold().startswith(typed) for n in named)]
    if len(typed) >= SHORTEST_WORD and len(begun) == 1:
        return begun[0]
    return named_by_word(text, names)


def named_by_word(word: str, names: Mapping[str, Sequence[str]]) -> str | None:
    """The one choice a word of its names points to: a word equal to ``word`` first (and of
    several, the name that begins with it: "women" is "Women and girls", not "Refugee women";
    then the name that is it), else a word that begins with it or that it begins ("kirche",
    "Kirchengemeinde")."""
    words = {
        choice: [w for n in named for w in re.split(r"\W+", n.casefold()) if len(w) >= SHORTEST_WORD]
        for choice, named in names.items()
    }
    # "und", "e.V." name nothing on their own; "non-profit" names what "profit" names.
    typed = [w for w in re.split(r"\W+", word.casefold()) if len(w) >= SHORTEST_WORD]
    found: set[str] = set()
    for w in dict.fromkeys(typed):
        named = _named_by(w, words, names)
        if named is None or found - {named}:  # a word that names none, or two choices
            return None
        found.add(named)
    return found.pop() if found else None


def _named_by(typed: str, words: Mapping[str, list[str]], names: Mapping[str, Sequence[str]]) -> str | None:
    equal = [choice for choice, found in words.items() if typed in found]
    for narrower in (str.startswith, str.__eq__):  # "Geflüchtete" is the name "Geflüchtete"
        if len(equal) > 1:
            equal = [c for c in equal if any(narrower(n.casefold(), typed) for n in names[c])]
    if equal:
        return equal[0] if len(equal) == 1 else None
    near = [c for c, found in words.items() if any(w.startswith(typed) or typed.startswith(w) for w in found)]
    return near[0] if len(near) == 1 else None
