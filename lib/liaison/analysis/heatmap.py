"""The country × year heat map of a panel (notebook 06): one row per country, one column per year,
each cell the count of distinct events, in greys so it reads in black and white.

Why its own module: the drawing rules (which countries are shown, which years, what an empty
panel looks like) are questions about the figure, not about the counts in `parties`.
"""
from __future__ import annotations

import pandas as pd

from liaison.analysis import wording
from liaison.analysis.episode import country_label

MAX_COUNTRIES = 30  # rows drawn; the rest are named in the note and all are in the table


def country_year_matrix(panel: pd.DataFrame, max_countries: int = MAX_COUNTRIES) -> pd.DataFrame:
    """Countries (most events first, ties by code) × every year from the first to the last with an
    event, zero where a country has none; at most `max_countries` rows. Countries tied at the cut
    are all left out rather than some picked by their code (unless that would leave none)."""
    if panel.empty:
        return pd.DataFrame(dtype="int64")
    totals = panel.groupby("iso3").events.sum().reset_index()
    ranked = totals.sort_values(["events", "iso3"], ascending=[False, True], kind="stable")
    order = ranked.iso3.head(max_countries)
    if len(ranked) > max_countries and (cut := ranked.events.iloc[max_countries]) == ranked.events.iloc[
            max_countries - 1] and (ranked.events > cut).any():
        order = ranked.iso3[ranked.events > cut]
    years = range(int(panel.year.min()), int(panel.year.max()) + 1)
    matrix = panel.pivot_table(index="iso3", columns="year", values="events", aggfunc="sum", fill_value=0)
    return matrix.reindex(index=list(order), columns=list(years), fill_value=0).astype("int64")


def plot_country_year(panel: pd.DataFrame, *, title: str, source_note: str, max_countries: int = MAX_COUNTRIES):
    """The heat map, each non-empty cell labelled with its count."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    matrix = country_year_matrix(panel, max_countries)
    rows, columns = matrix.shape
    height = 0.3 * max(rows, 1) + 2.0  # inches: a row per country, then the year labels and the note
    fig = Figure(figsize=(max(6.0, 0.32 * columns + 3.0), height))
    ax = fig.add_subplot(1, 1, 1)
    if matrix.empty:
        ax.text(0.5, 0.5, "no country-coded events in the selection", transform=ax.transAxes, ha="center",
                va="center")
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        top = int(matrix.to_numpy().max())
        image = ax.imshow(matrix.to_numpy(), cmap="Greys", vmin=0, vmax=max(top, 1), aspect="auto",
                          interpolation="nearest")
        for (y, x), value in pd.DataFrame(matrix.to_numpy()).stack().items():
            if value:
                ax.text(x, y, str(value), ha="center", va="center", fontsize=6,
                        color="white" if value > top / 2 else "black")
        ax.set_yticks(range(rows), [f"{country_label(c)} ({c})" for c in matrix.index], fontsize=7)
        step = max(1, columns // 20)
        ax.set_xticks(range(0, columns, step), [str(y) for y in matrix.columns[::step]], fontsize=7, rotation=90)
        bar = fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02)
        bar.set_label("distinct events", fontsize=7)
        bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        bar.ax.tick_params(labelsize=7)
    ax.set_xlabel("year (earliest stated in the reports)", fontsize=8)
    ax.set_title(title, fontsize=10)
    hidden = panel.iso3.nunique() - rows if not panel.empty else 0
    note = source_note.rstrip()
    if hidden > 0:
        most = int(panel[~panel.iso3.isin(matrix.index)].groupby("iso3").events.sum().max())
        note += (f" {wording.count(hidden, 'more country')}, with {wording.count(most, 'event')} or fewer, "
                 f"{wording.verb('is', hidden)} in the table.")
    fig.text(0.01, 0.005, note, fontsize=7)
    fig.subplots_adjust(bottom=1.1 / height, top=1 - 0.4 / height)
    return fig
