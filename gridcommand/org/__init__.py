"""The organisation of the township (SPEC §2): villages and grids, units, categories, who
answers for a grid or a key person over time, the default reference data."""
