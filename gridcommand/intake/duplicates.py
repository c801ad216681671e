"""Which new order may repeat an open incident (or an earlier order of the same file): the same
category in the same grid or at the same address within the window, or a text so alike that
it reads as the same complaint.

Texts are compared by their sound: each Chinese character becomes its pinyin syllable (no tones),
so a complaint typed with a homophone (噪音 / 躁音) still matches. The similarity is the Dice
coefficient of the two texts' syllable pairs, each pair weighed by how rare it is among the texts
compared (its inverse document frequency): the words every order shares ("来电反映", "请尽快处理")
count for little, the place and the matter for much. An inverted index of syllable pairs finds
the texts worth comparing, so a file of ten thousand orders is checked in a second or two.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..base.enums import RepeatReason

# A pair of syllables found in more texts than this says little ("qing jin", "wu ren"): it
# finds no candidates, though it still counts in the similarity.
COMMON = 60
_KEEP = re.compile(r"[\w]")
_ADDRESS_NOISE = re.compile(r"[\s,,。.、;;::()()\-—#号]")


@lru_cache(maxsize=20_000)
def _syllable(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        from pypinyin import lazy_pinyin  # a dictionary load: only when texts are compared
        return lazy_pinyin(ch)[0]
    return ch.lower()


def shingles(text: str) -> frozenset[str]:
    """The text's pairs of neighbouring syllables, punctuation and spaces left out."""
    sounds = [_syllable(ch) for ch in text if _KEEP.match(ch)]
    return frozenset(a + " " + b for a, b in zip(sounds, sounds[1:]))


def address_key(address: str | None) -> str:
    return _ADDRESS_NOISE.sub("", address or "")


@dataclass
class Item:
    """An incident or an order, as far as comparing goes."""

    key: int                # an incident's id, or (for a new order) minus its row number
    reported_at: dt.datetime
    category_id: int
    subcategory_id: int | None
    grid_id: int
    address: str
    sounds: frozenset[str] = field(repr=False)
    mass: float | None = field(default=None, repr=False)  # the sounds' total weight, once weighed

    @classmethod
    def of(cls, key, reported_at, category_id, subcategory_id, grid_id, address, text) -> Item:
        return cls(key, reported_at, category_id, subcategory_id, grid_id, address_key(address),
                   shingles(text))

    def same_kind(self, other: Item) -> bool:
        """The same category: the same 小类 when both have one."""
        return self.category_id == other.category_id and (
            not self.subcategory_id or not other.subcategory_id or self.subcategory_id == other.subcategory_id)


@dataclass(frozen=True)
class Match:
    original: int   # Item.key
    reason: RepeatReason
    similarity: float


class Finder:
    """Open incidents and the orders checked so far; ``match`` an order, then ``add`` it.
    ``weigh`` first with every text to be compared, so that rare pairs count for more."""

    def __init__(self, window: dt.timedelta, threshold: float):
        self.window, self.threshold = window, threshold
        self._places: dict[tuple, list[Item]] = defaultdict(list)
        self._postings: dict[str, list[Item]] = defaultdict(list)
        self._weights: dict[str, float] = {}

    def weigh(self, texts: list[frozenset[str]]) -> None:
        df = Counter(s for sounds in texts for s in sounds)
        n = len(texts) + 1
        self._weights = {s: math.log(n / count) + 0.1 for s, count in df.items()}

    def weight(self, shingle: str) -> float:
        return self._weights.get(shingle, 1.0)

    def add(self, item: Item) -> None:
        self._places[("grid", item.category_id, item.grid_id)].append(item)
        if item.address:
            self._places[("address", item.category_id, item.address)].append(item)
        for shingle in item.sounds:
            self._postings[shingle].append(item)

    def _near(self, item: Item, other: Item) -> bool:
        return abs(other.reported_at - item.reported_at) <= self.window

    def _mass(self, item: Item) -> float:
        if item.mass is None:
            item.mass = sum(map(self.weight, item.sounds))
        return item.mass

    def _alike(self, item: Item) -> dict[int, Item]:
        """The texts that could be as alike as the threshold: the weight the two share, counted
        over the rarer pairs (the posting lists worth walking) plus, at most, all of the item's
        common pairs, must reach it."""
        shared: dict[int, float] = defaultdict(float)
        others: dict[int, Item] = {}
        common = 0.0
        for shingle in item.sounds:
            posting = self._postings.get(shingle, ())
            if len(posting) > COMMON:
                common += self.weight(shingle)
                continue
            w = self.weight(shingle)
            for other in posting:
                shared[id(other)] += w
                others[id(other)] = other
        mass = self._mass(item)
        return {k: others[k] for k, w in shared.items()
                if 2 * (w + common) >= self.threshold * (mass + self._mass(others[k]))
                and self._near(item, others[k])}

    def score(self, item: Item, other: Item) -> float:
        """How alike two texts are: the Dice coefficient of their weighed pairs of syllables."""
        shared = sum(map(self.weight, item.sounds & other.sounds))
        return 2 * shared / (self._mass(item) + self._mass(other)) if shared else 0.0

    def match(self, item: Item) -> Match | None:
        place = {id(o): o for k in (("grid", item.category_id, item.grid_id),
                                    ("address", item.category_id, item.address) if item.address else None)
                 if k for o in self._places.get(k, ()) if self._near(item, o) and item.same_kind(o)}
        best: tuple | None = None
        for k, other in {**place, **self._alike(item)}.items():
            score = self.score(item, other)
            similar = score >= self.threshold
            if k not in place and not similar:
                continue
            reason = (RepeatReason.BOTH if k in place and similar else
                      RepeatReason.PLACE if k in place else RepeatReason.TEXT)
            rank = (reason != RepeatReason.TEXT, score, -abs(other.reported_at - item.reported_at))
            if best is None or rank > best[0]:
                best = (rank, Match(other.key, reason, round(score, 3)))
        return best[1] if best else None
