"""liaison: documents about the CPC International Liaison Department in, cited tables out."""
