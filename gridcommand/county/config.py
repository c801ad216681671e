"""A county seat's settings file (TOML): the county, and each township's database.

    county = "嘉善县"
    escalate_after_hours = 0          # 0: off; else more than N hours overdue goes to the county

    [[townships]]
    name = "西塘镇"
    url = "postgresql+psycopg://county@10.0.0.5:5432/xitang"

    [[townships]]
    name = "天凝镇"
    file = "tianning.sqlite"          # a SQLite file, for a trial; relative to this file
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..base.errors import InputError
from ..ops import resolve_url


@dataclass(frozen=True)
class TownshipSource:
    name: str
    url: str          # rendered with its password: the seat needs it to connect


@dataclass(frozen=True)
class CountyConfig:
    county: str
    townships: tuple[TownshipSource, ...]
    escalate_after_hours: int = 0   # 0: township items are escalated to the county by hand only
    path: Path | None = None


def load(path: str | Path) -> CountyConfig:
    """The settings in ``path``, refused naming what is wrong."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("找不到县级配置文件 {path}", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError("县级配置文件 {path} 格式有误:{why}", path=path, why=str(exc)) from None
    return parse(data, path.parent, path)


def parse(data: dict, folder: Path, path: Path | None = None) -> CountyConfig:
    county = data.get("county")
    if not isinstance(county, str) or not county.strip():
        raise InputError("县级配置缺少 county(县名)")
    listed = data.get("townships")
    if not isinstance(listed, list) or not listed:
        raise InputError("县级配置没有列出任何镇街([[townships]])")
    townships, names = [], set()
    for n, entry in enumerate(listed, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise InputError("第 {n} 个镇街缺少 name", n=n)
        if name in names:
            raise InputError("镇街 {name} 列了两次", name=name)
        names.add(name)
        townships.append(TownshipSource(name.strip(), _url_of(entry, folder, name)))
    hours = data.get("escalate_after_hours", 0)
    if not isinstance(hours, int) or isinstance(hours, bool) or not 0 <= hours <= 720:
        raise InputError("escalate_after_hours 应为 0 到 720 的整数(0 表示不自动提级)")
    return CountyConfig(county.strip(), tuple(townships), hours, path)


def _url_of(entry: dict, folder: Path, name: str) -> str:
    url, file = entry.get("url"), entry.get("file")
    if bool(url) == bool(file):
        raise InputError("镇街 {name} 应给出 url(数据库地址)或 file(SQLite 文件)之一", name=name)
    if file:
        return resolve_url(None, folder / str(file)).render_as_string(hide_password=False)
    return resolve_url(str(url)).render_as_string(hide_password=False)
