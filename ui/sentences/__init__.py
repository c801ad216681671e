"""The core's sentences, each Chinese template with its English source string (context
"Message"), by what they are about. ``ui.messages`` words them."""

from . import county, imports, intake, records, work

ENGLISH: dict[str, str] = {**records.ENGLISH, **work.ENGLISH, **imports.ENGLISH, **intake.ENGLISH, **county.ENGLISH}
