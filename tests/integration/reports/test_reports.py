"""Biểu 06 and the satisfaction report against a fixture computed by hand, with their links, files, charts and
permission.

The period is March 2026. Fourteen dossiers over two agencies (A, B), two subsystems (S1: P1; S2: P2, P3):

 #  proc chan     received      due            returned / left     status            counted as
 1  P1   online   02-10         02-24          returned 02-20      returned early    resolved before: out
 2  P1   counter  02-20         03-05          returned 03-04      returned early    carried, resolved early
 3  P1   online   02-25         03-10          –                   processing        carried, overdue
 4  P1   online   03-02         03-16          returned 03-16      returned on time  online, resolved on time
 5  P1   post     03-05         04-01 00:00    –                   processing        direct, within (due = end)
 6  P2   online   03-10         03-20          returned 03-25      returned late     online, resolved late
 7  P2   counter  03-31 23:30   04-14          –                   received          direct, within
 8  P2   counter  04-01 00:00   04-15          –                   received          after the period: out
 9  P2   online   –             –              –                   registered        never received: out
10  P2   online   03-03         –              –                   refused           refused: out
11  P3   counter  03-03         03-20          withdrawn 03-12     withdrawn         left in the period: out
12  P3   online   03-20         04-05          stopped 04-03       stopped           online, within (left later)
13  P3   counter  01-15         02-01          returned 04-02      returned late     carried, overdue
14  P3   online   03-11         03-31 17:00    –                   awaiting return   online, overdue

P1 and P3 belong to agency A, P2 to agency B.
"""

import csv
import io
import re
from datetime import date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM, ResultClass
from dossiers.calendar.periods import Period
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Channel, Dossier, DossierEvent, Rating, Status
from dossiers.models.bieu06 import COLUMNS, column_condition
from procedures.factories import AgencyFactory, ProcedurePageFactory, SubsystemPageFactory
from reports.bieu06 import bieu06
from reports.grouping import GROUPINGS

pytestmark = pytest.mark.django_db

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
MARCH_QUERY = {"preset": "custom", "start": "2026-03-01", "end": "2026-03-31"}
EARLY, ON_TIME, LATE = ResultClass.EARLY, ResultClass.ON_TIME, ResultClass.LATE
ONLINE, COUNTER, POST = Channel.ONLINE, Channel.COUNTER, Channel.POST

# number: procedure, channel, status, received, due, returned, result class, (event status, instant) that left
FIXTURE = {
    1: ("P1", ONLINE, Status.RETURNED, "02-10", "02-24", "02-20", EARLY, None),
    2: ("P1", COUNTER, Status.RETURNED, "02-20", "03-05", "03-04", EARLY, None),
    3: ("P1", ONLINE, Status.PROCESSING, "02-25", "03-10", None, "", None),
    4: ("P1", ONLINE, Status.RETURNED, "03-02", "03-16", "03-16 15:00", ON_TIME, None),
    5: ("P1", POST, Status.PROCESSING, "03-05", "04-01 00:00", None, "", None),
    6: ("P2", ONLINE, Status.RETURNED, "03-10", "03-20", "03-25", LATE, None),
    7: ("P2", COUNTER, Status.RECEIVED, "03-31 23:30", "04-14", None, "", None),
    8: ("P2", COUNTER, Status.RECEIVED, "04-01 00:00", "04-15", None, "", None),
    9: ("P2", ONLINE, Status.REGISTERED, None, None, None, "", None),
    10: ("P2", ONLINE, Status.REFUSED, "03-03", None, None, "", None),
    11: ("P3", COUNTER, Status.WITHDRAWN, "03-03", "03-20", None, "", "03-12"),
    12: ("P3", ONLINE, Status.STOPPED, "03-20", "04-05", None, "", "04-03"),
    13: ("P3", COUNTER, Status.RETURNED, "01-15", "02-01", "04-02", LATE, None),
    14: ("P3", ONLINE, Status.AWAITING_RETURN, "03-11", "03-31 17:00", None, "", None),
}

