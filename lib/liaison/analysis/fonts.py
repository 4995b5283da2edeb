"""Chinese in figures: Noto Sans CJK (shipped by the pinned `mplfonts` package, no network) as the
fallback for every glyph matplotlib's default fonts lack.

Importing this module registers the fonts and appends them to the default family list, so a name
like 刘建超 on an axis draws instead of empty boxes; Latin text still comes from DejaVu, glyph for
glyph, so figures without Chinese are byte-for-byte what they were. Text drawn in a named family
(the monospaced listings) must ask for `MONOSPACE` to get the same fallback.
"""
from __future__ import annotations

import logging
from importlib.resources import files

from matplotlib import font_manager, rcParams

CJK_SANS = "Noto Sans CJK SC"
CJK_MONO = "Noto Sans Mono CJK SC"
MONOSPACE = ["monospace", CJK_MONO]
_FILES = ("NotoSansCJKsc-Regular.otf", "NotoSansMonoCJKsc-Regular.otf")


class _RegularWeightOnly(logging.Filter):
    """Only the regular weight of the CJK fonts ships, so bold text falls back to it by design:
    matplotlib's warning about that would otherwise print into a notebook's cell output."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not (message.startswith("findfont: Failed to find font weight") and "CJK" in message)


def use_cjk_fonts() -> None:
    """Register the CJK fonts with matplotlib and make the sans-serif one the default family's
    fallback. Idempotent."""
    registered = {font.fname for font in font_manager.fontManager.ttflist}
    folder = files("mplfonts") / "fonts"
    for name in _FILES:
        if str(folder / name) not in registered:
            font_manager.fontManager.addfont(str(folder / name))
    logger = logging.getLogger("matplotlib.font_manager")
    if not any(isinstance(f, _RegularWeightOnly) for f in logger.filters):
        logger.addFilter(_RegularWeightOnly())
    family = list(rcParams["font.family"])
    if CJK_SANS not in family:
        rcParams["font.family"] = [*family, CJK_SANS]


use_cjk_fonts()
