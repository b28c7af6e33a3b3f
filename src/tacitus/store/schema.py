"""The database schema (SQLAlchemy Core): documents, actors, mentions, quotes, events and event groups."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(300), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", String(300)),
    Column("date", Date),
    Column("text", Text, nullable=False),
    Column("origin", Text),
    Column("n_sentences", Integer, nullable=False, default=0),
    Column("tone", Float),  # article tone, -10..+10 (tacitus.tone); GDELT AvgTone averages it
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
Index("ix_documents_date", documents.c.date)
Index("ix_documents_source", documents.c.source)

actors = Table(
    "actors",
    metadata,
    Column("code", String(60), primary_key=True),
    Column("name", Text),
    Column("country", String(10)),
    Column("sector", String(30)),
    Column("kind", String(20)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("mention_id", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("actor_code", String(60)),
    Column("actor_name", Text),
    Column("country", String(10)),
    Column("sector", String(30)),
    Column("actor_kind", String(20)),
    Column("kb_id", String(100)),
    Column("entity", Integer),
    Column("rule", String(100)),
    Column("confidence", Float),
)
Index("ix_mentions_document", mentions.c.document_id)
Index("ix_mentions_actor", mentions.c.actor_code)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("quote_id", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("type", String(20)),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker_code", String(60)),
    Column("speaker_name", Text),
    Column("speaker_mention", Integer),
    Column("speaker_text", Text),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("confidence", Float),
    Column("rule", String(100)),
)
Index("ix_quotes_document", quotes.c.document_id)
Index("ix_quotes_speaker", quotes.c.speaker_code)


def _actor_columns(prefix: str) -> list[Column[object]]:
    return [
        Column(f"{prefix}_code", String(60)),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_country", String(10)),
        Column(f"{prefix}_sector", String(30)),
        Column(f"{prefix}_kind", String(20)),
        Column(f"{prefix}_mention", Integer),
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
    ]


def _place_columns(prefix: str) -> list[Column[object]]:
    return [
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_country", String(3)),
        Column(f"{prefix}_feature", String(10)),
        Column(f"{prefix}_lat", Float),
        Column(f"{prefix}_lon", Float),
        Column(f"{prefix}_geonames_id", Integer),
    ]


# The places tied to the source and target mentions (GDELT Actor1Geo/Actor2Geo), added by migration 0005.
ACTOR_PLACE_PREFIXES = ("source_loc", "target_loc")

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence", Text),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("cameo", String(4), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("plover", String(40)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    # The event date (from the sentence), else the publication date: what analyses group by.
    Column("date", Date),
    Column("loc_name", Text),
    Column("loc_country", String(3)),
    Column("loc_feature", String(10)),
    Column("loc_lat", Float),
    Column("loc_lon", Float),
    Column("loc_geonames_id", Integer),
    Column("trigger_text", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    *_actor_columns("reported_by"),
    Column("quote", Integer),
    Column("negated", Boolean, nullable=False, default=False),
    Column("confidence", Float),
    Column("rule", String(100)),
    *(c for prefix in ACTOR_PLACE_PREFIXES for c in _place_columns(prefix)),
)
Index("ix_events_document", events.c.document_id)
Index("ix_events_date", events.c.date)
Index("ix_events_source", events.c.source_code)
Index("ix_events_target", events.c.target_code)
Index("ix_events_dyad", events.c.source_code, events.c.target_code, events.c.date)
Index("ix_events_cameo", events.c.cameo)
Index("ix_events_root", events.c.cameo_root)
Index("ix_events_quad", events.c.quad_class)
Index("ix_events_dedup", events.c.source_code, events.c.target_code, events.c.cameo, events.c.date)

# GDELT-style deduplication (see docs/corpus.md): one row per (source code, target code, full CAMEO code,
# event date) among non-negated events. `id` is the group's first event row, stable as rows are appended.
EVENT_GROUPS_VIEW = """
CREATE VIEW event_groups AS
SELECT e.id AS id, g.source_code, g.target_code, g.cameo, g.date,
       g.num_mentions, g.num_sources, g.num_articles, g.is_root,
       e.cameo_root, e.goldstein, e.quad_class, e.plover,
       e.source_name, e.source_country, e.source_sector,
       e.target_name, e.target_country, e.target_sector,
       e.loc_name, e.loc_country, e.loc_feature, e.loc_lat, e.loc_lon, e.loc_geonames_id,
       e.document_id, d.url AS url, d.ingested_at AS first_added
