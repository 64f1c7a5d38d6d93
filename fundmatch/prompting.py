"""The questionnaire dialogue, line by line: works piped, under screen readers and on dumb
terminals (no arrow-key menus). Every answer is checked before it is stored in ``data``;
``on_answer`` is called after each one (the session writes the draft there). Ctrl-C and end
of input propagate to the caller."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape

from fundmatch.i18n import Msg, t
from fundmatch.models import Region, Rubric
from fundmatch.places import place_label
from fundmatch.questionnaire import (
    QUESTIONS,
    SECTIONS,
    Kind,
    Question,
    check_answer,
    choices,
    display,
    find_locations,
    first_default,
    get_value,
    has_value,
    parse,
    set_value,
)
from fundmatch.typed import AnswerError, ascii_number, clean_typed

# Choices typed as numbers only ("1,3 5"); words are echoed with what they were taken for.
_NUMBERS_ONLY = re.compile(r"[0-9,;\s]+")
# At most this many places are listed when a typed name matches several.
MAX_PLACES = 15
# A longer current answer is shortened in the prompt "[Enter = …]".
MAX_DEFAULT_SHOWN = 40


class Dialogue:
    """Asks the questions on a console; ``read`` returns one typed line (``input``)."""

    def __init__(
        self,
        rubric: Rubric,
        lang: str,
        console: Console,
        today: dt.date,
        on_answer: Callable[[dict[str, Any]], None] = lambda data: None,
        read: Callable[[], str] | None = None,
    ) -> None:
        self.rubric = rubric
        self.lang = lang
        self.console = console
        self.today = today
        self.on_answer = on_answer
        self.read = read or (lambda: input())  # looked up at call time, so tests can replace input
        self.line_editing = read is None and _enable_line_editing()

    def say(self, text: str, style: str | None = None) -> None:
        # Wrapped by rich at word boundaries (the terminal would break words apart).
        self.console.print(escape(text), style=style, highlight=False)

    def ask_line(self, prompt: str) -> str:
        """One typed line, cleaned of escape sequences and control characters."""
        while True:
            self.console.print(escape(prompt) + ": ", end="", highlight=False, soft_wrap=True)
            self.console.file.flush()
            raw = self.read()
            if not raw and self.line_editing:
                # readline echoes no line break for an empty line after a prompt it did not print.
                self.console.print()
            try:
                return clean_typed(raw)
            except AnswerError as exc:
                self.error(exc.message)

    def error(self, message: Msg) -> None:
        self.say(message.render(self.lang), style="red")

    # --- the whole questionnaire -------------------------------------------------------

    def run(self, data: dict[str, Any]) -> None:
        """Ask every question not answered in ``data`` yet, section by section."""
        lang = self.lang
        self.say(t("ask.intro", lang))
        for number, section in enumerate(SECTIONS, start=1):
            todo = [q for q in QUESTIONS if q.section == section and not has_value(data, q.id)]
            if not todo:
                continue
            self.say("")
            self.say(t("ask.section", lang, number=number, title=t(f"section.{section}", lang)), style="bold")
            for question in todo:
                self.ask(question, data)

    def ask(self, question: Question, data: dict[str, Any], *, correcting: bool = False) -> None:
        """Ask one question until the answers model accepts the answer, then store it in
        ``data``. When correcting, Enter keeps the current answer."""
        default = get_value(data, question.id) if correcting else first_default(question, data)
        while True:
            value = self._ask_value(question, default, data)
            problem = check_answer(data, question, value, self.today)
            if problem is None:
                set_value(data, question.id, value)
                self.on_answer(data)
                return
            self.error(problem)

    def review(self, data: dict[str, Any]) -> None:
        """Show every answer; let the user correct any of them by number."""
        lang = self.lang
        while True:
            self.say("")
            self.say(t("ask.summary", lang), style="bold")
            for number, question in enumerate(QUESTIONS, start=1):
                shown = display(question, get_value(data, question.id), lang, self.rubric)
                self.say(f"{number:>2}. {t(f'q.{question.id}', lang)}: {shown}")
            typed = self.ask_line(t("ask.correct", lang))
            if not typed:
                return
            picked = ascii_number(typed)
            if picked is not None and 1 <= picked <= len(QUESTIONS):
                self.ask(QUESTIONS[picked - 1], data, correcting=True)
            else:
                self.error(Msg("ask.error.correct", {"max": len(QUESTIONS)}))

    # --- one question ------------------------------------------------------------------

    def _prompt(self, question: Question, default: Any) -> str:
        lang = self.lang
        if default is None:
            hint = t("ask.default_unknown", lang)
        elif default == []:
            hint = t("ask.default_none", lang)
        else:
            shown = display(question, default, lang, self.rubric)
            if len(shown) > MAX_DEFAULT_SHOWN:
                shown = shown[: MAX_DEFAULT_SHOWN - 1] + "…"
            hint = t("ask.default", lang, value=shown)
        return f"{t(f'q.{question.id}', lang)} [{hint}]"

    def _ask_value(self, question: Question, default: Any, data: dict[str, Any]) -> Any:
        """A value the question's parser accepts; ``default`` on an empty line."""
        lang = self.lang
        self.say(t(f"help.{question.id}", lang), style="dim")
        if question.kind in (Kind.CHOICE, Kind.MULTI):
            for number, (_, label) in enumerate(choices(question, self.rubric, data), start=1):
                text = label.render(lang) if isinstance(label, Msg) else label.get(lang)
                self.say(f"  {number:>2}) {text}")
        while True:
            typed = self.ask_line(self._prompt(question, default))
            if typed == "?":
                self.say(t(f"more.{question.id}", lang))
                continue
            if not typed:
                return default
            if question.kind is Kind.LOCATION:
                place = self._pick_place(typed)
                if place is not None:
                    return place
                continue
            try:
                value = parse(question, typed, lang, self.rubric, data)
                if question.kind in (Kind.CHOICE, Kind.MULTI) and not _NUMBERS_ONLY.fullmatch(typed):
                    # chosen by words: say what they were taken for, as for a place
                    self.say(t("ask.choice_found", lang, names=display(question, value, lang, self.rubric)))
                return value
            except AnswerError as exc:
                self.error(exc.message)

    def _pick_place(self, typed: str) -> str | None:
        # The one call of the town lookup, so that it can be replaced in one place.
        found = find_locations(typed, self.rubric)
        if not found:
            self.error(Msg("ask.error.location"))
            return None
        if len(found) == 1:
            self._confirm_place(found[0])
            return found[0].id
        self.say(t("ask.location_pick", self.lang))
        shown = found[:MAX_PLACES]
        for number, region in enumerate(shown, start=1):
            self.say(f"  {number:>2}) {place_label(region, self.rubric.vocabularies.regions)}")
        while True:
            picked = ascii_number(self.ask_line(t("ask.location_number", self.lang)))
            if picked is not None and 1 <= picked <= len(shown):
                self._confirm_place(shown[picked - 1])
                return shown[picked - 1].id
            self.error(Msg("ask.error.choice", {"max": len(shown)}))

    def _confirm_place(self, region: Region) -> None:
        names = {r.id: r.name for r in self.rubric.vocabularies.regions}
        parent = names.get(region.parent or "", "")
        self.say(t("ask.location_found", self.lang, name=region.name, parent=parent))


def _enable_line_editing() -> bool:
    """Arrow keys, Home/End and history at the prompts, where the platform has readline and a
    person types (importing readline when input is piped can send escape codes). Windows has no
    readline: there the typed lines are still cleaned of escape sequences."""
    if not sys.stdin.isatty():
        return False
    try:
        import readline  # noqa: F401  (input() uses it once imported)
    except ImportError:
        return False
    return True
