"""Step 2, reference: the curated lists shipped in `data/` (people, posts, organisations,
places, ILD heads), every lookup in them, how entities are named (`ids`), and every comparison
of the documents with them (`tenures`, `organizations`, `titles`, `unknowns`, `foundings`),
written once for all notebooks. Imports only `load` below it."""
from liaison.reference.lists import ild_heads, organizations, people

__all__ = ["ild_heads", "organizations", "people"]
