"""Messages in German and English (kept in fundmatch.messages), and locale-aware formats.

German is the default. Messages are looked up by key; a test checks that both languages
have every key and the same placeholders.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from fundmatch import messages  # its MESSAGES are merged on first use, not on import

LANGUAGES = ("de", "en")
LANG_ENV = "FUNDMATCH_LANG"


@dataclass(frozen=True)
class Eur:
    """An amount in euro, formatted per language when a message is rendered."""

    amount: float | None


@dataclass(frozen=True)
class Pct:
    """A percentage, formatted per language when a message is rendered."""

    value: float | None


@dataclass(frozen=True)
class Grouped:
    """A large number with its thousands grouped: ``1.000.000`` (de), ``1,000,000`` (en)."""

    value: float


@dataclass(frozen=True)
class MonthCount:
    """A number of months: ``1 Monat``, ``2 Monate`` / ``1 month``, ``2 months``.

    Not to be confused with ``models.Months``, the validated duration field type."""

    value: float


@dataclass(frozen=True)
class Quoted:
    """A name or title in quotation marks: „…“ (de) or “…” (en); quotation marks inside it
    become the inner ones (Antrag zu „Mikroförderung ‚Kleines Geld‘“)."""

    text: str


class Msg(NamedTuple):
    """A message to be rendered later in either language: explanations are data.

    A named tuple, not a dataclass: scoring makes one per gate and criterion of every
    programme, and tuples are the cheapest immutable records to create."""

    key: str
    values: Mapping[str, object] = {}  # never mutated

    def render(self, lang: str) -> str:
        return t(self.key, lang, **self.values)

    def both(self) -> dict[str, str]:
        return {lang: self.render(lang) for lang in LANGUAGES}


def msg(key: str, **values: object) -> Msg:
    """A message with its values, rendered later (``Msg.render``)."""
    return Msg(key, values)


def resolve_lang(lang: str | None) -> str:
    """The language to use: the given one, else FUNDMATCH_LANG, else German."""
    chosen = (lang or os.environ.get(LANG_ENV) or "de").lower()
    return chosen if chosen in LANGUAGES else "de"


def t(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` with ``values`` filled in and formatted for ``lang``.

    A count chooses its word with a plural field: ``"{count} {count:Programm|Programme}"``
    gives ``1 Programm`` and ``2 Programme`` (see ``Counted``)."""
    return messages.MESSAGES[key][lang].format(**{name: _format(v, lang) for name, v in values.items()})


class Counted:
    """A number in a message: shown formatted, or as the singular or plural word of a plural
    field ``{name:one|other}`` (singular for exactly 1, as in German and English)."""

    __slots__ = ("text", "value")

    def __init__(self, value: float, text: str) -> None:
        self.value = value
        self.text = text

    def __format__(self, spec: str) -> str:
        if "|" not in spec:
            return format(self.text, spec)
        one, other = spec.split("|", 1)
        return one if self.value == 1 else other

    def __str__(self) -> str:
        return self.text


def _format(value: object, lang: str) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Counted(value, str(value))
    if isinstance(value, float):
        return Counted(value, format_number(value, lang))
    if isinstance(value, Eur):
        return format_eur(value.amount, lang)
    if isinstance(value, Pct):
        return format_pct(value.value, lang)
    if isinstance(value, Grouped):
        return Counted(value.value, format_grouped(value.value, lang))
    if isinstance(value, Quoted):
        return quote(value.text, lang)
    if isinstance(value, MonthCount):
        return t("unit.months", lang, n=float(value.value))
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, Msg):
        return value.render(lang)
    if hasattr(value, "de") and hasattr(value, "en"):  # a bilingual Text from the rubric
        return getattr(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(_format(item, lang)) for item in value)
    return value


# Outer and inner quotation marks per language.
_QUOTES = {"de": ("„", "“", "‚", "‘"), "en": ("“", "”", "‘", "’")}
# A quotation inside a text, in either language's marks or in typewriter quotes.
_QUOTATION = re.compile(r'[„“"]([^„“”"]*)[“”"]')


def quote(text: str, lang: str) -> str:
    """``text`` in the language's quotation marks, quotations inside it in the inner ones."""
    opening, closing, inner_opening, inner_closing = _QUOTES[lang]
    inner = _QUOTATION.sub(lambda found: f"{inner_opening}{found[1]}{inner_closing}", text)
    return f"{opening}{inner}{closing}"


def format_number(value: float, lang: str) -> str:
    """``2.5`` → ``2,5`` (de); whole numbers without decimals."""
    text = f"{value:g}" if abs(value) < 1e6 else f"{value:.0f}"
    return text.replace(".", ",") if lang == "de" else text


# Between a number and its unit in German: a space that no line break separates (DIN 5008),
# so a narrow card never shows "36.000" at the end of one line and "€" on the next.
NO_BREAK_SPACE = "\u00a0"


def format_eur(amount: float | None, lang: str) -> str:
    """``1500`` → ``1.500 €`` (de, with a no-break space) or ``€1,500`` (en); cents only when
    there are any."""
    if amount is None:
        return t("unknown", lang)
    text = f"{amount:,.2f}" if amount % 1 else f"{amount:,.0f}"
    if lang == "de":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".") + NO_BREAK_SPACE + "€"
    return "€" + text


def format_grouped(value: float, lang: str) -> str:
    """``1000000`` → ``1.000.000`` (de) or ``1,000,000`` (en); decimals only when there are any."""
    if isinstance(value, int):  # exact, however long
        text = f"{value:,}"
    else:
        text = f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if lang == "de" else text


def format_pct(value: float | None, lang: str) -> str:
    """``20`` → ``20 %`` (de, with a no-break space) or ``20%`` (en)."""
    if value is None:
        return t("unknown", lang)
    number = f"{value:g}".replace(".", ",") if lang == "de" else f"{value:g}"
    return f"{number}{NO_BREAK_SPACE}%" if lang == "de" else f"{number}%"


def format_date(value: dt.date | None, lang: str) -> str:
    """``01.03.2027`` (de) or ``2027-03-01`` (en)."""
    if value is None:
        return t("unknown", lang)
    # Not strftime: it writes year 1 as "1" (01.01.1) on some platforms.
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if lang == "de" else value.isoformat()


def format_bool(value: bool | None, lang: str) -> str:
    if value is None:
        return t("unknown", lang)
    return t("yes" if value else "no", lang)
