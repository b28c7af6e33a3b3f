"""Readers turn files, directories, stdin, JSONL and HTML into `Document`s (or `InputError`s)."""

from tacitus.readers.core import read_paths, read_text

__all__ = ["read_paths", "read_text"]
