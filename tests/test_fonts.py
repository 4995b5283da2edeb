"""Chinese labels draw in a real font (no empty boxes), and Latin-only figures stay byte-identical."""
import hashlib
import warnings

from liaison.analysis.fonts import CJK_SANS, MONOSPACE
from liaison.workbook.present import write_png
from matplotlib import rc_context
from matplotlib.figure import Figure


def draw(label: str, path) -> tuple[bytes, list[str]]:
    fig = Figure(figsize=(4, 2.5))
    ax = fig.subplots()
    ax.barh([0, 1], [3, 5])
    ax.set_yticks([0, 1], ["Zhou Mingyuan", label])
    ax.set_title(f"{label} met the delegation")
    fig.text(0.01, 0.01, f"undated: {label}: meeting [doc-1]", fontsize=7, family=MONOSPACE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_png(fig, path)
    return path.read_bytes(), [str(w.message) for w in caught]


def test_chinese_labels_have_glyphs(tmp_path):
    png, messages = draw("周明远 会见 劉海川", tmp_path / "zh.png")
    assert png.startswith(b"\x89PNG")
    assert not [m for m in messages if "missing from font" in m or "Glyph" in m], messages


def test_latin_figures_are_unchanged_by_the_fallback(tmp_path):
    with_fallback, messages = draw("Fang Xiulan", tmp_path / "a.png")
    with rc_context({"font.family": ["sans-serif"]}):
        without, _ = draw("Fang Xiulan", tmp_path / "b.png")
    assert not messages
    assert hashlib.sha256(with_fallback).digest() == hashlib.sha256(without).digest()
    again, _ = draw("Fang Xiulan", tmp_path / "c.png")
    assert again == with_fallback


def test_the_fallback_font_is_the_shipped_one():
    from matplotlib import font_manager, rcParams

    assert CJK_SANS in rcParams["font.family"]
    found = font_manager.findfont(CJK_SANS, fallback_to_default=False)
    assert "mplfonts" in found and found.endswith("NotoSansCJKsc-Regular.otf")


def test_bold_chinese_text_draws_without_a_font_weight_warning(tmp_path, caplog):
    """Only the regular CJK weight ships; bold names in the network chart fall back to it silently."""
    from matplotlib import font_manager

    font_manager.fontManager._findfont_cached.cache_clear()
    fig = Figure(figsize=(3, 2))
    fig.text(0.1, 0.5, "周明远 Zhou", weight="bold")
    with caplog.at_level("DEBUG", logger="matplotlib.font_manager"):
        write_png(fig, tmp_path / "bold.png")
    assert not [r for r in caplog.records if "Failed to find font weight" in r.getMessage()]
