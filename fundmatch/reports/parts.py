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
# message is rendered once and each equal part kept once. Bounded, for a
# long-running web server.
_RENDERED: dict[tuple[str, tuple[tuple[str, type, object], ...]], Bilingual] = {}
_SHARED: dict[Part, Part] = {}
_MAX = 10_000

P = TypeVar("P", bound=Part)


def bilingual(value: Text | Msg) -> Bilingual:
    if not isinstance(value, Msg):
        return Bilingual(de=value.de, en=value.en)
    # The values' types belong to the key: 1 and 1.0 (or True) are equal but read differently.
    key = (value.key, tuple((name, type(v), v) for name, v in value.values.items()))
    try:
        found = _RENDERED.get(key)
    except TypeError:  # a list or a nested message among the values: rendered each time
        return Bilingual(**value.both())
    if found is None:
        if len(_RENDERED) >= _MAX:
            _RENDERED.clear()
        found = _RENDERED[key] = Bilingual(**value.both())
    return found


def shared(part: P) -> P:
    """One copy of equal parts (they are frozen, so sharing is safe)."""
    if len(_SHARED) >= _MAX:
        _SHARED.clear()
    return _SHARED.setdefault(part, part)  # type: ignore[return-value]
