"""What people type at a prompt: lines cleaned of terminal escapes, and amounts, numbers,
dates and yes/no read as people write them (German and English habits)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from fundmatch.i18n import Msg, msg


class AnswerError(ValueError):
    """An answer that cannot be used; ``message`` says why in the user's language."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.message = message


# --- cleaning what the terminal delivers ---------------------------------------------------

# Escape sequences a terminal sends for arrow, function and editing keys (CSI, SS3) or that a
# paste may carry (OSC, DCS … up to their terminator); without line editing they would end up
# inside the answer, and later in a PDF or on someone else's screen.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: ESC [ params final
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the same as one C1 character
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c|$)"  # OSC, DCS, SOS, PM, APC up to BEL or ST
    r"|\x1bO.?"  # SS3: ESC O letter (arrow keys in application mode)
    r"|\x1b.?",  # anything else after ESC
    re.DOTALL,
)
# Bidirectional embedding, override and isolate controls: they reorder what others read.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def clean_typed(text: str) -> str:
    """What a person typed, without escape sequences and control characters.

    Raises AnswerError when the line held bytes that are not UTF-8 (they arrive as lone
    surrogates, see console.configure_streams): such a line cannot be stored or printed.
    """
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise AnswerError(msg("ask.error.encoding"))
    text = _ESCAPE_SEQUENCE.sub("", text)
    kept = (
        " " if ch == "\t" or unicodedata.category(ch) in ("Zl", "Zp") else ch
        for ch in text
        if ch == "\t" or (unicodedata.category(ch) != "Cc" and ch not in _BIDI_CONTROLS)
    )
    return "".join(kept).strip()


# --- reading the numbers, dates and words people type --------------------------------------

# Only ASCII digits count: "²", "³" (AltGr+2/3 on a German keyboard) or Arabic-Indic digits
# are refused with a message rather than read as numbers.
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
# Longer numbers are refused before Python is asked to convert them (it refuses > 4300 digits).
MAX_DIGITS = 30

_CURRENCY = re.compile(r"(?i)^\s*(€|eur|euro)?\s*(?P<number>.*?)(,-{1,2})?\s*(€|eur|euro)?\s*$")
# "ca. 3.000", "etwa 12", "~ 2500": an estimate is what the questions ask for; the word goes.
_ROUGHLY = re.compile(
    r"(?i)^\s*(ca\.?|circa|zirka|etwa|rund|ungefähr|ungefaehr|about|around|approx\.?|~|≈)\s*"
)


def _roughly(text: str) -> str:
    return _ROUGHLY.sub("", text, count=1)


# Whole euros, optionally grouped in thousands by "." or ",", then optionally up to two
# decimals after the other separator: 1500 · 1.500 · 1.500,50 · 1500.50 · 1,500.50 · 1500,5
_AMOUNT = re.compile(
    r"(?P<whole>\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*|\d+)(?:(?P<dec>[.,])(?P<cents>\d{1,2}))?",
    re.ASCII,
)


def ascii_number(text: str) -> int | None:
    """``text`` as a whole number if it is ASCII digits only, of a sane length; else None."""
    raw = text.strip()
    if not _DIGITS.fullmatch(raw) or len(raw) > MAX_DIGITS:
        return None
    return int(raw)


def parse_amount(text: str) -> float:
    """``1500``, ``1.500``, ``1.500,50 €``, ``3.000,-``, ``ca. 1500``, ``1,500.50`` → euros."""
    match = _CURRENCY.match(_roughly(text))
    number = _AMOUNT.fullmatch(match.group("number").replace(" ", "")) if match else None
    if number is None or (number["sep"] and number["sep"] == number["dec"]):
        raise AnswerError(msg("ask.error.amount"))
    whole = number["whole"].replace(".", "").replace(",", "")
    if len(whole) > MAX_DIGITS:
        raise AnswerError(msg("ask.error.too_long"))
    return float(f"{whole}.{number['cents'] or 0}")


