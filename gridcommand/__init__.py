"""GridCommand core: domain model, rules and services. Never imports Qt."""

__version__ = "0.1.0"
