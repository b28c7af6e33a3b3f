"""Tacitus cli."""
