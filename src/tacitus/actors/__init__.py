"""The `actors` stage of the pipeline."""
