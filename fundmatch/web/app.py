"""The web app: routes, and which page each request gets.

The server keeps nothing between requests. The answers so far travel in every form as a
hidden ``state`` field and are checked again on every request; downloads are made in
memory. ``create_app`` reads the catalogue once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from fundmatch.i18n import LANGUAGES, t
from fundmatch.models import Answers
from fundmatch.questionnaire import Kind, display, get_value, has_value
from fundmatch.reports.chances import location_note
from fundmatch.web import pages
from fundmatch.web.core import (
    DOWNLOADS,
    QUESTIONS,
    SECTIONS,
    Site,
    best_chances,
    check_answers,
    download,
    parse_upload,
)
from fundmatch.web.forms import (
    StateError,
    build_fields,
    decode_state,
    encode_state,
    first_open_section,
    place_names,
    read_section,
    section_questions,
)
from fundmatch.web.security import MAX_BODY_BYTES, BodyLimit, SecurityHeaders

HERE = Path(__file__).parent
MAX_FORM_FIELDS = 200  # the longest section has a few dozen checkboxes
MAX_UPLOAD_PROBLEMS = 10  # shown at the upload field; an answers file has few fields
OPEN_SHOWN = 3  # open questions per programme on the first page; the explanation lists all


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped, also in .txt-less templates
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class BadState(Exception):
    """The answers a page carried are not valid (tampered with, or from an older version)."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lang = lang


