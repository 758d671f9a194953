"""Registers the bundled CJK TrueType font with ReportLab once, so every form embeds the same glyph subset."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.errors import ValidationError
from desktop.paths import cjk_font_path

CJK_FONT_NAME = "WenQuanYiMicroHei"

# Batch rendering may call into printing from a worker thread while the GUI thread renders a preview; parsing the
# 5 MB .ttc twice would waste ~130 ms and registering a half-built font would be worse.
_lock = threading.Lock()
_registered = False


def register_cjk_font() -> str:
    """Register the CJK font (first face of the .ttc) and return its ReportLab font name.

    ReportLab embeds TTFont glyphs as a per-document subset on save, which is what makes the PDF look the same on a
    PC without Chinese fonts. The built-in CID font STSong-Light is deliberately not used as a fallback: it is
    never embedded, so a missing font must be an error the view can explain, not a silently different PDF.
    """
    global _registered
    if _registered:
        return CJK_FONT_NAME
    with _lock:
        if _registered:
            return CJK_FONT_NAME
        path = cjk_font_path()
        if not path.is_file():
            raise ValidationError("font_missing", None, path=str(path))
        try:
            font = TTFont(CJK_FONT_NAME, str(path), subfontIndex=0)
        except Exception as exc:  # ReportLab raises TTFError or plain struct errors for a damaged file
            raise ValidationError("font_unreadable", None, path=str(path), reason=str(exc)) from exc
        pdfmetrics.registerFont(font)
        _registered = True
    return CJK_FONT_NAME
