"""Parts of the places component (``helpers.extract.places``): the place mention, the evidence an ambiguous
name needs, facilities and sub-city places (HEAD + name), and relative locations (distance and direction)."""
