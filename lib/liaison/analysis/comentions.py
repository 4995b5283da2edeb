"""The people around a person (notebook 03): who is named in the same prose passage, as a
table with the passage quoted and as a network drawn around the person."""
from __future__ import annotations

import bisect
import math

import networkx as nx
import pandas as pd

from liaison.analysis import wording
from liaison.analysis.evidence import shorten
from liaison.analysis.rows import row_tuples
from liaison.schema import PROSE_SECTIONS


def comentions(mentions: pd.DataFrame, passages: pd.DataFrame, person_id: str | None) -> pd.DataFrame:
    """Every (passage, other person) where `person_id` and another resolved person are both
    named in the same prose passage, with the passage as evidence."""
    columns = ["person_id", "other_id", "other", "doc_id", "passage_id", "evidence"]
    if not person_id:
        return pd.DataFrame(columns=columns)
    people = _people_by_passage(mentions, passages)
    rows = []
    for (doc_id, passage_id, text), ids in people.items():
        if person_id in ids:
            for other_id, other in sorted(ids.items()):
                if other_id != person_id:
                    rows.append({"person_id": person_id, "other_id": other_id, "other": other, "doc_id": doc_id,
                                 "passage_id": passage_id, "evidence": shorten(" ".join(text.split()), 300)})
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["other", "doc_id", "passage_id"], kind="stable").reset_index(drop=True)


def _people(mentions: pd.DataFrame) -> pd.DataFrame:
    """The resolved person mentions, not a byline's or photo credit's: "(Xinhua/Wu Yue)" under a
    caption names the photographer, who is no one the caption's people were with."""
    cue = mentions.cue if "cue" in mentions else pd.Series("", index=mentions.index)
    return mentions[(mentions.kind == "person") & (mentions.entity_id != "") & (cue != "byline")]


def _people_by_passage(mentions: pd.DataFrame, passages: pd.DataFrame) -> dict:
    """(doc_id, passage_id, text) -> {entity_id: name} of the resolved people named inside each
    prose passage, passages in document order, people in mention-table order (the last name
    seen for an id wins).

    Passages are a document's lines and never overlap, so the one passage that can hold a
    mention is the last starting at or before it: one bisection per mention, not a scan of
    the mention table per passage."""
    prose = passages[passages.section.isin(PROSE_SECTIONS)].sort_values(["doc_id", "start"])
    found = _people(mentions)
    starts: dict[str, list[int]] = {}
    keys: dict[str, list[tuple]] = {}
    ends: dict[str, list[int]] = {}
    for doc_id, passage_id, start, end, text in row_tuples(prose[["doc_id", "passage_id", "start", "end", "text"]]):
        starts.setdefault(doc_id, []).append(start)
        ends.setdefault(doc_id, []).append(end)
        keys.setdefault(doc_id, []).append((doc_id, passage_id, text))
    inside: dict[tuple, dict[str, str]] = {}
    for doc_id, start, end, entity_id, name in row_tuples(found[["doc_id", "start", "end", "entity_id", "name"]]):
        i = bisect.bisect_right(starts.get(doc_id, []), start) - 1
        if i >= 0 and end <= ends[doc_id][i]:
            inside.setdefault(keys[doc_id][i], {})[entity_id] = name
    return {key: inside[key] for doc_keys in keys.values() for key in doc_keys if key in inside}


def comention_graph(mentions: pd.DataFrame, passages: pd.DataFrame, person_id: str | None) -> nx.Graph:
    """The people around a person: the person, everyone named in a passage with them, and an
    edge for each pair that shares passages (weight = number of shared passages, across
    documents). Edges between two neighbours count only passages that also name the person.
    A passage repeated word for word in another document (a wire story reposted by several
    sites) is one passage, not one per copy."""
    graph = nx.Graph()
    if not person_id:
        return graph
    seen: set[str] = set()
    for (_, _, text), ids in sorted(
        _people_by_passage(mentions, passages).items(), key=lambda kv: kv[0][:2]
    ):
        words = " ".join(text.split())
        if person_id not in ids or words in seen:
            continue
        seen.add(words)
        for pid, name in ids.items():
            graph.add_node(pid, name=name)
        members = sorted(ids)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
                graph.add_edge(a, b, weight=weight)
    return graph


