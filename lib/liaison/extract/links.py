"""One person under two names: a shorter English spelling linked to the fuller one the corpus
also uses, and Chinese-named people linked to the English spelling.

"Raul Castro" in one report and "Raúl Castro Ruz" in another, "Agni Sapkota" and "Agni Prasad
Sapkota": extraction gives each its own id; over the whole corpus the shorter is re-pointed to the
fuller when it is a shorter form (the same first name, the other names in order) of exactly one
other person the corpus names, and neither is a person the reference lists know (they know their
people's forms, and a son may carry his father's names and one more: "Nicolás Maduro Guerra").

Chinese reports name 孙海燕 where English ones write "Sun Haiyan". Extraction sees one document at
a time and gives the Chinese mention an id of its own (person:孙海燕); over the whole corpus this
module re-points it to the English entity when the two are sure to be one person: the Chinese
name, in Simplified form (劉海星 is 刘海星), is a person the reference lists know by that Chinese
name, or its pinyin matches exactly one English person in the corpus and no other Chinese name
matches that English person. Everything is done per distinct name, then mapped onto the rows.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from liaison.reference.hanzi import simplified
from liaison.reference.ids import person_id, slug
from liaison.reference.lists import ild_heads, people
from liaison.reference.pinyin import CHINESE_SURNAMES
from liaison.reference.romanisation import KOREAN_SURNAMES, VIETNAMESE_SURNAMES

LINK_COLUMNS = ["old_id", "entity_id", "name", "name_zh", "link_basis"]
_SURNAME_FIRST = CHINESE_SURNAMES | KOREAN_SURNAMES | VIETNAMESE_SURNAMES
_HAN = r"[\u3400-\u9fff]"
_ARTICLE = re.compile(r"\b([aAeE][ln]|[aA][dnrstz]|[aA]sh)-(?=\w)")
_TITLES = {"sheikh", "shaikh", "prince", "princess", "king", "queen", "emir", "sultan", "samdech", "dr", "comrade",
           "sir", "lord", "lady", "mr", "mrs", "ms", "madam", "general", "president", "imam", "ayatollah"}
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
# Arabic names end on a father's or grandfather's given name, so a two-word form ending on one of
# these ("Ahmed Ali") fits many people.
_GIVEN_AS_LAST = {"ali", "ahmed", "ahmad", "mohammed", "muhammad", "mohamed", "mohammad", "hassan", "hasan",
                  "hussein", "husain", "abdullah", "omar", "umar", "ibrahim", "ismail", "khalid", "mahmoud",
                  "mustafa", "osman", "othman", "salim", "saleh", "yusuf", "youssef"}


def link_chinese_names(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The mentions with each linked Chinese person re-pointed (entity_id and name of the English
    entity, or of the Simplified form), and the links: old_id -> entity_id, name, name_zh, link_basis
    ("reference" | "pinyin" | "" for a Traditional form merged with its Simplified one only)."""
    people_rows = mentions.kind == "person"
    ids = pd.Series(mentions.entity_id[people_rows].unique(), dtype=str)
    chinese = people_rows & mentions.entity_id.isin(ids[ids.str.contains(_HAN, regex=True)])
    if not chinese.any():
        return mentions, pd.DataFrame(columns=LINK_COLUMNS, dtype=str)
    links = _links(
        mentions.loc[chinese, ["entity_id", "name"]].drop_duplicates("entity_id"),
        mentions.loc[people_rows & ~chinese & (mentions.entity_id != ""), ["entity_id", "name"]].drop_duplicates(),
    )
    return apply_links(mentions, links, ("entity_id",), name_column="name"), links


def link_fuller_names(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The mentions with each shorter English form of one person re-pointed to the fuller one, and
    the links made (LINK_COLUMNS; no Chinese name, no basis)."""
    people_rows = (mentions.kind == "person") & (mentions.entity_id != "")
    named = mentions.loc[people_rows, ["entity_id", "name"]].drop_duplicates("entity_id")
    named = named[~named.name.str.contains(_HAN, regex=True)]
    words = pd.Series([_name_words(n) for n in named.name], index=named.entity_id, dtype=object)
    # A short form opens with the fuller one's first name and ends on one of its later names; no
    # initial ("George Bush" is not sure to be "George W. Bush" when "George H. W. Bush" is named).
    # A name written surname first (Chinese, Korean, Vietnamese) is not shortened so: "Chen Xu" and
    # "Chen Min Xu", "Nguyen Long" and "Nguyen Van Long" are two people. Nor is one opening on a
    # title ("Sheikh Mohammed" fits many); a fuller one marking a generation ("Jr", "III") is a son's.
    words = words[words.map(lambda w: bool(w) and w[0].title() not in _SURNAME_FIRST and w[0] not in _TITLES)]
    short = words[(words.map(len) >= 2) & words.map(lambda w: min(map(len, w)) > 1 and len(set(w)) == len(w)
                                                    and w[-1] not in _GIVEN_AS_LAST)]
    words = words[words.map(lambda w: not _GENERATIONS & set(w))]
    keys = pd.DataFrame([(i, (w[0], w[-1])) for i, w in short.items()], columns=["short", "key"])
    fuller = pd.DataFrame([(i, (w[0], later)) for i, w in words.items() if len(w) >= 3 for later in set(w[1:])],
                          columns=["long", "key"])
    pairs = keys.merge(fuller, on="key")
    pairs = pairs[pd.Series([_shorter_form(short[s], words[f]) for s, f in zip(pairs.short, pairs.long)],
                            index=pairs.index, dtype=bool)]
    pairs = pairs[pairs.groupby("short").long.transform("nunique") == 1]
    # A person the reference lists know is found under the forms they list, and no other: "Nicolás
    # Maduro Guerra" is his son, not "Nicolás Maduro".
    known = set(_reference_people().map(person_id)) | set(people().person.map(person_id))
    pairs = pairs[~pairs.short.isin(known) & ~pairs.long.isin(known)]
    names = named.set_index("entity_id").name
    links = pd.DataFrame({"old_id": pairs.short, "entity_id": pairs.long, "name": pairs.long.map(names),
                          "name_zh": "", "link_basis": ""})
    links = links[~links.entity_id.isin(links.old_id)].sort_values("old_id")  # a target that moves too is left
    return apply_links(mentions, links, ("entity_id",), name_column="name"), links.reset_index(drop=True)[LINK_COLUMNS]


def _name_words(name: str) -> tuple[str, ...]:
    """A name's words as its id spells them. A double-barrelled name is one word ("Ramos-Horta" is
    not "Ramos"); an Arabic article is a word of its own, so "al-Haddad" may be left out as "Haddad"."""
    return tuple(slug(part) for part in _ARTICLE.sub(r"\1 ", name).split() if slug(part))


def _shorter_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is `full` with some of its later names left out, in order."""
    if len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(word in rest for word in short[1:])


