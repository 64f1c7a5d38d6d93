"""Generate a synthetic but valid programme catalogue of N programmes for benchmarks.

    python benchmarks/generate.py 10000            # into a new temporary folder; prints its path
    python benchmarks/generate.py 1000 /tmp/cat    # into /tmp/cat/programs

Every id (themes, target groups, legal forms, statuses, cost types, regions, curated
criteria) is drawn from the vocabularies of ``rubric.yaml``, so the catalogue passes
``fundmatch programs validate --programs DIR/programs``. The same N and seed give the same
files byte for byte. Files are about as large as the bundled ones (3–5 KB: summary,
notes, sources, ratings), so that timings are representative.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261125

WORDS = [
    "Integration",
    "Teilhabe",
    "Begegnung",
    "Ehrenamt",
    "Sprache",
    "Bildung",
    "Beratung",
    "Kultur",
    "Sport",
    "Dorf",
    "Nachbarschaft",
    "Frauen",
    "Jugend",
    "Familien",
    "Vielfalt",
    "Demokratie",
    "Zusammenhalt",
    "Projekt",
    "Verein",
    "Initiative",
    "Förderung",
    "Landkreis",
    "Gemeinde",
    "Kosten",
    "Antrag",
    "Nachweis",
    "Eigenanteil",
    "Zuschuss",
]


class _Dumper(yaml.CSafeDumper):
    """Writes a value used twice (e.g. a date) out twice: fundmatch refuses aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _vocabularies(rubric_path: Path) -> dict[str, list[str]]:
    data = yaml.load(rubric_path.read_bytes(), Loader=yaml.CSafeLoader)
    vocab = {name: [t["id"] for t in items] for name, items in data["vocabularies"].items()}
    vocab["curated"] = [c["id"] for c in data["criteria"] if c["kind"] == "curated"]
    levels = [lv["level"] for lv in data["scale"]["levels"]]
    vocab["levels"] = [str(level) for level in levels]
    # The regions live in regions/ beside the rubric; fundmatch merges them when it loads it.
    from fundmatch.catalogue import load_rubric

    vocab["regions"] = [r.id for r in load_rubric(rubric_path)[0].vocabularies.regions]
    return vocab


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _some(rng: random.Random, items: list[str], low: int, high: int) -> list[str]:
    return rng.sample(items, rng.randint(low, min(high, len(items))))


def _maybe(rng: random.Random, value: Any, known: float = 0.7) -> Any:
    """``value`` or, in the remaining cases, None (an unknown fact)."""
    return value if rng.random() < known else None


