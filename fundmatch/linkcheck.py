"""Whether the catalogue's links still work: the only part of fundmatch that uses the network
(``fundmatch programs audit --online``).

Each URL is fetched once with redirects followed, a timeout and a polite user agent, a few
at a time (threads: the work is waiting, and urllib needs no extra dependency). A link is
*dead* on a 4xx/5xx answer, an unknown host, a refused connection or no answer in time; it
has *moved* when the first answer is a permanent redirect (301, 308), so the file should name
the new address.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from http.client import HTTPException
from urllib.parse import urljoin

from fundmatch import __version__
from fundmatch.i18n import Msg, msg

USER_AGENT = f"fundmatch/{__version__} (Förderprogramm-Katalog; Linkprüfung)"
TIMEOUT_SECONDS = 10.0
WORKERS = 8  # at most this many requests at once
MAX_REDIRECTS = 10
PERMANENT = (301, 308)


@dataclass(frozen=True)
class LinkResult:
    url: str
    status: int | None = None  # the final HTTP status, None when no answer came
    moved_to: str | None = None  # where a permanent redirect of the URL itself points
    moved_status: int | None = None
    error: str | None = None  # "timeout", "dns", "connection" when no answer came
    timeout: float = TIMEOUT_SECONDS

    @property
    def dead(self) -> bool:
        return self.error is not None or (self.status is not None and self.status >= 400)

    def problem(self) -> Msg | None:
        """What staff should do about this link, or None when it is fine."""
        if self.dead:
            if self.error == "timeout":
                reason = msg("audit.link.timeout", seconds=float(self.timeout))
            elif self.error is not None:
                reason = msg(f"audit.link.{self.error}")
            else:
                reason = msg("audit.link.http", status=self.status)
            return msg("audit.link.dead", reason=reason, url=self.url)
        if self.moved_to is not None:
            return msg("audit.link.moved", status=self.moved_status, url=self.url, target=self.moved_to)
        return None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by hand, so that the first hop's status is seen."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def check_url(url: str, timeout: float = TIMEOUT_SECONDS) -> LinkResult:
    """Fetch ``url`` (GET, headers only read) and follow its redirects."""
    current, moved_to, moved_status = url, None, None
    for hop in range(MAX_REDIRECTS + 1):
        try:
            status, location = _fetch(current, timeout)
        except TimeoutError:
            return LinkResult(url, None, moved_to, moved_status, "timeout", timeout)
        except urllib.error.URLError as exc:
            return LinkResult(url, None, moved_to, moved_status, _reason(exc.reason), timeout)
        except (OSError, HTTPException, ValueError):
            return LinkResult(url, None, moved_to, moved_status, "connection", timeout)
        if 300 <= status < 400 and location:
            target = urljoin(current, location)
            if hop == 0 and status in PERMANENT:
                moved_to, moved_status = target, status
            current = target
            continue
        return LinkResult(url, status, moved_to, moved_status, timeout=timeout)
    return LinkResult(url, None, moved_to, moved_status, "connection", timeout)


def _fetch(url: str, timeout: float) -> tuple[int, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as exc:  # 3xx (not followed), 4xx and 5xx arrive here
        with exc:
            return exc.code, exc.headers.get("Location") if exc.headers else None


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timeout"
    if isinstance(reason, socket.gaierror):
        return "dns"
    return "connection"


def check_urls(
    urls: Iterable[str],
    timeout: float = TIMEOUT_SECONDS,
    workers: int = WORKERS,
    progress: Callable[[LinkResult], None] | None = None,
) -> dict[str, LinkResult]:
    """Check every distinct URL, ``workers`` at a time; ``progress`` is called after each."""
    distinct = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [pool.submit(check_url, url, timeout) for url in distinct]
        for future in as_completed(futures):
            result = future.result()
            results[result.url] = result
            if progress is not None:
                progress(result)
    return {url: results[url] for url in distinct}
