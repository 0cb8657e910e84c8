"""Helpers for the Arabic news analyst notebooks: load, clean, extract, plot, report."""

__version__ = "0.1.0"
