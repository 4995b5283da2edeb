"""Bytes to text. Documents arrive in whatever encoding their source used (UTF-8, UTF-16 with
a BOM, cp1252 from old Windows tools, GB18030 from Chinese sites); a wrong guess silently
corrupts names, so every decision here is explicit and reported back to the load report."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that never occur in text: NUL aside, C0 controls other than tab/newline/CR/form feed.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
_SAMPLE = 1 << 16
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ESCAPED = re.compile("[\udc80-\udcff]")  # an undecodable byte, as the surrogateescape handler keeps it
REPLACEMENT = "\ufffd"


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can defend."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises UndecodableError for binary or empty input."""
    if not data:
        raise UndecodableError("empty file (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding), encoding + " (BOM)"
    utf16 = _bomless_utf16(data[:_SAMPLE])
    if utf16:
        return _strict(data, utf16), utf16
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL))  # one pass, not one per control byte
    if controls > max(2, len(sample) // 200):
        raise UndecodableError(f"binary file ({controls} control bytes in the first {len(sample)} bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mended = _mostly_utf8(data)
    if mended:
        return mended
    for encoding, plausible in (("gb18030", _looks_chinese), ("cp1252", _looks_western)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if plausible(text[:_SAMPLE]):
            return text, encoding
    guess = from_bytes(data[: 1 << 20], cp_isolation=["gb18030", "big5", "shift_jis", "cp1252", "latin_1"]).best()
    if guess is None:
        raise UndecodableError("not text in UTF-8, UTF-16, GB18030, Big5, Shift-JIS or cp1252")
    encoding = guess.encoding
    return _strict(data, encoding), encoding


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few invalid bytes (a truncated download, one pasted cp1252 quote): each bad
    byte becomes one U+FFFD, so a document is not lost for a byte and character offsets stay one
    per byte there. Taken only when valid multi-byte characters far outnumber the bad bytes: a
    cp1252 or GB18030 file is the other way round."""
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad
    if non_ascii < 4 * bad or bad > max(1, len(data) // 100):
        return None
    return _ESCAPED.sub(REPLACEMENT, escaped), f"utf-8 ({bad} invalid byte{'s' * (bad > 1)} replaced)"


def _looks_chinese(text: str) -> bool:
    """GB18030 decodes most byte soup; real Chinese is mostly GB2312's common characters in runs.

    (A cp1252 "café’s" decodes as GB18030 too, but to a lone rare character between letters.)
    """
    runs = _NON_ASCII.findall(text)
    total = sum(map(len, runs))
    if not total:
        return False
    common = sum(_in_gb2312(char) for run in runs for char in run)
    in_runs = sum(len(run) for run in runs if len(run) > 1)
    return common >= 0.9 * total and in_runs >= 0.5 * total


def _looks_western(text: str) -> bool:
    """Mostly ASCII with scattered accented letters and smart quotes: Windows-1252 prose."""
    runs = _NON_ASCII.findall(text)
    return sum(map(len, runs)) <= 0.1 * len(text) and all(len(run) <= 3 for run in runs)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableError(f"invalid {encoding} at byte {error.start}") from None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text."""
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None
