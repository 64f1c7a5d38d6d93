"""fundmatch in the browser: the questionnaire and the results as web pages.

Server-rendered HTML forms (Starlette, Jinja2) that work without JavaScript. The server
stores no answers. Needs the ``web`` extra: ``pip install "fundmatch[web]"``.
"""
