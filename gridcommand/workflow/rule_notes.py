"""What the automatic rules (SPEC §3.4) write on an incident's timeline. The record keeps the
Chinese sentence; ``read`` finds which rule wrote a stored note, and with what, so that a screen
in another language can say it in its own words."""

from __future__ import annotations

import re

STEP_LABELS = {"accept": "受理", "resolve": "办结", "verify": "核查"}
CARD_LABELS = {"yellow": "黄牌督办", "red": "红牌督办"}
FLAG_REASONS = {"returned": "退回两次", "reworked": "返工两次", "either": "退回或返工两次"}

CARD = "{card}:{step}超期"
ESCALATION = "{step}超期超过 24 小时,自动提级至镇街"
COUNTY_ESCALATION = "{step}超期超过 {hours} 小时,自动提级至县"
FLAG = "{reason},提交下次周例会"
# Each value a note names, by the words it is written with.
_WORDS = {"card": CARD_LABELS, "step": STEP_LABELS, "reason": FLAG_REASONS}


def card(colour: str, step: str) -> str:
    return CARD.format(card=CARD_LABELS[colour], step=STEP_LABELS[step])


def escalation(step: str) -> str:
    return ESCALATION.format(step=STEP_LABELS[step])


def county_escalation(step: str, hours: int) -> str:
    return COUNTY_ESCALATION.format(step=STEP_LABELS[step], hours=hours)


def flag(reason: str) -> str:
    return FLAG.format(reason=FLAG_REASONS[reason])


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if n % 2 == 0 else r"(?P<hours>\d+)" if part == "hours" else
                    f"(?P<{part}>{'|'.join(map(re.escape, _WORDS[part].values()))})"
                    for n, part in enumerate(parts))
    return re.compile(f"^{regex}$")


_PATTERNS = {template: _pattern(template) for template in (CARD, ESCALATION, COUNTY_ESCALATION, FLAG)}


def read(note: str | None) -> tuple[str, dict[str, str]] | None:
    """(template, the keys it names: {"card": "yellow", "step": "accept"}) of a note a rule wrote;
    None for anything a person wrote."""
    for template, pattern in _PATTERNS.items():
        found = pattern.match(note or "")
        if found:
            return template, {name: word if name == "hours" else next(k for k, w in _WORDS[name].items() if w == word)
                              for name, word in found.groupdict().items()}
    return None
