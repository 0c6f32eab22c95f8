"""Realistic dossiers in bulk, for demos, reports and benchmarks (``manage.py seed_dossiers``).

Dossiers are spread over the catalogue's procedures (some far busier than others), their agencies, the three
channels (about 60 % online) and the last ``years`` years. Times follow the rules the workflow would apply: an
online dossier is received a working day or two after it was submitted, a counter dossier when it was handed in;
``due_at`` is the procedure's processing time counted on the administrators' working calendar; a result is
returned before, on or after that due time and classified with ``classify_result``. Dossiers whose planned
return is still in the future are open (processing, supplement requested, waiting at the counter...), so recent
months hold dossiers within time and overdue ones, as in a live office. Each dossier gets the events the
workflow would have recorded and one to three history rows; a quarter of the returned ones are rated.

Codes follow ``{agency code}-{yyMMdd}-{sequence}``, continuing the agencies' daily counters, which are raised to
the last sequence used so later real submissions never collide. Run it on a database nobody is submitting to.

Speed: rows are built as plain dicts and written in batches, each batch in one transaction; on PostgreSQL with
``COPY`` (psycopg 3), elsewhere with ``bulk_create``. Due times are memoised per receipt slot (a quarter hour).
"""

import bisect
import gc
import random
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from django.db import connection, connections, transaction
from django.db.models import Max
from django.utils import timezone

from dossiers.calendar.deadlines import VIETNAM, classify_result, due_time
from dossiers.calendar.store import load_working_calendar
from dossiers.models import Channel, Dossier, DossierCodeCounter, DossierEvent, Rating, Stage, Status
from dossiers.models.dossier import SECRET_ALPHABET, SECRET_LENGTH
from portal.text import fold
from procedures.models import Department, ProcedurePage
from procedures.models.pages import DurationUnit
from procedures.online_forms.applicant import PRIVACY_NOTICE_VERSION
from procedures.online_forms.identity import ApplicantKind, IdType
from procedures.online_forms.validators import PROVINCE_CODES

FAMILY_NAMES = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý",
]  # fmt: skip
MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thu", "Hoài", "Xuân", "Gia"]
GIVEN_NAMES = [
    "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
    "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Vy", "Yến",
    "Thắng",
]  # fmt: skip
STREETS = [
    "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Phan Chu Trinh", "Quang Trung",
    "Hùng Vương", "Nguyễn Trãi", "Điện Biên Phủ", "Bà Triệu", "Lạc Long Quân",
]  # fmt: skip
WARDS = [
    "phường Trung tâm", "phường Bắc Sơn", "phường Nam Hà", "phường Đông Hòa", "xã Tân Phú", "xã Phú Lộc",
    "xã Hòa Bình", "thị trấn Quảng Hà",
]  # fmt: skip
PROVINCES = sorted(PROVINCE_CODES)  # an ID number starts with its province: the look-up refuses any other
PROCESSING_STAGES = [Stage.ASSIGNED, Stage.ASSIGNED, Stage.MEMO_SUBMITTED, Stage.AT_LEADERSHIP, Stage.SIGNED]
CHANNELS = [Channel.ONLINE] * 6 + [Channel.COUNTER] * 3 + [Channel.POST]
SLOTS_PER_DAY = 32  # 8 office hours: 7:30–11:30 and 13:00–17:00
MORNING_SLOTS = 16
SCORES = (Rating.Score.VERY_SATISFIED, Rating.Score.SATISFIED, Rating.Score.NOT_SATISFIED)
SCORE_WEIGHTS = (55, 35, 10)
BATCH = 5000


@dataclass(frozen=True)
class Procedure:
    pk: int
    agency_id: int
    agency_code: str
    days: int
    calendar_days: bool
    departments: tuple[int, ...]


def catalogue() -> list[Procedure]:
    """The live procedures with what seeding needs; empty when ``seed_demo`` (or an editor) has not run."""
    departments = {}
    for pk, agency_id in Department.objects.values_list("pk", "agency_id"):
        departments.setdefault(agency_id, []).append(pk)
    pages = ProcedurePage.objects.live().select_related("agency").order_by("path")
    return [
        Procedure(
            page.pk,
            page.agency_id,
            page.agency.code,
            page.processing_time,
            page.processing_time_unit == DurationUnit.CALENDAR_DAYS,
            tuple(departments.get(page.agency_id, ())),
        )
        for page in pages
    ]


