from __future__ import annotations

from typing import Any, TypeAlias

GetFileResponse: TypeAlias = dict[str, Any]
""" The content of the uploaded file, returned base64 encoded. The reference shows an application/json body and gives no
fields.

 """
