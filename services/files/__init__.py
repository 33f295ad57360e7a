"""Files that come in by mail (checked before a parser sees them) and files written out atomically."""
