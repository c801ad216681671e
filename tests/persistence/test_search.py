"""Text search: the index finds exactly what a substring match over code, title, description and
the title's pinyin finds, on a hand-built set, and stays current through every write."""

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import delete, select, update

from gridcommand.models import Category, Grid, Incident, Village
from gridcommand.ops import incidents
from gridcommand.org.township import require
from gridcommand.store.search import pinyin_key
from gridcommand.workflow.queue import QueueFilter, QueueQuery
from gridcommand.workflow.report import NewIncident

from ..factories import signed_in

TEXTS = [
    ("小区路灯不亮", "东门路口第三盏路灯晚上不亮,联系电话13812345678"),
    ("路灯杆倾斜", "台风后路灯杆倾斜,有倒塌危险"),
    ("噪音扰民", "夜间施工噪音扰民"),
    ("垃圾堆放", "河道边垃圾堆放,100%占用人行道"),
    ("下水道堵塞", "下水道堵塞,污水外溢 a_b \"引号\""),
    ("Wi-Fi 杆损坏", "ABC 小区门口"),
    ("绿化带杂草", ""),
]
TERMS = ["路灯", "灯", "路灯不亮", "不亮", "ld", "LD", "ludeng", "ludengbu", "xqld", "zaoyin",
         "1234", "13812345678", "5678", "不存在的词语", "不存", "100%", "%", "_", "a_b", '"',
         '"引号"', "abc", "wi-fi", "杆", "ng"]


@pytest.fixture
def searchable(township_db):
    me = signed_in(township_db)
    with township_db.session() as s:
        category = s.scalars(select(Category.id).where(Category.parent_id.is_(None))).first()
        village = Village(township_id=require(s).id, name="东塘村", kind="village")
        s.add(village)
        s.flush()
        s.add(Grid(code="G1", name="第一网格", village_id=village.id, kind="residential"))
        s.commit()
        grid = s.scalars(select(Grid.id)).one()
    for title, description in TEXTS:
        incidents.report(township_db, me, NewIncident(
            title=title, description=description, category_id=category, grid_id=grid,
            colour="blue", source="citizen", reporter_name="王某"))
    return township_db


def expected(session, term: str) -> set[int]:
    """The old search, in Python: a substring of code, title, description or pinyin, ASCII
    letters in either case."""
    term = term.lower()
    return {i.id for i in session.scalars(select(Incident))
            if any(term in (value or "").lower()
                   for value in (i.code, i.title, i.description, pinyin_key(i.title)))}


def found(session, term: str) -> set[int]:
    query = QueueQuery(QueueFilter(text=term))
    rows = query.page(session, 0, 1000)
    assert len(rows) == query.count(session)
    return {r.id for r in rows}


def test_pinyin_key():
    assert pinyin_key("小区路灯不亮") == "xiaoquludengbuliang xqldbl"
    assert pinyin_key("Wi-Fi 杆") == "gan g"
    assert pinyin_key("ABC") == ""


def test_search_finds_what_a_substring_match_finds(searchable):
    with searchable.session() as s:
        for term in TERMS:
            assert found(s, term) == expected(s, term), term
        lights = {i for i, t in s.execute(select(Incident.id, Incident.title)) if "路灯" in t}
        assert found(s, "ld") >= lights and found(s, "ludeng") == lights
        assert found(s, "不存在的词语") == set()
        code = s.scalars(select(Incident.code)).first()
        assert len(found(s, code)) == 1


def test_the_index_follows_every_write(searchable):
    with searchable.session() as s:
        first = s.scalars(select(Incident.id).where(Incident.title == "噪音扰民")).one()
        s.execute(update(Incident).where(Incident.id == first).values(
            title="狗叫扰民", title_pinyin=pinyin_key("狗叫扰民"), description="犬吠"))
        s.commit()
        assert first not in found(s, "噪音扰民") and found(s, "狗叫扰民") == {first}
        assert found(s, "goujiao") == {first} and found(s, "犬吠") == {first}
        gone = s.scalars(select(Incident.id).where(Incident.title == "绿化带杂草")).one()
        s.execute(delete(Incident).where(Incident.id == gone))
        s.commit()
        assert found(s, "绿化带杂草") == set() and found(s, "lhdzc") == set()
        for term in TERMS:
            assert found(s, term) == expected(s, term), term


def test_rows_written_in_bulk_are_indexed(db):
    """The demo and the ledger import write through the bulk writer, which fills the index a
    batch at a time: the index agrees with the table, and the row-by-row trigger is back."""
    from sqlalchemy import text

    from gridcommand.demo.build import build_demo

    from ..factories import TINY, TODAY

    build_demo(db, TINY, seed=2, today=TODAY)
    with db.session() as s:
        titles = s.scalars(select(Incident.title).limit(40)).all()
        for term in {t[-3:] for t in titles} | {pinyin_key(titles[0]).split()[0][:6], "不存在的词语"}:
            assert found(s, term) == expected(s, term), term
        if db.is_sqlite:
            s.execute(text("INSERT INTO incident_fts(incident_fts, rank) VALUES ('integrity-check', 1)"))
            assert s.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'incident_fts_insert'")) == 1


@pytest.mark.parametrize("pasted", ["路灯\x00", "\x00", "路\x01灯", "ld\x7f"])
def test_a_control_character_pasted_into_the_search_is_left_out(searchable, pasted):
    with searchable.session() as s:  # PostgreSQL refuses a NUL in any string: never sent
        clean = "".join(c for c in pasted if c.isprintable())
        assert found(s, pasted) == found(s, clean)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["路灯", "重庆", "银行行长", "长江路", "小区", "乐", "〇", "𠀀", "和平"]),
                          st.text(alphabet="0123456789 abcXYZ-号#!", max_size=4)), max_size=8).map("".join))
def test_pinyin_key_read_run_by_run_is_pypinyin_on_the_whole_title(title):
    """Each run of Chinese is read once for every title that has it; the key is what pypinyin
    gives for the whole title."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(title, errors="ignore")
    assert pinyin_key(title) == ("".join(syllables) + " " + "".join(s[0] for s in syllables) if syllables else "")
