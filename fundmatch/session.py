"""An interactive ``fundmatch match``: the questions, the ranking, the offers to keep answers
and a report — and a draft that holds every accepted answer from the first one on.

The draft is written atomically after every answer, in the working folder or, where that is
not writable, in the user's data folder; its path is shown once. Whatever ends the session
(Ctrl-C during the questions, the ranking or the offers, end of input, a bug) finds the draft
on disk; this module only says where it is and lets the error travel on to the boundary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console

from fundmatch.errors import FundmatchError, UsageError, display_path, os_reason
from fundmatch.i18n import msg, t
from fundmatch.models import Answers, Rubric
from fundmatch.output import write_atomic
from fundmatch.prompting import Dialogue
from fundmatch.questionnaire import QUESTIONS, from_answers, has_value, parse_choices, to_yaml
from fundmatch.typed import AnswerError

Document = TypeVar("Document")

DRAFT_NAME = "fundmatch-entwurf.yaml"


class Draft:
    """The answers so far, on disk after every change."""

    def __init__(self, lang: str, notes: Console, path: Path | None = None) -> None:
        self.lang = lang
        self.notes = notes
        self.path = path  # None until the first answer; a resumed file is updated in place
        self.created = False  # made by this session (and so ours to remove)
        self._warned = False

    def save(self, data: dict[str, Any]) -> None:
        first = self.path is None
        candidates = [self.path] if self.path else [free_path(Path(DRAFT_NAME))]
        candidates.append(free_path(data_folder() / DRAFT_NAME))
        problem: OSError | None = None
        for candidate in candidates:
            try:
                candidate.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(
                    candidate, to_yaml(data, t("draft.header", self.lang), candidate.parent).encode()
                )
            except OSError as exc:
                problem = exc
                continue
            if candidate != self.path:
                self.created = self.created or first or candidate.parent == data_folder()
                self.path = candidate
                self._note(t("draft.where", self.lang, path=display_path(candidate)))
            return
        if not self._warned and problem is not None:
            self._warned = True
            self._note(t("draft.unwritable", self.lang, reason=os_reason(problem)))

    def _note(self, text: str) -> None:
        self.notes.print(text, markup=False, highlight=False, soft_wrap=True)


def data_folder() -> Path:
    """Where drafts go when the working folder is not writable (``~/.local/share/fundmatch``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("fundmatch", appauthor=False))


