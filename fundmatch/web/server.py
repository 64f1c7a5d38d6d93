"""Run the web app: on 127.0.0.1 and a free port unless told otherwise, open the browser,
stop on Ctrl-C. For hosting, see the README (uvicorn behind a reverse proxy)."""

from __future__ import annotations

import datetime as dt
import gc
import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

import uvicorn

from fundmatch.web.app import create_app

LOCALHOST = "127.0.0.1"


def free_port(host: str = LOCALHOST) -> int:
    """A port nobody listens on right now (the system picks it)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def make_server(
    host: str = LOCALHOST,
    port: int | None = None,
    *,
    lang: str = "de",
    programs: Path | None = None,
    rubric: Path | None = None,
    today: dt.date | None = None,
) -> uvicorn.Server:
    """A uvicorn server for the app; the catalogue is read (and checked) before it starts."""
    app = create_app(default_lang=lang, programs=programs, rubric=rubric, today=today)
    config = uvicorn.Config(
        app,
        host=host,
        port=port or free_port(host),
        log_level="warning",
        access_log=False,
        server_header=False,
    )
    return uvicorn.Server(config)


def serve(server: uvicorn.Server, announce: Callable[[str], None], open_browser: bool = True) -> None:
    """Run until Ctrl-C; once the server listens, say where and open the browser."""
    url = address(server.config.host, server.config.port)

    def when_started() -> None:
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if server.started:
            announce(url)
            if open_browser:
                webbrowser.open(url)

    threading.Thread(target=when_started, daemon=True).start()
    gc.enable()  # the command line pauses the collector for a run (boundary); a server lives on
    server.run()
