"""Code a large corpus on a Spark cluster (`tacitus spark`): one `Pipeline` per Python worker.

`schema` derives the output schemas from the store's table definitions (the Parquet export's types),
`partitions` holds the per-partition work (reading, coding, building rows; no Spark import), and
`spark` wires them into DataFrames (needs the optional `spark` extra: `pip install 'tacitus[spark]'`).
"""
