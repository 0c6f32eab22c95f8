"""Every staff URL the project registers in the admin, opened by every demo account, an administrator who is not a
superuser, and an anonymous visitor (sent to the login page everywhere).

The expected answers come from the project's rules, written out in ``EXPECTED``, not from the code under test: the
counter, the Chief and deputies and leadership handle every dossier; a specialist handles those assigned to them or
to their department; nobody else handles any, and a dossier one does not handle is a 404 wherever it appears (lists,
exports, pages, files, slips, the log book, Wagtail's site history). Only the counter edits applicants' data and
takes dossiers at the counter; reports are for the Chief, deputies, leadership and administrators; only
administrators back up and keep the calendar, agencies, settings and accounts, and only a superuser deletes accounts
or touches a superuser's. The steps a role may take on a dossier are the workflow's (``allowed_actions``).

The URLs come from the URL resolver: a new admin URL of the project that no probe covers fails
``test_every_staff_url_is_in_the_matrix``."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Site
from wagtail.snippets.models import get_snippet_models

from backups.models import Backup
from dossiers.accounts import roles
from dossiers.demo.accounts import ensure_demo_accounts
from dossiers.factories import StaffUserFactory
from dossiers.models import DayOff, DossierEvent, InternalProcess, MakeUpWorkingDay, OfficePeriod, SupplementRequest
from dossiers.slips.context import DOSSIER_SLIPS
from dossiers.workflow.engine import allowed_actions
from dossiers.workflow.table import STEPS
from procedures.models import Agency
from signing.models import SigningCredential
from tests.staff_helpers import attach, exported_codes

pytestmark = pytest.mark.django_db

PROJECT_PACKAGES = {"portal", "cms", "procedures", "signing", "dossiers", "search", "reports", "backups"}
EVERY = frozenset({"mine", "department", "other", "unassigned"})
NONE = frozenset()
OK, LOGIN, DENIED, NOT_FOUND = "200", "login page", "denied", "404"


@dataclass(frozen=True)
class Rights:
    sees: frozenset  # which of the ``dossiers`` fixture's dossiers
    lists: bool = False  # the dossier list and its exports
    edits: bool = False  # applicants' data, counter intake
    reports: bool = False  # Biểu 06 and satisfaction
    administers: bool = False  # backups, working calendar, agencies, portal settings, accounts


EXPECTED = {
    "bientap": Rights(NONE),
    "motcua": Rights(EVERY, lists=True, edits=True),
    "chanhvp": Rights(EVERY, lists=True, reports=True),
    "phochanhvp": Rights(EVERY, lists=True, reports=True),
    "chuyenvien1": Rights(frozenset({"mine", "department"}), lists=True),
    "chuyenvien2": Rights(frozenset({"other"}), lists=True),
    "lanhdao": Rights(EVERY, lists=True, reports=True),
    # The demo administrator is a superuser, and a superuser sees everything (dossiers.access).
    "quantri": Rights(EVERY, lists=True, edits=True, reports=True, administers=True),
    # An administrator by group only handles no dossier.
    "quantri-nhom": Rights(NONE, reports=True, administers=True),
}
# One workflow step per state of the fixture's dossiers: the specialist's memo, the Chief's assignment.
STEP = {"mine": "submit_memo", "department": "submit_memo", "other": "submit_memo", "unassigned": "assign"}
SLIP_DOSSIERS = ("mine", "other")
ADMINISTRATION_SNIPPETS = (Agency, OfficePeriod, DayOff, MakeUpWorkingDay, InternalProcess)
KEPT_RECORDS = {InternalProcess}
# A procedure page's editor picks its agency with the snippet chooser, so every staff member may open it (and the
# calendar's): what it lists is public on the site. Creating through it stays with administrators.
OPEN_CHOOSER_VIEWS = {"choose", "choose_results", "chosen", "chosen_multiple"}


@dataclass(frozen=True)
class Probe:
    name: str  # the URL's name, for the coverage check
    url: str
    expected: str  # for a signed-in account
    method: str = "get"
    shows: frozenset | None = None  # lists, exports, the log book: exactly these dossier codes


def when(right, success=OK):
    return success if right else DENIED


def admin_url_patterns():
    """(name with namespaces, view) of every named URL under the admin."""

    def walk(patterns, namespaces):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = [*namespaces, pattern.namespace] if pattern.namespace else namespaces
                yield from walk(pattern.url_patterns, inner)
            elif pattern.name:
                yield ":".join([*namespaces, pattern.name]), getattr(pattern.callback, "view_class", pattern.callback)

    [admin] = [pattern for pattern in get_resolver().url_patterns if str(getattr(pattern, "pattern", "")) == "admin/"]
    return list(walk(admin.url_patterns, []))


def namespace(name):
    return name.rpartition(":")[0]


def project_admin_url_names():
    """The project's admin URLs: its own views, and every URL of a viewset it customises (one of whose views is
    its code) or registers for one of its models as a snippet (Wagtail's views, known by the viewset's namespace)."""
    patterns = admin_url_patterns()
    ours = {name for name, view in patterns if view.__module__.split(".")[0] in PROJECT_PACKAGES}
    namespaces = {namespace(name) for name in ours} - {""}
    for model in get_snippet_models():
        if model._meta.app_label in PROJECT_PACKAGES:
            namespaces |= {model.snippet_viewset.url_namespace, model.snippet_viewset.chooser_viewset.url_namespace}
    return ours | {name for name, _view in patterns if namespace(name) in namespaces}


@pytest.fixture
def accounts(departments):
    """The demo accounts (the specialists in the two ``departments``) and an administrator by group only."""
    ensure_demo_accounts(departments[0].agency)
    users = {user.username: user for user in get_user_model().objects.filter(username__in=EXPECTED)}
    users["quantri-nhom"] = StaffUserFactory(username="quantri-nhom", role=roles.ADMINISTRATOR)
    return users


@pytest.fixture
def specialist(accounts):
    """The ``dossiers`` fixture assigns its "mine" dossier to this specialist."""
    return accounts["chuyenvien1"]


@pytest.fixture
def world(accounts, dossiers, settings, tmp_path):
    """What the staff URLs point at: the dossiers, received today, each with an attachment, two with grounds for
    every printed slip; a finished backup; a row of each administration snippet; a second superuser's account."""
    by_key = {key: getattr(dossiers, key) for key in EVERY}
    for dossier in by_key.values():
        dossier.received_at = timezone.now()
        dossier.save(update_fields=["received_at"])
        log(instance=dossier, action="dossiers.view", user=accounts["motcua"])
    for key in SLIP_DOSSIERS:
        dossier = by_key[key]
        SupplementRequest.objects.create(dossier=dossier, items="Bản sao hộ chiếu", reason="Thiếu")
        for action in ("refuse", "extend", "stop"):
            DossierEvent.objects.create(dossier=dossier, action=action, to_status=dossier.status)
    settings.BACKUP_ROOT = tmp_path
    (tmp_path / "sao-luu.tar.gz").write_bytes(b"archive")
    MakeUpWorkingDay.objects.get_or_create(date=date(2026, 10, 10), defaults={"note": "Làm bù"})
    InternalProcess.objects.create(procedure=dossiers.mine.procedure, version=1, effective_from=timezone.now())
    return {
        "dossiers": by_key,
        "attachments": {key: attach(dossier, "scan.pdf") for key, dossier in by_key.items()},
        "backup": Backup.objects.create(state=Backup.State.DONE, file_name="sao-luu.tar.gz"),
        "snippets": {model: model.objects.first() for model in ADMINISTRATION_SNIPPETS},
        "procedure": dossiers.mine.procedure,
        "plain_account": accounts["bientap"],
        "superuser_account": StaffUserFactory(username="sieuquantri", is_superuser=True),
        "credential": SigningCredential.objects.create(
            agency=dossiers.mine.procedure.agency, certificate_pem=self_signed_certificate_pem()
        ),
    }


