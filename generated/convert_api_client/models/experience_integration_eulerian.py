from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationEulerian: TypeAlias = dict[str, Any]