def free_path(path: Path) -> Path:
    """``path``, or ``name-2.yaml``, ``name-3.yaml``… if it exists: never overwrite a draft."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def check_save_target(path: Path | None) -> None:
    """Refuse ``--save-answers`` into a folder that does not exist before anything is asked."""
    if path is not None and not path.parent.is_dir():
        raise UsageError(msg("error.no_such_folder", path=display_path(path.parent)))


def answers_yaml(answers: Answers, folder: Path) -> bytes:
    """A complete answers file for ``folder`` (dates unquoted, so drafts and saved files read
    alike)."""
    return to_yaml(_plain(answers.model_dump()), folder=folder).encode()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value.value if isinstance(value, Enum) else value


def interactive_match(
    rubric: Rubric,
    *,
    lang: str,
    today: dt.date,
    resume: Answers | None,
    resume_path: Path | None,
    save_to: Path | None,
    prompts: Console,
    notes: Console,
    rank: Callable[[Answers], Document],
    deliver: Callable[[Document], None],
    offers: bool,
    write_report: Callable[[Document, Path], None] | None,
    shortlist: list[str] | None = None,
    pickable: Callable[[Document], list[tuple[str, str]]] | None = None,
) -> None:
    """Ask (continuing ``resume``), rank, show the result with ``deliver``, then (if ``offers``)
    let the sponsor choose programmes for the report by number (unless ``shortlist`` was
    given; ``pickable`` names the shown ones: id, name, in the ranking's order), and offer
    to keep the answers (unless ``save_to``) and a report (when ``write_report`` is given)."""
    data: dict[str, Any] = {}
    draft = Draft(lang, notes, resume_path)
    if resume is not None:
        data = from_answers(resume)
        if resume.shortlist:  # not a question, but part of the answers
            data["shortlist"] = list(resume.shortlist)
        done = sum(has_value(data, q.id) for q in QUESTIONS)
        notes.print(t("ask.resumed", lang, count=done, total=len(QUESTIONS)), markup=False)
    if shortlist is not None:
        data["shortlist"] = shortlist
    dialogue = Dialogue(rubric, lang, prompts, today, on_answer=draft.save)
    kept_elsewhere = False
    try:
        dialogue.run(data)
        dialogue.review(data)
        answers = Answers.model_validate(data)  # cannot fail: the dialogue checked every answer
        if save_to is not None:
            kept_elsewhere = _save(answers, save_to, lang, notes)
        document = rank(answers)
        deliver(document)
        input_ended = False
        if offers and shortlist is None and pickable is not None:
            chosen = _offer_pick(dialogue, pickable(document), lang, notes)
            input_ended = chosen is None  # then every further offer is answered "no" as well
            if chosen:
                data["shortlist"] = chosen
                draft.save(data)
                answers = Answers.model_validate(data)
                document = rank(answers)  # the report details the chosen programmes
                if save_to is not None:
                    kept_elsewhere = _save(answers, save_to, lang, notes)
        if offers and not input_ended:
            kept_elsewhere |= _offer_to_keep(dialogue, answers, document, lang, notes, save_to, write_report)
    except (KeyboardInterrupt, EOFError):
        notes.print("")
        stopped = "ask.draft_saved" if draft.path is not None else "ask.stopped_unanswered"
        notes.print(t(stopped, lang, path=display_path(draft.path or Path())), markup=False)
        raise
    except BaseException:
        if draft.path is not None:
            notes.print(t("draft.kept", lang, path=display_path(draft.path)), markup=False)
        raise
    if draft.path is None:
        return
    if kept_elsewhere and draft.created:
        draft.path.unlink(missing_ok=True)
    elif not kept_elsewhere:
        notes.print(t("draft.kept", lang, path=display_path(draft.path)), markup=False)


def _save(answers: Answers, path: Path, lang: str, notes: Console) -> bool:
    """Save the answers; on failure say why (the draft still holds them)."""
    try:
        write_atomic(path, answers_yaml(answers, path.parent))
    except OSError as exc:
        reason = os_reason(exc)
        notes.print(t("ask.save_failed", lang, path=display_path(path), reason=reason), markup=False)
        return False
    notes.print(t("ask.saved", lang, path=display_path(path)), markup=False)
    return True


def _offer_pick(
    dialogue: Dialogue, shown: list[tuple[str, str]], lang: str, notes: Console
) -> list[str] | None:
    """The programmes chosen for the report by their number in the shown ranking (or id);
    Enter: no choice; end of input: None."""
    if not shown:
        return []
    try:
        while text := dialogue.ask_line(t("pick.prompt", lang)):
            try:
                numbers = parse_choices(text, shown, several=True)
            except AnswerError:
                notes.print(t("pick.bad_number", lang, max=len(shown)), markup=False)
                continue
            names = dict(shown)
            notes.print(t("pick.chosen", lang, names="; ".join(names[i] for i in numbers)), markup=False)
            return numbers
    except EOFError:
        notes.print("")
        return None
    return []


def _offer_to_keep(
    dialogue: Dialogue,
    answers: Answers,
    document: Document,
    lang: str,
    notes: Console,
    save_to: Path | None,
    write_report: Callable[[Document, Path], None] | None,
) -> bool:
    """Offer to save the answers and to write a report; True if the answers were saved.

    A name that cannot be used (a folder that does not exist, say) is asked again: the
    sponsor's answers must not be lost to a typo. End of input means no."""
    saved = False

    def save_answers(path: Path) -> None:
        nonlocal saved
        try:
            write_atomic(path, answers_yaml(answers, path.parent))
        except OSError as exc:
            reason = os_reason(exc)
            raise FundmatchError(msg("report.cannot_write", path=display_path(path), reason=reason)) from None
        notes.print(t("ask.saved", lang, path=display_path(path)), markup=False)
        saved = True

    offers: list[tuple[str, Callable[[Path], None]]] = []
    if save_to is None:
        offers.append(("ask.save", save_answers))
    if write_report is not None:
        offers.append(("ask.report", lambda path: write_report(document, path)))
    try:
        for prompt, act in offers:
            while name := dialogue.ask_line(t(prompt, lang)):
                try:
                    act(Path(name))
                    break
                except FundmatchError as exc:
                    notes.print(t("error.prefix", lang, message=exc.text(lang)), markup=False)
    except EOFError:
        notes.print("")
    return saved