def self_signed_certificate_pem():
    """A certificate to register (nothing signs with it here): an elliptic-curve key, quick to make."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Con dấu thử")])
    now = timezone.now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM).decode()


def probes(world, user, rights):
    yield from dossier_probes(world, user, rights)
    yield from office_probes(world, rights)
    for model, instance in world["snippets"].items():
        yield from snippet_probes(model, instance, rights, user)
    yield from account_probes(world, user, rights)


def dossier_probes(world, user, rights):
    visible = frozenset(world["dossiers"][key].code for key in rights.sees)
    index = reverse("dossier_admin:index")
    yield Probe("dossier_admin:index", f"{index}?all=1", when(rights.lists), shows=visible)
    yield Probe("dossier_admin:index_results", reverse("dossier_admin:index_results") + "?all=1", when(rights.lists))
    for export_format in ("csv", "xlsx"):
        yield Probe("dossier_admin:index", f"{index}?all=1&export={export_format}", when(rights.lists), shows=visible)

    for key, dossier in world["dossiers"].items():
        seen = key in rights.sees
        for view in ("inspect", "history", "history_results"):
            url = reverse(f"dossier_admin:{view}", args=[dossier.pk])
            yield Probe(f"dossier_admin:{view}", url, OK if seen else NOT_FOUND)
        edit = reverse("dossier_admin:edit", args=[dossier.pk])
        yield Probe("dossier_admin:edit", edit, when(rights.edits) if seen else NOT_FOUND)
        download = reverse("dossier_admin:attachment", args=[world["attachments"][key].pk])
        yield Probe("dossier_admin:attachment", download, OK if seen else NOT_FOUND)
        # Only an online dossier has a filled declaration (a counter one's is the paper brought in).
        declaration = reverse("dossier_admin:declaration", args=[dossier.pk])
        yield Probe("dossier_admin:declaration", declaration, OK if seen and dossier.channel == "online" else NOT_FOUND)
        step = STEPS[STEP[key]]
        offered = (
            OK if step in allowed_actions(dossier, user) else f"→ {reverse('dossier_admin:inspect', args=[dossier.pk])}"
        )
        yield Probe(
            "dossier_admin:step",
            reverse("dossier_admin:step", args=[dossier.pk, step.name]),
            offered if seen else NOT_FOUND,
        )
    for key in SLIP_DOSSIERS:
        for kind in DOSSIER_SLIPS:
            url = reverse("dossier_admin:slip", args=[world["dossiers"][key].pk, kind])
            yield Probe("dossier_admin:slip", url, OK if key in rights.sees else NOT_FOUND)
    yield Probe("dossier_admin:log_book", reverse("dossier_admin:log_book"), OK, shows=visible)
    yield Probe("dossier_admin:log_book_form", reverse("dossier_admin:log_book_form"), OK)

    site_history = reverse("wagtailadmin_reports:site_history")
    yield Probe("wagtailadmin_reports:site_history", site_history, OK, shows=visible)

    yield Probe("dossier_admin:intake", reverse("dossier_admin:intake"), when(rights.edits))
    # Bulk steps from the list (nothing ticked: 400): receiving is the counter's, assigning the Chief's and deputies'.
    for action, takers in (("receive", {"motcua"}), ("assign", {"chanhvp", "phochanhvp"})):
        may = user.is_superuser or user.username in takers
        yield Probe("dossier_admin:bulk", reverse("dossier_admin:bulk", args=[action]), when(may, "400"), method="post")
    intake_form = reverse("dossier_admin:intake_form", args=[world["procedure"].pk])
    yield Probe("dossier_admin:intake_form", intake_form, when(rights.edits))


def office_probes(world, rights):
    for name in ("bieu06", "bieu06_xlsx", "bieu06_csv", "satisfaction"):
        yield Probe(f"reports_admin:{name}", reverse(f"reports_admin:{name}"), when(rights.reports))

    backup = world["backup"]
    yield Probe("backups:index", reverse("backups:index"), when(rights.administers))
    yield Probe("backups:status", reverse("backups:status", args=[backup.pk]), when(rights.administers))
    yield Probe("backups:download", reverse("backups:download", args=[backup.pk]), when(rights.administers))
    started = f"→ {reverse('backups:index')}"
    yield Probe("backups:start", reverse("backups:start"), when(rights.administers, started), method="post")

    for name, url in urls_of("signing_credentials", world["credential"].pk):
        yield Probe(name, url, when(rights.administers))

    site = Site.objects.get(is_default_site=True)
    settings_url = reverse("wagtailsettings:edit", args=["cms", "portalsettings", site.pk])
    yield Probe("wagtailsettings:edit", settings_url, when(rights.administers))


def urls_of(viewset_namespace, pk, query=""):
    """(name, URL) of every view of a viewset, those of one object for ``pk``."""
    for name, _view in admin_url_patterns():
        if namespace(name) == viewset_namespace:
            try:
                yield name, reverse(name)
            except NoReverseMatch:
                yield name, reverse(name, args=[pk])


def snippet_probes(model, instance, rights, user):
    """An internal process's version is the record of the dossiers received under it: administrators keep it, only
    a superuser deletes one (and not one with dossiers: dossiers.process.admin)."""
    viewset = model.snippet_viewset
    for name, url in urls_of(viewset.url_namespace, instance.pk):
        kept = model in KEPT_RECORDS and name.endswith(":delete")
        yield Probe(name, url, when(user.is_superuser if kept else rights.administers))
    for name, url in urls_of(viewset.chooser_viewset.url_namespace, instance.pk):
        view = name.rpartition(":")[2]
        if view == "chosen_multiple":
            url += f"?id={instance.pk}"
        yield Probe(name, url, OK if view in OPEN_CHOOSER_VIEWS else when(rights.administers))


def account_probes(world, user, rights):
    """No role holds ``auth.delete_user`` (accounts are deactivated), so only a superuser deletes one; only a
    superuser opens a superuser's account (portal.user_admin); copying one gives an account without the flag."""
    for name, url in urls_of("wagtailusers_users", world["plain_account"].pk):
        yield Probe(name, url, when(user.is_superuser if name.endswith(":delete") else rights.administers))
    boss = world["superuser_account"]
    for view in ("edit", "delete"):
        yield Probe(
            f"wagtailusers_users:{view}", reverse(f"wagtailusers_users:{view}", args=[boss.pk]), when(user.is_superuser)
        )


