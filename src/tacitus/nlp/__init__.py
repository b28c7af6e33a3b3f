"""Sentences, tokens, parse and named entities from spaCy."""