def parse_number(text: str) -> float:
    """A non-negative number, with a decimal comma or point (``2,5``, ``ca. 100``)."""
    raw = _roughly(text).strip().replace(",", ".")
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", raw, re.ASCII):
        raise AnswerError(msg("ask.error.number"))
    if len(raw) > MAX_DIGITS:
        raise AnswerError(msg("ask.error.too_long"))
    return float(raw)


def parse_integer(text: str) -> int:
    """``12``, ``1.500`` with thousands points, ``etwa 12``."""
    raw = _roughly(text).strip()
    if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", raw, re.ASCII):
        raw = raw.replace(".", "")
    if _DIGITS.fullmatch(raw) and len(raw) > MAX_DIGITS:
        raise AnswerError(msg("ask.error.too_long"))
    value = ascii_number(raw)
    if value is None:
        raise AnswerError(msg("ask.error.integer"))
    return value


# Dates outside these years are typing mistakes (0202, 9999), and far ones overflow date sums.
FIRST_YEAR, LAST_YEAR = 1900, 2199


# Month names, German and English; a month may be shortened to three letters or more (Sept.).
_MONTH_NAMES = (
    ("januar", "jänner", "january"),
    ("februar", "february"),
    ("märz", "maerz", "mrz", "march"),
    ("april",),
    ("mai", "may"),
    ("juni", "june"),
    ("juli", "july"),
    ("august",),
    ("september",),
    ("oktober", "october"),
    ("november",),
    ("dezember", "december"),
)
_DAY_MONTH_YEAR = re.compile(r"(?:([0-9]{1,2})\.?\s+)?([^\W\d_]+)\.?\s+([0-9]{4})")  # ASCII digits


def _month(word: str) -> int | None:
    """The month a name or its beginning names (``März``, ``Mrz``, ``Sept``), or None."""
    typed = word.casefold()
    found = {
        number
        for number, names in enumerate(_MONTH_NAMES, start=1)
        if len(typed) >= 3 and any(name.startswith(typed) for name in names)
    }
    return found.pop() if len(found) == 1 else None


_MONTH_YEAR = re.compile(r"(\d{1,2})\s*/\s*(\d{4})", re.ASCII)


def parse_date(text: str, *, years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR)) -> dt.date:
    """``01.03.2027``, ``1.3.27``, ``2027-03-01``, ``1. März 2027``, in the range of ``years``.
    A month alone (``März 2027``, ``03/2027``) is its first day: for a project start, the
    earliest reading is the one that misses no deadline."""
    raw = text.strip()
    date = None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw, re.ASCII):
            date = dt.date.fromisoformat(raw)
        elif match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", raw, re.ASCII):
            day, month, year = (int(g) for g in match.groups())
            date = dt.date(year + 2000 if year < 100 else year, month, day)
        elif (match := _DAY_MONTH_YEAR.fullmatch(raw)) and (named := _month(match[2])):
            date = dt.date(int(match[3]), named, int(match[1] or 1))
        elif match := _MONTH_YEAR.fullmatch(raw):
            date = dt.date(int(match[2]), int(match[1]), 1)
    except ValueError:
        raise AnswerError(msg("ask.error.no_such_date", text=raw)) from None
    if date is None:
        raise AnswerError(msg("ask.error.date"))
    first, last = years
    if not first <= date.year <= last:
        raise AnswerError(msg("ask.error.date_range", first=str(first), last=str(last)))
    return date


_YES = {"de": {"j", "ja", "y", "yes"}, "en": {"y", "yes"}}
_NO = {"de": {"n", "nein", "no"}, "en": {"n", "no"}}


def parse_yesno(text: str, lang: str) -> bool:
    word = text.strip().lower()
    if word in _YES[lang]:
        return True
    if word in _NO[lang]:
        return False
    raise AnswerError(msg("ask.error.yesno"))
