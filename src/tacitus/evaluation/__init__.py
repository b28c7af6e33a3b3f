"""Tacitus evaluation."""
