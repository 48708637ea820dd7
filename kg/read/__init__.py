"""Reading: files → text (ingest, formats, sources) → documents (segment), each with a content id (identity)."""
