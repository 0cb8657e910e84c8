"""The Arabic temporal tagger. In: a text and its DCT. Out: time expressions (Timex) with TIMEX3 types and
values, relative ones resolved against the DCT; without a DCT they stay unresolved and say so."""
