from __future__ import annotations

from typing import Any, TypeAlias

SectionVersionUpdate: TypeAlias = dict[str, Any]
