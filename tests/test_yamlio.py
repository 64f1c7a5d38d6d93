from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fundmatch.errors import DataError
from fundmatch.yamlio import parse_yaml
from tests.conftest import ROOT


def problems(raw: bytes) -> list[str]:
    """What the parse refuses: the whole file (DataError) or values in it (``doc.problems``)."""
    try:
        found = parse_yaml(raw, "x.yaml").problems
    except DataError as exc:
        found = exc.problems
    return [p.render(lang="en") for p in found]


def test_values_keep_their_positions() -> None:
    doc = parse_yaml(b"a:\n  b: [1, 2]\n  c: text\n", "x.yaml")
    assert doc.data == {"a": {"b": [1, 2], "c": "text"}}
    assert doc.position(("a", "b", 1)) == (2, 10)
    assert doc.position(("a", "c")) == (3, 6)
    assert doc.position(("a", "c"), at_key=True) == (3, 3)
    assert doc.position(("a", "missing", 0)) == (2, 3)


def test_duplicate_keys_name_both_lines() -> None:
    assert problems(b"a: 1\nb: 2\na: 3\n") == [
        "x.yaml:3:1: a: duplicate key 'a' (first defined on line 1) (keep only one of them)"
    ]


def test_duplicate_keys_are_found_in_nested_mappings_too() -> None:
    assert problems(b"outer:\n  k: 1\n  k: 2\n") == [
        "x.yaml:3:3: outer.k: duplicate key 'k' (first defined on line 2) (keep only one of them)"
    ]


def test_aliases_are_refused() -> None:
    assert problems(b"a: &x [1]\nb: *x\n") == [
        "x.yaml:2:1: b: anchors and aliases are not allowed (write the value out; the anchor is on line 1)"
    ]


def test_alias_bomb_is_refused_without_expanding_it() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    found = problems("\n".join(lines).encode())
    assert found[0] == (
        "x.yaml:2:5: a1[0]: anchors and aliases are not allowed "
        "(write the value out; the anchor is on line 1)"
    )
    assert len(found) == 81  # every alias once; nothing is expanded


def test_python_tags_are_refused() -> None:
    assert problems(b"a: !!python/object/apply:os.system ['ls']\n") == [
        "x.yaml:1:4: a: tag !!python/object/apply:os.system is not allowed (remove the tag)"
    ]


def test_merge_keys_are_refused() -> None:
    found = problems(b"a: {x: 1}\nb:\n  <<: {y: 2}\n")
    assert found == ["x.yaml:3:3: b: keys must be plain text (use a simple key)"]


def test_a_byte_order_mark_at_the_start_is_read_past() -> None:
    # Windows editors save UTF-8 with one; positions count from the first character after it.
    doc = parse_yaml(b"\xef\xbb\xbfa: 1\nb: x\n", "x.yaml")
    assert doc.data == {"a": 1, "b": "x"}
    assert doc.problems == []
    assert doc.position(("a",)) == (1, 4)
    assert problems(b"\xef\xbb\xbfa: \xfc\n") == [
        "x.yaml:1:4: not valid UTF-8 (byte 0xfc) (save the file as UTF-8)"
    ]


def test_non_utf8_is_located() -> None:
    assert problems(b"a: 1\nname: Gr\xfc\xdfe\n") == [
        "x.yaml:2:9: not valid UTF-8 (byte 0xfc) (save the file as UTF-8)"
    ]


def test_empty_and_comment_only_files_are_reported() -> None:
    expected = ["x.yaml:1:1: file is empty (expected a mapping of keys)"]
    assert problems(b"") == expected
    assert problems(b"# only a comment\n") == expected


def test_tabs_get_a_hint() -> None:
    assert problems(b"a:\n\tb: 1\n") == [
        "x.yaml:2:1: YAML syntax error: found character that cannot start any token "
        "(indent with spaces, not tabs; once fixed, the check may find further problems in this file)"
    ]


def test_impossible_dates_are_reported() -> None:
    assert problems(b"d: 2027-02-30\n") == [
        "x.yaml:1:4: d: invalid date: '2027-02-30' (write dates as YYYY-MM-DD)"
    ]


