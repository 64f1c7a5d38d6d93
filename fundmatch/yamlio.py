"""Strict YAML: libyaml's C parser, no duplicate keys, no aliases, no custom tags, and a
position for every value so that later errors can say file:line:col."""

from __future__ import annotations

import hashlib
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from fundmatch.errors import DataError, Problem, display_path, os_reason, problem
from fundmatch.i18n import Msg, msg

Loc = tuple[str | int, ...]

# Files beyond this size are refused before parsing: no real programme needs it, and it
# keeps a stray data dump from stalling validation.
MAX_FILE_BYTES = 2_000_000

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_YAML + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_BOM = b"\xef\xbb\xbf"
YAML_SUFFIXES = (".yaml", ".yml")  # the files read as YAML: programmes, region files


@dataclass
class Document:
    """Plain data from one YAML file, and the node tree that knows where each value stood."""

    file: str
    data: Any
    digest: str = ""  # sha256 of the file's bytes, for catalogue fingerprints
    root: Node | None = None
    _values: dict[Loc, Node] | None = field(default=None, repr=False)
    _keys: dict[Loc, tuple[int, int]] = field(default_factory=dict, repr=False)
    # The written text of numbers YAML reads differently from what a person means
    # ("2.500", "0500", "41:40", "no"): fundmatch.validation refuses them in number fields.
    odd_numbers: dict[Loc, str] = field(default_factory=dict, repr=False)
    # What the parse refused (a date that does not exist, a tag, an alias, a key written
    # twice); null stands in place of each such value. ``validation.to_model`` reports these
    # with the model's own problems, so a file's mistakes are all said at once.
    problems: list[Problem] = field(default_factory=list)

    def node(self, loc: Loc) -> Node | None:
        """The node of the value at ``loc`` exactly, if there is one."""
        return self._index().get(loc)

    def _index(self) -> dict[Loc, Node]:
        if self._values is None:
            # Positions are only needed to report a problem, so they are indexed on the
            # first request rather than for every value of every file.
            self._values = {}
            if self.root is not None:
                _index(self.root, (), self._values, self._keys, set())
        return self._values

    def position(self, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
        """Line and column of ``loc`` or of its nearest known parent."""
        values = self._index()
        if at_key and loc in self._keys:
            return self._keys[loc]
        while loc not in values and loc:
            loc = loc[:-1]
        return _mark(values[loc]) if loc in values else (1, 1)

    def top_position(self, key: str) -> tuple[int, int]:
        """``position((key,))`` for a key of the top mapping, without indexing the file."""
        if self._values is None and isinstance(self.root, MappingNode):
            for key_node, value_node in self.root.value:
                if (
                    isinstance(key_node, ScalarNode)
                    and key_node.tag == _YAML + "str"
                    and key_node.value == key
                ):
                    return _mark(value_node)
        return self.position((key,))

    def problem(self, loc: Loc, message: Msg, *hints: Msg | None, at_key: bool = False) -> Problem:
        """A problem located at ``loc`` in this document (hints that are None are left out)."""
        line, col = self.position(loc, at_key=at_key)
        return Problem(self.file, line, col, dotted(loc), message, tuple(h for h in hints if h))


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _index(
    node: Node, loc: Loc, values: dict[Loc, Node], keys: dict[Loc, tuple[int, int]], seen: set[int]
) -> None:
    """Record the position of every value (and mapping key) below ``node`` by its path."""
    if id(node) in seen:
        return
    seen.add(id(node))
    values.setdefault(loc, node)
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.tag in (_YAML + "str", _YAML + "int"):
                key: str | int = key_node.value if key_node.tag == _YAML + "str" else _int_key(key_node)
                keys.setdefault((*loc, key), _mark(key_node))
                _index(value_node, (*loc, key), values, keys, seen)
    elif isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*loc, i), values, keys, seen)


def _int_key(node: ScalarNode) -> int:
    try:
        return int(yaml.constructor.SafeConstructor().construct_yaml_int(node))
    except (ValueError, IndexError):
        return -1


