"""The development email backend keeps one file per message: a notice sent again with the same Message-ID (after a
worker died mid-send) replaces its file, as a mailbox keeps one copy; different messages never share a file."""

from django.core.mail import EmailMessage

from portal.mail import EmlFileBackend


def test_the_same_message_id_is_one_file_and_other_messages_their_own(tmp_path):
    backend = EmlFileBackend(file_path=tmp_path)
    again = {"Message-ID": "<thong-bao-7.20261129220000@mot-cua>"}
    backend.send_messages([EmailMessage("Hồ sơ", "lần 1", to=["dan@example.vn"], headers=again)])
    backend.send_messages([EmailMessage("Hồ sơ", "lần 2", to=["dan@example.vn"], headers=again)])
    backend.send_messages([EmailMessage("Khác", "x", to=["dan@example.vn"]) for _ in range(2)])
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 3
    assert sum("lần 2" in path.read_text() for path in files) == 1
    assert not any("lần 1" in path.read_text() for path in files)
