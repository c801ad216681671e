"""What a finding of a review rests on (SPEC §8): a record the reader can open — an incident, one
of its events, a card, a key person, a visit, a meeting's action item. Kept as JSON in
``ReviewFinding.evidence``; ``stored`` and ``from_stored`` are the only code that knows its keys."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Evidence:
    kind: str      # "incident", "event", "card", "key_person", "visit", "action_item"
    id: int
    label: str     # what the finding shows: "XT-2026-0001 路灯不亮", a time and a move, …

    def stored(self) -> dict[str, Any]:
        return {"type": self.kind, "id": self.id, "label": self.label}

    @classmethod
    def from_stored(cls, item: Mapping[str, Any]) -> Evidence:
        return cls(item["type"], item["id"], item["label"])
