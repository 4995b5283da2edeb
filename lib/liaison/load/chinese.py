"""What loading needs to read a Chinese document: its length in words, its meta lines and its
publication date.

Chinese has no word spaces, so a body's n_words counts each Han character as a word, plus the
whitespace-separated tokens of whatever else it holds (numbers, Latin names), full-width
punctuation not counted. Publication dates come from a stamp near the top ("发布时间：2023-06-05",
"2023年06月05日 10:15") or from an agency dateline ("新华社北京6月5日电") with the year of the
text's own full dates.
"""
from __future__ import annotations

import re

from liaison.load.dates import PartialDate, PublicationDate, safe_date

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_OR_MARK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A line that is only a byline, a source or a date: "（记者 王某）", "来源：新华网", "新华社北京6月5日电".
# Traditional forms are spelt out: loading runs before the simplified reading (reference/hanzi.py).
_LABEL = (r"(?:[来來]源|[责責]任[编編][辑輯]|[编編][辑輯]|作者|[发發]布[时時][间間]|[发發]布日期|更新[时時][间間]"
          r"|[时時][间間]|日期|稿源|出[处處])")
_AGENCY = r"(?:新[华華]社|本[报報]|中新社|人民[网網]|新[华華][网網]|央[视視][网網]|[国國][际際]在[线線]|中央社)"
META = re.compile(
    rf"[（(]?(?:本[报報]|新[华華]社|中新社)?(?:[记記]者|通[讯訊][员員]|特[约約][记記]者)[^）)\n]{{0,30}}[）)]?"
    rf"|[【\[]?{_LABEL}\s*[：:].{{0,60}}"
    r"|《\s*[^》\n]{2,12}[报報]\s*》\s*[（(][^）)\n]{0,30}版\s*[）)]"
    r"|\S{0,12}?\d{1,2}月\d{1,2}日[电電](?:\s*[（(][^）)]{0,30}[）)])?"
    r"|\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"\s*(?:[来來]源\s*[：:].{{0,40}})?"
)
_STAMP = re.compile(
    rf"(?:(?P<label>{_LABEL})\s*[：:]\s*)?(?<!\d)(?P<y>(?:19|20)\d\d)(?:[-/.](?P<m>\d{{1,2}})[-/.]"
    r"(?P<d>\d{1,2})|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)(?!\d)(?P<time>\s*\d{1,2}:\d{2})?"
)
_DATELINE = re.compile(rf"{_AGENCY}\S{{0,10}}?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日[电電]")
# "《 人民日报 》（ 2019年11月26日 01 版）": the print edition a newspaper story ran in.
_EDITION = re.compile(
    r"《\s*[^》\n]{2,12}[报報]\s*》\s*[（(]\s*(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*\d{0,3}\s*版"
)
_FULL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
_STAMP_HEAD = 1500


def count_words(text: str) -> int:
    """Han characters plus the whitespace-separated tokens of everything else."""
    return len(HAN.findall(text)) + len(_HAN_OR_MARK.sub(" ", text).split())


def has_han(text: str) -> bool:
    return not text.isascii() and HAN.search(text) is not None


def zh_publication_date(text: str) -> PublicationDate | None:
    """Strongest evidence first: a labelled stamp near the top ("发布时间：2023-06-05"), a
    newspaper's edition line ("《 人民日报 》（ 2019年11月26日 01 版）"), a date with a time of
    day or on a line of its own near the top, else an agency dateline with the year of the
    text's full dates when they all agree; None when there is none of these."""
    head = text[:_STAMP_HEAD]
    stamps = [m for m in _STAMP.finditer(head) if m["label"] or m["time"] or _alone(head, m)]
    stamps.sort(key=lambda m: (not m["label"], not m["time"]))
    if stamps and stamps[0]["label"] and (found := _stamp(stamps[0])):
        return found
    if "版" in text and (edition := _EDITION.search(text)):
        date = safe_date(int(edition["y"]), int(edition["m"]), int(edition["d"]))
        if date is not None:
            return PublicationDate(date, "newspaper edition line", edition.start(), edition.end())
    for m in stamps:
        if found := _stamp(m):
            return found
    return _dateline(text)


def _stamp(m: re.Match) -> PublicationDate | None:
    date = safe_date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    if date is None:
        return None
    basis = f"'{m['label']}' stamp" if m["label"] else "date stamp at the top"
    return PublicationDate(date, basis, m.start(), m.end())


def _alone(text: str, m: re.Match) -> bool:
    """The date is a line of its own (a page's date line), not a date inside a sentence."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return not text[line_start:m.start()].strip() and not text[m.end():line_end if line_end >= 0 else None].strip()


def _dateline(text: str) -> PublicationDate | None:
    dl = _DATELINE.search(text, 0, 3000)
    if dl is None:
        return None
    years = {int(y) for y in _FULL_YEAR.findall(text)}
    if len(years) != 1:
        return PublicationDate(None, "dateline without year", dl.start(), dl.end())
    date: PartialDate | None = safe_date(years.pop(), int(dl["m"]), int(dl["d"]))
    return None if date is None else PublicationDate(date, "dateline with year from document", dl.start(), dl.end())
