"""The archive: a .tar.gz holding ``database/`` (the dump), ``media/`` and ``private/`` (the two file trees) and,
last, ``manifest.json`` (versions, the snapshot's time and row counts, the size and sha256 of every other member).

Files stream through in chunks, hashed on the way, so no file is ever held in memory. The trees are read after the
snapshot is taken: every file a row of the snapshot refers to already existed then (attachments are written before
their row commits and are never changed), and a file added since is merely extra."""

import gzip
import hashlib
import io
import json
import os
import tarfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .errors import ArchiveCorrupt

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
# Attachments are mostly PDFs and JPEGs, already compressed; level 1 costs little time for what gzip can still gain.
COMPRESSLEVEL = 1
# Progress of a backup: the dump, then each tree, then the manifest (percent reached at the end of each).
PROGRESS = {"database": 40, "media": 70, "private": 95}


@dataclass(frozen=True)
class Written:
    manifest: dict
    size: int
    sha256: str


class Hashing(io.RawIOBase):
    """A file wrapper hashing every byte that passes through ``read`` or ``write``."""

    def __init__(self, raw):
        self.raw = raw
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def read(self, size=-1):
        data = self.raw.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data

    def write(self, data):
        self.digest.update(data)
        self.size += len(data)
        return self.raw.write(data)


def tree_files(root):
    """Regular files under ``root``, sorted, as (path, name relative to root); symbolic links are not followed."""
    root = Path(root)
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory, name)
            if not path.is_symlink():
                yield path, path.relative_to(root).as_posix()


def add_file(tar, path, member_name):
    """Adds one file by streaming it; returns its manifest entry, or None if it vanished before it could be read."""
    try:
        source = open(path, "rb")  # noqa: SIM115 (closed below; opened first so a vanished file is simply skipped)
    except FileNotFoundError:
        return None
    with source:
        info = tar.gettarinfo(fileobj=source, arcname=member_name)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        hashing = Hashing(source)
        tar.addfile(info, hashing)
    return {"size": info.size, "sha256": hashing.digest.hexdigest()}