FROM (
  SELECT MIN(ev.id) AS first_id, ev.source_code, ev.target_code, ev.cameo, ev.date,
         COUNT(*) AS num_mentions,
         COUNT(DISTINCT COALESCE(dd.source, '')) AS num_sources,
         COUNT(DISTINCT ev.document_id) AS num_articles,
         MAX(CASE WHEN ev.sentence_index = 0 THEN 1 ELSE 0 END) AS is_root
  FROM events ev JOIN documents dd ON dd.id = ev.document_id
  WHERE NOT ev.negated
  GROUP BY ev.source_code, ev.target_code, ev.cameo, ev.date
) g
JOIN events e ON e.id = g.first_id
JOIN documents d ON d.id = e.document_id
"""

# Version 2 (migration 0004): adds the mean tone of the reporting articles (GDELT AvgTone).
EVENT_GROUPS_VIEW_V2 = """
CREATE VIEW event_groups AS
SELECT e.id AS id, g.source_code, g.target_code, g.cameo, g.date,
       g.num_mentions, g.num_sources, g.num_articles, g.is_root, g.avg_tone,
       e.cameo_root, e.goldstein, e.quad_class, e.plover,
       e.source_name, e.source_country, e.source_sector,
       e.target_name, e.target_country, e.target_sector,
       e.loc_name, e.loc_country, e.loc_feature, e.loc_lat, e.loc_lon, e.loc_geonames_id,
       e.document_id, d.url AS url, d.ingested_at AS first_added
FROM (
  SELECT MIN(ev.id) AS first_id, ev.source_code, ev.target_code, ev.cameo, ev.date,
         COUNT(*) AS num_mentions,
         COUNT(DISTINCT COALESCE(dd.source, '')) AS num_sources,
         COUNT(DISTINCT ev.document_id) AS num_articles,
         AVG(dd.tone) AS avg_tone,
         MAX(CASE WHEN ev.sentence_index = 0 THEN 1 ELSE 0 END) AS is_root
  FROM events ev JOIN documents dd ON dd.id = ev.document_id
  WHERE NOT ev.negated
  GROUP BY ev.source_code, ev.target_code, ev.cameo, ev.date
) g
JOIN events e ON e.id = g.first_id
JOIN documents d ON d.id = e.document_id
"""

# Version 3 (migration 0005): adds the places of the source and target (GDELT Actor1Geo/Actor2Geo).
EVENT_GROUPS_VIEW_V3 = EVENT_GROUPS_VIEW_V2.replace(
    "       e.document_id, d.url",
    "".join(
        f"       e.{p}_name, e.{p}_country, e.{p}_feature, e.{p}_lat, e.{p}_lon, e.{p}_geonames_id,\n"
        for p in ACTOR_PLACE_PREFIXES
    )
    + "       e.document_id, d.url",
)

# The dedup view's SELECT as it last stood (V3): what the `event_groups` table holds, row for row.
EVENT_GROUPS_SELECT = EVENT_GROUPS_VIEW_V3.split(" AS\n", 1)[1]

# Migration 0006 replaced the view with a table kept up to date on every write (tacitus.store.groups).
# It has its own metadata: 0001 creates today's tables, and the view migrations 0002-0005 must still run
# on a new database before 0006 drops the view and creates this table.
groups_metadata = MetaData()

event_groups = Table(
    "event_groups",
    groups_metadata,
    Column("id", Integer, primary_key=True),  # the group's first event (events.id), stable on appends
    Column("source_code", String(60)),
    Column("target_code", String(60)),
    Column("cameo", String(4)),
    Column("date", Date),
    Column("num_mentions", Integer),
    Column("num_sources", Integer),
    Column("num_articles", Integer),
    Column("is_root", Integer),
    Column("avg_tone", Float),
    Column("cameo_root", String(2)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("plover", String(40)),
    Column("source_name", Text),
    Column("source_country", String(10)),
    Column("source_sector", String(30)),
    Column("target_name", Text),
    Column("target_country", String(10)),
    Column("target_sector", String(30)),
    Column("loc_name", Text),
    Column("loc_country", String(3)),
    Column("loc_feature", String(10)),
    Column("loc_lat", Float),
    Column("loc_lon", Float),
    Column("loc_geonames_id", Integer),
    *(c for prefix in ACTOR_PLACE_PREFIXES for c in _place_columns(prefix)),
    Column("document_id", Integer),
    Column("url", Text),
    Column("first_added", DateTime(timezone=True)),
)
# The group key (refreshing a group on write, dyad and source filters), then one index per filter.
GROUP_KEY = ("source_code", "target_code", "cameo", "date")
Index("ix_event_groups_key", *(event_groups.c[k] for k in GROUP_KEY))
Index("ix_event_groups_date", event_groups.c.date)
Index("ix_event_groups_target", event_groups.c.target_code)
Index("ix_event_groups_cameo", event_groups.c.cameo)
Index("ix_event_groups_root", event_groups.c.cameo_root)
Index("ix_event_groups_quad", event_groups.c.quad_class)
Index("ix_event_groups_plover", event_groups.c.plover)


def event_groups_view() -> Table:
    """The deduplicated events (the `event_groups` table; a view before migration 0006)."""
    return event_groups
