from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestDurationType0: TypeAlias = dict[str, Any]
""" The duration of the signal session in seconds

 """
