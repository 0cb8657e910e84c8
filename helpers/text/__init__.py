"""Stage 1, text: pure functions over strings. In: any text. Out: normalised keys, letters and marks, clitic
variants, sentence and token spans (offsets into the text given), regex building blocks, shingles."""
