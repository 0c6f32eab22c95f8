"""Staff read the admin in Vietnamese on every page they can reach: each demo account walks its dashboard, every link
of its main menu and sub-menus (read from the rendered menu), the dossier list (all, an empty search, a filter), each
dossier's inspect, history and edit pages and every step form the inspect page offers, its account page and a 404,
and no English interface text may remain in what the page shows (text, titles, labels, placeholders, tooltips, the
menu's labels). English is recognised by words that never occur in Vietnamese interface text."""

import json
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from dossiers.demo.accounts import DEMO_ACCOUNTS, ensure_demo_accounts
from dossiers.factories import DossierFactory
from dossiers.models import Stage, Status
from procedures.models import ProcedurePage

pytestmark = pytest.mark.django_db

# Whole words (any case) that mean the text is English: none is a Vietnamese word or part of one.
ENGLISH_WORDS = [
    "the", "and", "of", "to", "for", "with", "by", "from", "your", "you", "this", "is", "are", "not", "has", "have",
    "ago", "just now", "there are no", "no results", "page", "pages", "edit", "edited", "delete", "save", "search",
    "filter", "filters", "sort", "settings", "help", "account", "dashboard", "next", "previous", "cancel", "add",
    "choose", "select", "actions", "more", "close", "loading", "status", "title", "submit", "history", "inspect",
    "draft", "publish", "live", "preview", "upload", "download", "export", "minutes", "hours", "days", "weeks",
    "error", "name", "password", "username", "yes", "back", "home", "toggle", "show", "hide", "clear", "apply",
    "sidebar", "breadcrumb", "skip", "main", "content", "reports", "users", "groups", "images", "documents",
    "snippets", "sign", "log", "unsaved", "changes", "created", "updated", "none", "all", "any",
]  # fmt: skip
ENGLISH = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in ENGLISH_WORDS) + r")(?!\w)", re.IGNORECASE)
# Proper names and data that are not interface text: the CMS's brand in its own name.
ALLOWED = ["Wagtail"]
# File names, slugs, addresses: data, whatever words they spell ("to-khai-dang-ky-khai-sinh.docx").
FILE_LIKE = re.compile(r"\S*\w[-_./@]\w\S*")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}
# Not shown: scripts and styles, and what is ``hidden`` until a script fills it (Wagtail's counters say "None").
SKIPPED_ELEMENTS = {"script", "style"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """The text a person sees or hears on a page: element text, a few attributes, the sidebar menu's labels (the
    menu is drawn by JavaScript from JSON in the page). Also collects the menu's links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.menu_urls = [], []
        self.skipping, self.depth = None, 0  # an element whose content nobody sees, and how deep inside it
        self.in_sidebar = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.skipping is None:
            self.texts += [value for name, value in attrs.items() if name in ATTRIBUTES and value]
            if tag in SKIPPED_ELEMENTS or ("hidden" in attrs and tag not in VOID_ELEMENTS):
                self.skipping, self.depth = tag, 0
                self.in_sidebar = attrs.get("id") == "wagtail-sidebar-props"
        if tag == self.skipping:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == self.skipping:
            self.depth -= 1
            if self.depth == 0:
                self.skipping, self.in_sidebar = None, False

    def handle_data(self, data):
        if self.in_sidebar:
            self.read_menu(json.loads(data))
        elif self.skipping is None:
            self.texts.append(data)

    def read_menu(self, node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "label" and isinstance(value, str):
                    self.texts.append(value)
                elif key == "url" and isinstance(value, str) and value.startswith("/admin/"):
                    self.menu_urls.append(value)
                else:
                    self.read_menu(value)
        elif isinstance(node, list):
            for item in node:
                self.read_menu(item)


def read(html):
    parser = VisibleText()
    parser.feed(html)
    return parser


def english_in(texts):
    """Each piece of text holding an English word, shortened around the word."""
    found = []
    for text in texts:
        text = unicodedata.normalize("NFC", " ".join(text.split()))
        for allowed in ALLOWED:
            text = text.replace(allowed, "")
        text = PLACEHOLDER.sub("", FILE_LIKE.sub("", text))
        for match in ENGLISH.finditer(text):
            found.append(f"{match.group(0)!r} in {text[max(0, match.start() - 40) : match.end() + 40]!r}")
    return found


@pytest.fixture
def staff_dossiers(demo_content):
    """A dossier in each state where some role has a step to take, in the specialist's department."""
    specialist = get_user_model().objects.get(username="chuyenvien1")
    department = specialist.staff_profile.department
    procedure = ProcedurePage.objects.live().filter(agency=department.agency).first()
    now = timezone.now()
    processing = {"status": Status.PROCESSING, "assigned_department": department, "assigned_to": specialist}
    states = [
        {"status": Status.REGISTERED},
        {"status": Status.RECEIVED},
        {**processing, "stage": Stage.ASSIGNED},
        {**processing, "stage": Stage.MEMO_SUBMITTED},
        {**processing, "stage": Stage.AT_LEADERSHIP},
        {"status": Status.AWAITING_RETURN, "assigned_department": department},
    ]
    return [
        DossierFactory(
            procedure=procedure,
            received_at=None if state["status"] == Status.REGISTERED else now,
            due_at=None if state["status"] == Status.REGISTERED else now + timedelta(days=5),
            **state,
        )
        for state in states
    ]


def admin_pages(client, dossiers):
    """(URL, response) of every page this user reaches, in the order a person would open them."""
    seen = set()

    def visit(url):
        if url in seen:
            return None
        seen.add(url)
        response = client.get(url)
        return url, response

    dashboard = visit(reverse("wagtailadmin_home"))
    yield dashboard
    for url in read(dashboard[1].content.decode()).menu_urls:
        if (page := visit(url)) is not None:
            yield page
    index = reverse("dossier_admin:index")
    for query in ("?all=1", "?all=1&q=khongcohosonaokhop", f"?all=1&status={Status.PROCESSING}"):
        yield visit(index + query)
    for dossier in dossiers:
        inspect = visit(reverse("dossier_admin:inspect", args=[dossier.pk]))
        yield inspect
        if inspect[1].status_code != 200:
            continue
        yield visit(reverse("dossier_admin:history", args=[dossier.pk]))
        yield visit(reverse("dossier_admin:edit", args=[dossier.pk]))
        step_prefix = reverse("dossier_admin:step", args=[dossier.pk, "x"]).removesuffix("x/")
        steps = re.findall(rf'href="({re.escape(step_prefix)}[a-z_-]+/)"', inspect[1].content.decode())
        for url in steps:
            if (page := visit(url)) is not None:
                yield page
    yield visit(reverse("wagtailadmin_account"))
    yield visit("/admin/khong-co-trang-nay/")


@pytest.mark.parametrize(
    "username", [account.username for account in DEMO_ACCOUNTS if account.username != "chuyenvien2"]
)
def test_every_admin_page_a_role_reaches_is_in_vietnamese(client, staff_dossiers, username):
    client.force_login(get_user_model().objects.get(username=username))
    problems, pages = [], 0
    for url, response in filter(None, admin_pages(client, staff_dossiers)):
        if "text/html" not in response.get("Content-Type", ""):
            continue
        pages += 1
        assert response.status_code < 500, url
        problems += [
            f"{url} ({response.status_code}): {found}" for found in english_in(read(response.content.decode()).texts)
        ]
    assert pages >= 5, f"{username} reached only {pages} pages"
    assert not problems, f"English on {username}'s pages:\n" + "\n".join(problems)


def test_the_admin_javascript_catalogue_is_vietnamese(client):
    """The messages Wagtail's scripts draw (the page explorer, the editor's autosave, the block editor)."""
    with translation.override("vi"):
        response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", response.content.decode(), re.S).group(1))
    assert catalogue["Loading…"] == "Đang tải…"
    assert catalogue["Page explorer"] == "Cây trang"
    assert catalogue["Write something or type ‘/’ to insert a block"] == "Nhập nội dung hoặc gõ ‘/’ để chèn khối"
    assert catalogue["%(num)s error"] == ["%(num)s lỗi"]
    assert not english_in(value for value in catalogue.values() if isinstance(value, str))


@pytest.fixture
def counter_clerk(departments):
    ensure_demo_accounts(departments[0].agency)
    return get_user_model().objects.get(username="motcua")


def test_the_list_shows_times_as_offices_write_them(client, counter_clerk, procedure):
    """Not Wagtail's "16 minutes ago": the date and time, in the office's time zone."""
    submitted = datetime(2026, 3, 15, 1, 5, tzinfo=UTC)  # 08:05 in Hà Nội
    DossierFactory(procedure=procedure, submitted_at=submitted)
    client.force_login(counter_clerk)
    texts = read(client.get(reverse("dossier_admin:index") + "?all=1").content.decode()).texts
    assert "15/03/2026 08:05" in [text.strip() for text in texts]
    assert not [text for text in texts if re.search(r"\d+ \w+ trước|vừa xong", text)]


def test_the_applicants_date_of_birth_is_typed_as_dd_mm_yyyy(client, counter_clerk, procedure):
    dossier = DossierFactory(
        procedure=procedure,
        status=Status.RECEIVED,
        received_at=timezone.now(),
        applicant_date_of_birth=date(1965, 9, 28),
    )
    client.force_login(counter_clerk)
    edit = reverse("dossier_admin:edit", args=[dossier.pk])
    assert 'value="28/09/1965"' in client.get(edit).content.decode()
    response = client.post(
        edit,
        {
            "applicant_kind": "person",
            "applicant_name": dossier.applicant_name,
            "applicant_id_type": "cccd",
            "applicant_id_number": "001082004567",  # born in 1982: 4th digit 0 (a man, 1900s), then "82"
            "applicant_date_of_birth": "15/03/1982",
            "applicant_address": dossier.applicant_address,
            "applicant_phone": dossier.applicant_phone,
            "applicant_email": dossier.applicant_email,
            "expected_version": dossier.version,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    dossier.refresh_from_db()
    assert dossier.applicant_date_of_birth == date(1982, 3, 15)
