from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationSitecatalyst: TypeAlias = dict[str, Any]
