"""A made-up export of 12345 hotline work orders for a township, with the hotline's own columns,
for trying the intake (and for its benchmark): complaints about places in the township's grids,
some of them called in again by another resident a day or two later."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..models import Grid, Village
from ..org.defaults import CATEGORIES
from ..store.database import Database
from .vocabulary import TITLES

HEADERS = ("工单编号", "来电时间", "来电人", "来电号码", "诉求地址", "诉求分类", "诉求内容", "办理时限",
           "紧急程度", "承办单位", "回访结果")
LIMITS = ("3个工作日", "5天", "24小时", "7天", "10个工作日")
AGAIN = ("再次来电反映:", "又有居民来电反映:", "市民来电称:")
OPENING = ("来电反映:", "市民来电反映:", "来电人称:", "群众反映:", "来电诉求:")
WHEN = ("", "已有多日,", "近一周以来,", "从上周开始,", "每天晚上,", "最近两天,", "今天上午发现,")
EFFECT = ("影响居民出行", "存在安全隐患", "影响附近住户休息", "周边群众意见很大", "多次反映未解决", "老人孩子进出不便", "")
ASK = ("请尽快处理。", "希望相关部门尽快处理。", "要求尽快解决并回复。", "请核实处理。", "望尽快派人查看。")


def orders(session: Session, rows: int, seed: int = 12345, until: dt.datetime | None = None,
           days: int = 3, repeats: float = 0.05, first_no: int = 1) -> list[tuple]:
    """``rows`` orders over the ``days`` before ``until``, oldest first, about ``repeats`` of
    them calling in again about an earlier order's complaint."""
    rng, fake = random.Random(seed), Faker("zh_CN")
    fake.seed_instance(seed)
    until = (until or clock.now()).replace(second=0, microsecond=0)
    grids = session.execute(select(Village.name, Grid.name).join(Grid, Grid.village_id == Village.id)
                            .order_by(Grid.code)).all()
    subs = [(main, sub) for main, _track, subs in CATEGORIES for sub in subs if sub in TITLES]
    times = sorted(until - dt.timedelta(minutes=rng.randrange(days * 24 * 60)) for _ in range(rows))
    made: list[tuple] = []
    for n, at in enumerate(times, start=first_no):
        if made and rng.random() < repeats:
            earlier = rng.choice(made[-200:])
            address, kind, said = earlier[4], earlier[5], rng.choice(AGAIN) + earlier[6].split(":", 1)[-1]
        else:
            village, grid = rng.choice(grids)
            street = f"{fake.street_name()}{rng.randrange(1, 300)}号"
            main, sub = rng.choice(subs)
            address, kind = f"{village}{grid}{street}", f"{main}/{sub}"
            effect = rng.choice(EFFECT)
            said = (rng.choice(OPENING) + rng.choice(WHEN) + rng.choice(TITLES[sub]).format(p=street)
                    + ("," + effect if effect else "") + "," + rng.choice(ASK))
        made.append((f"GD{n:08d}", clock.local(at).strftime("%Y-%m-%d %H:%M"), fake.name(),
                     f"1{rng.choice('3589')}{rng.randrange(10 ** 9):09d}",
                     address, kind, said, rng.choice(LIMITS), "紧急" if rng.random() < 0.05 else "一般",
                     "", ""))
    return made


def write_xlsx(path: str | Path, rows: list[tuple]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("工单")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return Path(path)


def sample_export(db: Database, path: str | Path, rows: int, seed: int = 12345) -> Path:
    """A made-up hotline export of ``rows`` orders about ``db``'s township, written to ``path``."""
    with db.read_session() as session:
        made = orders(session, rows, seed)
    return write_xlsx(path, made)