def apply_links(frame: pd.DataFrame, links: pd.DataFrame, id_columns: tuple[str, ...],
                name_column: str | None = None) -> pd.DataFrame:
    """`frame` with every id in `id_columns` that a link moves replaced by its new id (and, for the
    rows whose first id column moved, `name_column` by the new name)."""
    if links.empty or frame.empty:
        return frame
    new_id = links.set_index("old_id").entity_id
    out = frame.copy()
    for column in id_columns:
        moved = out[column].isin(new_id.index)
        if name_column is not None and column == id_columns[0]:
            out.loc[moved, name_column] = out.loc[moved, column].map(links.set_index("old_id").name)
        out.loc[moved, column] = out.loc[moved, column].map(new_id)
    return out


def _links(chinese: pd.DataFrame, english: pd.DataFrame) -> pd.DataFrame:
    """One row per Chinese entity id that moves."""
    chinese = chinese.assign(name_zh=chinese.name.map(simplified))
    reference_name = chinese.name_zh.map(_reference_people())
    by_pinyin = chinese.entity_id.map(_pinyin_matches(chinese[reference_name.isna()], english))
    english_names = english.drop_duplicates("entity_id").set_index("entity_id").name
    target = reference_name.map(person_id, na_action="ignore").fillna(by_pinyin)
    out = pd.DataFrame({
        "old_id": chinese.entity_id,
        "entity_id": target.fillna(chinese.name_zh.map(person_id)),
        "name": reference_name.fillna(by_pinyin.map(english_names)).fillna(chinese.name_zh),
        "name_zh": chinese.name_zh,
        "link_basis": pd.Series("", index=chinese.index).mask(by_pinyin.notna(), "pinyin")
        .mask(reference_name.notna(), "reference"),
    })
    return out[out.old_id != out.entity_id].reset_index(drop=True)[LINK_COLUMNS]


def _pinyin_matches(chinese: pd.DataFrame, english: pd.DataFrame) -> pd.Series:
    """Chinese entity id -> English entity id, for Chinese names whose pinyin is exactly one English
    person's name, that English person matched by no other Chinese name (Simplified forms count once)
    and not one the reference lists give another Chinese name (刘建潮 is not Liu Jianchao, 刘建超)."""
    # Imported here: pypinyin's dictionaries take a fifth of a second to load, and a corpus in
    # English (or any run without Chinese names to link) never needs them.
    from liaison.reference.name_pinyin import english_key, pinyin_spellings

    spellings = pd.DataFrame(
        [(old_id, zh, key) for old_id, zh in zip(chinese.entity_id, chinese.name_zh) for key in pinyin_spellings(zh)],
        columns=["old_id", "name_zh", "key"],
    )
    english = english[~english.name.isin(set(_reference_people()))]
    english = english.assign(key=english.name.map(english_key))
    pairs = spellings.merge(english[["entity_id", "key"]], on="key").drop_duplicates(["old_id", "entity_id"])
    pairs = pairs[pairs.groupby("old_id").entity_id.transform("nunique") == 1]
    pairs = pairs[pairs.groupby("entity_id").name_zh.transform("nunique") == 1]
    return pairs.set_index("old_id").entity_id


@lru_cache(maxsize=1)
def _reference_people() -> pd.Series:
    """Simplified Chinese name -> English canonical name, for the people the reference lists name
    in both scripts (a Chinese name two of them share links to neither)."""
    pairs = pd.concat([
        pd.DataFrame({"zh": people().name_zh, "name": people().person}),
        pd.DataFrame({"zh": ild_heads().holder_zh, "name": ild_heads().holder}),
    ])
    pairs = pairs.assign(zh=pairs.zh.str.split("|")).explode("zh")
    pairs = pairs[pairs.zh.fillna("") != ""].assign(zh=lambda f: f.zh.map(simplified)).drop_duplicates()
    pairs = pairs[pairs.groupby("zh").name.transform("nunique") == 1]
    return pairs.drop_duplicates("zh").set_index("zh").name
