"""The `quotes` stage of the pipeline."""
