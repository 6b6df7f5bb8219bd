"""PDF text extraction for the NBA.com PDFs (injury reports, gamebooks), on pdfplumber.

The PDFs are laid out in columns without separators, and their text often has no space characters
(``"DukeJr.,David"``), so words are rebuilt from character gaps (a tight ``x_tolerance``) and kept
with their positions: parsers assign words to columns by x and rows by y. Any failure to open or
read a PDF becomes a :class:`ParseError` (the file is quarantined with the reason).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber

from nbaprops.orchestration.errors import ParseError

X_TOLERANCE = 1.5  # points: a smaller gap between two characters is within one word
Y_TOLERANCE = 2.5  # points: words whose tops differ by less are on one line


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float


@dataclass(frozen=True)
class Line:
    """One visual line of a page: its words left to right and its top (points from the page top)."""

    page: int
    top: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def pdf_lines(body: bytes, what: str) -> list[Line]:
    """Every line of every page, in reading order; a ParseError if the body is not a readable PDF."""
    if not body.startswith(b"%PDF"):
        raise ParseError(f"not a {what}: the body does not start with %PDF ({body[:16]!r})")
    lines: list[Line] = []
    try:
        with pdfplumber.open(io.BytesIO(body)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                words = page.extract_words(x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE)
                lines.extend(group_lines(number, [Word(w["text"], w["x0"], w["x1"], w["top"]) for w in words]))
    except ParseError:
        raise
    except Exception as exc:  # pdfminer raises many types (PSSyntaxError, PDFSyntaxError, zlib.error ...)
        raise ParseError(f"unreadable {what} PDF: {exc.__class__.__name__}: {exc}") from None
    if not lines:
        raise ParseError(f"{what} PDF has no extractable text (damaged streams or a scanned image)")
    return lines


def group_lines(page: int, words: list[Word]) -> list[Line]:
    """Words grouped into lines by their top, each line sorted left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - word.top) <= Y_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(page, ws[0].top, tuple(sorted(ws, key=lambda w: w.x0))) for ws in lines]


def columns(line: Line, starts: dict[str, float], slack: float = 3.0) -> dict[str, str]:
    """The line's text per column; a word belongs to the right-most column starting at or left of it."""
    ordered = sorted(starts.items(), key=lambda kv: kv[1])
    cells: dict[str, list[str]] = {}
    for word in line.words:
        name = None
        for col, x in ordered:
            if word.x0 + slack >= x:
                name = col
        if name is not None:
            cells.setdefault(name, []).append(word.text)
    return {k: " ".join(v) for k, v in cells.items()}
