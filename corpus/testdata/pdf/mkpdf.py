#!/usr/bin/env python3
"""Writes small hand-made PDFs that the office tools cannot produce.

Usage: mkpdf.py KIND OUT
  no-tounicode  a simple font whose /Differences use private glyph names and
                no ToUnicode map: the codes cannot be turned into text
  scrambled     a font with a ToUnicode map that maps codes to the wrong
                letters, as broken producers do: letters, but no words
  bad-page      two pages; the second page's content stream is corrupt
  rotated       upright text, plus a line drawn a quarter turn round
  image         (reads a binary PGM on stdin) a page that is only an image,
                as a scanner writes
"""
import sys
import zlib

LINES = [
    "Dear Requester",
    "Thank you for your request for information received on 21 November 2024.",
    "The information you asked for is set out below, and the Council holds",
    "all of it. We have not withheld any of the information that you asked for.",
    "If you are not satisfied with this response you may ask for a review of it.",
    "The figures for each of the years are given in the table at the end of the letter.",
    "Please note that the figures for this year are provisional and may change.",
]


def write(out, objs):
    """objs: list of bytes bodies; object 1 must be the catalog."""
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(buf))
        buf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(objs) + 1)
    for off in offsets:
        buf += b"%010d 00000 n\r\n" % off
    buf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(out, "wb") as f:
        f.write(buf)


def stream(data, flate=True):
    if flate:
        data = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content(lines, encode):
    s = b"BT /F1 11 Tf 14 TL 72 720 Td\n"
    for line in lines:
        s += b"(" + esc(encode(line)) + b") Tj T*\n"
    return s + b"ET\n"


def code_order(lines):
    """Codes 1, 2, 3 ... in order of first appearance, as subsetters do."""
    order = {}
    for line in lines:
        for ch in line:
            if ch not in order:
                order[ch] = len(order) + 1
    return order


def no_tounicode(out):
    order = code_order(LINES)
    diffs = b" ".join(b"/g%d" % c for c in range(1, len(order) + 1))
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar %d"
            b" /Widths [%s] /Encoding << /Type /Encoding /Differences [1 %s] >> >>"
            % (len(order), b" ".join(b"556" for _ in order), diffs))
    body = content(LINES, lambda l: bytes(order[c] for c in l))
    write(out, [b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                font, stream(body)])


def scrambled(out):
    # Codes are the letters themselves, but the map sends each letter to
    # the one after it, so "the" reads "uif".
    def shift(c):
        if "a" <= c <= "y" or "A" <= c <= "Y":
            return chr(ord(c) + 1)
        return c
    cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    cmap += b"1 begincodespacerange <00> <FF> endcodespacerange\n"
    pairs = [(c, shift(chr(c))) for c in range(32, 127)]
    cmap += b"%d beginbfchar\n" % len(pairs)
    for c, t in pairs:
        cmap += b"<%02X> <%04X>\n" % (c, ord(t))
    cmap += b"endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"
    body = content(LINES, lambda l: l.encode("latin-1"))
    write(out, [b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
                font, stream(cmap), stream(body)])


def bad_page(out):
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    body = content(LINES, lambda l: l.encode("latin-1"))
    broken = b"<< /Length 40 /Filter /FlateDecode >>\nstream\n" + b"\x00garbage, not deflate data at all!!\x01\x02" + b"\nendstream"
    write(out, [b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>",
                font, stream(body), broken])


def rotated(out):
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    body = content(LINES, lambda l: l.encode("latin-1"))
    body += b"q 0 1 -1 0 560 100 cm BT /F1 9 Tf 0 0 Td (Printed on recycled paper) Tj ET Q\n"
    write(out, [b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                font, stream(body)])


def image(out):
    data = sys.stdin.buffer.read()
    # Binary PGM: "P5" width height maxval, then one byte per pixel.
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1
    w, h = int(fields[1]), int(fields[2])
    pixels = zlib.compress(data[pos:pos + w * h])
    img = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
           b" /BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n" % (w, h, len(pixels))
           + pixels + b"\nendstream")
    body = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
    write(out, [b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
                img, stream(body)])


KINDS = {"image": image, "no-tounicode": no_tounicode, "scrambled": scrambled, "bad-page": bad_page, "rotated": rotated}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    KINDS[sys.argv[1]](sys.argv[2])
