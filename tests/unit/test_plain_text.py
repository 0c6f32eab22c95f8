"""The one rule of what counts as typed text (``portal.text.plain_text``): each kind of character that is not text is
refused, named in the message; what is harmless to change is normalised (NFC)."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError

from portal.text import plain_text

NOT_TEXT = {
    "NUL": "\x00",
    "escape (ANSI colour)": "\x1b[31m",
    "DEL": "\x7f",
    "C1 next line": "\x85",
    "C1 control sequence introducer": "\x9b",
    "right-to-left override": "\u202e",
    "left-to-right embedding": "\u202a",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
}


@pytest.mark.parametrize("multiline", [False, True], ids=["one line", "multi-line"])
@pytest.mark.parametrize("kind", NOT_TEXT)
def test_each_kind_of_character_that_is_not_text_is_refused_and_named(kind, multiline):
    character = NOT_TEXT[kind]
    with pytest.raises(ValidationError) as refused:
        plain_text(f"Nguyễn{character}Hoa", multiline=multiline)
    assert refused.value.code == "not_text"
    assert f"U+{ord(character[0]):04X}" in refused.value.messages[0]
    assert "Xin xoá nội dung ô này và gõ lại." in refused.value.messages[0]


@pytest.mark.parametrize("character", ["\t", "\n", "\r"])
def test_tabs_and_line_breaks_are_text_only_in_a_multiline_answer(character):
    assert plain_text(f"Dòng một{character}dòng hai", multiline=True) == f"Dòng một{character}dòng hai"
    with pytest.raises(ValidationError):
        plain_text(f"Dòng một{character}dòng hai")


def test_every_refused_character_is_named_once():
    with pytest.raises(ValidationError) as refused:
        plain_text("\u202eA\u200bB\u202e")
    assert "(U+200B, U+202E)" in refused.value.messages[0]


def test_decomposed_vietnamese_is_stored_composed():
    typed = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    assert typed != "Nguyễn Thị Hoà"
    assert plain_text(typed) == "Nguyễn Thị Hoà"


def test_ordinary_text_is_kept_as_typed():
    for text in ["Nguyễn Thị Hoa", "12/3 Lê Lợi, P. Bến Nghé", "Tanaka Yuki (田中 由紀)", "O'Brien-Smith", "…"]:
        assert plain_text(text) == text
