"""The building blocks of the report document: frozen parts, texts in both languages, and
one shared copy of parts that thousands of summary rows repeat."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from fundmatch.i18n import Msg
from fundmatch.models import Text


class Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Bilingual(Part):
    de: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


# The summary rows of a large catalogue ask the same few questions thousands of times: each
# message is rendered once and each equal part kept once. Bounded, for a long-running web
# server.
_RENDERED: dict[object, Bilingual] = {}
_SHARED: dict[Part, Part] = {}
_MAX = 10_000

P = TypeVar("P", bound=Part)


def bilingual(value: Text | Msg) -> Bilingual:
    key = _frozen(value) if isinstance(value, Msg) else value  # a Text is frozen: its own key
    try:
        found = _RENDERED.get(key)
    except TypeError:  # a value that cannot be a key (a dict, a set): rendered each time
        return _rendered(value)
    if found is None:
        if len(_RENDERED) >= _MAX:
            _RENDERED.clear()
        found = _RENDERED[key] = _rendered(value)
    return found


def _rendered(value: Text | Msg) -> Bilingual:
    return Bilingual(**value.both()) if isinstance(value, Msg) else Bilingual(de=value.de, en=value.en)


def _frozen(value: object) -> object:
    """A message as a key: its values with their types (1, 1.0 and True are equal but read
    differently), lists and nested messages as tuples."""
    if isinstance(value, Msg):
        return (Msg, value.key, tuple((name, _frozen(v)) for name, v in value.values.items()))
    if isinstance(value, (list, tuple)):
        return (type(value), tuple(_frozen(item) for item in value))
    return (type(value), value)


def shared(part: P) -> P:
    """One copy of equal parts (they are frozen, so sharing is safe)."""
    if len(_SHARED) >= _MAX:
        _SHARED.clear()
    return _SHARED.setdefault(part, part)  # type: ignore[return-value]
