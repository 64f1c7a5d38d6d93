"""Write ``regions/niedersachsen.tsv`` from the Federal Statistical Office's Gemeindeverzeichnis.

The source is GV100AD, the fixed-width ASCII edition of the Gemeindeverzeichnis (GV-ISys) that
Destatis publishes every quarter:
https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html

Next update, one command (the file as downloaded, or the excerpt kept in scripts/data/):

    python scripts/regions_from_destatis.py GV100AD_DDMMYY.ASC --source-note "how you obtained it"

Only the records of Niedersachsen (Land 03) are read: Kreise (Satzart 40), Samtgemeinden
(Satzart 50, Kennzeichen 52) and Gemeinden (Satzart 60, Kennzeichen 61, 63, 64). The
gemeindefreie Gebiete (Kennzeichen 65, 66) are not Gemeinden and are left out. The ids of the
regions are derived from the names, so that programmes can name them readably; a Gemeinde name
that occurs in several Landkreise gets the Landkreis in its id (``neuenkirchen-cuxhaven``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "scripts" / "data" / "gv100ad-20211130-niedersachsen.txt"
DEFAULT_OUTPUT = ROOT / "regions" / "niedersachsen.tsv"
COLUMNS = ("id", "name", "kind", "parent", "ags", "ars", "aliases")  # as fundmatch.regions reads them
LAND = "03"

# Ids that programmes already used before this file was generated and that the name rule would
# spell differently. Keep them stable: programme files and saved answers refer to them.
ID_OVERRIDES = {"03403": "stadt-oldenburg-oldb"}

# Other names people use for a place (keyed by AGS). Only names with a reason to be here:
# Hann. Münden is the official abbreviation of the city's name Hannoversch Münden.
ALIASES = {"03159017": ["Hannoversch Münden"]}

KREISFREIE_STADT = "41"
SAMTGEMEINDE = "52"
GEMEINDE_KENNZEICHEN = {"61", "63", "64"}  # kreisfreie Stadt, Stadt, Gemeinde


@dataclass(frozen=True)
class Kreis:
    key: str  # 5 digits: Land, Regierungsbezirk, Kreis
    kennzeichen: str
    name: str


@dataclass(frozen=True)
class Verband:
    kreis: str
    number: str  # 4 digits; Samtgemeinden are 5xxx
    name: str


@dataclass(frozen=True)
class Gemeinde:
    ags: str  # 8 digits
    verband: str  # 4 digits: the Samtgemeinde, or 0 + the Gemeinde number for an Einheitsgemeinde
    kennzeichen: str
    name: str

    @property
    def ars(self) -> str:
        return self.ags[:5] + self.verband + self.ags[5:]


@dataclass
class Directory:
    gebietsstand: dt.date
    kreise: list[Kreis]
    verbaende: list[Verband]
    gemeinden: list[Gemeinde]


def read_gv100ad(lines: list[str]) -> Directory:
    """The Niedersachsen records of an original GV100AD file (fixed columns, see its Satzbeschreibung)."""
    stand: dt.date | None = None
    directory = Directory(dt.date.min, [], [], [])
    for line in lines:
        satzart, key = line[0:2], line[10:18].strip()
        if satzart not in {"40", "50", "60"} or not key.startswith(LAND):
            continue
        stand = dt.datetime.strptime(line[2:10], "%Y%m%d").date()
        name, kennzeichen = line[22:72].strip(), line[122:124].strip()
        if satzart == "40":
            directory.kreise.append(Kreis(key[:5], kennzeichen, name))
        elif satzart == "50" and kennzeichen == SAMTGEMEINDE:
            directory.verbaende.append(Verband(key[:5], line[18:22], name))
        elif satzart == "60" and kennzeichen in GEMEINDE_KENNZEICHEN:
            directory.gemeinden.append(Gemeinde(key, line[18:22], kennzeichen, name))
    if stand is None:
        raise SystemExit("no records of Niedersachsen (Land 03) in this file")
    directory.gebietsstand = stand
    return directory


def read_excerpt(lines: list[str]) -> Directory:
    """The excerpt kept in scripts/data/ (its header explains the three record kinds)."""
    directory = Directory(dt.date.min, [], [], [])
    kreis = ""
    for number, line in enumerate(lines, start=1):
        if line.startswith("# Gebietsstand:"):
            directory.gebietsstand = dt.date.fromisoformat(line.split(":", 1)[1].strip())
        if not line.strip() or line.startswith("#"):
            continue
        kind, rest = line.split(" ", 1)
        if kind == "K":
            kreis, kennzeichen, name = rest.split(" ", 2)
            directory.kreise.append(Kreis(kreis, kennzeichen, name))
        elif kind == "S":
            verband, name = rest.split(" ", 1)
            directory.verbaende.append(Verband(kreis, verband, name))
        elif kind == "G":
            gemeinde, verband, kennzeichen, name = rest.split(" ", 3)
            directory.gemeinden.append(Gemeinde(kreis + gemeinde, verband, kennzeichen, name))
        else:
            raise SystemExit(f"line {number}: unknown record kind {kind!r}")
    if directory.gebietsstand == dt.date.min:
        raise SystemExit("the excerpt names no '# Gebietsstand: YYYY-MM-DD'")
    return directory


def read_directory(path: Path) -> Directory:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # Destatis ships GV100AD in ISO-8859-1
        text = raw.decode("latin-1")
    lines = [line.rstrip("\r\n") for line in text.splitlines()]
    is_original = any(line[:2] == "10" and line[2:10].isdigit() for line in lines[:5])
    return read_gv100ad(lines) if is_original else read_excerpt(lines)


def short_name(official: str) -> str:
    """'Einbeck, Stadt' -> 'Einbeck': the title after the comma is not part of the name people use."""
    return official.split(",", 1)[0].strip()


def slug(name: str) -> str:
    text = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def kreis_id_and_name(kreis: Kreis) -> tuple[str, str, str]:
    base = short_name(kreis.name)
    if kreis.kennzeichen == KREISFREIE_STADT:
        kind, region_id, name = "kreisfreie_stadt", f"stadt-{slug(base)}", f"Stadt {base}"
    elif base.startswith("Region "):
        kind, region_id, name = "landkreis", slug(base), base
    else:
        kind, region_id, name = "landkreis", f"lk-{slug(base)}", f"Landkreis {base}"
    return ID_OVERRIDES.get(kreis.key, region_id), name, kind


def row(**cells: str | list[str] | None) -> str:
    """One region as a table row; aliases are joined with "|", missing cells stay empty."""
    assert set(cells) <= set(COLUMNS)
    values = []
    for column in COLUMNS:
        value = cells.get(column)
        text = "|".join(value) if isinstance(value, list) else (value or "")
        if "\t" in text or "\n" in text or ("|" in text and not isinstance(value, list)):
            raise SystemExit(f"{column} {text!r} cannot be written into the table")
        values.append(text)
    return "\t".join(values)


def render(directory: Directory, source: str) -> str:
    kreise = {k.key: k for k in directory.kreise}
    kreis_ids = {key: kreis_id_and_name(k)[0] for key, k in kreise.items()}
    members = [g for g in directory.gemeinden if g.kennzeichen != "61"]  # kreisfreie: the Kreis itself
    names = Counter(slug(short_name(g.name)) for g in members)

    def gemeinde_id(g: Gemeinde) -> str:
        base = slug(short_name(g.name))
        return base if names[base] == 1 else f"{base}-{kreis_ids[g.ags[:5]].removeprefix('lk-')}"

    stand = directory.gebietsstand
    kreisfrei = sum(1 for g in directory.gemeinden if g.kennzeichen == "61")
    in_verband = sum(1 for g in members if g.verband.startswith("5"))
    out = [
        "# GENERATED by scripts/regions_from_destatis.py - do not edit by hand; re-run the script.",
        "# One region per row, cells separated by tabs; fundmatch validates it with the rubric.",
        "#",
        "# Land Niedersachsen with its Landkreise, Region Hannover, kreisfreie Städte, Samtgemeinden",
        "# and Gemeinden, with their official keys:",
        "#   ags = Amtlicher Gemeindeschlüssel (Land 2, Kreis 5, Gemeinde 8 digits),",
        "#   ars = Amtlicher Regionalschlüssel (Kreis 5, Samtgemeinde 9, Gemeinde 12 digits).",
        "# Source: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, file GV100AD,",
        f"#   Gebietsstand {stand:%d.%m.%Y}; "
        "https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html",
        "#   © Statistisches Bundesamt (Destatis), im Auftrag der Herausgebergemeinschaft Statistische Ämter",
        "#   des Bundes und der Länder; Vervielfältigung und Verbreitung mit Quellenangabe gestattet.",
        f"# Obtained: {source}",
        f"# Counted: {len(directory.gemeinden)} Gemeinden ({kreisfrei} kreisfreie Städte, {in_verband} in "
        f"{len(directory.verbaende)} Samtgemeinden), {len(directory.kreise)} Kreise and kreisfreie Städte.",
        "# Ids are derived from the names (umlauts as ae/oe/ue); a name that occurs in several",
        "# Landkreise carries the Landkreis in its id. Stadt Göttingen belongs to Landkreis Göttingen",
        "# (Göttingen-Gesetz: treated like a kreisfreie Stadt, but kreisangehörig), Hannover to Region",
        "# Hannover. The gemeindefreie Gebiete (no inhabitants or no Gemeinde) are left out.",
        "\t".join(COLUMNS),
        row(id="de", name="Deutschland", kind="staat"),
        row(id="ni", name="Niedersachsen", kind="land", parent="de", ags=LAND, ars=LAND),
    ]
    for key, kreis in kreise.items():
        region_id, name, kind = kreis_id_and_name(kreis)
        out.append(f"# {kreis.name} ({key})")
        out.append(row(id=region_id, name=name, kind=kind, parent="ni", ags=key, ars=key))
        for verband in (v for v in directory.verbaende if v.kreis == key):
            sg_name = short_name(verband.name)
            out.append(
                row(
                    id=f"sg-{slug(sg_name)}",
                    name=f"Samtgemeinde {sg_name}",
                    kind="samtgemeinde",
                    parent=region_id,
                    ars=key + verband.number,
                )
            )
        for g in (g for g in members if g.ags.startswith(key)):
            parent = region_id
            if g.verband.startswith("5"):  # a member of a Samtgemeinde
                parent = f"sg-{slug(short_name(_verband(directory, key, g.verband).name))}"
            out.append(
                row(
                    id=gemeinde_id(g),
                    name=short_name(g.name),
                    kind="gemeinde",
                    parent=parent,
                    ags=g.ags,
                    ars=g.ars,
                    aliases=ALIASES.get(g.ags, []),
                )
            )
    return "\n".join(out) + "\n"


def _verband(directory: Directory, kreis: str, number: str) -> Verband:
    for verband in directory.verbaende:
        if verband.kreis == kreis and verband.number == number:
            return verband
    raise SystemExit(f"Gemeinde refers to Gemeindeverband {kreis}{number}, which the file does not list")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--source-note",
        default=(
            "transcribed record by record from a stored copy of GV100AD_301121.ASC in the public "
            "repository Mechtecs/gv100ad-extract (commit c238057d49d3d0cbd57107a72edc1c4006f04e20), "
            "kept as scripts/data/gv100ad-20211130-niedersachsen.txt"
        ),
        help="how the source file was obtained (written into the header)",
    )
    args = parser.parse_args(argv)
    directory = read_directory(args.source)
    if args.output.suffix != ".tsv":
        raise SystemExit("the output is a tab-separated table: name it *.tsv")
    text = render(directory, args.source_note)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(directory.gemeinden)} Gemeinden, Gebietsstand {directory.gebietsstand}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
