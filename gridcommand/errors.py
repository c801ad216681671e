"""Errors the core raises for the user to read."""


class InputError(ValueError):
    """Bad input from a user or a file: the message says what is wrong; nothing was changed."""