def id_number(province: str, serial: int, born: date) -> str:
    """A CCCD that passes the forms' checks: the province, the century and sex digit, the birth year's last two,
    then six digits of ``serial`` (whose parity is the sex)."""
    century_and_sex = 2 * (born.year // 100 - 19) + serial % 2
    return f"{province}{century_and_sex}{born.year % 100:02d}{serial % 10**6:06d}"


def applicants() -> list[tuple[str, str]]:
    """Every ``(name, folded name)`` the lists make, folded once here rather than per dossier."""
    names = [
        f"{family} {middle} {given}" for family in FAMILY_NAMES for middle in MIDDLE_NAMES for given in GIVEN_NAMES
    ]
    return [(name, fold(name)) for name in names]


class Generator:
    """Builds the rows of one dossier at a time (dossier, events, history, rating) from a seeded RNG."""

    def __init__(self, procedures: list[Procedure], years: int, seed: int, now: datetime):
        self.rng = random.Random(seed)
        self.procedures = procedures
        # A few procedures take most dossiers, as in a real office (civil status more than investment licences).
        self.weights = [1 / (rank + 1) ** 0.8 for rank in range(len(procedures))]
        self.rng.shuffle(self.weights)
        self.cumulative = list(accumulate(self.weights))
        self.calendar = load_working_calendar()
        self.now = now
        # Submissions end yesterday, so every submission and counter receipt is in the past.
        last = timezone.localdate(now, VIETNAM) - timedelta(days=1)
        first = last - timedelta(days=365 * years)
        days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
        self.days = days
        self.working_days = [day for day in days if self.calendar.is_working_day(day)]
        self.names = applicants()
        self.due_cache: dict = {}
        self.counters: dict[tuple[int, date], int] = {}
        self.touched: set[tuple[int, date]] = set()

    # -- times -------------------------------------------------------------------------------------------------

    @staticmethod
    def slot_time(day: date, slot: int) -> datetime:
        minutes = 7 * 60 + 30 + slot * 15 + (90 if slot >= MORNING_SLOTS else 0)
        return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=VIETNAM)

    def due(self, procedure: Procedure, day: date, slot: int) -> datetime:
        key = (day, slot, procedure.days, procedure.calendar_days)
        due = self.due_cache.get(key)
        if due is None:
            due = due_time(
                self.calendar, self.slot_time(day, slot), procedure.days, calendar_days=procedure.calendar_days
            )
            self.due_cache[key] = due
        return due

    def working_day_after(self, day: date, skip: int) -> date | None:
        index = bisect.bisect_right(self.working_days, day) + skip
        return self.working_days[index] if index < len(self.working_days) else None

    # -- one dossier -------------------------------------------------------------------------------------------

    def code(self, procedure: Procedure, submitted_at: datetime) -> str:
        day = submitted_at.astimezone(VIETNAM).date()
        key = (procedure.agency_id, day)
        sequence = self.counters[key] = self.counters.get(key, 0) + 1
        self.touched.add(key)
        return f"{procedure.agency_code}-{day:%y%m%d}-{sequence:04d}"

    def dossier(self, pk: int, day: date) -> tuple[dict, list[dict], list[dict], dict | None]:
        """One dossier submitted on ``day`` (moved to the next working day when handed in at a counter)."""
        rng = self.rng
        procedure = rng.choices(self.procedures, cum_weights=self.cumulative)[0]
        channel = rng.choice(CHANNELS)
        slot = rng.randrange(SLOTS_PER_DAY)
        if channel == Channel.ONLINE:
            submitted_at = datetime(
                day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(60), tzinfo=VIETNAM
            )
            received_day = self.working_day_after(day, rng.choice((0, 0, 1)))
            received_at = self.slot_time(received_day, slot) if received_day else None
        else:
            received_day = day if self.calendar.is_working_day(day) else self.working_day_after(day, 0)
            if received_day is None:  # a counter closed until after the seeded span
                received_day = self.working_days[-1]
            submitted_at = received_at = self.slot_time(received_day, slot)
        name, folded = rng.choice(self.names)
        # Drawn in the order they always were, so a seed gives the same demo as before.
        secret = "".join(rng.choices(SECRET_ALPHABET, k=SECRET_LENGTH))
        province, serial = rng.choice(PROVINCES), rng.randrange(10**9)
        born = date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
        row = {
            "id": pk,
            "code": self.code(procedure, submitted_at),
            "lookup_secret": secret,
            "procedure_id": procedure.pk,
            "agency_id": procedure.agency_id,
            "channel": channel,
            "status": Status.REGISTERED,
            "stage": Stage.NONE,
            "applicant_name": name,
            "applicant_name_folded": folded,
            "applicant_kind": ApplicantKind.PERSON,
            "applicant_id_type": IdType.CCCD,
            "applicant_id_number": id_number(province, serial, born),
            "applicant_id_country": "",
            "applicant_date_of_birth": born,
            "applicant_address": f"{rng.randrange(1, 300)} {rng.choice(STREETS)}, {rng.choice(WARDS)}",
            "applicant_phone": f"09{rng.randrange(10**8):08d}",
            "applicant_email": self.email(folded) if rng.random() < 0.4 else "",
            # COPY writes only the columns a row holds, so every column without a database default is here.
            **dict.fromkeys(["representative_name", "representative_position", "representative_id_type"], ""),
            **dict.fromkeys(["representative_id_number", "representative_id_country"], ""),
            "privacy_notice_version": PRIVACY_NOTICE_VERSION,
            "privacy_acknowledged_at": submitted_at,
            "form_data": {},
            "form_schema": [],
            "assigned_department_id": None,
            "assigned_to_id": None,
            "submitted_at": submitted_at,
            "review_due_at": None,
            "received_at": None,
            "due_at": None,
            "returned_at": None,
            "result_class": "",
            "version": 1,
            "updated_at": submitted_at,
        }
        first_action = "submit" if channel == Channel.ONLINE else "intake"
        events = [event(pk, first_action, None, Status.REGISTERED, submitted_at)]
        history = [history_row(row, "+", submitted_at, first_action)]
        if channel == Channel.ONLINE and (received_at is None or received_at > self.now or rng.random() < 0.03):
            if received_at is not None and received_at <= self.now:  # refused at review
                self.move(row, events, "refuse", Status.REFUSED, received_at)
                history.append(history_row(row, "~", received_at, "refuse"))
            return row, events, history, None
        row.update(received_at=received_at, due_at=self.due(procedure, received_day, slot), status=Status.RECEIVED)
        if channel == Channel.ONLINE:
            self.move(row, events, "receive", Status.RECEIVED, received_at)
            history.append(history_row(row, "~", received_at, "receive"))
        else:
            events[0]["to_status"] = Status.RECEIVED
            history[0].update(status=Status.RECEIVED, received_at=received_at, due_at=row["due_at"])
        rating = self.progress(row, events, procedure)
        if row["status"] != Status.RECEIVED:
            history.append(history_row(row, "~", row["updated_at"], events[-1]["action"]))
        return row, events, history, rating

    def email(self, folded_name: str) -> str:
        return f"{folded_name.replace(' ', '.')}{self.rng.randrange(100)}@example.vn"

    def move(self, row: dict, events: list[dict], action: str, status: int, at: datetime, department=None):
        events.append(event(row["id"], action, row["status"], status, at, department))
        row.update(status=status, updated_at=at, version=row["version"] + 1)

    def progress(self, row: dict, events: list[dict], procedure: Procedure) -> dict | None:
        """From receipt on: assignment, then a result returned, a withdrawal or a stop, or still open now."""
        rng, received_at, due_at, now = self.rng, row["received_at"], row["due_at"], self.now
        assigned_at = received_at + timedelta(hours=rng.uniform(1, 6))
        if assigned_at > now:
            return None
        department = rng.choice(procedure.departments) if procedure.departments else None
        row["assigned_department_id"] = department
        self.move(row, events, "assign", Status.PROCESSING, assigned_at, department=department)
        row["stage"] = Stage.ASSIGNED
        fate = rng.random()
        if fate < 0.03:
            left_at = received_at + (due_at - received_at) * rng.uniform(0.1, 0.9)
            if left_at <= now:
                action, status = ("withdraw", Status.WITHDRAWN) if fate < 0.02 else ("stop", Status.STOPPED)
                self.move(row, events, action, status, left_at)
                row["stage"] = Stage.NONE
                return None
        returned_at = self.planned_return(received_at, due_at)
        if returned_at > now:
            self.open_state(row, events, returned_at)
            return None
        ready_at = max(assigned_at, returned_at - timedelta(hours=rng.uniform(1, 20)))
        self.move(row, events, "hand_to_counter", Status.AWAITING_RETURN, ready_at)
        self.move(row, events, "return_result", Status.RETURNED, returned_at)
        row.update(stage=Stage.NONE, returned_at=returned_at, result_class=classify_result(due_at, returned_at))
        if rng.random() >= 0.25:
            return None
        score = rng.choices(SCORES, SCORE_WEIGHTS)[0]
        rated_at = min(now, returned_at + timedelta(hours=rng.uniform(1, 72)))
        return {"dossier_id": row["id"], "score": score, "comment": "", "created_at": rated_at}

    def planned_return(self, received_at: datetime, due_at: datetime) -> datetime:
        """About 62 % early, 25 % on the due date and 13 % late, as the result classes of a fairly good office."""
        rng = self.rng
        draw = rng.random()
        if draw < 0.62:
            return received_at + (due_at - received_at) * rng.uniform(0.3, 0.9)
        if draw < 0.87:
            return max(received_at, due_at - timedelta(minutes=rng.randrange(0, 180)))
        return due_at + timedelta(hours=rng.uniform(20, 240))

    def open_state(self, row: dict, events: list[dict], returned_at: datetime) -> None:
        """Where a dossier whose result is not out yet stands now."""
        rng, now = self.rng, self.now
        if returned_at - now < timedelta(hours=20):
            ready_at = max(events[-1]["created_at"], now - timedelta(hours=rng.uniform(0, 4)))
            self.move(row, events, "hand_to_counter", Status.AWAITING_RETURN, ready_at)
            row["stage"] = Stage.NONE
            return
        draw = rng.random()
        at = max(events[-1]["created_at"], now - timedelta(hours=rng.uniform(1, 48)))
        if draw < 0.08:
            self.move(row, events, "request_supplement", Status.SUPPLEMENT_REQUESTED, at)
        elif draw < 0.12:
            self.move(row, events, "request_fee", Status.FEE_REQUESTED, at)
        else:
            row["stage"] = rng.choice(PROCESSING_STAGES)


