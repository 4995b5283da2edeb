"""The department's English names as partner-country and Western press compose them.

The ILD has no one English name outside its own site: Vietnamese copy writes "International
Liaison Commission of the Central Committee of the Communist Party of China", Maldivian
"Department of International Liaison of the CPC", Azerbaijani "the CPC's International Relations
Department". Each is a department word joined to a name of the Chinese party, so the forms are
composed here (every department word with every party name and joining pattern) rather than
listed one by one in `organizations.csv`. A department word alone stays ambiguous and is no
alias; only "Foreign Affairs" is left out, since the CPC Central Committee's Foreign Affairs
Commission is another body.
"""
from __future__ import annotations

from functools import lru_cache

_DEPARTMENTS = (
    "International Department", "International Liaison Department", "Department of International Liaison",
    "International Liaison Commission", "International Relations Department", "Department of International Relations",
    "International Affairs Department", "External Liaison Department", "Department of External Liaison",
    "External Relations Department", "International Communication Department",
)
_PARTIES = (
    "Communist Party of China", "Communist Party of China (CPC)", "CPC", "Chinese Communist Party",
    "Chinese Communist Party (CCP)", "CCP", "CPC CC", "CCP CC",
    # Reuters: "head of the international department of China's Communist Party"
    "China's Communist Party", "China’s Communist Party",
)
_AFTER = (  # the party after the department: "... of the CPC Central Committee"
    "{d} of the {p} Central Committee", "{d} of the Central Committee of the {p}", "{d} of the {p}", "{d} of {p}",
    "{d} of the Central Committee of {p}",
)
_BEFORE = (  # the party before it: "the CPC Central Committee's International Department"
    "{p} {d}", "{p} Central Committee {d}", "{p}'s {d}", "{p}’s {d}", "{p} Central Committee's {d}",
    "{p} Central Committee’s {d}",
)


@lru_cache(maxsize=1)
def ild_english_forms() -> tuple[str, ...]:
    """Every composed English name of the department, capitalised and in lower-case department
    words ("the international department of the CPC"), sorted."""
    forms: set[str] = set()
    for department in _DEPARTMENTS:
        for d in (department, department.lower()):
            for p in _PARTIES:
                forms.update(pattern.format(d=d, p=p) for pattern in _AFTER + _BEFORE)
    return tuple(sorted(forms))