def dotted(loc: Loc) -> str:
    """``("funding", "max_eur")`` → ``funding.max_eur``; list indexes as ``deadlines.dates[0]``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_yaml(path: Path) -> Document:
    """Read and strictly parse one YAML file (see ``parse_yaml``)."""
    name = display_path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise DataError([problem(name, 1, 1, "", "problem.not_regular_file", msg("hint.plain_files"))])
        size = info.st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES
            raise DataError([problem(name, 1, 1, "", "problem.too_large", msg("hint.split"), limit=limit)])
        raw = path.read_bytes()
    except OSError as exc:
        problem_ = problem(name, 1, 1, "", "problem.cannot_read", reason=os_reason(exc))
        raise DataError([problem_]) from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes, name: str) -> Document:
    """Parse YAML bytes named ``name`` (used in messages). A file that cannot be read as YAML
    at all raises DataError; what the parse refused inside it is in ``Document.problems``."""
    body = raw.removeprefix(_BOM)  # allowed at the start (YAML 1.2); Windows editors write one
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        col = exc.start - (body.rfind(b"\n", 0, exc.start) + 1) + 1
        found = problem(
            name, line, col, "", "problem.not_utf8", msg("hint.save_utf8"), byte=f"{body[exc.start]:02x}"
        )
        raise DataError([found]) from None
    loader = yaml.CSafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise DataError([_syntax_problem(name, text, exc)]) from None
    except yaml.reader.ReaderError as exc:  # a control character: located by its index
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        # libyaml reports the character as its code point, the pure-Python reader as text.
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        found = problem(
            name, line, col, "", "problem.control_char", msg("hint.remove_it"), code=f"{code:04X}"
        )
        raise DataError([found]) from None
    except yaml.YAMLError as exc:
        raise DataError([problem(name, 1, 1, "", "problem.yaml_error", detail=str(exc))]) from None
    finally:
        loader.dispose()
    if node is None:
        raise DataError([problem(name, 1, 1, "", "problem.empty", msg("hint.expected_mapping"))])
    builder = _Builder(loader, Document(name, None, hashlib.sha256(raw).hexdigest(), node))
    builder.doc.data = builder.build(node, ())
    builder.doc.problems = builder.problems
    return builder.doc


# libyaml's words for the usual syntax errors, as message keys.
_SYNTAX = {
    "mapping values are not allowed in this context": "syntax.mapping_values",
    "found character that cannot start any token": "syntax.no_token",
    "did not find expected ',' or ']'": "syntax.flow_sequence",
    "did not find expected ',' or '}'": "syntax.flow_mapping",
    "but found another document": "syntax.another_document",
    "exceeded maximum nesting depth": "syntax.nesting",
    "could not find expected ':'": "syntax.no_colon",
    "found unexpected end of stream": "syntax.end_of_stream",
    "did not find expected '-' indicator": "syntax.no_dash",
    "did not find expected key": "syntax.no_key",
    "did not find expected node content": "syntax.no_value",
    "block sequence entries are not allowed in this context": "syntax.dash_inline",
    "found unknown escape character": "syntax.escape",
    "did not find expected alphabetic or numeric character": "syntax.anchor_name",
}
# Errors that libyaml notices only after the line that causes them: the cause is where the
# unclosed construct (key, quote, bracket) began, which libyaml gives as the context mark.
_CAUSED_AT_CONTEXT = {
    "syntax.no_colon",
    "syntax.end_of_stream",
    "syntax.flow_sequence",
    "syntax.flow_mapping",
}


def _syntax_problem(name: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A syntax error, placed on the line that most likely holds the mistake.

    Parsing stops at the first syntax error, so a hint says that more may follow."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    detail = exc.problem or exc.context or "invalid YAML"
    key = _SYNTAX.get(detail, "syntax.other")
    hints: list[Msg] = []
    if mark is not None and text[mark.index : mark.index + 1] == "\t":
        hints.append(msg("hint.tabs"))
    likely = _likely_line(text, key, exc)
    if likely is not None and likely != line:
        hints.append(msg("hint.likely_previous", line=line, col=col))
        line, col = likely, _first_column(text, likely)
    elif key == "syntax.mapping_values" and _indented_further(text, line):
        hints.append(msg("hint.indent_or_quote", line=line))
    elif key == "syntax.mapping_values":
        hints.append(msg("hint.quote_colon"))
    hints.append(msg("hint.more_after_syntax"))
    return Problem(name, line, col, "", msg("problem.syntax", detail=msg(key, detail=detail)), tuple(hints))


def _likely_line(text: str, key: str, exc: yaml.MarkedYAMLError) -> int | None:
    """The line (1-based) where the mistake probably is, when libyaml noticed it later."""
    mark = exc.problem_mark
    lines = text.splitlines()
    if key in _CAUSED_AT_CONTEXT and exc.context_mark is not None:
        return exc.context_mark.line + 1
    if mark is not None and mark.line >= len(lines):  # noticed at the end of the file
        last = _previous_content_line(lines, len(lines))
        return last + 1 if last is not None else None
    if key == "syntax.mapping_values" and mark is not None:
        # "key: value" on a line that libyaml reads as the continuation of the line before:
        # when that line has no "key:" of its own, its colon is missing.
        current = lines[mark.line] if mark.line < len(lines) else ""
        previous = _previous_content_line(lines, mark.line)
        if current.find(":") == mark.column and previous is not None and not _KEY.match(lines[previous]):
            return previous + 1
    return None


_KEY = re.compile(r"^\s*(- )?[^\s:#][^:#]*:(\s|$)")


def _previous_content_line(lines: list[str], index: int) -> int | None:
    for previous in range(index - 1, -1, -1):
        if lines[previous].strip() and not lines[previous].lstrip().startswith("#"):
            return previous
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _indented_further(text: str, line: int) -> bool:
    """Whether ``line`` (1-based) is indented further than the line with content before it."""
    lines = text.splitlines()
    previous = _previous_content_line(lines, line - 1)
    return (
        previous is not None and line - 1 < len(lines) and _indent(lines[line - 1]) > _indent(lines[previous])
    )


def _first_column(text: str, line: int) -> int:
    content = text.splitlines()[line - 1] if line - 1 < len(text.splitlines()) else ""
    return len(content) - len(content.lstrip()) + 1


class _Builder:
    """Turns a composed node tree into plain data, checking what PyYAML lets through."""

    def __init__(self, loader: yaml.CSafeLoader, doc: Document) -> None:
        self.loader = loader
        self.doc = doc
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def fail(self, at: Node | Mark, loc: Loc, message: Msg, *hints: Msg) -> None:
        mark = at.start_mark if isinstance(at, Node) else at
        self.problems.append(
            Problem(self.doc.file, mark.line + 1, mark.column + 1, dotted(loc), message, hints)
        )

    def build(self, node: Node, loc: Loc, place: Mark | None = None) -> Any:
        # The composer hands back the very same node object for every alias of an anchor,
        # so a second visit is an alias. Stopping there also defuses "billion laughs".
        # The alias itself has no position of its own, so ``place`` (the key or list it
        # stands in) locates it.
        if id(node) in self.seen:
            anchor_line = node.start_mark.line + 1
            hint = msg("hint.write_out", line=anchor_line)
            self.fail(place or node.start_mark, loc, msg("problem.alias"), hint)
            return None
        self.seen.add(id(node))
        if isinstance(node, MappingNode) and node.tag == _YAML + "map":
            return self.build_mapping(node, loc)
        if isinstance(node, SequenceNode) and node.tag == _YAML + "seq":
            return [self.build(item, (*loc, i), node.start_mark) for i, item in enumerate(node.value)]
        if isinstance(node, ScalarNode) and node.tag in _SCALAR_TAGS:
            return self.build_scalar(node, loc)
        tag = node.tag.replace(_YAML, "!!")
        self.fail(node, loc, msg("problem.tag", tag=tag), msg("hint.remove_tag"))
        return None

    def build_mapping(self, node: MappingNode, loc: Loc) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            # Text keys, and whole numbers for the rubric's level anchors; nothing else.
            plain = isinstance(key_node, ScalarNode) and key_node.tag in (_YAML + "str", _YAML + "int")
            key = self.build_scalar(key_node, loc) if plain else None
            if not isinstance(key, str | int) or isinstance(key, bool):
                self.fail(key_node, loc, msg("problem.key_not_text"), msg("hint.simple_key"))
                continue
            if key in first_line:
                message = msg("problem.duplicate_key", name=key, line=first_line[key])
                self.fail(key_node, (*loc, key), message, msg("hint.keep_one"))
                continue
            first_line[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*loc, key), key_node.start_mark)
        return result

    def build_scalar(self, node: ScalarNode, loc: Loc) -> Any:
        if node.tag == _YAML + "str":  # most values: no constructor needed
            return node.value
        if node.tag != _YAML + "null" and _ODD_NUMBER.match(node.value):
            self.doc.odd_numbers[loc] = node.value
        construct = self.loader.yaml_constructors[node.tag]
        kind = node.tag.removeprefix(_YAML)
        hints = (msg("hint.date_format"),) if kind == "timestamp" else ()
        what = msg(f"problem.invalid_{'date' if kind == 'timestamp' else kind}", value=node.value)
        if kind == "int" and len(node.value) > MAX_DIGITS:
            # int() of a very long text takes quadratic time and Python refuses it with a
            # message about sys.set_int_max_str_digits; no real number is this long.
            self.fail(
                node, loc, msg("problem.number_too_long", digits=len(node.value)), msg("hint.plain_number")
            )
            return None
        try:
            return construct(self.loader, node)
        # PyYAML's constructors fail in several ways on explicitly tagged odd values
        # ("!!bool vielleicht", "!!int ''", "!!timestamp bald", "2027-02-30").
        except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):
            self.fail(node, loc, what, *hints)
        return None


# A float with exactly three decimals (a German thousands separator), a whole number with a
# leading zero (octal in YAML 1.1), one with a colon (base 60), or a yes/no word.
_ODD_NUMBER = re.compile(
    r"^[-+]?(\d+\.\d{3}|0\d+|[\d_]+(:[0-5]?\d)+|yes|no|on|off|y|n|true|false)$", re.IGNORECASE
)

# Longer whole numbers are refused before conversion (see _Builder.build_scalar).
MAX_DIGITS = 30
