"""The event table (``incidents``): sentences turned into ACLED-like events after actors, places, times,
attributions and reconcile. The trigger words live in ``helpers/data/event_triggers.csv``."""
