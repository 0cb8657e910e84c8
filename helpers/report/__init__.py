"""The reports: what only the notebooks use, so editing it never changes the store's extractor version.
In: the store's tables. Out: tables, charts and HTML reports."""
