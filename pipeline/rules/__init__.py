"""Pure rule functions used by the segmenter and sentencizer: text in, offsets out, no spaCy state."""
