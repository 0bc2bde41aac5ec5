"""An archive file read and checked completely before anything is written."""

from __future__ import annotations

from pathlib import Path

from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import MAX_FILE_BYTES, Archive, ArchiveError
from tandem_desktop.exchange.archive.parsing import parse_json
from tandem_desktop.exchange.archive.schema import check_archive


def read_archive(path: Path, *, translate: Translate) -> Archive:
    """Read and check an archive file completely; ArchiveError names what and where."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArchiveError(
                translate(
                    "Archive", "the file is {size} MB; archives may be at most {limit} MB"
                ).format(size=size // 2**20, limit=MAX_FILE_BYTES // 2**20),
                source,
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ArchiveError(
            translate("Archive", "the file cannot be read: {reason}").format(
                reason=error.strerror or str(error)
            ),
            source,
        ) from None
    return check_archive(parse_json(raw, source, translate=translate), source, translate=translate)
