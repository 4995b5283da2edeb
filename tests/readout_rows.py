"""What the rule tests read of one invented report, shared by the Chinese and English readout tests:
its events as the fields a user reads, and the people and places it names."""


def zh_events(extract, text, published):
    """(kind, actor, counterpart, places, start, status) of each event of a Chinese report."""
    return [(e["kind"], e["actor"], e["counterpart"], e["places"], e["start"], e["status"])
            for e in extract(text, published)["events"]]


def of_kind(rows, kind):
    """The event rows (as zh_events gives them) of one kind."""
    return [e for e in rows if e[0] == kind]


def zh_places(extract, text, published):
    """(text, entity id) of each place mention of a Chinese report."""
    return {(m["text"], m["entity_id"]) for m in extract(text, published)["mentions"] if m["kind"] == "place"}


def zh_people(extract, text, published):
    """The person mentions of a Chinese report, as written."""
    return {m["text"] for m in extract(text, published)["mentions"] if m["kind"] == "person"}


def en_events(extract, body: str, published: str, title: str = "Report on talks") -> list[dict]:
    """The event rows of an English report made of a headline and `body`."""
    return extract(f"{title}\n\n{body}\n", published)["events"]


def fields_of(events, *fields):
    """The named fields of each event row, sorted: what a test compares."""
    return sorted(tuple(e[f] for f in fields) for e in events)


def en_people(extract, body: str, published: str) -> set[str]:
    """The people of an English report, by the name they resolve to (else as written)."""
    rows = extract(f"Report on talks\n\n{body}\n", published)["mentions"]
    return {m["name"] or m["text"] for m in rows if m["kind"] == "person"}
