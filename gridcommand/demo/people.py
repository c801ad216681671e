"""Demo key persons with colour tags, their visit history, and commendations."""

from __future__ import annotations

import datetime as dt
import random

from ..base import clock
from ..base.enums import CommendationKind, PersonColour, VisitMode
from ..evaluation.scheme import INTERVAL_DAYS
from ..models import Commendation, KeyPerson, KeyPersonResponsible, Visit
from ..org.responsibility import tagged_at
from ..store.bulk import BulkWriter
from . import months_back
from .org import OrgMap, People
from .scales import Scale
from .vocabulary import KEY_PERSON_KINDS

T_PERSON, T_VISIT, T_COMMENDATION, T_RESPONSIBLE = (m.__table__ for m in (
    KeyPerson, Visit, Commendation, KeyPersonResponsible))

COLOUR_WEIGHTS = ((PersonColour.GREEN, 55), (PersonColour.BLUE, 29), (PersonColour.ORANGE, 13),
                  (PersonColour.RED, 3))


def build_key_persons(w: BulkWriter, scale: Scale, rng: random.Random, people: People,
                      org: OrgMap, today: dt.date) -> dict[int, list[int]]:
    """Returns the key persons of each grid, for linking incidents to them."""
    colours, weights = zip(*COLOUR_WEIGHTS)
    by_grid: dict[int, list[int]] = {}
    for n in range(1, scale.key_persons + 1):
        gid, _vid = rng.choice(org.grids)
        colour = rng.choices(colours, weights)[0]
        # Most were tagged long ago; some this month, so the month's required visits vary.
        age = rng.randint(0, 25) if rng.random() < 0.06 else rng.randint(26, 1500)
        pid = w.next_id(T_PERSON)
        staff, tagged_on = rng.choice(org.grid_workers[gid]), today - dt.timedelta(days=age)
        w.add(T_PERSON, dict(
            id=pid, id_number=people.id_number(), name=people.name(), phone=people.phone(),
            grid_id=gid, colour=colour, category=rng.choice(KEY_PERSON_KINDS[colour]),
            responsible_staff_id=staff, tagged_on=tagged_on))
        w.add(T_RESPONSIBLE, dict(id=w.next_id(T_RESPONSIBLE), key_person_id=pid, staff_id=staff,
                                  since=tagged_at(tagged_on)))
        by_grid.setdefault(gid, []).append(pid)
    return by_grid


def build_visits(w: BulkWriter, scale: Scale, rng: random.Random, today: dt.date,
                 anchor: dt.datetime, progress) -> None:
    """Visits over the last ``visit_months``: mostly on time, with a few lapses, so reminders
    and the meeting's 重点人员走访 section have something real to show."""
    start = months_back(today, scale.visit_months)
    persons = w.connection.execute(
        T_PERSON.select().with_only_columns(
            T_PERSON.c.id, T_PERSON.c.colour, T_PERSON.c.tagged_on,
            T_PERSON.c.responsible_staff_id).order_by(T_PERSON.c.id)).all()
    modes = (VisitMode.DOOR, VisitMode.DOOR, VisitMode.DOOR, VisitMode.PHONE, VisitMode.VIDEO)
    for i, (pid, colour, tagged_on, staff_id) in enumerate(persons):
        interval = INTERVAL_DAYS[colour]
        day = max(start, tagged_on) + dt.timedelta(days=rng.randint(0, interval - 1))
        lapse = rng.random() < 0.08
        while day <= today:
            at = clock.at_local(day, rng.randint(8, 17), rng.randrange(0, 60, 5))
            if at > anchor:
                break
            w.add(T_VISIT, dict(id=w.next_id(T_VISIT), key_person_id=pid, visited_at=at,
                                staff_id=staff_id, mode=rng.choice(modes), note=None))
            step = interval if interval == 1 else rng.randint(max(1, interval - 3), interval)
            if lapse and rng.random() < 0.25:
                step += rng.randint(1, interval + 2)
            day += dt.timedelta(days=step)
        w.maybe_flush()
        if i % 2000 == 0:
            progress.report(i / len(persons), "走访记录")


def build_commendations(w: BulkWriter, scale: Scale, rng: random.Random, org: OrgMap,
                        today: dt.date) -> None:
    kinds = (CommendationKind.PENNANT, CommendationKind.LETTER, CommendationKind.PRAISE)
    notes = {CommendationKind.PENNANT: "群众赠送锦旗", CommendationKind.LETTER: "群众来信感谢",
             CommendationKind.PRAISE: "镇通报表扬"}
    workers = [sid for ids in org.grid_workers.values() for sid in ids]
    days = 30 * scale.months
    seen = set()
    for _ in range(int(len(workers) * scale.months * 0.06)):
        kind = rng.choices(kinds, (3, 5, 1))[0]
        key = (rng.choice(workers), today - dt.timedelta(days=rng.randint(1, days)), kind)
        if key in seen:
            continue
        seen.add(key)
        w.add(T_COMMENDATION, dict(id=w.next_id(T_COMMENDATION), staff_id=key[0], date=key[1],
                                   kind=kind, note=notes[kind]))
