from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationMouseflow: TypeAlias = dict[str, Any]
