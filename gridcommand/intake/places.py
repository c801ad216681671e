"""Where and what an order is about, in our terms: its grid (from a grid column, or from the
village and grid its address names) and its category (from the source's own type, which may
name our 大类, our 小类, or both as "环境卫生/噪音扰民")."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Category, Grid, Village

_SPLIT = re.compile(r"[/\\|>>\-—、,,]+")


class Places:
    def __init__(self, session: Session):
        rows = session.execute(select(Grid.id, Grid.code, Grid.name, Village.name)
                               .join(Village, Grid.village_id == Village.id)).all()
        self.code_of = {gid: code for gid, code, _n, _v in rows}
        self._by_code = {code: gid for gid, code, _n, _v in rows}
        self._by_full = {village + name: gid for gid, _c, name, village in rows}
        by_name: dict[str, list[int]] = {}
        self._in_village: dict[str, list[tuple[str, int]]] = {}
        for gid, _code, name, village in rows:
            by_name.setdefault(name, []).append(gid)
            self._in_village.setdefault(village, []).append((name, gid))
        self._unique_name = {name: ids[0] for name, ids in by_name.items() if len(ids) == 1}
        for grids in self._in_village.values():
            grids.sort(key=lambda g: -len(g[0]))  # "第11网格" before "第1网格"
        names = sorted(self._in_village, key=len, reverse=True)
        self._village = re.compile("|".join(map(re.escape, names))) if names else None

    def grid(self, value: str) -> int | None:
        """A grid written as its code, its village and name ("星湖社区第1网格"), or a name no other
        grid has."""
        value = value.replace(" ", "")
        return self._by_code.get(value) or self._by_full.get(value) or self._unique_name.get(value)

    def grid_in_address(self, address: str) -> int | None:
        """The grid an address names with its village ("星湖社区第3网格…"), or by its code."""
        for token in re.findall(r"[A-Za-z]+\d+", address):
            if token in self._by_code:
                return self._by_code[token]
        if self._village is None:
            return None
        for found in self._village.finditer(address):
            rest = address[found.end():]
            for name, gid in self._in_village[found.group()]:
                if name in rest:
                    return gid
        return None


class Categories:
    def __init__(self, session: Session):
        rows = session.execute(select(Category.id, Category.parent_id, Category.name)
                               .where(Category.active)).all()
        self.main = {name: cid for cid, parent, name in rows if parent is None}
        self.name_of = {cid: name for cid, _p, name in rows}
        self.sub: dict[str, tuple[int, int]] = {}  # 小类 name → (大类, 小类); the first 大类 naming it
        for cid, parent, name in rows:
            if parent is not None and parent in self.name_of:
                self.sub.setdefault(name, (parent, cid))

    def of(self, value: str) -> tuple[int, int | None] | None:
        """(大类, 小类 or None) named by the value, or None."""
        parts = [p.strip() for p in _SPLIT.split(value) if p.strip()]
        main = next((self.main[p] for p in parts if p in self.main), None)
        for part in parts:
            if part in self.sub and (main is None or self.sub[part][0] == main):
                return self.sub[part]
        return (main, None) if main else None
