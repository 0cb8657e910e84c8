"""Stage 2, resources: the shipped data files, loaded once per process and validated. In: helpers/data/*.
Out: the gazetteer, alias table, nationalities, name lists, word clusters, outlets and the NER model."""
