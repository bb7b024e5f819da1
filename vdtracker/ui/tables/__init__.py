"""Qt table models over service results (lazy where histories are long)."""
