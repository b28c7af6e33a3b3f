"""Tacitus store."""
