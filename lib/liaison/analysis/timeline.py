"""The actor timeline figure of notebook 04 (campaigns): one row per actor, each event drawn at the
precision its date is stated in, undated events listed under the axis.

Why a module of its own: it is a figure's layout (matplotlib sizing, label collision, legend), not
a rule about which events count; `campaigns` builds the event table it draws.
"""
from __future__ import annotations

import datetime

import pandas as pd

from liaison.analysis import wording
from liaison.analysis.rows import row_tuples

MAX_LISTED = 25  # undated events written under the timeline; the rest are in the table
MAX_ACTORS = 40  # timeline rows: the actors with the most dated events; the rest are in the table
_MARKS = {  # precision -> (face grey, hatch, bar height); a day is a point, not a bar
    "month": ("0.55", "//", 0.5),
    "year": ("0.85", "..", 0.3),
}


def plot_actor_timeline(events: pd.DataFrame, undated: pd.DataFrame, *, title: str, source_note: str):
    """One row per actor: a day-precise event is a point, a month-precise one a bar across the
    month, a year-precise one a thin bar across the year; undated events are listed below.

    Drawing the stated precision keeps the figure from implying a day nobody reported.
    """
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from liaison.analysis.fonts import MONOSPACE

    dated = events[(events.first_day != "") & (events.actor != "")]
    counts = dated.actor.value_counts()
    # A real corpus has hundreds of actors: a row each would make a figure metres tall.
    shown = sorted(counts.index, key=lambda actor: (-counts[actor], actor))[:MAX_ACTORS]
    left_out = len(counts) - len(shown)
    dated = dated[dated.actor.isin(shown)]
    actors = sorted(shown)
    # Only the rows listed are written out: a large corpus has thousands of undated events.
    lines = [f"{row.actor or '(no actor)'}: {row.kind} {_where(row)} [{row.event_id}]"
             for row in undated.sort_values(["actor", "event_id"]).head(MAX_LISTED).itertuples()]
    if len(undated) > MAX_LISTED:
        more = wording.count(len(undated) - MAX_LISTED, "more undated event")
        lines = lines[:MAX_LISTED] + [f"... and {more} in the table"]
    plot_in = 0.45 * max(len(actors), 1) + 0.9  # inches for the timeline panel
    text_in = 0.14 * (len(lines) + 1) + 0.75  # inches for the x label, the undated list and the note
    height = plot_in + text_in + 0.5
    fig = Figure(figsize=(9, height))
    ax = fig.add_axes((0.2, (text_in + 0.05) / height, 0.76, plot_in / height))
    handles: list[Artist] = []
    # A place label is written only where it runs over neither a label nor a mark in its row (a 6.5-point
    # character is ~0.054 in of the 6.8 in axis); the ones left out are counted under the axis.
    if len(dated):
        low, high = _day(dated.first_day.min()), _day(dated.last_day.max()) + 1
        pad = max(10.0, (high - low) * 0.08)
        ax.set_xlim(low - pad, high + 3 * pad)  # room on the right for the place labels
    left, right = ax.get_xlim()  # (0, 1) when nothing is dated
    per_char, hidden = (right - left) * 0.054 / 6.8, 0
    for y, (_, by_actor) in enumerate(dated.groupby("actor", sort=True)):  # the actors, in order
        free, rows = float("-inf"), list(row_tuples(by_actor.sort_values(["first_day", "event_id"])))
        starts = [_day(r.first_day) for r in rows] + [float("inf")]
        for i, row in enumerate(rows):
            first = starts[i]
            last = _day(row.last_day) + 1
            if row.date_precision == "day":
                ax.plot([first + 0.5], [y], marker="o", color="black", markersize=6, linestyle="none")
            else:
                grey, hatch, bar = _MARKS.get(row.date_precision, _MARKS["year"])
                ax.barh(y, last - first, left=first, height=bar, color=grey, hatch=hatch, edgecolor="black",
                        linewidth=0.6)
            width = (len(_where(row)) + 3) * per_char  # the label, its 5-point offset and a marker
            if first < free or starts[i + 1] < last + width:  # would run over a label or the next mark
                hidden += 1
                continue
            ax.annotate(_where(row), (last, y), xytext=(5, 0), textcoords="offset points", fontsize=6.5, ha="left",
                        va="center")
            free = last + width
    precisions = set(dated.date_precision)
    if "day" in precisions:
        handles.append(Line2D([], [], marker="o", color="black", linestyle="none", label="day-precise date"))
    for precision in ("month", "year"):
        if precision in precisions:
            grey, hatch, _ = _MARKS[precision]
            handles.append(Patch(facecolor=grey, hatch=hatch, edgecolor="black",
                                 label=f"{precision}-precise date (bar spans the {precision})"))
    ax.set_yticks(range(len(actors)), actors, fontsize=8)
    ax.set_ylim(-0.7, max(len(actors), 1) - 0.2)
    ax.invert_yaxis()
    if len(dated):
        ax.xaxis_date()
    else:
        ax.text(0.5, 0.5, "no dated events in the window", transform=ax.transAxes, ha="center", va="center")
        ax.set_xticks([])
    ax.tick_params(axis="x", labelsize=7)
    ax.set_xlabel("date of the event as stated (precision as stated)" + (
        f"; {wording.count(hidden, 'place label')} left out where labels would overlap (all in the table)"
        if hidden else ""), fontsize=8)
    ax.set_ylabel(f"actor (the {len(actors)} with most dated events; {left_out} more in the table)" if left_out
                  else "actor", fontsize=8)
    ax.set_title(title, fontsize=10, pad=20 if handles else 6)
    if handles:  # above the axes, under the title: inside, it hid the first actors' latest events
        ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=7, frameon=False)
    listing = [f"Undated ({len(undated)}), not placed on the axis:"] + lines if lines else ["Undated: none"]
    fig.text(0.01, (text_in - 0.45) / height, "\n".join(listing), fontsize=7, va="top", family=MONOSPACE)
    fig.text(0.01, 0.01, source_note, fontsize=7)
    return fig


def _day(iso: str) -> float:
    """A day's position on the date axis."""
    from matplotlib.dates import date2num

    return float(date2num(datetime.date.fromisoformat(iso)))


def _where(row) -> str:
    places = "|".join(row.places.split("|")) if row.places else ""
    return places or row.region or (row.counterpart or "")
