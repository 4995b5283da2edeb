"""Step 3, extract: loaded documents to mentions, entities, positions, events and quantities,
each row with character offsets and its evidence sentence."""
