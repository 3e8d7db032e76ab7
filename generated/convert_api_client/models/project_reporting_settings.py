from __future__ import annotations

from typing import Any, TypeAlias

ProjectReportingSettings: TypeAlias = dict[str, Any]
""" Project settings used for reporting

 """
