"""The drafting job's progress while it reads a long PDF: each page read moves it on, so the
page polling the draft does not stand at the same figure for the minute a 300-page file takes.
Each figure the job writes is recorded by a trigger in the database, the job itself running
as it does for an upload."""

import pytest
from django.db import connection

from pilots.drafting.inputs import document_from_bytes
from pilots.models import Membership, PlanDraft
from pilots.plan_drafts import CLAIMED, READ, plan_draft_make, plan_source_receive
from tests.factories import UserFactory, ZoneFactory

PAGES = 12
NUMBERS = [*"一二三四五六七八九十", "十一", "十二"]


def _long_pdf(pages: int = PAGES) -> bytes:
    """A plan of ``pages`` A4 pages (WeasyPrint), each of its sections on a page of its own."""
    from weasyprint import HTML

    sections = "".join(
        f"<h2{' style=page-break-before:always' if n else ''}>{NUMBERS[n]}、重点任务{n + 1}</h2>"
        + "<p>推进人工智能与实体经济深度融合，建设一批应用场景，培育一批骨干企业。</p>" * 3
        for n in range(pages)
    )
    page = (
        "<html><head><meta charset='utf-8'><style>@page{size:A4}body{font-family:"
        "'Noto Serif CJK SC',serif;font-size:16pt}</style></head><body>"
        f"<h1>青山市人工智能产业发展行动方案</h1>{sections}</body></html>"
    )
    return HTML(string=page).write_pdf()


def test_each_page_of_a_pdf_is_reported_as_it_is_read():
    content = _long_pdf()
    read = []
    document_from_bytes("plan.pdf", content, page_read=lambda n, pages: read.append((n, pages)))
    assert read == [(n, PAGES) for n in range(1, PAGES + 1)]


@pytest.fixture
def progress_written(db):
    """Every progress figure written on a draft, in order (a trigger appends it to a table)."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE progress_seen (id serial PRIMARY KEY, progress integer)")
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION progress_note() RETURNS trigger AS $$ BEGIN "
                "INSERT INTO progress_seen (progress) VALUES (NEW.progress); RETURN NEW; END; "
                "$$ LANGUAGE plpgsql"
            )
            cursor.execute(
                f"CREATE TRIGGER progress_noted AFTER UPDATE ON {PlanDraft._meta.db_table} "
                "FOR EACH ROW EXECUTE FUNCTION progress_note()"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER progress_noted AFTER UPDATE ON {PlanDraft._meta.db_table} "
                "BEGIN INSERT INTO progress_seen (progress) VALUES (NEW.progress); END"
            )

    def written() -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT progress FROM progress_seen ORDER BY id")
            return [row[0] for row in cursor.fetchall()]

    return written


def test_the_drafting_job_moves_on_with_each_page_it_reads(progress_written):
    zone = ZoneFactory(slug="qingshan", name="青山市", level="city")
    admin = UserFactory(username="qs-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    draft = plan_source_receive(
        zone=zone, file_name="方案.pdf", content=_long_pdf(), user=admin, plan_code="qs-ai"
    )
    plan_draft_make(draft_id=draft.pk)
    draft.refresh_from_db()
    assert draft.status == PlanDraft.Status.READY, draft.message
    seen = progress_written()
    reading = [p for p in seen if CLAIMED < p < READ]
    assert seen == sorted(seen) and seen[0] == CLAIMED and seen[-1] == 100
    assert len(reading) >= PAGES // 2  # the reading of the pages, not one jump from 10 to 40
