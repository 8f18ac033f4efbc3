"""Word and Excel files are zip archives: what can be told of one before zipfile reads it."""

from __future__ import annotations

# zipfile makes an object per member of the archive's directory before anything else can be
# checked: a few megabytes of empty members (about 100 bytes each) hold it for tens of seconds.
# A Word or Excel file has dozens of members, a few hundred with many images.
ZIP_MEMBERS_MAX = 5000
CENTRAL_DIRECTORY_RECORD = b"PK\x01\x02"


def zip_members_too_many(content: bytes) -> bool:
    """More members than any Office file has, counted on the bytes (an upper bound: each member
    has one directory record with this signature), in milliseconds whatever the archive."""
    return content.count(CENTRAL_DIRECTORY_RECORD) > ZIP_MEMBERS_MAX
