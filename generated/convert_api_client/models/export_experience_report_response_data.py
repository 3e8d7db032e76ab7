from __future__ import annotations

from typing import Any, TypeAlias

ExportExperienceReportResponseData: TypeAlias = dict[str, Any]
""" Export result carrying the downloadable link of the generated file. The reference collapses this object and does not
list its fields.

 """
