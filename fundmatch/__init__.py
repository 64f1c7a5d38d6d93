"""fundmatch: find and rate funding programmes for small integration sponsors."""

__version__ = "0.2.0"
