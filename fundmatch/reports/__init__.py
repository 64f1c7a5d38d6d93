"""Renderers of the report document (see fundmatch.report): data in, text out."""
