"""Stage 7, the command line. In: arguments (corpus paths, kinds, store and report options). Out: mention
JSON Lines, load summaries, a built store, HTML reports; `python -m helpers --help` lists the commands."""
