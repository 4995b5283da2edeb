"""Offline world maps of where events happened.

Country shapes are Natural Earth 1:50m boundaries shipped inside the package
(data/countries-50m.topo.json, from the npm package world-atlas; see docs/map-data.md),
so a map needs no network and no map package. The file is TopoJSON, decoded here
in a few lines of numpy rather than adding a dependency.

Shapes are keyed by ISO 3166-1 alpha-3 code, the code the rest of the workbook uses.
Features that have no ISO 3166-1 code in Natural Earth (Kosovo, Somaliland, N. Cyprus,
Siachen Glacier, Indian Ocean Ter.) are kept under their Natural Earth name, so they are
still drawn as land and can be counted by that name. Ashmore and Cartier Is. shares
Australia's numeric code (036), so its rings are added to AUS.
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pycountry
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath

from liaison.paths import DATA_DIR

TOPOLOGY_PATH = DATA_DIR / "countries-50m.topo.json"

# A country whose rings add up to less than this many square degrees is a few pixels or
# less on a whole-world map (Singapore is ~0.06, Luxembourg ~0.3), so it gets a marker.
SMALL_AREA_DEG2 = 0.5

# Grey levels (0 black, 1 white) chosen to stay distinct when printed in black and white.
LAND_GREY = 0.93
OUTLINE_GREY = 0.45
DARKEST_GREY = 0.12
LIGHTEST_BIN_GREY = 0.75
MAX_BINS = 6


def decode_topology(topology: Mapping, object_name: str) -> list[tuple[dict, list[np.ndarray]]]:
    """Each geometry of one TopoJSON object as (its properties plus id, its rings as N×2 arrays).

    Quantized arcs are delta-encoded integers: a cumulative sum restores positions, then the
    transform maps them to lon/lat. An arc index ~i (that is, -i-1) means arc i reversed.
    Only Polygon and MultiPolygon occur in country boundaries; a null geometry has no rings.
    """
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = np.asarray(arc, dtype=float)
        if transform:
            points = np.cumsum(points, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(points)

    def ring(indices: list[int]) -> np.ndarray:
        # Consecutive arcs share an endpoint: keep it once.
        parts = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in indices]
        points = np.concatenate([parts[0]] + [part[1:] for part in parts[1:]])
        points.setflags(write=False)
        return points

    decoded = []
    for geometry in topology["objects"][object_name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        elif kind is None:
            polygons = []
        else:
            raise ValueError(f"unsupported TopoJSON geometry type {kind!r}")
        rings = [ring(indices) for polygon in polygons for indices in polygon]
        info = dict(geometry.get("properties") or {}, id=geometry.get("id"))
        decoded.append((info, rings))
    return decoded


def _continuous(ring: np.ndarray) -> np.ndarray:
    """The ring without its jumps across the antimeridian, so that it is a plain planar polygon.

    Natural Earth's Russia and Fiji hop from +180 to -180 and back; unwrapped, Chukotka runs
    on past 180 instead of drawing a stripe across the map. A ring around a pole (Antarctica)
    crosses an odd number of times, and its jump runs along the map's edge: left as it is.
    """
    jumps = np.count_nonzero(np.abs(np.diff(ring[:, 0])) > 180)
    if jumps == 0 or jumps % 2:
        return ring
    unwrapped = np.column_stack([np.unwrap(ring[:, 0], period=360), ring[:, 1]])
    unwrapped.setflags(write=False)
    return unwrapped


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, list[np.ndarray]]:
    topology = json.loads(Path(TOPOLOGY_PATH).read_text(encoding="utf-8"))
    shapes: dict[str, list[np.ndarray]] = {}
    for info, rings in decode_topology(topology, "countries"):
        country = pycountry.countries.get(numeric=info["id"]) if info["id"] else None
        key = country.alpha_3 if country else info["name"]
        shapes.setdefault(key, []).extend(_continuous(ring) for ring in rings)
    return shapes


def load_country_shapes() -> dict[str, list[np.ndarray]]:
    """ISO3 alpha-3 code (or Natural Earth name, see module doc) -> rings as N×2 lon/lat arrays.

    A ring that crosses the antimeridian is made continuous, so its longitudes run past ±180
    (Russia's Chukotka, Fiji's eastern islands). Decoded once per process; the arrays are
    read-only because they are shared between calls.
    """
    return dict(_shapes())


def _signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _area(rings: list[np.ndarray]) -> float:
    return sum(abs(_signed_area(ring)) for ring in rings)


def country_centroid(iso3: str) -> tuple[float, float]:
    """(lon, lat) of the area-weighted centroid of the country's largest ring.

    The largest ring, not all of them, so that France lands in Europe rather than being
    pulled towards French Guiana and the Pacific.
    """
    rings = _shapes()[iso3]
    ring = max(rings, key=lambda r: abs(_signed_area(r)))
    x, y = ring[:, 0], ring[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    area = cross.sum() / 2
    if area == 0:  # a degenerate ring: fall back to the mean of its points
        return float(x.mean()), float(y.mean())
    lon = float(((x + np.roll(x, -1)) * cross).sum() / (6 * area))
    lat = float(((y + np.roll(y, -1)) * cross).sum() / (6 * area))
    return (lon + 180) % 360 - 180, lat


def is_small_state(iso3: str) -> bool:
    """True if the country would be invisible as a polygon on a world map, so it gets a marker."""
    return _area(_shapes()[iso3]) < SMALL_AREA_DEG2


def unplaced_codes(counts: Mapping[str, int | float]) -> list[str]:
    """The keys of counts that have no shape, sorted: plot_world_map ignores them, so report them."""
    shapes = _shapes()
    return sorted(code for code in counts if code not in shapes)


def _bin_edges(values: list[float]) -> list[float]:
    """Round edges on a 1-2-5 scale covering the values; decades only if that gives too many bins.

    Round edges make the legend readable and keep a count in a bin with the same label from
    one figure to the next, which quantiles would not.
    """
    low = 10.0 ** math.floor(math.log10(min(values)))
    high = max(values)
    for steps in ((1, 2, 5), (1,)):
        edges: list[float] = []
        magnitude = low
        while not edges or edges[-1] <= high:
            edges.extend(magnitude * step for step in steps)
            magnitude *= 10
        edges = [edge for i, edge in enumerate(edges) if i == 0 or edges[i - 1] <= high]
        if len(edges) - 1 <= MAX_BINS:
            break
    return edges


def _bin_labels(edges: list[float], integers: bool, top: float | None = None) -> list[str]:
    """Labels for the half-open bins [edges[i], edges[i+1]); the last ends at `top`, the largest value,
    so a legend never promises counts the map does not have ("2", not "2–4", when the most is 2)."""
    labels = []
    for i, (low, high) in enumerate(zip(edges, edges[1:])):
        last = top is not None and i == len(edges) - 2
        if integers:
            low_i, high_i = math.ceil(low), math.ceil(high) - 1
            if last and top is not None:
                high_i = min(high_i, math.floor(top))
            labels.append(f"{low_i:g}" if low_i == high_i else f"{low_i:g}–{high_i:g}")
        else:
            labels.append(f"{low:g} to {top:g}" if last and top != low else f"{low:g} to under {high:g}")
    return labels


def _wrapped_copies(ring: np.ndarray) -> list[np.ndarray]:
    """The ring, plus a copy a world away if it runs past ±180, so both map edges show it."""
    copies = [ring]
    if ring[:, 0].max() > 180:
        copies.append(ring - (360, 0))
    if ring[:, 0].min() < -180:
        copies.append(ring + (360, 0))
    return copies


def plot_world_map(
    counts: Mapping[str, int | float],
    *,
    ax=None,
    title: str,
    source_note: str,
    legend_label: str = "events",
    excluded: Iterable[str] = (),
) -> Figure:
    """A grey-scale choropleth of counts per country, readable in black and white.

    Countries with no count (or a count of zero or less) are light grey land; the rest are
    shaded darker by binned count. Small states get a circle marker at their centroid in
    their shade, tagged with gid "marker-ISO3". Keys with no shape are ignored: list them
    with unplaced_codes. The projection is plain longitude/latitude, cut at 60°S. `excluded`
    countries (left out of the counts, as China is of trips abroad) are hatched, not drawn as zero.
    """
    shapes = _shapes()
    placed = {code: float(value) for code, value in counts.items() if code in shapes and value > 0}

    if ax is None:
        fig = Figure(figsize=(11, 4.6))
        ax = fig.add_subplot()
    else:
        fig = ax.figure

    legend_handles: list[Artist] = [
        Patch(facecolor=str(LAND_GREY), edgecolor=str(OUTLINE_GREY), label=f"no {legend_label}")
    ]
    shade: dict[str, str] = {}
    if placed:
        edges = _bin_edges(list(placed.values()))
        greys = np.linspace(LIGHTEST_BIN_GREY, DARKEST_GREY, len(edges) - 1) if len(edges) > 2 else [0.4]
        integers = all(value.is_integer() for value in placed.values())
        for low, high, grey, label in zip(edges, edges[1:], greys, _bin_labels(edges, integers, max(placed.values()))):
            legend_handles.append(Patch(facecolor=f"{grey:.3f}", edgecolor=str(OUTLINE_GREY), label=label))
            for code, value in placed.items():
                if low <= value < high:
                    shade[code] = f"{grey:.3f}"

    left_out = {code for code in excluded if code in shapes}
    if left_out:
        legend_handles.append(Patch(facecolor="white", edgecolor=str(OUTLINE_GREY), hatch="xxxx",
                                    label="left out of the count"))
    for code in sorted(shapes):
        rings = [copy for ring in shapes[code] for copy in _wrapped_copies(ring)]
        path = MplPath.make_compound_path(*(MplPath(ring, closed=True) for ring in rings))
        ax.add_patch(PathPatch(path, facecolor="white" if code in left_out else shade.get(code, str(LAND_GREY)),
                               hatch="xxxx" if code in left_out else None,
                               edgecolor=str(OUTLINE_GREY), linewidth=0.25, gid=code))

    markers = [code for code in sorted(shade) if is_small_state(code)]
    for code in markers:
        lon, lat = country_centroid(code)
        ax.add_line(Line2D([lon], [lat], marker="o", markersize=5, markerfacecolor=shade[code],
                           markeredgecolor="black", markeredgewidth=0.6, linestyle="none",
                           gid=f"marker-{code}", zorder=3))
    if markers:
        legend_handles.append(Line2D([], [], marker="o", markersize=5, markerfacecolor="white",
                                     markeredgecolor="black", linestyle="none",
                                     label="small state (marker shaded by count)"))

    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect("equal")
    ax.set_xticks(range(-180, 181, 60))
    ax.set_yticks(range(-60, 81, 30))
    ax.tick_params(labelsize=7)
    ax.set_xlabel("Longitude (°)", fontsize=8)
    ax.set_ylabel("Latitude (°)", fontsize=8)
    ax.set_title(title)
    # Beside the map, not on it: no corner of the world is empty enough for a legend.
    ax.legend(handles=legend_handles, title=legend_label.capitalize(), loc="upper left",
              bbox_to_anchor=(1.01, 1), fontsize=7, title_fontsize=8, edgecolor="0.5")
    # Tied to the axes rather than the figure so it sits just under this map's bottom-left
    # corner, below the axis label, whatever the figure's shape or other panels.
    ax.annotate(source_note, xy=(0, 0), xycoords="axes fraction", xytext=(0, -34),
                textcoords="offset points", ha="left", va="top", fontsize=7)
    return fig