def add_bytes(tar, data, member_name):
    info = tarfile.TarInfo(member_name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def write_archive(destination, database, *, trees, excluded_data=(), progress):
    """Writes the archive to ``destination`` (through a ``.partial`` file, so a half-written archive never bears the
        final name). ``trees`` maps "media"/"private" to folders; ``progress(percent, step)`` hears how far it got
    (``step`` None: the same step as before)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    dump_file = destination.with_name(destination.name + ".dump")
    created_at = datetime.now(UTC)
    try:
        progress(0, _("Sao lưu cơ sở dữ liệu"))
        snapshot = database.dump(dump_file, excluded_data=excluded_data)
        with open(partial, "wb") as raw:
            output = Hashing(raw)
            with tarfile.open(fileobj=output, mode="w:gz", compresslevel=COMPRESSLEVEL, copybufsize=CHUNK) as tar:
                files = {database.dump_member: add_file(tar, dump_file, database.dump_member)}
                dump_file.unlink()
                progress(PROGRESS["database"], _("Sao lưu tệp media"))
                files |= add_tree(tar, "media", trees["media"], progress, PROGRESS["database"], PROGRESS["media"])
                progress(PROGRESS["media"], _("Sao lưu tệp đính kèm"))
                files |= add_tree(tar, "private", trees["private"], progress, PROGRESS["media"], PROGRESS["private"])
                progress(PROGRESS["private"], _("Ghi bản kê"))
                manifest = {
                    "format": FORMAT_VERSION,
                    "created_at": created_at.isoformat(),
                    "snapshot_at": snapshot.taken_at.isoformat(),
                    "database": {"vendor": database.vendor, "member": database.dump_member},
                    "versions": {
                        "django": django.get_version(),
                        "wagtail": wagtail.__version__,
                        **database.versions(),
                    },
                    "row_counts": snapshot.row_counts,
                    "files": files,
                }
                add_bytes(tar, json.dumps(manifest, ensure_ascii=False, indent=1).encode(), MANIFEST)
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
        dump_file.unlink(missing_ok=True)
    progress(100, _("Hoàn tất"))
    return Written(manifest, output.size, output.digest.hexdigest())


def summary(manifest):
    """One line saying what an archive holds, for the commands' reports."""
    return _("%(tables)s bảng, %(rows)s dòng, %(files)s tệp (%(size)s)") % {
        "tables": len(manifest["row_counts"]),
        "rows": sum(manifest["row_counts"].values()),
        "files": len(manifest["files"]),
        "size": filesizeformat(sum(entry["size"] for entry in manifest["files"].values())),
    }


def add_tree(tar, prefix, root, progress, start, end):
    listed = list(tree_files(root))
    files = {}
    for done, (path, name) in enumerate(listed, start=1):
        entry = add_file(tar, path, f"{prefix}/{name}")
        if entry is not None:
            files[f"{prefix}/{name}"] = entry
        progress(start + (end - start) * done // len(listed), None)
    return files


@contextmanager
def unreadable_as_corrupt():
    """A truncated archive or a flipped byte surfaces as a gzip, zlib or tar error wherever the stream is read."""
    try:
        yield
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise ArchiveCorrupt(_("Tệp sao lưu bị hỏng hoặc không đọc được: %(error)s") % {"error": error}) from error


def members(path):
    """(name, stream) for each file in the archive, in order; anything but plain files with safe relative names is
    refused. Read inside ``unreadable_as_corrupt()``."""
    with tarfile.open(path, mode="r:gz", copybufsize=CHUNK) as tar:
        for member in tar:
            if member.isdir():
                continue
            name = PurePosixPath(member.name)
            if not member.isfile() or name.is_absolute() or ".." in name.parts:
                raise ArchiveCorrupt(_("Tệp sao lưu chứa mục không hợp lệ: %(name)s") % {"name": member.name})
            yield member.name, tar.extractfile(member)


def copy_hashed(stream, target=None):
    """Reads ``stream`` to the end (writing it to ``target`` if given); returns its sha256."""
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        if target is not None:
            target.write(chunk)
    return digest.hexdigest()


def check_member(manifest, name, sha256):
    expected = manifest["files"].get(name)
    if expected is None or expected["sha256"] != sha256:
        raise ArchiveCorrupt(_("Tệp %(name)s trong bản sao lưu không khớp với bản kê.") % {"name": name})


def verify_archive(path):
    """Reads the whole archive once without writing anything: every member must be in the manifest with the same
    sha256, and every file of the manifest must be in the archive. Returns the manifest."""
    digests = {}
    manifest = None
    with unreadable_as_corrupt():
        for name, stream in members(path):
            if name == MANIFEST:
                manifest = json.load(stream)
            else:
                digests[name] = copy_hashed(stream)
    if manifest is None or manifest.get("format") != FORMAT_VERSION:
        raise ArchiveCorrupt(_("Tệp sao lưu không có bản kê hợp lệ."))
    for name, sha256 in digests.items():
        check_member(manifest, name, sha256)
    missing = set(manifest["files"]) - set(digests)
    if missing:
        raise ArchiveCorrupt(_("Bản sao lưu thiếu tệp: %(names)s") % {"names": ", ".join(sorted(missing))})
    return manifest


def extract_archive(path, manifest, places):
    """Writes each member under the folder its first path part maps to in ``places`` (database, media, private),
    checking its sha256 again on the way (the archive could have changed since it was verified)."""
    with unreadable_as_corrupt():
        for name, stream in members(path):
            if name == MANIFEST:
                continue
            part, _separator, rest = name.partition("/")
            if part not in places:
                raise ArchiveCorrupt(_("Tệp sao lưu chứa mục không hợp lệ: %(name)s") % {"name": name})
            target = Path(places[part]) / rest
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as output:
                check_member(manifest, name, copy_hashed(stream, output))
