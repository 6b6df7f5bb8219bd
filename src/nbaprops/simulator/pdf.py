"""A minimal PDF writer: pages of positioned Helvetica text lines, uncompressed, no dependencies.

Text is written with WinAnsi encoding (Latin-1 subset), so names with diacritics such as "Dončić" keep
the characters Latin-1 has and fold the rest (``č`` -> ``c``).
"""

from __future__ import annotations

from nbaprops.ids import fold_diacritics


def _escape(text: str) -> bytes:
    safe = "".join(ch if ord(ch) < 256 else fold_diacritics(ch) for ch in text)
    raw = safe.encode("latin-1", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class PdfDoc:
    """Collects pages of (x, y_from_top, size, bold, text) and renders them to bytes."""

    def __init__(self, width: float = 612, height: float = 792):
        self.width, self.height = width, height
        self.pages: list[list[tuple[float, float, float, bool, str]]] = []

    def page(self) -> list[tuple[float, float, float, bool, str]]:
        self.pages.append([])
        return self.pages[-1]

    def render(self) -> bytes:
        objects: list[bytes] = []
        objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
        objects.append(b"")  # pages, filled below
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        kids = []
        for items in self.pages:
            ops = []
            for x, y, size, bold, text in items:
                ops.append(b"BT /F%d %.1f Tf %.2f %.2f Td (%s) Tj ET" % (
                    2 if bold else 1, size, x, self.height - y - size, _escape(text)))
            stream = b"\n".join(ops)
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
            content_no = len(objects)
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                           b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (
                               self.width, self.height, content_no))
            kids.append(len(objects))
        objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids), len(kids))
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for n, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
        return bytes(out)
