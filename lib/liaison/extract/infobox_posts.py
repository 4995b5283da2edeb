"""Posts an encyclopedia page's infobox states: "Leader X", "Deputy ministers" and a line of names,
each the page subject's post (current as of the page)."""
from __future__ import annotations

import re

from liaison.extract.mentions import Mention
from liaison.extract.position_rows import Position

_FIELD = re.compile(
    r"^(?P<field>Leader|Head|Director|Chairman|President|Secretary-General|General Secretary"
    r"|Deputy ministers|Deputy directors|Deputy heads)\s*(?P<value>.*)$"
)


def infobox_positions(
    text: str, infobox: list[tuple[int, int, str]], mentions: list[Mention], subject: Mention | None
) -> list[Position]:
    """Infobox fields of an organisation's page: "Leader X", "Deputy ministers" + a names line."""
    if subject is None:
        return []
    out = []
    for index, (start, end, line) in enumerate(infobox):
        field = _FIELD.match(line)
        if not field:
            continue
        if field.group("value"):
            value_start, value_end = start + field.start("value"), end
        elif index + 1 < len(infobox):
            value_start, value_end = infobox[index + 1][0], infobox[index + 1][1]
        else:
            continue
        title = field.group("field").lower().rstrip("s")
        title = "head" if title == "leader" else title
        for person in (
            m for m in mentions if m.kind == "person" and value_start <= m.start and m.end <= value_end and m.entity_id
        ):
            out.append(
                Position(
                    person.name,
                    person.entity_id,
                    title,
                    subject.name,
                    subject.entity_id,
                    "",
                    "",
                    "current",
                    start,
                    value_end,
                    text[start:value_end],
                    "infobox",
                )
            )
    return out
