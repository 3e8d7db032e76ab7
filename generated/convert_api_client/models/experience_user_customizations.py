from __future__ import annotations

from typing import Any, TypeAlias

ExperienceUserCustomizations: TypeAlias = dict[str, Any]
