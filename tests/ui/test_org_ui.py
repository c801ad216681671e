"""The organisation panel: the tree of the demo township, a grid's 1+3+N team, its open
incidents in the queue, a grid handed to another worker with the date kept."""

from gridcommand.ops import organisation as org
from gridcommand.ops.reference import grid_workers

from .conftest import make_window


def org_on_screen(qtbot, runner, settings):
    """The main window with the organisation dock raised and its tree read."""
    window = make_window(qtbot, runner, settings)
    dock = window.org
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.tree is not None, timeout=20_000)
    return window, dock


def test_the_tree_a_team_and_its_incidents_in_the_queue(qtbot, runner, settings):
    window, dock = org_on_screen(qtbot, runner, settings)
    place = dock.model.item(0)
    assert place.rowCount() == len(dock.tree.villages) and place.text().endswith(dock.tree.township)
    busiest = max((g for v in dock.tree.villages for g in v.grids), key=lambda g: g.open_incidents)
    assert dock.select_grid(busiest.id)
    team = dock.team.team
    assert team.id == busiest.id and team.open_incidents == busiest.open_incidents
    roles = [m.role for m in team.members]
    assert "full_time" in roles and roles.index("full_time") > roles.index("grid_leader")
    dock.team.incidents.click()
    qtbot.waitUntil(lambda: window.queue.model.count_known, timeout=20_000)
    assert window.queue.model.rowCount() == busiest.open_incidents  # exactly the grid's open incidents
    dock.find.setText(busiest.code)
    assert dock.proxy.rowCount(dock.proxy.index(0, 0)) == 1  # only its village is left on the tree


def test_a_grid_handed_to_another_worker(qtbot, runner, settings, answers):
    window, dock = org_on_screen(qtbot, runner, settings)
    grid = dock.tree.villages[0].grids[0]
    dock.select_grid(grid.id)
    other = next(o for o in runner.read(grid_workers, ("full_time",)) if o.parent_id != grid.id)
    answers.append({"worker": other.id, "since": "2026-12-01 08:00"})
    dock.buttons["handOver"].click()
    qtbot.waitUntil(lambda: dock.team.team is not None and len(dock.team.team.responsible) == 2, timeout=10_000)
    assert "2026-12-01" in dock.team.history.text()
    assert org.team(runner.db, runner.actor, grid.id).responsible[-1][1] in other.label


def test_what_the_user_opened_stays_open_after_a_change(qtbot, runner, settings):
    from gridcommand.base.changes import Area, Changes

    window, dock = org_on_screen(qtbot, runner, settings)
    place = dock.proxy.index(0, 0)
    village = dock.proxy.index(2, 0, place)
    dock.view.expand(village)
    runner.hub.publish(Changes.of(Area.INCIDENTS))
    qtbot.waitUntil(lambda: not dock.stale, timeout=10_000)
    assert dock.view.isExpanded(dock.proxy.index(2, 0, dock.proxy.index(0, 0)))
    assert not dock.view.isExpanded(dock.proxy.index(1, 0, dock.proxy.index(0, 0)))
