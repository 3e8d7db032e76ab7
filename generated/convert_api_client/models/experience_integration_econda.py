from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationEconda: TypeAlias = dict[str, Any]