class Pages:
    """The request handlers, with the catalogue and templates they share."""

    def __init__(self, site: Site, default_lang: str) -> None:
        self.site = site
        self.default_lang = default_lang
        self.env = _environment()

    # --- helpers ------------------------------------------------------------------------

    def lang(self, request: Request, form: FormData | None = None) -> str:
        sources: list[Mapping[str, Any]] = [form or {}, request.query_params]
        for source in sources:
            for key in ("switch_lang", "lang"):
                value = source.get(key)
                if isinstance(value, str) and value in LANGUAGES:
                    return value
        return self.default_lang

    def render(self, name: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
        template = self.env.get_template(name)

        def tr(key: str, **values: object) -> str:
            return t(key, lang, **values)

        html = template.render(
            lang=lang,
            other_lang="en" if lang == "de" else "de",
            t=tr,
            sections=SECTIONS,
            **context,
        )
        return HTMLResponse(html, status_code=status, headers={"content-language": lang})

    async def form(self, request: Request) -> FormData:
        return await request.form(max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_BODY_BYTES)

    def state_of(self, form: FormData, lang: str) -> dict[str, Any]:
        """The answers the page carried; ``BadState`` (a 400 page) if they are not valid."""
        value = form.get("state", "")
        try:
            return decode_state(value if isinstance(value, str) else "", self.site)
        except StateError:
            raise BadState(lang) from None

    def answers_of(self, data: dict[str, Any], lang: str) -> Answers:
        answers, _ = check_answers(data, self.site, "state")
        if answers is None:
            raise BadState(lang)
        return answers

    async def answered(self, request: Request) -> tuple[FormData, str, dict[str, Any], Answers]:
        """Form, language, and the complete answers a results page needs."""
        form = await self.form(request)
        lang = self.lang(request, form)
        data = self.state_of(form, lang)
        return form, lang, data, self.answers_of(data, lang)

    async def bad_state(self, request: Request, exc: Exception) -> Response:
        lang = exc.lang if isinstance(exc, BadState) else self.default_lang
        return self.render(
            "error.html", lang, 400, title=t("web.error.state_title", lang), text=t("web.error.state", lang)
        )

    # --- the start page and resuming ----------------------------------------------------

    async def start(self, request: Request) -> Response:
        return self.render("start.html", self.lang(request), upload_errors=[])

    async def resume(self, request: Request) -> Response:
        form = await self.form(request)
        lang = self.lang(request, form)
        upload = form.get("answers_file")
        pasted = form.get("state")
        errors: list[str] = []
        if isinstance(upload, UploadFile) and upload.filename:
            raw = await upload.read()
            data, problems = parse_upload(raw, Path(upload.filename).name or "upload.yaml", self.site)
            errors = [p.render() for p in problems[:MAX_UPLOAD_PROBLEMS]]
        elif isinstance(pasted, str) and pasted:  # the browser's draft (draft.js)
            try:
                data = decode_state(pasted, self.site)
            except StateError:
                errors = [t("web.error.draft", lang)]
        else:
            errors = [t("web.error.no_file", lang)]
        if errors:
            return self.render("start.html", lang, 422, upload_errors=errors)
        section = first_open_section(data)
        if section is None:
            return self.summary(data, lang)
        return self.section(section, data, lang)

    # --- the questionnaire --------------------------------------------------------------

    def section(
        self, section: str, data: dict[str, Any], lang: str, status: int = 200, **entered: Any
    ) -> HTMLResponse:
        number = SECTIONS.index(section) + 1
        fields = build_fields(section, data, lang, self.site.catalogue.rubric, **entered)
        return self.render(
            "section.html",
            lang,
            status,
            section=section,
            number=number,
            fields=fields,
            state=encode_state(data),
            place_names=place_names(self.site.catalogue.rubric),
            error_count=sum(bool(f.error) for f in fields),
            answered=sum(has_value(data, q.id) for q in QUESTIONS),
            total=len(QUESTIONS),
        )

    def summary(self, data: dict[str, Any], lang: str) -> HTMLResponse:
        rubric = self.site.catalogue.rubric
        values = self.answers_of(data, lang).model_dump()  # typed values: dates as dates
        groups = [
            (
                section,
                [
                    (t(f"q.{q.id}", lang), display(q, get_value(values, q.id), lang, rubric))
                    for q in section_questions(section)
                ],
            )
            for section in SECTIONS
        ]
        return self.render("summary.html", lang, groups=groups, state=encode_state(data))

    async def questions_get(self, request: Request) -> Response:
        section = request.query_params.get("section", SECTIONS[0])
        return self.section(section if section in SECTIONS else SECTIONS[0], {}, self.lang(request))

    async def questions_post(self, request: Request) -> Response:
        form = await self.form(request)
        lang = self.lang(request, form)
        data = self.state_of(form, lang)
        go = str(form.get("go", "next"))
        if "switch_lang" in form:
            go = "stay"
        section = str(form.get("section", ""))
        if section in SECTIONS:
            submitted = read_section(section, _plain(form), data, lang, self.site)
            if submitted.errors:
                return self.section(
                    section,
                    data,
                    lang,
                    422,
                    typed=submitted.typed,
                    errors=submitted.errors,
                    places=submitted.places,
                )
            data = submitted.data
        return self.navigate(go, section, data, lang)

    def navigate(self, go: str, section: str, data: dict[str, Any], lang: str) -> Response:
        if go.startswith("edit:") and go[5:] in SECTIONS:
            return self.section(go[5:], data, lang)
        if go == "save":
            return self.download_response("yaml", data, lang, draft=True)
        if section not in SECTIONS or go == "summary":
            return self.summary(data, lang)
        index = SECTIONS.index(section)
        if go == "stay":
            return self.section(section, data, lang)
        if go == "back":
            return self.section(SECTIONS[max(index - 1, 0)], data, lang)
        if index + 1 < len(SECTIONS):
            return self.section(SECTIONS[index + 1], data, lang)
        return self.summary(data, lang)

    # --- results, explanation, comparison, downloads ------------------------------------

    async def results(self, request: Request) -> Response:
        _, lang, data, answers = await self.answered(request)
        ranking = self.site.ranking(answers)
        rows = pages.rows(ranking, lang)
        best_ids = [s.program.id for s in best_chances(ranking)]
        by_id = {r.id: r for r in rows}
        return self.render(
            "results.html",
            lang,
            rows=rows,
            best=[by_id[i] for i in best_ids],
            open_shown=OPEN_SHOWN,
            state=encode_state(data),
            today=self.site.today,
            formats=[f for f in DOWNLOADS if f != "csv-excel"],
            project=answers.project.title or "",
            organisation=answers.organisation.name or "",
            location_note=location_note(answers, lang),
        )

    async def explain(self, request: Request) -> Response:
        form, lang, data, answers = await self.answered(request)
        ranking = self.site.ranking(answers)
        wanted = str(form.get("program", ""))
        found = [(i, s) for i, s in enumerate(ranking, start=1) if s.program.id == wanted]
        if not found:
            return self.not_found(lang, wanted)
        position, score = found[0]
        better = self.site.improvements(ranking, wanted)
        page = pages.explanation(position, score, better, self.site.catalogue.rubric, lang)
        return self.render("explain.html", lang, page=page, state=encode_state(data))

    async def compare(self, request: Request) -> Response:
        form, lang, data, answers = await self.answered(request)
        ranking = self.site.ranking(answers)
        positions = {s.program.id: (i, s) for i, s in enumerate(ranking, start=1)}
        left, right = str(form.get("left", "")), str(form.get("right", ""))
        for wanted in (left, right):
            if wanted not in positions:
                return self.not_found(lang, wanted)
        (lp, ls), (rp, rs) = positions[left], positions[right]
        return self.render(
            "compare.html",
            lang,
            left=pages.row(lp, ls, lang),
            right=pages.row(rp, rs, lang),
            lines=pages.comparison(ls, rs, self.site.catalogue.rubric, lang),
            state=encode_state(data),
        )

    async def download(self, request: Request) -> Response:
        form = await self.form(request)
        lang = self.lang(request, form)
        data = self.state_of(form, lang)
        fmt = str(form.get("fmt", ""))
        if fmt not in DOWNLOADS:
            return self.render(
                "error.html",
                lang,
                400,
                title=t("web.error.format_title", lang),
                text=t("web.error.format", lang),
            )
        return self.download_response(fmt, data, lang)

    def download_response(self, fmt: str, data: dict[str, Any], lang: str, draft: bool = False) -> Response:
        answers = self.answers_of(data, lang)
        unfinished = draft and first_open_section(data) is not None
        header = t("draft.header", lang) if unfinished else ""
        made = download(fmt, self.site, answers, lang, draft_header=header)
        return Response(
            made.content,
            media_type=made.media_type,
            headers={"content-disposition": f'attachment; filename="{made.filename}"'},
        )

    def not_found(self, lang: str, wanted: str) -> HTMLResponse:
        return self.render(
            "error.html",
            lang,
            404,
            title=t("web.error.unknown_title", lang),
            text=t("web.error.unknown", lang, id=wanted),
        )


def _plain(form: FormData) -> dict[str, Any]:
    """Form fields as text, or lists of text for fields sent several times (checkboxes)."""
    plain: dict[str, Any] = {}
    for key in form:
        values = [v for v in form.getlist(key) if isinstance(v, str)]
        plain[key] = values if len(values) > 1 or _is_multi(key) else (values[0] if values else "")
    return plain


_MULTI = {q.id for q in QUESTIONS if q.kind is Kind.MULTI}


def _is_multi(key: str) -> bool:
    return key in _MULTI


def create_app(
    site: Site | None = None,
    *,
    default_lang: str = "de",
    programs: Path | None = None,
    rubric: Path | None = None,
    today: dt.date | None = None,
) -> Starlette:
    """The ASGI app. ``site`` (or the catalogue at ``programs``/``rubric``) is read once."""
    site = site or Site.load(programs, rubric, today)
    handlers = Pages(site, default_lang if default_lang in LANGUAGES else "de")
    routes = [
        Route("/", handlers.start),
        Route("/questions", handlers.questions_get, methods=["GET"]),
        Route("/questions", handlers.questions_post, methods=["POST"]),
        Route("/resume", handlers.resume, methods=["POST"]),
        Route("/results", handlers.results, methods=["POST"]),
        Route("/explain", handlers.explain, methods=["POST"]),
        Route("/compare", handlers.compare, methods=["POST"]),
        Route("/download", handlers.download, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={BadState: handlers.bad_state})
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    return app
