"""Benchmark of ``programs audit --online``'s link check: 100 URLs against a local server on
127.0.0.1 (every answer 50 ms late, like a slow web server; 4 never answer and run into a
2-second timeout). Target: under 10 seconds.

    python benchmarks/linkcheck.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fundmatch.linkcheck import check_urls  # noqa: E402
from tests.linkserver import link_server  # noqa: E402

TARGET_SECONDS = 10.0
PAGES = ("ok", "moved", "temp", "gone", "broken")


def main() -> int:
    with link_server(delay=0.05) as (base, _):
        urls = [f"{base}/{PAGES[i % len(PAGES)]}?n={i}" for i in range(96)]
        urls += [f"{base}/hang?n={i}" for i in range(4)]
        start = time.perf_counter()
        results = check_urls(urls, timeout=2.0)
        elapsed = time.perf_counter() - start
    dead = sum(r.dead for r in results.values())
    print(f"{len(results)} URLs in {elapsed:.2f} s ({dead} dead); target < {TARGET_SECONDS:g} s")
    return 0 if elapsed < TARGET_SECONDS and len(results) == 100 else 1


if __name__ == "__main__":
    sys.exit(main())