def test_crlf_line_endings_are_fine() -> None:
    assert parse_yaml(b"a: 1\r\nb: 2\r\n", "x.yaml").data == {"a": 1, "b": 2}


def test_several_problems_are_reported_at_once() -> None:
    found = problems(b"a: 1\na: 2\nb: !!python/name:os.system ''\n")
    assert len(found) == 2


def test_answers_template_offers_only_formats_the_loader_accepts(tmp_path: Path) -> None:
    """The template's examples, written into an answers file, load as what they say."""
    from fundmatch.answers import load_answers
    from fundmatch.catalogue import load_rubric
    from fundmatch.questionnaire import template

    rubric, _ = load_rubric(ROOT / "rubric.yaml")
    text = template(rubric, "de")
    for refused in ("1.500", "2.500", "01.03.2027", "1.3.27", "z. B. 1,3"):
        assert refused not in text
    filled = (
        text.replace("own_funds_eur: 0.0", "own_funds_eur: 2500.50")
        .replace("total_eur: null", "total_eur: 2500")
        .replace("start: null", "start: 2027-03-01")
        .replace("themes: []", "themes: [integration, sprache]")
        .replace("volunteers: null", "volunteers: 1200")
        .replace("already_started: null", "already_started: false")
    )
    path = tmp_path / "answers.yaml"
    path.write_text(filled, encoding="utf-8")
    answers = load_answers(path, rubric)
    assert answers.resources.own_funds_eur == 2500.5
    assert answers.budget.total_eur == 2500
    assert answers.timing.start == dt.date(2027, 3, 1)
    assert answers.organisation.volunteers == 1200


_OR_NULL = "write a number, or null when it is unknown"
_THOUSANDS = "write 2500; if 2.5 is meant: 2.5"


_NO_UNITS = "without unit or thousands separator: write"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "2.500",
            f"2.500 looks like a thousands separator and would be read as 2.5 ({_THOUSANDS})",
        ),
        ("0500", "0500 starts with a zero and would be read as 320 (write 500)"),
        (
            "41:40",
            f"41:40 would be read as 2500 (a number with a colon) ({_OR_NULL})",
        ),
        (
            "no",
            f"'no' is not a number; a number is expected here ({_OR_NULL})",
        ),
        (
            "true",
            f"'true' is not a number; a number is expected here ({_OR_NULL})",
        ),
        (
            '"2.500"',
            f"2.500 looks like a thousands separator and would be read as 2.5 ({_THOUSANDS})",
        ),
        ('"5.000 €"', "Input should be a valid number (without unit or thousands separator: write 5000)"),
        # A comma before three digits groups thousands, as the questionnaire reads it.
        ('"2,500"', f"Input should be a valid number ({_NO_UNITS} 2500)"),
        ('"1,500.50 €"', f"Input should be a valid number ({_NO_UNITS} 1500.50)"),
        ('"2,5"', f"Input should be a valid number ({_NO_UNITS} 2.5)"),
    ],
)
def test_numbers_that_yaml_misreads_are_refused(written: str, message: str) -> None:
    from fundmatch.models import Answers
    from fundmatch.validation import to_model

    doc = parse_yaml(f"budget:\n  total_eur: {written}\n".encode(), "a.yaml")
    model, found = to_model(Answers, doc)
    assert model is None
    assert [p.render(lang="en") for p in found] == [f"a.yaml:2:14: budget.total_eur: {message}"]


