"""PDF text extraction for the NBA.com PDFs (injury reports, gamebooks), on PDFium (pypdfium2).

The PDFs are laid out in columns without separators, and their text often has no space characters
(``"DukeJr.,David"``), so words are rebuilt from character gaps and kept with their positions:
parsers assign words to columns by x and rows by y. PDFium (C) replaced pdfplumber (pdfminer, pure
Python), which took most of a Phase 2 run; the words and lines are the ones pdfplumber's
``extract_words(x_tolerance=1.5, y_tolerance=2.5)`` gave, rebuilt from the same character boxes:

- a character's box is pdfminer's, from the font: its baseline origin x to origin + advance width
  (the font's glyph width), and ``descent`` to ``descent + size`` around the baseline. PDFium's own
  boxes would split and merge words differently: the tight ones follow the glyph outline, the
  ``loose`` ones add the outline to the advance;
- characters whose tops chain within ``Y_TOLERANCE`` are a line, sorted by x; a word ends at a space,
  a gap over ``X_TOLERANCE``, a step back or a jump in top. Spaces and line breaks that PDFium infers
  (generated characters, without a text object) are dropped.

Positions are in points from the displayed page's top left (``/Rotate`` applied). A top can differ
from pdfplumber's by a constant per font and size (PDFium reads Helvetica's descent as 0.224 em,
pdfminer as 0.207): parsers only compare positions. Known differences: text drawn twice at the same
place (fake bold) is read once, where pdfplumber doubled every letter; text that is not upright on the
displayed page (a rotated label) is read as horizontal words, where pdfplumber made vertical ones.

Any failure to open or read a PDF becomes a :class:`ParseError` (the file is quarantined with the reason).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

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
        pdf = pdfium.PdfDocument(body)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    lines.extend(group_lines(index + 1, _words(_page_chars(page))))
                finally:
                    page.close()
        finally:
            pdf.close()
    except Exception as exc:  # PdfiumError (data format, password ...), ctypes or decoding errors
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


# --- characters -------------------------------------------------------------------------------
_Char = tuple[str, float, float, float]  # text, x0, x1, top: plain tuples, a page has thousands
_Metrics = tuple[float, float, object, dict[str, float]]  # advance, rise, font, glyph widths


def _unchecked(fn: object, restype: type) -> Callable[..., object]:
    """The C function without ctypes' argument conversion, which is half the cost of a call made per
    character; callers pass ready ctypes values (a ``c_void_p`` handle, ``byref`` outputs)."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value)


_TEXT_OBJECT = _unchecked(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_CHAR_ORIGIN = _unchecked(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
# /Rotate (degrees clockwise) -> pdfminer's 2x2 matrix from page space to the displayed page
_ROTATIONS = {0: (1, 0, 0, 1), 90: (0, -1, 1, 0), 180: (-1, 0, 0, -1), 270: (0, 1, -1, 0)}


def _page_chars(page: pdfium.PdfPage) -> list[_Char]:
    """The page's drawn characters with pdfplumber's boxes, in points from the displayed page's top left."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:  # PDFium left control characters out of the text: read them one by one
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        rotation = _ROTATIONS.get(page.get_rotation() % 360, _ROTATIONS[0])
        ra, rb, rc, rd = rotation
        left, bottom, right, top = page.get_mediabox()
        corners = [(ra * x + rc * y, rb * x + rd * y) for x in (left, right) for y in (bottom, top)]
        x_start, y_top = min(c[0] for c in corners), max(c[1] for c in corners)
        handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        x, y = ctypes.c_double(), ctypes.c_double()
        x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
        objects: dict[int, _Metrics] = {}
        fonts: dict[int, dict[str, float]] = {}
        chars: list[_Char] = []
        current = None
        for i in range(count):
            obj = _TEXT_OBJECT(handle, i)
            if obj is None:  # generated by PDFium (FPDFText_IsGenerated): a space or line break it inferred
                continue
            if obj != current:
                current = obj
                if obj not in objects:
                    objects[obj] = _metrics(textpage, i, obj, rotation, fonts)
                advance, rise, font, widths = objects[obj]
            ch = text[i]
            width = widths.get(ch)
            if width is None:
                width = widths[ch] = _glyph_width(textpage, i, font, advance, rotation)
            _CHAR_ORIGIN(handle, i, x_ref, y_ref)
            start = ra * x.value + rc * y.value - x_start
            end = start + advance * width
            top = y_top - rb * x.value - rd * y.value - rise
            chars.append((ch, start, end, top) if end >= start else (ch, end, start, top))
        return chars
    finally:
        textpage.close()


def _metrics(textpage: pdfium.PdfTextPage, index: int, obj: int, rotation: tuple[int, int, int, int],
             fonts: dict[int, dict[str, float]]) -> _Metrics:
    """What the characters of one text object share. pdfminer's box of a character runs along the
    displayed x from its baseline origin for ``advance`` x its glyph width, and along the displayed y
    from ``descent`` to ``descent + size`` (``rise`` is the box top above the baseline)."""
    ra, rb, rc, rd = rotation
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)  # text matrix x CTM, /Tz scaling included
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    font = pdfium_c.FPDFTextObj_GetFont(ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT))  # owned by the object
    descent = ctypes.c_float(0.0)
    if font:
        pdfium_c.FPDFFont_GetDescent(font, 1.0, descent)
    up = size * (matrix.c * rb + matrix.d * rd)
    rise = max(up * descent.value, up * (1 + descent.value))
    widths = fonts.setdefault(ctypes.cast(font, ctypes.c_void_p).value or 0, {})
    return size * (matrix.a * ra + matrix.b * rc), rise, font, widths


def _glyph_width(textpage: pdfium.PdfTextPage, index: int, font: object, advance: float,
                 rotation: tuple[int, int, int, int]) -> float:
    """The character's advance width per point of font size, from the font's widths like pdfminer; if
    the font cannot tell, the width of PDFium's loose box (the advance widened by the glyph outline)."""
    width = ctypes.c_float(0.0)
    unicode = pdfium_c.FPDFText_GetUnicode(textpage, index)
    if font and pdfium_c.FPDFFont_GetGlyphWidth(font, unicode, 1.0, width) and width.value > 0:
        return width.value
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    return ((right - left) if rotation[0] else (top - bottom)) / abs(advance) if advance else 0.0


def _words(chars: list[_Char]) -> list[Word]:
    """pdfplumber's words: lines are chains of character tops within Y_TOLERANCE, each sorted by x0;
    a word ends at a space, a gap over X_TOLERANCE, a step back or a jump in top."""
    line_of: dict[float, int] = {}
    previous = None
    for top in sorted({c[3] for c in chars}):
        line_of[top] = len(line_of) if previous is None or top > previous + Y_TOLERANCE else line_of[previous]
        previous = top
    runs: list[list[_Char]] = [[]]
    # by line, then x0, then input order (pdfplumber's two stable sorts); tuples sort faster than a key
    order = zip([line_of[c[3]] for c in chars], [c[1] for c in chars], range(len(chars)), strict=True)
    for *_, i in sorted(order):
        char = chars[i]
        text, x0, _, top = char
        if text.isspace():
            runs.append([])
            continue
        run = runs[-1]
        if run:
            last = run[-1]
            if (line_of[top] != line_of[last[3]] or x0 < last[1] or x0 > last[2] + X_TOLERANCE
                    or abs(top - last[3]) > Y_TOLERANCE):
                run = []
                runs.append(run)
        run.append(char)
    return [Word("".join(c[0] for c in run), run[0][1], max(c[2] for c in run), min(c[3] for c in run))
            for run in runs if run]