def programme(index: int, rng: random.Random, vocab: dict[str, list[str]]) -> dict[str, Any]:
    """One valid programme as plain data."""
    low = rng.choice([None, 0, 500, 1000, 2500, 10000, 50000, 100000])
    high = rng.choice([None, 1000, 3000, 5000, 10000, 25000, 100000, 500000])
    if low is not None and high is not None and low > high:
        low, high = high, low
    shortest = rng.choice([None, 1, 3, 6, 12])
    longest = rng.choice([None, 6, 12, 24, 36, 48])
    if shortest is not None and longest is not None and shortest > longest:
        shortest, longest = longest, shortest
    today = dt.date(2026, 11, 25)
    start = today - dt.timedelta(days=rng.randint(0, 2000))
    deadlines = [today + dt.timedelta(days=rng.randint(-300, 600)) for _ in range(rng.randint(0, 3))]
    levels = [int(level) for level in vocab["levels"]]
    return {
        "id": f"synth-{index:05d}",
        "name": f"Synthetisches Programm {index}: {_sentence(rng, 3)[:-1]}",
        "funder": f"Stiftung {rng.choice(WORDS)} {index % 97}",
        "level": rng.choice(["EU", "Bund", "Land", "Kommune", "Stiftung"]),
        "summary": " ".join(_sentence(rng, 12) for _ in range(4)),
        "url": f"https://example.org/programme/{index}",
        "contact": _maybe(rng, _sentence(rng, 10)),
        "themes": _some(rng, vocab["themes"], 1, 5),
        "target_groups": _some(rng, vocab["target_groups"], 0, 3),
        "target_groups_only": rng.random() < 0.2,
        "applicants": {
            "rules": _maybe(
                rng,
                [
                    {
                        "legal_forms": _some(rng, vocab["legal_forms"], 1, 6),
                        "statuses": _some(rng, vocab["statuses"], 0, 1) if rng.random() < 0.3 else [],
                    }
                ],
                0.85,
            ),
            "via_traeger": _maybe(rng, rng.random() < 0.2, 0.5),
            "note": _sentence(rng, 14),
        },
        "regions": _maybe(rng, _some(rng, vocab["regions"], 1, 3), 0.9),
        "funding": {
            "type": _maybe(rng, rng.choice(["anteilfinanzierung", "festbetragsfinanzierung", "pauschale"])),
            "rate_max_pct": _maybe(rng, rng.choice([50, 75, 80, 90, 100])),
            "own_share_min_pct": _maybe(rng, rng.choice([0, 10, 20, 25, 50])),
            "in_kind_counts": _maybe(rng, rng.random() < 0.5),
            "min_eur": low,
            "max_eur": high,
            "per_year": _maybe(rng, rng.random() < 0.2, 0.5),
            "payment": _maybe(rng, rng.choice(["advance", "call_off", "reimbursement"])),
            "eligible_costs": _maybe(rng, _some(rng, vocab["cost_types"], 1, 6)),
            "note": " ".join(_sentence(rng, 12) for _ in range(2)),
        },
        "duration": {"min_months": shortest, "max_months": longest},
        "deadlines": {
            "rolling": _maybe(rng, rng.random() < 0.4),
            "dates": sorted(deadlines),
            "yearly": rng.sample(["01-31", "03-15", "06-30", "09-30", "11-15"], rng.randint(0, 2)),
            "decision_weeks": _maybe(rng, rng.choice([4, 8, 12, 26]), 0.4),
            "note": _sentence(rng, 10),
        },
        "participants_min": _maybe(rng, rng.choice([0, 5, 10, 20]), 0.5),
        "partners": {
            "required_min": _maybe(rng, rng.choice([0, 1, 2, 3]), 0.6),
            "kind": _maybe(rng, rng.choice(["local", "network", "transnational"]), 0.5),
        },
        "start_rule": _maybe(rng, rng.choice(["after_approval", "after_submission", "any_time"])),
        "status": rng.choice(["open", "open", "open", "closed", "ended"]),
        "valid_from": start,
        "valid_until": _maybe(rng, start + dt.timedelta(days=rng.randint(365, 3650)), 0.5),
        "ratings": {
            criterion: {"level": rng.choice(levels), "reason": _sentence(rng, 12)}
            for criterion in _some(rng, vocab["curated"], 0, len(vocab["curated"]))
        },
        "documents": [_sentence(rng, 3) for _ in range(rng.randint(0, 4))],
        "notes": [_sentence(rng, 15) for _ in range(rng.randint(1, 3))],
        "sources": [
            {
                "url": f"https://example.org/programme/{index}/quelle-{n}",
                "title": _sentence(rng, 4),
                "date": _maybe(rng, start),
                "checked": today - dt.timedelta(days=rng.randint(0, 500)),
            }
            for n in range(rng.randint(1, 3))
        ],
    }


def generate(count: int, out: Path, seed: int = SEED, rubric: Path = ROOT / "rubric.yaml") -> Path:
    """Write ``count`` programmes into ``out/programs``; return that folder."""
    vocab = _vocabularies(rubric)
    rng = random.Random(seed)
    folder = out / "programs"
    folder.mkdir(parents=True, exist_ok=True)
    header = "# Synthetic programme for fundmatch benchmarks (benchmarks/generate.py); not real.\n"
    for index in range(count):
        data = programme(index, rng, vocab)
        text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
        (folder / f"{data['id']}.yaml").write_text(header + text, encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, help="number of programmes")
    parser.add_argument("out", type=Path, nargs="?", help="output folder (default: a new temporary folder)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix=f"fundmatch-{args.count}-"))
    folder = generate(args.count, out, args.seed)
    print(folder)


if __name__ == "__main__":
    sys.exit(main())
