"""Independent sources (`claims.source_keys`): copies of one story share a key, two stories that
share only a generic title and a day do not. Invented outlets, titles and texts."""
import pandas as pd
from liaison.analysis.claims import source_keys

_LEAD = "The visiting party delegation and its hosts agreed to widen exchanges between young cadres next year."
_OTHER = "The ministry announced a new programme of training courses for provincial officials in the spring."


def _docs(*rows):
    """rows: (doc_id, outlet, title, published, text)."""
    return pd.DataFrame([{"doc_id": d, "outlet": o, "title": t, "published": p, "text": x} for d, o, t, p, x in rows])


def test_two_press_releases_of_one_day_are_two_sources():
    keys = source_keys(_docs(("a", "Harbour Daily", "Press release", "2023-04-02", f"Press release\n{_LEAD}\n"),
                             ("b", "Valley Post", "Press release", "2023-04-02", f"Press release\n{_OTHER}\n")))
    assert keys["a"] != keys["b"]


def test_one_outlets_two_undated_releases_are_two_sources():
    keys = source_keys(_docs(("a", "Harbour Daily", "Press release", "", f"{_LEAD}\n"),
                             ("b", "Harbour Daily", "Press release", "", f"{_OTHER}\n")))
    assert keys["a"] != keys["b"]


def test_guard_a_wire_story_on_two_sites_is_one_source():  # guard
    # The same paragraph under other site chrome, spaced and quoted otherwise.
    keys = source_keys(_docs(
        ("a", "Harbour Daily", "Press release", "2023-04-02", f"Home | World\nPress release\n{_LEAD}\n{_OTHER}\n"),
        ("b", "Valley Post", "Press release", "2023-04-02", f"Press release\nShare this\n  {_LEAD}  \n"),
        ("c", "", "Press release", "2023-04-02", "")))  # a copy whose text was not kept
    assert keys["a"] == keys["b"] == keys["c"]


def test_guard_short_lines_alike_do_not_make_two_stories_one():  # guard
    keys = source_keys(_docs(("a", "Harbour Daily", "Press release", "2023-04-02", f"Share this\n{_LEAD}\n"),
                             ("b", "Valley Post", "Press release", "2023-04-02", f"Share this\n{_OTHER}\n")))
    assert keys["a"] != keys["b"]
