"""Provenance sidecars (`<name>.meta.yaml` beside a document), after owid/etl's snapshots:
where a document came from, when it was published and how that is known, its licence and
checksum. A sidecar is optional; a malformed one is reported and ignored, never fatal."""
from __future__ import annotations

import datetime
from pathlib import Path

import yaml

SUFFIX = ".meta.yaml"
FIELDS = (
    "doc_id", "file", "title", "outlet", "authors", "source_kind", "source_url", "published", "published_basis",
    "access_date", "language", "licence", "sha256", "size_bytes", "verification", "notes",
)


class SidecarError(ValueError):
    """The sidecar exists but cannot be used."""


def sidecar_path(document: Path) -> Path:
    return document.with_name(document.stem + SUFFIX)


def read_sidecar(document: Path) -> dict | None:
    """The sidecar's fields, None when there is no sidecar; SidecarError when it is malformed."""
    path = sidecar_path(document)
    if not path.exists():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SidecarError(f"sidecar {path.name} unreadable: {str(error).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise SidecarError(f"sidecar {path.name} is not a mapping of fields")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise SidecarError(f"sidecar {path.name} has unknown fields: {', '.join(map(str, unknown))}")
    published = data.get("published")
    # YAML reads an unquoted 2024-05-06 as a date and 2024 as a number: both are what the user meant.
    if isinstance(published, datetime.datetime):
        published = published.date()
    if isinstance(published, datetime.date):
        data["published"] = published.isoformat()
    elif isinstance(published, int) and not isinstance(published, bool) and 1000 <= published <= 2999:
        data["published"] = str(published)
    elif published is not None and not isinstance(published, str):
        raise SidecarError(f"sidecar {path.name}: 'published' must be an ISO date (2024-05-06, 2024-05 or 2024), "
                           f"got {published!r}")
    return data
