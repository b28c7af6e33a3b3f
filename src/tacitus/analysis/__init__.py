"""Tacitus analysis."""
