"""Named questions on either backend (query) and the counts and reports built on them (summary)."""