def test_a_misread_number_brings_no_follow_up_error() -> None:
    """2.500 read as 2.5 is less than the 2.300 requested: that is the misreading, said once."""
    from fundmatch.models import Answers
    from fundmatch.validation import to_model

    doc = parse_yaml(b"budget:\n  total_eur: 2.500\n  requested_eur: 2300\n", "a.yaml")
    _, found = to_model(Answers, doc)
    assert [p.path for p in found] == ["budget.total_eur"]
    # Without a misread number the cross-field check still speaks.
    doc = parse_yaml(b"budget:\n  total_eur: 2\n  requested_eur: 2300\n", "a.yaml")
    _, found = to_model(Answers, doc)
    assert [p.path for p in found] == ["budget"]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("01.03.2027", "date as YYYY-MM-DD: write 2027-03-01"),
        ("1.3.27", "date as YYYY-MM-DD: write 2027-03-01"),
        ("31.02.2027", "write dates as YYYY-MM-DD"),  # no such day: no date to propose
        ("März 2027", "write dates as YYYY-MM-DD"),
    ],
)
def test_a_german_date_gets_its_iso_form_as_the_hint(written: str, hint: str) -> None:
    from fundmatch.models import Answers
    from fundmatch.validation import to_model

    doc = parse_yaml(f"timing:\n  start: {written}\n".encode(), "a.yaml")
    model, found = to_model(Answers, doc)
    assert model is None
    expected = f"a.yaml:2:10: timing.start: Input should be a valid date ({hint})"
    assert [p.render(lang="en") for p in found] == [expected]


def test_plain_numbers_pass() -> None:
    from fundmatch.models import Answers
    from fundmatch.validation import to_model

    doc = parse_yaml(
        b"budget:\n  total_eur: 2500.5\n  requested_eur: 1000\norganisation:\n  paid_staff: 0\n", "a.yaml"
    )
    model, found = to_model(Answers, doc)
    assert found == []
    assert model is not None and model.budget.total_eur == 2500.5


def test_problems_render_in_either_language() -> None:
    error = DataError(parse_yaml(b"a: 1\na: 2\n", "x.yaml").problems)
    assert (
        error.text("de")
        == "x.yaml:2:1: a: Schlüssel 'a' doppelt (zuerst in Zeile 1) (behalten Sie nur einen davon)"
    )
    assert (
        error.text("en")
        == "x.yaml:2:1: a: duplicate key 'a' (first defined on line 1) (keep only one of them)"
    )
    [problem] = error.problems
    assert problem.as_dict("en")["hint"] == "keep only one of them"
    assert problem.as_dict("de")["code"] == "problem.duplicate_key"


def test_a_term_named_twice_in_the_answers_counts_once() -> None:
    from fundmatch.models import Answers
    from fundmatch.validation import to_model

    doc = parse_yaml(
        b"needs:\n  themes: [sprache, integration, sprache]\n  cost_types: [miete, miete]\n"
        b"shortlist: [b, a, b]\n",
        "a.yaml",
    )
    model, found = to_model(Answers, doc)
    assert found == [] and model is not None
    assert model.needs.themes == ["sprache", "integration"]  # the first place of each
    assert model.needs.cost_types == ["miete"]
    assert model.shortlist == ["b", "a"]


def test_a_choice_written_in_other_case_is_named() -> None:
    from fundmatch.models import Answers
    from fundmatch.validation import to_model

    _, found = to_model(Answers, parse_yaml(b"effort: Low\n", "a.yaml"))
    assert [p.render(lang="en") for p in found] == [
        "a.yaml:1:9: effort: Input should be 'low', 'medium' or 'high' (did you mean 'low'?)"
    ]
    # The label the questionnaire shows for a choice, in either language.
    _, found = to_model(Answers, parse_yaml(b"effort: wenig\norganisation: {experience: a lot}\n", "a.yaml"))
    assert sorted(p.render(lang="de").rpartition(" (")[2] for p in found) == [
        "meinten Sie 'experienced'?)",
        "meinten Sie 'low'?)",
    ]
    _, found = to_model(Answers, parse_yaml(b"effort: gering\n", "a.yaml"))
    assert "did you mean" not in found[0].render(lang="en")  # no choice is meant: the list says it


def test_a_problem_shows_invisible_characters_as_escapes_but_keeps_no_break_spaces() -> None:
    from fundmatch.errors import problem

    found = problem("a.yaml", 1, 1, "x", "problem.invalid", detail="verein\u200b 1.500\u00a0€\nnext")
    rendered = found.render(lang="en")
    assert "verein\\u200b" in rendered and "\\n" in rendered and "\n" not in rendered
    assert "1.500\u00a0€" in rendered
