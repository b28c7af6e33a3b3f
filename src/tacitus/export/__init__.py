"""Tacitus export."""
