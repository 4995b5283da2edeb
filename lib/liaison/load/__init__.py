"""Step 1, load: files on disk to documents, passages, references and a load report.

Decoding, cleaning, sections, sidecars and publication dates. Imports nothing above it."""