def document_graph(mentions: pd.DataFrame, person_id: str | None) -> nx.Graph:
    """The people named in the same documents as a person, and the ties among them: an edge for each
    pair named together in a document that also names the person (weight = such documents). Wider
    than passages, so a small corpus still shows who clusters with whom, not a star of single ties."""
    graph = nx.Graph()
    if not person_id:
        return graph
    found = _people(mentions)
    for _, doc in found.groupby("doc_id", sort=True):
        ids = dict(zip(doc.entity_id, doc.name))
        if person_id not in ids:
            continue
        for pid, name in sorted(ids.items()):
            graph.add_node(pid, name=name)
        members = sorted(ids)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                graph.add_edge(a, b, weight=graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1)
    return graph


def neighbours(graph: nx.Graph, person_id: str | None) -> pd.DataFrame:
    """People co-mentioned with the person, most shared passages first (ties by name)."""
    rows = [{"other_id": o, "other": graph.nodes[o]["name"], "shared_passages": graph.edges[person_id, o]["weight"]}
            for o in (graph.neighbors(person_id) if person_id in graph else [])]
    frame = pd.DataFrame(rows, columns=["other_id", "other", "shared_passages"])
    return frame.sort_values(["shared_passages", "other"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def plot_network(graph: nx.Graph, person_id: str | None, unit: str = "passage", limit: int = 30):
    """Co-mention network drawn on a circle sorted by name with the person at the centre; edge
    width and label give the number of shared `unit`s (passages or documents). When every edge has
    the same weight the figure says so instead of drawing widths that carry nothing. Past `limit`
    people only the `limit` sharing most with the person are drawn (ties by name), and the note
    says how many are left out: hundreds of names on one circle cannot be read."""
    from matplotlib.figure import Figure

    around = neighbours(graph, person_id)
    left_out = max(len(around) - limit, 0)
    if left_out:
        graph = graph.subgraph([person_id, *around.other_id.head(limit)]).copy()
    fig = Figure(figsize=(9, 9))
    ax = fig.add_subplot()
    name = graph.nodes[person_id]["name"] if person_id in graph else None
    weights = sorted({d["weight"] for _, _, d in graph.edges(data=True)})
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no co-mentions", ha="center", va="center", transform=ax.transAxes)
    else:
        others = sorted((n for n in graph if n != person_id), key=lambda n: (graph.nodes[n]["name"], n))
        pos = nx.circular_layout(others) if others else {}
        pos[person_id] = (0.0, 0.0)
        for a, b, data in sorted(graph.edges(data=True)):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            focus = person_id in (a, b)
            # Widths scaled into 0.8-6 points: one tie of 20 drawn 24 points wide hid the names under it.
            width = 0.8 + 5.2 * (data["weight"] - weights[0]) / (weights[-1] - weights[0]) if len(weights) > 1 else 1.0
            ax.plot([x1, x2], [y1, y2], color="0.2" if focus else "0.7", linestyle="-" if focus else "--",
                    linewidth=width, zorder=1)
            if len(weights) > 1 and (focus or data["weight"] > weights[0]):
                ax.text(x1 + (x2 - x1) * 0.55, y1 + (y2 - y1) * 0.55, str(data["weight"]), fontsize=7, ha="center",
                        va="center", bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5}, zorder=3)
        for n in others:
            x, y = pos[n]
            ax.scatter([x], [y], s=120, color="0.85", edgecolor="black", zorder=2)
            # Along the radius, reading outwards: names near the top and bottom of the circle no longer overlap.
            angle = math.degrees(math.atan2(y, x))
            ax.text(x * 1.08, y * 1.08, graph.nodes[n]["name"], fontsize=8, va="center", rotation_mode="anchor",
                    ha="left" if x >= -1e-9 else "right", rotation=angle if x >= -1e-9 else angle - 180)
        ax.scatter([0], [0], s=320, color="0.2", edgecolor="black", marker="s", zorder=2)
        ax.text(0, -0.13, name or "", fontsize=9, ha="center", va="top", weight="bold")
        ax.set_xlim(-1.75, 1.75)
        ax.set_ylim(-1.75, 1.75)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("circular layout, people sorted by name (position carries no meaning)")
    ax.set_ylabel("solid: with the person; dashed: between others")
    ax.set_title(f"People named in the same {unit} as {name}" if name else "Co-mention network: no person chosen")
    scale = (f"edge width and label = shared {unit}s ({weights[0]} to {weights[-1]})" if len(weights) > 1
             else f"every pair shares {wording.count(weights[0] if weights else 0, unit)}, so edges are drawn alike")
    shown = (f" Only the {limit} of {len(around)} people sharing most {unit}s with the person are drawn (ties by "
             f"name); all are in the co-mentions table." if left_out else "")
    fig.text(0.01, 0.01, f"Source: liaison person mentions in the corpus; {scale}.{shown}", fontsize=7, wrap=True)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig
