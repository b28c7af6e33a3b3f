"""The corpus store: documents, actors, mentions, quotes and events in SQLite or PostgreSQL.

Open with `Store(url)`; `url` is a file path (SQLite, WAL mode), a `sqlite:///...` URL, or
`postgresql://user@host/db` (rewritten to the psycopg 3 driver). Named migrations are applied on open and
recorded in the `schema_migrations` table.

Writing:
- `add_documents(docs) -> IngestStats`: store coded documents in one transaction; documents whose
  content hash is already stored are skipped (idempotent). `stored_hashes(hashes)` is the cheap pre-check.
- `rebuild_event_groups() -> int`: recompute the deduplicated events (`add_documents` keeps them up to
  date; needed only after editing `events` or `documents` outside the Store).
- `ingest(...)` in `tacitus.store.ingest`: the streaming, multi-process ingestion behind `tacitus ingest`.

Reading (all return plain, JSON-ready values):
- `events(filters=None, *, limit=100, offset=0, order="id", **filters) -> list[dict]`: event occurrences
  (one per coded sentence) shaped like `serialize.event_record` plus `id`, `document_id`, `doc_id`,
  `doc_title`, `doc_url`, `doc_source`, `doc_date`. `order`: id, -id, date, -date, goldstein, -goldstein.
- `event(id) -> dict | None`, `count_events(filters) -> int`.
- `event_groups(filters, limit, offset) -> list[dict]`, `count_event_groups(filters)`: deduplicated events
  (GDELT style: one row per source code, target code, CAMEO code and date) with `num_mentions`,
  `num_sources`, `num_articles`, `avg_tone`, read from the `event_groups` table (see docs/corpus.md).
- `document(key) -> dict | None`: by integer `id`, `doc_id` or content hash; metadata, `text`, `mentions`,
  `quotes`, `events`. `documents(limit, offset, source, text) -> list[dict]` (no text), `count_documents()`.
- `counts() -> dict[str, int]`: rows per table.
- `dyad_timeline(a, b, freq="week", both_directions=False, dedup=True) -> DataFrame`,
  `actors(limit=50, **filters) -> DataFrame` (see `tacitus.analysis`).

Filters (`EventFilter` or keywords, AND-ed): `actor` (code prefix, either side), `source`, `target`,
`dyad` (("CHN", "RUS") or "CHN-RUS", directed), `cameo` (code prefix), `root`, `quad_class`, `plover`,
`date_from`, `date_to` (inclusive dates or ISO strings), `text` (sentence substring, case-insensitive),
`doc_id`, `negated`.
"""

from tacitus.store.db import IngestStats, Store
from tacitus.store.filters import EventFilter

__all__ = ["EventFilter", "IngestStats", "Store"]
