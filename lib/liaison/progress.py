"""Progress bars for the long steps (extraction, the notebook queue): on stderr, and only when
asked for and stderr is a terminal, so logs, pipes and CI output stay clean."""
from __future__ import annotations

import sys

from tqdm import tqdm


def bar(total: int, desc: str, unit: str, enabled: bool) -> tqdm:
    shown = bool(enabled and total and sys.stderr.isatty())
    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=not shown)