def outcome(response):
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return LOGIN
        return DENIED if location == reverse("wagtailadmin_home") else f"→ {location}"
    return DENIED if response.status_code == 403 else str(response.status_code)


@pytest.fixture
def log_books(monkeypatch):
    """Slips are not rendered (their content has its own tests); the log book's rows are kept for the check."""
    contexts = []

    def fake_render(template_name, context):
        contexts.append(context)
        return b"%PDF-1.4 matrix"

    monkeypatch.setattr("dossiers.slips.views.render_pdf", fake_render)
    return contexts


def shown_codes(response, probe, every_code, log_books):
    if "export=" in probe.url:
        return exported_codes(response, probe.url.rpartition("=")[2])
    if probe.name == "dossier_admin:log_book":
        return {row["dossier"].code for row in log_books[-1]["rows"]}
    return {code for code in every_code if code in response.content.decode()}


@pytest.fixture(params=["as created", "renamed"])
def group_names(request, accounts):
    """The matrix holds whatever administrators call the role groups: checks read a role's code, never a name."""
    if request.param == "renamed":
        for group in Group.objects.filter(role__isnull=False):
            group.name = f"Nhóm {group.pk} (đã đổi tên)"
            group.save(update_fields=["name"])
    return request.param


@pytest.mark.parametrize("username", [*EXPECTED, None])
def test_matrix(client, world, accounts, log_books, username, group_names):
    """One test per account (None: anonymous) and per naming of the groups; every probe is tried and every wrong
    answer listed together."""
    user = accounts.get(username, AnonymousUser())
    if user.is_authenticated:
        client.force_login(user)
    every_code = {dossier.code for dossier in world["dossiers"].values()}
    wrong = []
    for probe in probes(world, user, EXPECTED.get(username, Rights(NONE))):
        response = getattr(client, probe.method)(probe.url)
        expected = probe.expected if user.is_authenticated else LOGIN
        got = outcome(response)
        if got != expected:
            wrong.append(f"{probe.method.upper()} {probe.url}: expected {expected}, got {got}")
        elif got == OK and probe.shows is not None:
            shown = shown_codes(response, probe, every_code, log_books)
            if shown != probe.shows:
                wrong.append(f"GET {probe.url}: shows {sorted(shown)}, expected {sorted(probe.shows)}")
    assert wrong == [], f"{username or 'anonymous'}:\n" + "\n".join(wrong)


def test_every_staff_url_is_in_the_matrix(world, accounts):
    probed = {probe.name for probe in probes(world, accounts["quantri"], EXPECTED["quantri"])}
    assert project_admin_url_names() - probed == set()
