"""Parts catalogue, stock locations and movements, return lists (seed 002 §3.1.4, seed 003 (7))."""
