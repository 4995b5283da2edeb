"""The entities table: one row per resolved entity, built from every mention in the corpus."""
from __future__ import annotations

import pandas as pd

from liaison import schema
from liaison.reference.lists import chinese_names, organizations

_HAN = r"[\u3400-\u9fff]"
# Every character `\s` matches but the space (the last is U+3000), listed one by one: the
# column-wide test may run in Arrow's regular-expression engine, whose `\s` is ASCII only.
_SPACING = "[" + "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and c != 0x20) + "]|  "


def entities(mentions: pd.DataFrame, links: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per resolved entity: its commonest name, every other surface form seen, and
    whether reference data knows it. `links` (from `links.link_chinese_names`, already applied to
    the mentions) give the Chinese names linked to English entities and how. Vectorised: a large
    corpus has millions of mentions."""
    resolved = mentions.loc[mentions.entity_id != "", ["entity_id", "kind", "name", "text", "iso3", "doc_id", "cue"]]
    if resolved.empty:
        return schema.frame([], "entities")
    # Surface forms with their line breaks and runs of spaces made one space. Only a text with a
    # whitespace character other than the space, or with two spaces, can change, so only those few
    # go through the replacement; the test runs over the whole column at once.
    spaced = resolved.text.str.contains(_SPACING, regex=True).to_numpy(dtype=bool)
    if spaced.any():
        resolved.loc[spaced, "text"] = resolved.loc[spaced, "text"].str.replace(r"\s+", " ", regex=True)
    grouped = resolved.groupby("entity_id", sort=True)
    names = (
        resolved.groupby(["entity_id", "name"]).size().rename("n").reset_index()
        .sort_values(["entity_id", "n", "name"], ascending=[True, False, True])
        .drop_duplicates("entity_id").set_index("entity_id")["name"]
    )
    frame = pd.DataFrame({"kind": grouped.kind.first(), "name": names})
    surfaces = resolved[["entity_id", "text"]].drop_duplicates()
    surfaces = surfaces[surfaces.text != surfaces.entity_id.map(names)].sort_values(["entity_id", "text"])
    frame["aliases"] = surfaces.groupby("entity_id").text.agg("|".join)
    frame["iso3"] = resolved[resolved.iso3 != ""].groupby("entity_id").iso3.first()
    org_rows = organizations().set_index("org_id")
    org_ids = frame.index.str.removeprefix("org:")
    known_org = frame.index.str.startswith("org:") & org_ids.isin(org_rows.index)
    frame["name_zh"] = frame.name.map(chinese_names()).fillna("")
    frame["link_basis"] = ["reference" if zh else "" for zh in frame.name_zh]
    if links is not None and not links.empty:
        linked = links[links.link_basis != ""].drop_duplicates("entity_id").set_index("entity_id")
        known = frame.index.isin(linked.index) & (frame.name_zh == "")
        frame.loc[known, "name_zh"] = frame.index[known].map(linked.name_zh)
        frame.loc[known, "link_basis"] = frame.index[known].map(linked.link_basis)
    # An entity known only by its Chinese name is its own Chinese name, linked to no English one.
    chinese_only = (frame.name_zh == "") & frame.name.str.contains(_HAN, regex=True)
    frame.loc[chinese_only, "name_zh"] = frame.loc[chinese_only, "name"]
    from_reference = frame.index.isin(resolved.loc[resolved.cue == "reference", "entity_id"].unique())
    frame["source"] = ["reference" if k or r else "text" for k, r in zip(known_org, from_reference)]
    frame["n_mentions"] = grouped.size()
    frame["n_documents"] = grouped.doc_id.nunique()
    frame = frame.fillna({"aliases": "", "iso3": ""}).rename_axis("entity_id").reset_index()
    return frame[schema.columns("entities")]
