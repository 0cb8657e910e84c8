"""Stage 4, extract: the components that read one Article and add mentions to it. In: loaded article
records. Out: Articles with entities, actors, places, times, quotes, stated events and signatures; tables."""
