"""The small kit every part of the product may use: the clock and its month arithmetic, the
enumerations, errors and messages, progress, masking of personal data, checks of what was typed,
the working-day calendar, where shipped files are."""