# In the order of COLUMNS: to handle, online, direct or post, carried over · resolved, early, on time, late,
# electronic results (none here: tests/integration/dossiers/results counts one) ·
# in progress, within time, overdue; then the on-time percentage.
AGENCY_A = (7, 3, 1, 3, 2, 1, 1, 0, 0, 5, 2, 3, 100.0)
AGENCY_B = (2, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0.0)
S1 = (4, 1, 1, 2, 2, 1, 1, 0, 0, 2, 1, 1, 100.0)
S2 = (5, 3, 1, 1, 1, 0, 0, 1, 0, 4, 2, 2, 0.0)
P3 = (3, 2, 0, 1, 0, 0, 0, 0, 0, 3, 1, 2, None)
TOTAL = (9, 4, 2, 3, 3, 1, 1, 1, 0, 6, 3, 3, 66.7)


def instant(text):
    """``"03-31 23:30"`` (2026, Vietnam time); a day alone means 09:00."""
    day, _, clock = text.partition(" ")
    month, day = (int(part) for part in day.split("-"))
    hour, minute = (int(part) for part in (clock or "09:00").split(":"))
    return datetime(2026, month, day, hour, minute, tzinfo=VIETNAM)


@pytest.fixture
def catalogue(home_page):
    agency_a = AgencyFactory(name="Sở Tư pháp tỉnh", code="A.H56")
    agency_b = AgencyFactory(name="Sở Xây dựng tỉnh", code="B.H56")
    s1 = SubsystemPageFactory(parent=home_page, title="Hộ tịch")
    s2 = SubsystemPageFactory(parent=home_page, title="Đất đai")
    return {
        "A": agency_a,
        "B": agency_b,
        "S1": s1,
        "S2": s2,
        "P1": ProcedurePageFactory(parent=s1, title="Khai sinh", agency=agency_a),
        "P2": ProcedurePageFactory(parent=s2, title="Giao đất", agency=agency_b),
        "P3": ProcedurePageFactory(parent=s2, title="Thu hồi đất", agency=agency_a),
    }


@pytest.fixture
def dossiers(catalogue):
    created = {}
    for number, (procedure, channel, status, received, due, returned, result, left) in FIXTURE.items():
        dossier = DossierFactory(
            procedure=catalogue[procedure],
            code=f"F-{number:02d}",
            channel=channel,
            status=status,
            submitted_at=instant(received or "03-15"),
            received_at=received and instant(received),
            due_at=due and instant(due),
            returned_at=returned and instant(returned),
            result_class=result,
        )
        if left:
            DossierEvent.objects.create(dossier=dossier, action="leave", to_status=status, created_at=instant(left))
        created[number] = dossier
    return created


@pytest.fixture
def ratings(dossiers):
    for number, score, day in [
        (1, Rating.Score.VERY_SATISFIED, "02-21"),  # before the period
        (2, Rating.Score.VERY_SATISFIED, "03-05"),
        (4, Rating.Score.SATISFIED, "03-17"),
        (6, Rating.Score.NOT_SATISFIED, "03-26"),
    ]:
        Rating.objects.create(dossier=dossiers[number], score=score, created_at=instant(day))


def figures(row):
    return (*(getattr(row, column) for column, _label in COLUMNS), row.on_time_percent)


@pytest.mark.parametrize(
    ("grouping", "expected"),
    [
        ("agency", [("Sở Tư pháp tỉnh", AGENCY_A), ("Sở Xây dựng tỉnh", AGENCY_B)]),
        ("subsystem", [("Hộ tịch", S1), ("Đất đai", S2)]),
        ("procedure", [("Khai sinh", S1), ("Giao đất", AGENCY_B), ("Thu hồi đất", P3)]),
    ],
)
def test_every_grouping_matches_the_hand_computed_table(dossiers, grouping, expected):
    report = bieu06(MARCH, GROUPINGS[grouping])
    assert [(row.label, figures(row)) for row in report.rows] == expected
    assert figures(report.total) == TOTAL


@pytest.mark.parametrize(("grouping", "queries"), [("agency", 2), ("procedure", 2), ("subsystem", 3)])
def test_one_aggregate_query_per_grouping(dossiers, django_assert_num_queries, grouping, queries):
    """The aggregate and the rows' labels; by subsystem, first the catalogue's procedure-to-subsystem map."""
    with django_assert_num_queries(queries) as captured:
        bieu06(MARCH, GROUPINGS[grouping])
    assert sum("dossiers_dossier" in query["sql"] for query in captured.captured_queries) == 1


