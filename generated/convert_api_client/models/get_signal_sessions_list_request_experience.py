from __future__ import annotations

from typing import Any, TypeAlias

GetSignalSessionsListRequestExperience: TypeAlias = dict[str, Any]
