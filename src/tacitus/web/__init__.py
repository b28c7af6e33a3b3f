"""Tacitus web."""
