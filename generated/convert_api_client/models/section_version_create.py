from __future__ import annotations

from typing import Any, TypeAlias

SectionVersionCreate: TypeAlias = dict[str, Any]
