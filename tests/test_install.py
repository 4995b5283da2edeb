"""The declared dependencies cannot drift from the pinned environment."""
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]


def test_declared_dependencies_match_requirements_and_pins():
    """pyproject.toml names what the package needs (ranges), requirements.txt the same names for
    the dev environment, constraints.txt the one exact version of each: all three agree."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    declared = [
        Requirement(text)
        for text in [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["dev"],
                     *project["build-system"]["requires"]]
    ]
    required = {
        canonicalize_name(Requirement(line.split("#")[0]).name)
        for line in (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.split("#")[0].strip()
    }
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        name, version = line.split("==")
        pins[canonicalize_name(name)] = Version(version)
    assert {canonicalize_name(r.name) for r in declared} == required
    for requirement in declared:
        pin = pins.get(canonicalize_name(requirement.name))
        assert pin is not None and requirement.specifier.contains(pin), f"{requirement} vs pin {pin}"
