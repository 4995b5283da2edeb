"""Chinese script helpers shared by loading and extraction: which characters are Han, and a
simplified reading of traditional text for comparison only.

Hong Kong and Taiwan reports write 劉建超 and 寮國 where the reference lists hold 刘建超 and
老挝. Matching runs on a simplified copy of the text made with OpenCC's character table; that
copy has the same length as the text (one character for one character), so every offset found
in it is an offset in the text as written, which is what the mentions quote.
"""
from __future__ import annotations

from functools import lru_cache

import opencc

from liaison.load.chinese import has_han

__all__ = ["has_han", "simplified"]
_HAN_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00))


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Traditional -> simplified, one character for one. Each character is converted on its own
    line so that OpenCC's phrase rules (which may change a word's length) never apply."""
    chars = [chr(c) for lo, hi in _HAN_RANGES for c in range(lo, hi)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return {ord(a): b for a, b in zip(chars, converted) if a != b and len(b) == 1}


def simplified(text: str) -> str:
    """`text` with traditional characters read as simplified; same length, same offsets."""
    return text if text.isascii() else text.translate(_table())
