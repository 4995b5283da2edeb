"""Benchmark: where one process spends its time loading and extracting agency-style ILD copy.

    .venv/bin/python bench/bench.py --mb 10    # the per-step breakdown, in one process
    .venv/bin/python bench/scale.py            # whole commands on the corpora users have (README figures)

Reports MB/s for reading the files (the I/O floor), one capitalised-sequence regular-expression
pass over the same text (the floor any rule-based extractor pays), `load_corpus` and `build_tables`
(extraction in this one process, no cache), plus peak memory, and how extraction time grows with
one document's length (it must stay linear). The garbage collector runs as in the extraction
workers. The corpus (files of about 50 reports, 34 KB) is generated from a fixed seed in a temporary
folder, so every run measures the same text.
"""
from __future__ import annotations

import argparse
import gc
import random
import re
import resource
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from liaison.extract.chunks import GC_YOUNG
from liaison.extract.document import extract_document
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus
from liaison.load.passages import split_passages

SURNAMES = "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo".split()
GIVEN = "Jianguo Xiaoming Haiyan Dongmei Weiping Jun Lei Yong Hua Ping Qiang Min Jing Tao Bo Xin Yu Fang".split()
FOREIGN = (
    "Kwame Asante|Maria Lopes|Nguyen Van Thanh|Somsak Chai|Ana Ferreira|Juan Morales|Amina Diallo|Ivan Petrov".split(
        "|"
    )
)
PARTIES = (
    "Communist Party of Vietnam|Lao People's Revolutionary Party|African National Congress|Workers' Party of Korea|"
    "Communist Party of Cuba|Sandinista National Liberation Front|Cambodian People's Party|United Russia party|"
    "Chama Cha Mapinduzi|Socialist Party of Chile"
).split("|")
CITIES = [("HANOI", "Vietnam"), ("VIENTIANE", "Laos"), ("HAVANA", "Cuba"), ("PRETORIA", "South Africa"),
          ("MOSCOW", "Russia"), ("DAR ES SALAAM", "Tanzania"), ("PHNOM PENH", "Cambodia"), ("SANTIAGO", "Chile")]
MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


def article(rng: random.Random) -> str:
    """One Xinhua-style report on an ILD exchange, about 1 KB."""
    official = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
    guest = rng.choice(FOREIGN)
    party = rng.choice(PARTIES)
    city, country = rng.choice(CITIES)
    month, day = rng.randrange(12), rng.randint(1, 28)
    year = rng.randint(2012, 2024)
    days = rng.randint(2, 6)
    first, last = rng.sample(WEEKDAYS, 2)
    return (
        f"CPC delegation visits {country}\n\n"
        f"{city}, {MONTHS[month]} {day} (Xinhua) -- {official}, a vice minister of the International Department "
        f"of the CPC Central Committee, led a CPC delegation on a visit to {country} from {first} to {last}.\n\n"
        f"During the {days}-day visit, {official} met with {guest}, general secretary of the {party}, "
        f"and the two sides exchanged views on party building and state governance.\n\n"
        f"{guest} said the {party} is willing to deepen exchanges with the Communist Party of China. "
        f"About {rng.randint(20, 400)} officials attended the seminar, according to the {party}.\n\n"
        f"In {year}, the two parties signed a cooperation agreement in {city.title()}.\n"
    )


def write_corpus(folder: Path, megabytes: float, seed: int = 2024) -> int:
    """Files of about 50 reports each until the folder holds `megabytes` of text."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    written = index = 0
    while written < target:
        text = "\n\n".join(article(rng) for _ in range(50))
        (folder / f"report_{index:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        index += 1
    return written


def timed(label: str, size: int, action):
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"| {label} | {seconds:.2f} s | {size / 1e6 / seconds:.1f} MB/s |", flush=True)
    return result, seconds


def _count_capitalised(texts: list[str]) -> int:
    return sum(len(CAPITAL_WORD.findall(t)) for t in texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in megabytes (default 10)")
    args = parser.parse_args()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])  # as the extraction workers collect (chunks.py)
    with tempfile.TemporaryDirectory(prefix="liaison-bench-") as tmp:
        folder = Path(tmp)
        size = write_corpus(folder, args.mb)
        files = sorted(folder.glob("*.txt"))
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB of synthetic agency copy\n")
        print("| step | time | throughput |\n|---|---|---|")
        texts, _ = timed("read files (I/O floor)", size, lambda: [f.read_text(encoding="utf-8") for f in files])
        # partial, not a lambda: the texts are bound now, so `del texts` frees them before load_corpus.
        timed("one capitalised-sequence regex pass (floor)", size, partial(_count_capitalised, texts))
        del texts
        corpus, _ = timed("load_corpus", size, lambda: load_corpus(folder))
        tables, _ = timed("build_tables (extraction, one process)", size, lambda: build_tables(corpus))
        print(f"\npeak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        print(f"rows: {len(tables.mentions)} mentions, {len(tables.positions)} positions, "
              f"{len(tables.events)} events, {len(tables.quantities)} quantities")
    print(f"\nlinearity: one document 8x longer takes {linearity():.1f}x the time (8.0 is linear)")
    return 0


def linearity(copies: int = 25, factor: int = 8) -> float:
    """Time to extract one long document over the time for one `factor` times shorter: a rule that
    rescans earlier mentions for every mention shows up here as a ratio well above `factor`."""
    rng = random.Random(7)
    unit = "\n\n".join(article(rng) for _ in range(copies))
    timings = []
    for text in (unit, unit * factor):
        passages, _ = split_passages(text)
        doc = {"doc_id": "long", "text": text, "published": "2023-06-01",
               "passages": [{"passage_id": i, "start": p.start, "end": p.end, "section": p.section, "text": p.text}
                            for i, p in enumerate(passages)]}
        extract_document(doc)  # warm the automata and regexes
        started = time.perf_counter()
        extract_document(doc)
        timings.append(time.perf_counter() - started)
    return timings[1] / timings[0]


if __name__ == "__main__":
    sys.exit(main())
