"""Provenance sidecars (`<name>.meta.yaml` beside a document), after owid/etl's snapshots:
where a document came from, when it was published and how that is known, its licence and
checksum. A sidecar is optional; a malformed one is reported and ignored, never fatal."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

SUFFIX = ".meta.yaml"
FIELDS = (
    "doc_id", "file", "title", "outlet", "authors", "source_kind", "source_url", "published", "published_basis",
    "access_date", "language", "licence", "sha256", "size_bytes", "verification", "notes",
)
# Names people write for a field, read as the field itself ("url:" is how most scrapers save it).
ALIASES = {"url": "source_url", "license": "licence"}


def url_host(url: str) -> str:
    """The web site an address names, as a reader would check it ("en.people.cn"): lower case,
    without "www." or port; "" for none (or an address not on the web, "ftp://...")."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "") if parts.scheme.lower() in ("http", "https") else ""
    except ValueError:  # a malformed address ("http://[1::")
        return ""
    return host.removeprefix("www.")


class SidecarError(ValueError):
    """The sidecar exists but cannot be used."""


def sidecar_path(document: Path) -> Path:
    return document.with_name(document.stem + SUFFIX)


# Fields whose value is one piece of text; `authors` may also be a list, `size_bytes` a number.
_TEXT_FIELDS = frozenset(FIELDS) - {"authors", "size_bytes", "published", "access_date", "verification", "notes"}
# "2025-06-05 08:30:00": a timestamp, whose day is the date meant.
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}")


class _Loader(yaml.SafeLoader):
    """YAML as written, except that dates stay text: an impossible date ("2024-13-45") is then one
    field to report, not an exception that loses the whole sidecar."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_sidecar(document: Path, problems: list[str] | None = None) -> dict | None:
    """The sidecar's usable fields, None when there is no sidecar; SidecarError when it cannot be
    read as a mapping at all. A field that is unknown or of the wrong kind is left out and named
    in `problems`, so one typo ("publised:") never loses the sidecar's other fields."""
    path = sidecar_path(document)
    if not path.exists():
        return None
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (a SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SidecarError(f"sidecar {path.name} unreadable: {str(error).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise SidecarError(f"sidecar {path.name} is not a mapping of fields")
    problems = [] if problems is None else problems
    for alias, field in sorted(ALIASES.items()):
        if alias in data and field in data:
            problems.append(f"sidecar {path.name}: both {alias!r} and {field!r} given; {alias!r} left out")
            del data[alias]
        elif alias in data:
            data[field] = data.pop(alias)
    for field in sorted(set(data) - set(FIELDS), key=str):
        problems.append(f"sidecar {path.name}: unknown field {field!r} left out")
        del data[field]
    for field in sorted(set(data) & _TEXT_FIELDS):
        value = data[field]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            data[field] = str(value)  # "title: 1984", a year as text
        elif value is not None and not isinstance(value, str):
            problems.append(f"sidecar {path.name}: {field!r} must be text, got {type(value).__name__}; left out")
            del data[field]
    authors = data.get("authors")
    if authors is not None and not (isinstance(authors, str) or isinstance(authors, list)
                                    and all(isinstance(a, str) for a in authors)):
        problems.append(f"sidecar {path.name}: 'authors' must be text or a list of names; left out")
        del data["authors"]
    published = data.get("published")
    # YAML gives an unquoted 2024 as a number: the year the user meant.
    if isinstance(published, int) and not isinstance(published, bool) and 1000 <= published <= 2999:
        data["published"] = str(published)
    elif isinstance(published, str) and (stamp := _TIMESTAMP.match(published)):
        data["published"] = stamp.group(1)
    elif published is not None and not isinstance(published, str):
        problems.append(f"sidecar {path.name}: 'published' must be an ISO date (2024-05-06, 2024-05 or 2024), "
                        f"got {published!r}; left out")
        del data["published"]
    return data
