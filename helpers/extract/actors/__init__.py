"""The actor component. In: an Article with sentences and the model's entities. Out: per-sentence actor
candidates and canonical actor mentions (persons, organisations, armed groups, units, nationalities)."""
