"""Every town of Lower Saxony: the generated region table, its checks, and the region gate."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from fundmatch.catalogue import load_rubric
from fundmatch.cli import app
from fundmatch.errors import DataError
from fundmatch.models import Region, RegionKind, Rubric
from tests.conftest import ROOT

EXCERPT = ROOT / "scripts" / "data" / "gv100ad-20211130-niedersachsen.txt"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "regions_from_destatis", ROOT / "scripts" / "regions_from_destatis.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric(ROOT / "rubric.yaml")[0]


@pytest.fixture(scope="module")
def regions(rubric: Rubric) -> dict[str, Region]:
    return {r.id: r for r in rubric.vocabularies.regions}


def _chain(region: Region, regions: dict[str, Region]) -> list[Region]:
    chain = [region]
    while chain[-1].parent is not None:
        assert len(chain) < 10, [r.id for r in chain]
        chain.append(regions[chain[-1].parent])
    return chain


def _of(kind: RegionKind, regions: dict[str, Region]) -> list[Region]:
    return [r for r in regions.values() if r.kind is kind]


def test_the_count_matches_the_source(regions: dict[str, Region]) -> None:
    source = GENERATOR.read_directory(EXCERPT)
    towns = _of(RegionKind.GEMEINDE, regions) + _of(RegionKind.KREISFREIE_STADT, regions)
    assert len(towns) == len(source.gemeinden) == 939  # LSN: 939 Gemeinden (Stand 01.11.2021)
    assert len(_of(RegionKind.SAMTGEMEINDE, regions)) == len(source.verbaende) == 114
    in_samtgemeinde = [r for r in towns if r.parent and regions[r.parent].kind is RegionKind.SAMTGEMEINDE]
    assert len(in_samtgemeinde) == 650
    kreise = _of(RegionKind.LANDKREIS, regions) + _of(RegionKind.KREISFREIE_STADT, regions)
    assert len(kreise) == len(source.kreise) == 45  # 36 Landkreise, Region Hannover, 8 kreisfreie Städte


def test_every_town_has_a_parent_chain_up_to_the_land(regions: dict[str, Region]) -> None:
    expected = {
        (RegionKind.GEMEINDE, RegionKind.LANDKREIS, RegionKind.LAND, RegionKind.STAAT),
        (
            RegionKind.GEMEINDE,
            RegionKind.SAMTGEMEINDE,
            RegionKind.LANDKREIS,
            RegionKind.LAND,
            RegionKind.STAAT,
        ),
        (RegionKind.KREISFREIE_STADT, RegionKind.LAND, RegionKind.STAAT),
    }
    for town in _of(RegionKind.GEMEINDE, regions) + _of(RegionKind.KREISFREIE_STADT, regions):
        chain = _chain(town, regions)
        assert tuple(r.kind for r in chain) in expected, [r.id for r in chain]
        assert [r.id for r in chain[-2:]] == ["ni", "de"]


def test_keys_are_unique_and_extend_their_parents_keys(regions: dict[str, Region]) -> None:
    for field in ("ags", "ars"):
        keys = Counter(getattr(r, field) for r in regions.values() if getattr(r, field) is not None)
        assert [k for k, n in keys.items() if n > 1] == [], field
    for town in _of(RegionKind.GEMEINDE, regions):
        assert town.ags is not None and town.ars is not None and len(town.ags) == 8 and len(town.ars) == 12
        kreis = next(r for r in _chain(town, regions) if r.kind is RegionKind.LANDKREIS)
        assert town.ags[:5] == kreis.ags, town.id
        parent = regions[town.parent or ""]
        assert town.ars.startswith(parent.ars or "-"), town.id
        # ARS = Kreis (5) + Gemeindeverband (4) + Gemeinde (3); AGS = Kreis (5) + Gemeinde (3).
        assert town.ars[:5] + town.ars[9:] == town.ags, town.id
    for verband in _of(RegionKind.SAMTGEMEINDE, regions):
        assert verband.ars is not None and verband.ars[5] == "5" and len(verband.ars) == 9, verband.id


def test_the_special_cases_goettingen_and_hannover(regions: dict[str, Region]) -> None:
    goettingen = regions["goettingen"]
    assert (goettingen.kind, goettingen.parent, goettingen.ags) == (
        RegionKind.GEMEINDE,
        "lk-goettingen",
        "03159016",
    )
    hannover = regions["hannover"]
    assert (hannover.kind, hannover.parent, hannover.ags) == (
        RegionKind.GEMEINDE,
        "region-hannover",
        "03241001",
    )
    assert regions["region-hannover"].kind is RegionKind.LANDKREIS
    assert regions["stadt-braunschweig"].kind is RegionKind.KREISFREIE_STADT


def test_ids_used_before_the_generated_table_are_kept(regions: dict[str, Region]) -> None:
    northeim = {"bad-gandersheim", "bodenfelde", "dassel", "einbeck", "hardegsen", "kalefeld"}
    northeim |= {"katlenburg-lindau", "moringen", "noerten-hardenberg", "northeim", "uslar"}
    assert {r.id for r in regions.values() if r.parent == "lk-northeim"} == northeim
    for region_id in (
        "stadt-oldenburg-oldb",
        "lk-nienburg-weser",
        "seesen",
        "clausthal-zellerfeld",
        "alfeld-leine",
    ):
        assert region_id in regions
    assert regions["leader-harzweserland"].members == ["lk-northeim"]


def test_equal_names_get_their_landkreis_in_the_id(regions: dict[str, Region]) -> None:
    neuenkirchen = sorted(r.id for r in regions.values() if r.name == "Neuenkirchen")
    assert neuenkirchen == [
        "neuenkirchen-cuxhaven",
        "neuenkirchen-diepholz",
        "neuenkirchen-heidekreis",
        "neuenkirchen-osnabrueck",
        "neuenkirchen-stade",
    ]


def test_the_shipped_table_is_what_the_generator_writes(tmp_path: Path) -> None:
    out = tmp_path / "niedersachsen.tsv"
    assert GENERATOR.main([str(EXCERPT), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (ROOT / "regions" / "niedersachsen.tsv").read_text(
        encoding="utf-8"
    )


def _gv_line(satzart: str, key: str, verband: str, name: str, kennzeichen: str) -> str:
    """A record laid out as in GV100AD (Satzart, Gebietsstand, key, Verband, name, seat, Kennzeichen)."""
    return f"{satzart}20211130{key:<8}{verband:<4}{name:<50}{'':<50}{kennzeichen:<2}    0000000231920"


def test_the_original_gv100ad_layout_is_read_like_the_excerpt() -> None:
    lines = [
        "102021113003          Niedersachsen                                     Hannover",
        _gv_line("40", "03155", "", "Northeim", "44"),
        _gv_line("50", "03155", "0013", "Einbeck, Stadt", "50"),  # an Einheitsgemeinde: no Samtgemeinde
        _gv_line("60", "03155013", "0013", "Einbeck, Stadt", "63"),
        _gv_line("60", "03155501", "9501", "Solling (Landkreis Northeim), gemfr. Geb.", "66"),
        _gv_line("40", "03159", "", "Göttingen", "44"),
        _gv_line("50", "03159", "5404", "Radolfshausen", "52"),
        _gv_line("60", "03159011", "5404", "Ebergötzen", "64"),
        _gv_line("60", "01062001", "0001", "Ahrensburg, Stadt", "63"),  # Schleswig-Holstein: not read
    ]
    original = GENERATOR.read_gv100ad(lines)
    excerpt = GENERATOR.read_directory(EXCERPT)
    assert str(original.gebietsstand) == "2021-11-30" == str(excerpt.gebietsstand)
    assert [g.ags for g in original.gemeinden] == ["03155013", "03159011"]
    for gemeinde in original.gemeinden:
        assert gemeinde in excerpt.gemeinden
    assert original.verbaende == [v for v in excerpt.verbaende if v.kreis == "03159" and v.number == "5404"]
    assert [k.key for k in original.kreise] == ["03155", "03159"]


# --- the region files are checked like every other data file ----------------------------


def _copy_catalogue(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "rubric.yaml", tmp_path / "rubric.yaml")
    shutil.copytree(ROOT / "regions", tmp_path / "regions")
    return tmp_path / "rubric.yaml"


def _problems(rubric_path: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_rubric(rubric_path)
    return [p.render(lang="en") for p in info.value.problems]


def test_a_broken_table_row_is_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rubric_path = _copy_catalogue(tmp_path)
    table = tmp_path / "regions" / "niedersachsen.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("dassel\t"))
    lines[row] = lines[row].replace("\t03155003\t", "\t031550X3\t")
    lines.append("dassel\tDassel\tgemeinde\tlk-northeim\t03155003")
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    column = lines[row].index("031550X3") + 1
    assert _problems(rubric_path) == [
        f"regions/niedersachsen.tsv:{row + 1}:{column}: ags: '031550X3' is not allowed here",
        f"regions/niedersachsen.tsv:{len(lines)}:1: expected 7 tab-separated cells, found 5",
    ]


def test_unknown_members_duplicate_ids_and_foreign_keys_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    rubric_path = _copy_catalogue(tmp_path)
    areas = tmp_path / "regions" / "areas.yaml"
    text = areas.read_text(encoding="utf-8").replace("      - lk-northeim\n", "      - lk-nordheim\n", 1)
    added = len(text.splitlines()) + 1
    index = text.count("\n  - id: ")  # the appended region comes after all areas
    text += "  - {id: uslar, name: Uslar, kind: gemeinde, parent: lk-goettingen, ags: '03155012'}\n"
    areas.write_text(text, encoding="utf-8")
    table = (tmp_path / "regions" / "niedersachsen.tsv").read_text(encoding="utf-8").splitlines()
    table_row = next(n for n, line in enumerate(table, 1) if line.startswith("uslar\t"))
    ags_column = text.splitlines()[added - 1].index("'03155012'") + 1
    member_row = next(n for n, line in enumerate(text.splitlines(), 1) if "- lk-nordheim" in line)
    # Files are read in name order: areas.yaml first, so the table's Uslar is the second one.
    assert sorted(_problems(rubric_path)) == sorted(
        [
            f"regions/areas.yaml:{member_row}:9: regions[0].members[0]: unknown member region 'lk-nordheim'",
            f"regions/areas.yaml:{added}:{ags_column}: regions[{index}].ags: "
            "ags '03155012' does not extend the ags '03159' of 'lk-goettingen'",
            f"regions/niedersachsen.tsv:{table_row}:1: id: id 'uslar' is used twice "
            f"(first at regions/areas.yaml:{added})",
        ]
    )


# --- the region gate, through `fundmatch match --answers FILE --format json` -------------

# Where each test town lies: its Landkreis or kreisfreie Stadt (from the Gemeindeverzeichnis).
TOWNS = {
    "uslar": "lk-northeim",
    "einbeck": "lk-northeim",
    "goettingen": "lk-goettingen",  # Stadt Göttingen: kreisangehörig with special status
    "ebergoetzen": "lk-goettingen",  # member of Samtgemeinde Radolfshausen
    "osterode-am-harz": "lk-goettingen",
    "stadt-braunschweig": "stadt-braunschweig",  # kreisfreie Stadt
    "hannover": "region-hannover",
    "burgdorf-region-hannover": "region-hannover",
    "bad-pyrmont": "lk-hameln-pyrmont",
    "hildesheim": "lk-hildesheim",
    "bevern": "lk-holzminden",  # member of Samtgemeinde Bevern
    "seesen": "lk-goslar",
    "goslar": "lk-goslar",
    "lingen-ems": "lk-emsland",
}
# The Landschaftsverband Südniedersachsen: three Landkreise and three towns (regions/areas.yaml).
SUEDNIEDERSACHSEN = {
    "lk-goettingen",
    "lk-northeim",
    "lk-holzminden",
    "seesen",
    "clausthal-zellerfeld",
    "alfeld-leine",
}


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bundled programmes of Northeim, the Land and the Landschaftsverband, and one of Landkreis Göttingen."""
    folder = tmp_path_factory.mktemp("programs")
    for name in (
        "lk-northeim-kultur-und-denkmalstiftung",
        "leader-harzweserland",
        "lvsn-investitionen-kleiner-kultureinrichtungen",
        "nds-teilhabe-und-zusammenhalt",
    ):
        shutil.copy(ROOT / "programs" / f"{name}.yaml", folder)
    text = (ROOT / "programs" / "lk-northeim-kultur-und-denkmalstiftung.yaml").read_text(encoding="utf-8")
    text = text.replace("id: lk-northeim-kultur-und-denkmalstiftung", "id: lk-goettingen-testfonds")
    text = text.replace("regions: [lk-northeim]", "regions: [lk-goettingen]")
    (folder / "lk-goettingen-testfonds.yaml").write_text(text, encoding="utf-8")
    text = text.replace("id: lk-goettingen-testfonds", "id: leader-goettinger-land-testfonds")
    text = text.replace("regions: [lk-goettingen]", "regions: [leader-goettinger-land]")
    (folder / "leader-goettinger-land-testfonds.yaml").write_text(text, encoding="utf-8")
    return folder