def event(dossier_id, action, from_status, to_status, at, department_id=None) -> dict:
    return {
        "dossier_id": dossier_id,
        "action": action,
        "from_status": from_status,
        "to_status": to_status,
        "created_at": at,
        "actor_id": None,
        "assignee_id": None,
        "department_id": department_id,
        "note": "",
        "public_note": "",
        "step_due_at": None,
        "step_result": "",
    }


HISTORY_SKIPPED = {"updated_at", "applicant_name_folded"}


def history_row(row: dict, kind: str, at: datetime, reason: str) -> dict:
    fields = row.copy()
    for key in HISTORY_SKIPPED:
        del fields[key]
    fields.update(history_date=at, history_change_reason=reason, history_type=kind, history_user_id=None)
    return fields


# -- writing ---------------------------------------------------------------------------------------------------


def relax_durability() -> None:
    """Seeded data can be seeded again: on PostgreSQL a batch's commit does not wait for its WAL flush."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def reserve_ids(count: int) -> list[int]:
    """Primary keys for a batch, taken from the sequence on PostgreSQL so nothing else can take them meanwhile."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [Dossier._meta.db_table, count],
            )
            return [pk for (pk,) in cursor.fetchall()]
    first = (Dossier.objects.aggregate(last=Max("pk"))["last"] or 0) + 1
    return list(range(first, first + count))


