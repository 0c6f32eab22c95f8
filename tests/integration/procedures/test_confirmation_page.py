"""The confirmation lists the files submitted and opens the look-up with the dossier's code filled in, never its
look-up secret in a URL."""

import datetime
import re

import pytest
from django.utils import timezone

from dossiers.factories import DossierFactory
from dossiers.models import Attachment
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory
from procedures.models.online_form import RECEIPT_SESSION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmation(client, home_page):
    """The confirmation page as the applicant gets it after submitting a dossier with two files."""
    form_page = OnlineFormPageFactory(parent=ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page)))
    dossier = DossierFactory(
        procedure=form_page.get_parent().specific, review_due_at=timezone.now() + datetime.timedelta(days=1)
    )
    files = [("to-khai.pdf", 120_000, "submission"), ("ho-chieu.jpg", 2_400_000, "submission")]
    for name, size, source in [*files, (f"to-khai-{dossier.code}.pdf", 30_000, "declaration")]:
        Attachment.objects.create(
            dossier=dossier,
            original_name=name,
            file=f"x/{name}",
            content_type="",
            size=size,
            sha256="0" * 64,
            source=source,
        )
    dossier.declaration_path = "/ho-so/to-khai/signed-token/"  # as the submission handler sets it
    session = client.session
    session[RECEIPT_SESSION_KEY] = form_page._receipt(dossier)
    session.save()
    response = client.get(form_page.url + "xac-nhan/")
    assert response.status_code == 200
    return dossier, response.content.decode()


def test_lists_the_files_submitted_with_their_sizes(confirmation):
    _dossier, html = confirmation
    assert re.search(r"<li>to-khai\.pdf \(117,2\xa0KB\)</li>", html)
    assert re.search(r"<li>ho-chieu\.jpg \(2,3\xa0MB\)</li>", html)


def test_the_filled_declaration_is_downloaded_from_its_own_link_not_listed_as_a_file(confirmation):
    dossier, html = confirmation
    assert f"<li>to-khai-{dossier.code}.pdf" not in html
    assert '<a class="button button--secondary" href="/ho-so/to-khai/signed-token/" download>' in html


def test_look_up_button_carries_the_code_not_the_secret(client, confirmation):
    dossier, html = confirmation
    href = re.search(r'<a class="button" href="([^"]+)">Tra cứu hồ sơ</a>', html).group(1)
    assert href == f"/tra-cuu/?ma={dossier.code}"
    assert dossier.lookup_secret not in href
    lookup = client.get(href).content.decode()
    assert f'name="code" value="{dossier.code}"' in lookup
