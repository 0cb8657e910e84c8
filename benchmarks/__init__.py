"""Benchmarks: scripts that print measured figures (never assertions)."""
