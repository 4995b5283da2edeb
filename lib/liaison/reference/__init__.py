"""Step 2, reference: the curated lists shipped in `data/` (people, posts, organisations,
places, ILD heads) and every lookup in them. Imports only `load` below it."""
from liaison.reference.lists import ild_heads, organizations, people

__all__ = ["ild_heads", "organizations", "people"]