def test_each_figure_counts_exactly_the_dossiers_its_condition_selects(dossiers, catalogue):
    report = bieu06(MARCH, GROUPINGS["agency"])
    for column, _label in COLUMNS:
        assert Dossier.objects.filter(column_condition(column, MARCH)).count() == getattr(report.total, column)
    overdue_a = Dossier.objects.filter(column_condition("in_progress_overdue", MARCH), agency=catalogue["A"])
    assert {dossier.code for dossier in overdue_a} == {"F-03", "F-13", "F-14"}


@pytest.fixture
def leader_client(client):
    client.force_login(StaffUserFactory(role=roles.LEADER))
    return client


def test_page_links_each_figure_to_the_filtered_dossier_list(leader_client, dossiers, catalogue):
    response = leader_client.get(reverse("reports_admin:bieu06"), {**MARCH_QUERY, "grouping": "agency"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sở Tư pháp tỉnh" in html and "Biểu 06" in html
    links = [link for link in response.context["lines"][0][1]]
    assert [figure for figure, _url in links] == list(AGENCY_A[:-1])
    url = dict(zip([column for column, _label in COLUMNS], [url for _figure, url in links], strict=True))[
        "in_progress_overdue"
    ]
    parts = urlsplit(url)
    assert parts.path == reverse("dossier_admin:index")
    assert parse_qs(parts.query) == {
        "all": ["1"],
        "agency": [str(catalogue["A"].pk)],
        "report": ["in_progress_overdue"],
        "report_from": ["2026-03-01"],
        "report_to": ["2026-03-31"],
    }
    assert url.replace("&", "&amp;") in html
    total_links = response.context["total"][1]
    assert "agency=" not in total_links[0][1]


def test_invalid_period_shows_the_errors(leader_client):
    response = leader_client.get(
        reverse("reports_admin:bieu06"), {"preset": "custom", "start": "2026-03-31", "end": "2026-03-01"}
    )
    assert response.status_code == 400
    assert "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc." in response.content.decode()
    missing = leader_client.get(reverse("reports_admin:bieu06"), {"preset": "custom", "grouping": "agency"})
    assert "Nhập ngày bắt đầu của kỳ báo cáo." in missing.content.decode()


def test_opened_without_a_query_it_shows_this_month_by_agency(leader_client, dossiers):
    response = leader_client.get(reverse("reports_admin:bieu06"))
    assert response.status_code == 200
    assert response.context["report"].grouping.name == "agency"


def test_xlsx_reads_back_with_the_merged_header_and_the_figures(leader_client, dossiers):
    response = leader_client.get(reverse("reports_admin:bieu06_xlsx"), {**MARCH_QUERY, "grouping": "subsystem"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bieu-06-20260301-20260331.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    merged = {str(cells) for cells in sheet.merged_cells.ranges}
    assert {"A3:A4", "B3:B4", "C3:F3", "G3:K3", "L3:N3", "O3:O4"} <= merged
    assert sheet["C3"].value == "Số hồ sơ nhận giải quyết" and sheet["F4"].value == "Kỳ trước chuyển qua"
    rows = [tuple(row) for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert rows == [
        (1, "Hộ tịch", *S1),
        (2, "Đất đai", *S2),
        (None, "Tổng cộng", *TOTAL),
    ]


def test_csv_reads_back_in_utf8_with_a_byte_order_mark(leader_client, dossiers):
    response = leader_client.get(reverse("reports_admin:bieu06_csv"), {**MARCH_QUERY, "grouping": "procedure"})
    assert response.content.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines[0][:3] == ["STT", "Thủ tục", "Số hồ sơ nhận giải quyết"]
    assert lines[1][2:6] == ["Tổng số", "Trực tuyến", "Trực tiếp, bưu chính", "Kỳ trước chuyển qua"]
    assert lines[4] == ["3", "Thu hồi đất", *(str(value) for value in P3[:-1]), ""]
    assert lines[5] == ["", "Tổng cộng", *(str(value) for value in TOTAL)]


def test_charts_carry_the_figures_in_text(leader_client, dossiers, monkeypatch):
    monkeypatch.setattr("reports.views.today", lambda: date(2026, 4, 15))
    response = leader_client.get(reverse("reports_admin:bieu06"), {**MARCH_QUERY, "grouping": "agency"})
    html = response.content.decode()
    start = html.index('aria-labelledby="chart-on-time-title"')
    on_time = html[start : html.index("</svg>", start)]
    assert ">Hộ tịch</text>" in on_time and ">100,0 %</text>" in on_time and ">0,0 %</text>" in on_time
    monthly = response.context["monthly_chart"]
    assert monthly.table[0][0] == "05/2025" and monthly.table[-1][0] == "04/2026"
    by_month = {line[0]: line[1:] for line in monthly.table}
    # Received: refused #10 aside, withdrawn #11 included; returned: #2, #4 and #6 in March, #13 in April.
    assert by_month["02/2026"] == ["3", "1"]
    assert by_month["03/2026"] == ["7", "3"]
    assert by_month["04/2026"] == ["1", "1"]
    monthly_svg = html[html.index('aria-labelledby="chart-monthly-title"') :]
    assert ">7</text>" in monthly_svg and ">03/26</text>" in monthly_svg


def test_satisfaction_per_agency_and_procedure(leader_client, ratings):
    response = leader_client.get(reverse("reports_admin:satisfaction"), {**MARCH_QUERY, "grouping": "agency"})
    assert response.status_code == 200
    rows = [(row.label, row.ratings, row.very_satisfied, row.satisfied, row.not_satisfied, row.satisfied_percent)
            for row in [*response.context["rows"], response.context["total"]]]  # fmt: skip
    assert rows == [
        ("Sở Tư pháp tỉnh", 2, 1, 1, 0, 100.0),
        ("Sở Xây dựng tỉnh", 1, 0, 0, 1, 0.0),
        ("Tổng cộng", 3, 1, 1, 1, 66.7),
    ]
    by_procedure = leader_client.get(reverse("reports_admin:satisfaction"), {**MARCH_QUERY, "grouping": "procedure"})
    assert [(row.label, row.ratings) for row in by_procedure.context["rows"]] == [("Khai sinh", 2), ("Giao đất", 1)]
    assert "Rất hài lòng" in by_procedure.content.decode()


@pytest.mark.parametrize("role", [roles.CHIEF_OF_OFFICE, roles.DEPUTY_CHIEF, roles.LEADER, roles.ADMINISTRATOR])
def test_report_readers_see_the_menu_and_the_pages(client, role):
    client.force_login(StaffUserFactory(role=role))
    assert reverse("reports_admin:bieu06") in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(reverse("reports_admin:satisfaction")).status_code == 200


@pytest.mark.parametrize("role", [roles.SPECIALIST, roles.COUNTER_STAFF, roles.EDITOR])
def test_other_roles_get_403_and_no_menu(client, role):
    client.force_login(StaffUserFactory(role=role))
    assert reverse("reports_admin:bieu06") not in client.get(reverse("wagtailadmin_home")).content.decode()
    for name in ["bieu06", "bieu06_xlsx", "bieu06_csv", "satisfaction"]:
        assert client.get(reverse(f"reports_admin:{name}")).status_code == 403


@pytest.mark.parametrize("column", ["carried_over", "resolved_early", "in_progress_overdue", "to_handle"])
def test_a_figure_link_lists_exactly_the_dossiers_it_counts(leader_client, dossiers, catalogue, column):
    response = leader_client.get(reverse("reports_admin:bieu06"), {**MARCH_QUERY, "grouping": "agency"})
    links = dict(zip([name for name, _label in COLUMNS], response.context["lines"][0][1], strict=True))
    figure, url = links[column]
    listing = leader_client.get(url).content.decode()
    counted = set(
        Dossier.objects.filter(agency=catalogue["A"])
        .filter(column_condition(column, Period(date(2026, 3, 1), date(2026, 3, 31))))
        .values_list("code", flat=True)
    )
    assert len(counted) == figure
    codes = Dossier.objects.values_list("code", flat=True)
    shown = {code for code in codes if re.search(rf">\s*{re.escape(code)}\s*<", listing)}
    assert shown == counted
