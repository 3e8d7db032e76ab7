from __future__ import annotations

from typing import Any, TypeAlias

CreateProjectRequestReportingSettings: TypeAlias = dict[str, Any]
""" Project settings used for reporting

 """
