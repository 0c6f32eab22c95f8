"""Hypothesis strategies for what a careless or hostile client sends to a public page: control characters and NUL,
odd Unicode (combining marks, right-to-left overrides, zero-width, astral planes), very long text, values that look
right but are not, one field sent several times, files where text is expected and text where a file is."""

import operator
import os
from urllib.parse import quote

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Any character UTF-8 can carry; lone surrogates cannot be sent by any client.
CHARACTERS = st.characters(codec="utf-8")
CONTROLS = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Mn"], codec="utf-8")
TRICKY = [
    "",
    " ",
    "\x00",
    "0" * 12,
    "001203004567",
    "+84 912 345 678",
    "2999-02-30",
    "-1",
    "1e999999",
    "NaN",
    "9" * 40,
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "{{ 7|add:7 }}%s%(x)s",
    "../../etc/passwd",
    "\u202etxt.exe",
    "Nguyễn Văn An",
    "a@b",
]

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.one_of(CHARACTERS, CONTROLS), max_size=60),
    # Long values without the cost of drawing every character.
    st.builds(operator.mul, st.text(CHARACTERS, min_size=1, max_size=3), st.integers(200, 5000)),
)

file_names = st.builds(
    operator.add, text.map(lambda name: name[:100]), st.sampled_from(["", ".pdf", ".PDF", ".docx", ".jpg", ".png"])
).filter(lambda name: os.path.basename(name) not in {"", ".", ".."})  # names Django's test client cannot send
media_types = st.one_of(st.sampled_from(["application/pdf", "image/png", "text/html"]), text.map(lambda t: t[:300]))
file_contents = st.one_of(
    st.binary(max_size=2000),
    st.sampled_from([b"%PDF-1.4\n%%EOF\n", b"MZ\x90\x00", b"\x7fELF", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n"]).flatmap(
        lambda head: st.binary(max_size=500).map(lambda tail: head + tail)
    ),
)
uploads = st.builds(SimpleUploadedFile, file_names, file_contents, media_types)


def genuine_uploads(content, extension):
    """A genuine file under a hostile name (with the right extension) and a hostile claimed media type."""
    return st.builds(SimpleUploadedFile, text.map(lambda name: name[:100] + extension), st.just(content), media_types)


# A field's value: text, the field repeated (a list), or a file where text belongs; None leaves the field out.
field_value = st.one_of(text, st.lists(text, min_size=2, max_size=3), uploads)


def form_data(valid):
    """A form drawn from ``valid`` (a strategy of forms that pass) with up to three fields given a hostile value or
    left out, or stray fields added: mostly one thing wrong at a time, so the checks behind the first are reached."""

    def spoil(form):
        changes = st.dictionaries(st.sampled_from([*form, "", "stray"]), st.none() | field_value, max_size=3)
        return changes.map(lambda changed: {k: v for k, v in {**form, **changed}.items() if v is not None})

    return valid.flatmap(spoil)


def query_string(keys, values=()):
    """A raw query string: the page's own keys and others, hostile values or ``values`` the page knows (so filters
    that pass are combined with the rest), stray ``%`` escapes, invalid UTF-8."""
    value = st.one_of(st.sampled_from(values), text) if values else text
    pair = st.tuples(st.one_of(st.sampled_from(keys), text), value).map(
        lambda item: f"{quote(item[0], safe='')}={quote(item[1], safe='')}"
    )
    raw = st.sampled_from(["%", "%zz", "%FF%FE", "%00", "&&", "=", "a=b=c", ";"])
    return st.lists(st.one_of(pair, raw), max_size=6).map("&".join)


# A path segment: anything but a slash, percent-encoded as a browser would send it.
path_segment = text.filter(lambda value: value not in {"", ".", ".."}).map(lambda value: quote(value, safe=""))


def fuzzing(max_examples):
    """Bounded and derandomized, so CI tries the same inputs on every run. The examples of one test share its
    function-scoped fixtures (database, client) on purpose: each test asserts what must hold across them."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
