from __future__ import annotations

from typing import Any, TypeAlias

MultipageExperiencePage: TypeAlias = dict[str, Any]
