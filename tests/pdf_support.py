"""Reading a PDF the app wrote back as text (pypdf: no system tools needed)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_lines(path: Path) -> list[str]:
    """The PDF's text, line by line, with spacing and ligatures made plain (pypdf writes tabs
    between words and keeps the font's "ﬁ")."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    lines = (unicodedata.normalize("NFKC", line) for line in text.splitlines())
    return [" ".join(line.split()) for line in lines if line.strip()]
