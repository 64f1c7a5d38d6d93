"""A local HTTP server for link-check tests and benchmarks: pages that answer 200, 301, 302,
404, 500, or never (until the server stops)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    release: threading.Event
    delay: float = 0.0
    agents: list[str]

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.delay:
            time.sleep(self.delay)
        page = self.path.split("?")[0].rsplit("/", 1)[-1]
        if page.startswith("hang"):
            self.release.wait()
            return
        status = {"moved": 301, "moved-308": 308, "temp": 302, "gone": 404, "broken": 500}.get(page, 200)
        self.send_response(status)
        if status in (301, 302, 308):
            self.send_header("Location", "/ok")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:  # quiet
        pass


@contextmanager
def link_server(delay: float = 0.0) -> Iterator[tuple[str, list[str]]]:
    """Serve on 127.0.0.1 on a free port; yield its base URL and the user agents seen."""
    release = threading.Event()
    agents: list[str] = []
    handler = type("Handler", (_Handler,), {"release": release, "delay": delay, "agents": agents})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", agents
    finally:
        release.set()
        server.shutdown()
        server.server_close()
