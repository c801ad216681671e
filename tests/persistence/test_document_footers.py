"""Every PDF the product writes says on every page which page of how many it is, who made it and
when, and the audit log's head it was printed at (SPEC §12; issue 28: documents about people)."""

import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from gridcommand.demo import DEMO_PASSWORD
from gridcommand.demo.build import build_demo
from gridcommand.models import Meeting, Review
from gridcommand.ops import accounts, evaluation, notices, reports
from gridcommand.ops.unit_of_work import read
from gridcommand.record import audit

from ..factories import TINY, TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from gridcommand.store.database import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('footers') / 'd.sqlite'}")
    build_demo(db, TINY, seed=11, today=TODAY)
    yield db
    db.close()


def documents(db, folder):
    """(name, the PDF written as its user would write it, that user)."""
    hr, chair = accounts.sign_in(db, "hr", DEMO_PASSWORD), accounts.sign_in(db, "chair", DEMO_PASSWORD)
    leader, duty = accounts.sign_in(db, "leader", DEMO_PASSWORD), accounts.sign_in(db, "duty1", DEMO_PASSWORD)
    with db.session() as s:
        meeting = s.scalars(select(Meeting.id).where(Meeting.locked_at.is_not(None))).first()
        review = s.scalars(select(Review.id)).first()
    month = evaluation.month(db, hr, "2026-09").value.result
    yield "agenda", reports.agenda_pdf(db, chair, meeting, folder / "agenda.pdf"), chair
    yield "minutes", reports.minutes_pdf(db, chair, meeting, folder / "minutes.pdf"), chair
    yield "draft agenda", reports.draft_agenda_pdf(db, chair, TODAY, folder / "draft.pdf"), chair
    yield "sheets", reports.evaluation_sheets(db, hr, month, folder / "sheets.pdf"), hr
    yield "salary", reports.evaluation_table(db, hr, "salary", month, folder / "salary.pdf"), hr
    yield "ranking", reports.evaluation_table(db, hr, "ranking", month, folder / "ranking.pdf"), hr
    yield "candidates", reports.candidates_pdf(db, hr, "2026-09", folder / "candidates.pdf"), hr
    yield "review", reports.review_pdf(db, leader, review, folder / "review.pdf"), leader
    for kind in reports.REPORTS:
        yield kind, reports.report(db, hr, kind, "2026-10", None, folder / f"{kind}.pdf"), hr
    planned = notices.plan(db, duty)
    yield "notices", notices.issue(db, duty, notices.chosen(planned[:2]), folder / "notices.pdf").value[0], duty


def test_every_page_of_every_document_says_page_who_when_and_pin(demo, tmp_path):
    made = list(documents(demo, tmp_path))
    assert len(made) == 9 + len(reports.REPORTS)  # every document, and every report of the centre
    for name, path, user in made:
        seq, _head = read(demo, audit.head)
        pages = PdfReader(path).pages
        for number, page in enumerate(pages, start=1):
            text = page.extract_text()
            footer = re.search(rf"第 {number} 页 / 共 {len(pages)} 页\s+{user.name} 生成于 "
                               rf"(\d{{4}}-\d\d-\d\d \d\d:\d\d)\s+审计链 #(\d+) ([0-9a-f]{{12}})", text)
            assert footer, (name, number, text[-200:])
            assert int(footer.group(2)) <= seq  # printed at a head the log has passed or is at
