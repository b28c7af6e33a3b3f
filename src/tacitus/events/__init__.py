"""The `events` stage of the pipeline."""
