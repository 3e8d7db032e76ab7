from __future__ import annotations

from typing import Any, TypeAlias

UploadedFileData: TypeAlias = dict[str, Any]
""" A file attached to an entity. The reference collapses this object and lists no fields.

 """