def _region_gates(town: str, programs: Path, tmp_path: Path) -> dict[str, str]:
    answers = (ROOT / "examples" / "frauencafe-uslar.yaml").read_text(encoding="utf-8")
    path = tmp_path / f"{town}.yaml"
    path.write_text(answers.replace("location: uslar", f"location: {town}"), encoding="utf-8")
    args = ["match", "--answers", str(path), "--format", "json", "--top", "100", "--programs", str(programs)]
    result = CliRunner().invoke(app, [*args, "--rubric", str(ROOT / "rubric.yaml"), "--date", "2026-12-01"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    return {
        entry["id"]: next(g["outcome"] for g in entry["details"]["gates"] if g["id"] == "foerdergebiet")
        for entry in report["results"]
    }


@pytest.mark.parametrize("town", sorted(TOWNS))
def test_region_gate_for_towns_across_the_land(town: str, programs: Path, tmp_path: Path) -> None:
    kreis = TOWNS[town]
    gates = _region_gates(town, programs, tmp_path)

    def expected(inside: bool) -> str:
        return "yes" if inside else "no"

    assert gates["nds-teilhabe-und-zusammenhalt"] == "yes"  # the whole Land
    assert gates["lk-northeim-kultur-und-denkmalstiftung"] == expected(kreis == "lk-northeim")
    assert gates["leader-harzweserland"] == expected(kreis == "lk-northeim")
    assert gates["lk-goettingen-testfonds"] == expected(kreis == "lk-goettingen")
    # LEADER Göttinger Land: the former Landkreis Göttingen; Ebergötzen through its Samtgemeinde,
    # not Osterode (Altkreis Osterode) and not the city of Göttingen (only its rural Stadtteile).
    assert gates["leader-goettinger-land-testfonds"] == expected(town == "ebergoetzen")
    in_area = kreis in SUEDNIEDERSACHSEN or town in SUEDNIEDERSACHSEN
    assert gates["lvsn-investitionen-kleiner-kultureinrichtungen"] == expected(in_area)


def test_a_samtgemeinde_as_location_lies_in_its_landkreis(programs: Path, tmp_path: Path) -> None:
    gates = _region_gates("sg-radolfshausen", programs, tmp_path)
    assert gates["lk-goettingen-testfonds"] == "yes"
    assert gates["lk-northeim-kultur-und-denkmalstiftung"] == "no"
