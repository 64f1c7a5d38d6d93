"""Strict YAML: libyaml's C parser, no duplicate keys, no aliases, no custom tags, and a
position for every value so that later errors can say file:line:col."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from fundmatch.errors import DataError, Problem, display_path

Loc = tuple[str | int, ...]

# Files beyond this size are refused before parsing: no real programme needs it, and it
# keeps a stray data dump from stalling validation.
MAX_FILE_BYTES = 2_000_000

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_YAML + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_BOM = b"\xef\xbb\xbf"


@dataclass
class Document:
    """Plain data from one YAML file, and the node tree that knows where each value stood."""

    file: str
    data: Any
    digest: str = ""  # sha256 of the file's bytes, for catalogue fingerprints
    root: Node | None = None
    _values: dict[Loc, tuple[int, int]] | None = field(default=None, repr=False)
    _keys: dict[Loc, tuple[int, int]] = field(default_factory=dict, repr=False)

    def position(self, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
        """Line and column of ``loc`` or of its nearest known parent."""
        if self._values is None:
            # Positions are only needed to report a problem, so they are indexed on the
            # first request rather than for every value of every file.
            self._values = {}
            if self.root is not None:
                _index(self.root, (), self._values, self._keys, set())
        if at_key and loc in self._keys:
            return self._keys[loc]
        while loc not in self._values and loc:
            loc = loc[:-1]
        return self._values.get(loc, (1, 1))

    def problem(self, loc: Loc, message: str, hint: str = "", *, at_key: bool = False) -> Problem:
        """A problem located at ``loc`` in this document."""
        line, col = self.position(loc, at_key=at_key)
        return Problem(self.file, line, col, dotted(loc), message, hint)


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _index(
    node: Node, loc: Loc, values: dict[Loc, tuple[int, int]], keys: dict[Loc, tuple[int, int]], seen: set[int]
) -> None:
    """Record the position of every value (and mapping key) below ``node`` by its path."""
    if id(node) in seen:
        return
    seen.add(id(node))
    values.setdefault(loc, _mark(node))
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
    """Read and strictly parse one YAML file; raise DataError with every problem in it."""
    name = display_path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise DataError(
                [Problem(name, 1, 1, "", "not a regular file", "programme files must be plain files")]
            )
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise DataError(
                [Problem(name, 1, 1, "", f"file is larger than {MAX_FILE_BYTES:,} bytes", "split it up")]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(name, 1, 1, "", f"cannot read file: {exc.strerror}")]) from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes, name: str) -> Document:
    """Parse YAML bytes named ``name`` (used in messages)."""
    if raw.startswith(_BOM):
        hint = "save the file as UTF-8 without BOM"
        raise DataError([Problem(name, 1, 1, "", "file starts with a byte order mark", hint)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})"
        raise DataError([Problem(name, line, col, "", message, "save the file as UTF-8")]) from None
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
        message = f"control character U+{code:04X} is not allowed"
        raise DataError([Problem(name, line, col, "", message, "remove it")]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(name, 1, 1, "", f"YAML error: {exc}")]) from None
    finally:
        loader.dispose()
    if node is None:
        raise DataError([Problem(name, 1, 1, "", "file is empty", "expected a mapping of keys")])
    builder = _Builder(loader, Document(name, None, hashlib.sha256(raw).hexdigest(), node))
    builder.doc.data = builder.build(node, ())
    if builder.problems:
        raise DataError(builder.problems)
    return builder.doc


def _syntax_problem(name: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or exc.context or "invalid YAML"
    tab = mark is not None and text[mark.index : mark.index + 1] == "\t"
    hint = "indent with spaces, not tabs" if tab else ""
    return Problem(name, line, col, "", f"YAML syntax error: {problem}", hint)


class _Builder:
    """Turns a composed node tree into plain data, checking what PyYAML lets through."""

    def __init__(self, loader: yaml.CSafeLoader, doc: Document) -> None:
        self.loader = loader
        self.doc = doc
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def fail(self, at: Node | Mark, loc: Loc, message: str, hint: str = "") -> None:
        mark = at.start_mark if isinstance(at, Node) else at
        self.problems.append(
            Problem(self.doc.file, mark.line + 1, mark.column + 1, dotted(loc), message, hint)
        )

    def build(self, node: Node, loc: Loc, place: Mark | None = None) -> Any:
        # The composer hands back the very same node object for every alias of an anchor,
        # so a second visit is an alias. Stopping there also defuses "billion laughs".
        # The alias itself has no position of its own, so ``place`` (the key or list it
        # stands in) locates it.
        if id(node) in self.seen:
            anchor_line = node.start_mark.line + 1
            hint = f"write the value out; the anchor is on line {anchor_line}"
            self.fail(place or node.start_mark, loc, "anchors and aliases are not allowed", hint)
            return None
        self.seen.add(id(node))
        if isinstance(node, MappingNode) and node.tag == _YAML + "map":
            return self.build_mapping(node, loc)
        if isinstance(node, SequenceNode) and node.tag == _YAML + "seq":
            return [self.build(item, (*loc, i), node.start_mark) for i, item in enumerate(node.value)]
        if isinstance(node, ScalarNode) and node.tag in _SCALAR_TAGS:
            return self.build_scalar(node, loc)
        tag = node.tag.replace(_YAML, "!!")
        self.fail(node, loc, f"tag {tag} is not allowed", "remove the tag")
        return None

    def build_mapping(self, node: MappingNode, loc: Loc) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            # Text keys, and whole numbers for the rubric's level anchors; nothing else.
            plain = isinstance(key_node, ScalarNode) and key_node.tag in (_YAML + "str", _YAML + "int")
            key = self.build_scalar(key_node, loc) if plain else None
            if not isinstance(key, str | int) or isinstance(key, bool):
                self.fail(key_node, loc, "keys must be plain text", "use a simple key")
                continue
            if key in first_line:
                message = f"duplicate key '{key}' (first defined on line {first_line[key]})"
                self.fail(key_node, (*loc, key), message, "keep only one of them")
                continue
            first_line[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*loc, key), key_node.start_mark)
        return result

    def build_scalar(self, node: ScalarNode, loc: Loc) -> Any:
        if node.tag == _YAML + "str":  # most values: no constructor needed
            return node.value
        construct = self.loader.yaml_constructors[node.tag]
        kind = node.tag.removeprefix(_YAML)
        what = "date" if kind == "timestamp" else kind
        hint = "write dates as YYYY-MM-DD" if kind == "timestamp" else ""
        try:
            return construct(self.loader, node)
        except ValueError as exc:
            self.fail(node, loc, f"invalid {what}: {exc}", hint)
        # PyYAML's constructors fail in other ways on explicitly tagged odd values
        # ("!!bool vielleicht", "!!int ''", "!!timestamp bald").
        except (KeyError, IndexError, AttributeError, TypeError, OverflowError):
            self.fail(node, loc, f"invalid {what}: '{node.value}'", hint)
        return None
