"""The intake's rules without a database: column guessing, time limits, and the similarity of
two complaints by their sound."""

import datetime as dt

import pytest

from gridcommand.base.clock import SHANGHAI
from gridcommand.intake import mapping
from gridcommand.intake.duplicates import Finder, Item

T = dt.datetime(2026, 12, 1, 9, 0, tzinfo=SHANGHAI)
DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)


def test_columns_are_guessed_from_the_names_other_systems_use():
    headers = ["序号", "工单编号", "来电时间", "来电人", "来电号码", "诉求地址", "诉求分类", "诉求内容", "办理时限"]
    assert mapping.guess(headers) == {
        "order_no": "工单编号", "reported_at": "来电时间", "contact": "来电人", "phone": "来电号码",
        "address": "诉求地址", "category": "诉求分类", "content": "诉求内容", "time_limit": "办理时限"}
    assert mapping.problems({"order_no": "A", "reported_at": "A"})  # one column twice, content missing


@pytest.mark.parametrize("written, hours", [("24小时", 24), ("3天", 72), ("2日", 48), ("36h", 36)])
def test_a_time_limit_is_a_span_from_the_orders_time(written, hours):
    assert mapping.limit_at(mapping.time_limit(written), T) == T + dt.timedelta(hours=hours)


def test_a_time_limit_in_working_days_skips_the_weekend():
    friday = dt.datetime(2026, 12, 4, 9, 0, tzinfo=SHANGHAI)
    assert mapping.limit_at(mapping.time_limit("1个工作日"), friday) == friday + 3 * DAY


def test_a_time_limit_without_a_unit_is_refused():
    with pytest.raises(ValueError):
        mapping.time_limit("3")


@pytest.mark.parametrize("cell, taken", [(13800138000, "13800138000"), (13800138000.0, "13800138000"),
                                         ("0573-84561234", "0573-84561234")])
def test_a_mobile_number_excel_stored_as_a_number_is_taken(cell, taken):
    assert mapping.caller_phone(cell) == taken


def test_a_landline_excel_stored_as_a_number_is_refused():
    with pytest.raises(ValueError):
        mapping.caller_phone(57384561234)  # 0573-84561234 without its 0


def test_an_order_number_excel_could_not_keep_is_refused():
    assert mapping.order_number(202612030001.0) == "202612030001"
    with pytest.raises(ValueError):
        mapping.order_number(2.02612030000123e17)


def test_homophones_sound_alike():
    finder = Finder(7 * DAY, 0.7)
    noise = item(1, T, "夜间施工噪音扰民")
    assert finder.score(noise, item(2, T, "夜间施工躁音扰民")) == 1.0
    assert finder.score(noise, item(3, T, "路灯不亮")) == 0.0


def item(key, at, text, grid=1, category=1, sub=None, address=""):
    return Item.of(key, at, category, sub, grid, address, text)


@pytest.mark.parametrize("apart, found", [(7 * DAY - MINUTE, True), (7 * DAY, True), (7 * DAY + MINUTE, False)])
def test_the_window_is_seven_days_either_side(apart, found):
    finder = Finder(7 * DAY, 0.7)
    finder.add(item(1, T, "人民路路灯不亮"))
    assert (finder.match(item(2, T + apart, "完全不同的事情", sub=None)) is not None) is found


def test_the_same_category_in_another_grid_or_another_sub_category_is_not_a_repeat():
    finder = Finder(7 * DAY, 0.7)
    finder.add(item(1, T, "人民路路灯不亮", grid=1, sub=10))
    assert finder.match(item(2, T + DAY, "健康路井盖丢了", grid=2, sub=10)) is None
    assert finder.match(item(3, T + DAY, "健康路井盖丢了", grid=1, sub=11)) is None
    assert finder.match(item(4, T + DAY, "健康路井盖丢了", grid=1, sub=10)).reason == "place"
    assert finder.match(item(5, T + DAY, "健康路井盖丢了", grid=9, address="人民路 8号", sub=10)) is None
