from __future__ import annotations

from typing import Any, TypeAlias

ExportExperienceRawDataResponseData: TypeAlias = dict[str, Any]
""" Export job result. The reference collapses this object and does not list its fields.

 """