def copy_text(rows: list[dict]) -> str:
    """Rows in PostgreSQL's COPY text format. Generated values never hold tabs, newlines or backslashes, and
    ``str()`` already gives what COPY reads: ISO dates and times, ``{}``/``[]`` for the JSON columns."""
    return "".join("\t".join("\\N" if value is None else str(value) for value in row.values()) + "\n" for row in rows)


def write(model, rows: list[dict]) -> None:
    """``COPY`` on PostgreSQL (the columns the rows hold), ``bulk_create`` elsewhere."""
    if not rows:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create([model(**row) for row in rows], batch_size=500)
        return
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({', '.join(rows[0])}) FROM STDIN") as copy:
        copy.write(copy_text(rows))


def raise_counters(counters: dict[tuple[int, date], int]) -> None:
    """The touched agency-day counters end at the last sequence used (they started from the stored values)."""
    DossierCodeCounter.objects.bulk_create(
        [DossierCodeCounter(agency_id=agency, day=day, last=last) for (agency, day), last in counters.items()],
        update_conflicts=True,
        unique_fields=["agency", "day"],
        update_fields=["last"],
    )


def start_counters(generator: Generator) -> None:
    """Sequences continue after what the agencies already issued on those days."""
    first = generator.days[0]
    for agency, day, last in DossierCodeCounter.objects.filter(day__gte=first).values_list("agency_id", "day", "last"):
        generator.counters[(agency, day)] = last


@dataclass
class Batch:
    """The rows of one batch, written in one transaction with the counters it advanced."""

    dossiers: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)
    ratings: list[dict] = field(default_factory=list)
    counters: dict[tuple[int, date], int] = field(default_factory=dict)

    def write(self) -> "Batch":
        with transaction.atomic():
            relax_durability()
            write(Dossier, self.dossiers)
            write(DossierEvent, self.events)
            write(Dossier.history.model, self.history)
            write(Rating, self.ratings)
            raise_counters(self.counters)
        return self


@dataclass
class Seeded:
    dossiers: int = 0
    events: int = 0
    history: int = 0
    ratings: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.dossiers / self.seconds if self.seconds else 0.0

    def add(self, batch: Batch, started: float) -> None:
        self.dossiers += len(batch.dossiers)
        self.events += len(batch.events)
        self.history += len(batch.history)
        self.ratings += len(batch.ratings)
        self.seconds = time.perf_counter() - started


def _done(batch: Batch) -> Future:
    future = Future()
    future.set_result(batch)
    return future


def batches(generator: Generator, count: int, size: int) -> Iterator[Batch]:
    """Submission days come in order, as a real table fills, so a batch advances few agency-day counters."""
    days = generator.days
    submission_days = iter(sorted(generator.rng.randrange(len(days)) for _ in range(count)))
    for first in range(0, count, size):
        batch = Batch()
        for pk in reserve_ids(min(size, count - first)):
            row, events, history, rating = generator.dossier(pk, days[next(submission_days)])
            batch.dossiers.append(row)
            batch.events += events
            batch.history += history
            if rating:
                batch.ratings.append(rating)
        batch.counters = {key: generator.counters[key] for key in generator.touched}
        generator.touched.clear()
        yield batch


def seed_dossiers(
    count: int, *, years: int = 2, seed: int = 42, batch: int = BATCH, progress: Callable[[Seeded], None] | None = None
) -> Seeded:
    """Create ``count`` dossiers with their events, history and ratings; ``progress`` is called after each batch.

    Outside a transaction on PostgreSQL, a second connection writes each batch while the next one is generated
    (the database works while Python does); inside one, a second connection could not see the catalogue, so
    batches are written in turn. The garbage collector is paused: the rows are many objects and no cycles.
    """
    procedures = catalogue()
    if not procedures:
        raise LookupError("no live procedure: run `manage.py seed_demo` first")
    generator = Generator(procedures, years, seed, timezone.now())
    start_counters(generator)
    overlap = connection.vendor == "postgresql" and not connection.in_atomic_block
    seeded = Seeded()
    started = time.perf_counter()

    def written(pending: Future) -> None:
        seeded.add(pending.result(), started)
        if progress:
            progress(seeded)

    gc.disable()
    try:
        with ThreadPoolExecutor(max_workers=1) as writer:
            pending = None
            for rows in batches(generator, count, batch):
                if pending is not None:
                    written(pending)
                pending = writer.submit(rows.write) if overlap else _done(rows.write())
            written(pending)
            writer.submit(connections.close_all).result()  # the writer thread's own connection
    finally:
        gc.enable()
    return seeded
