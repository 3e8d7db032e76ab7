from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationWoopra: TypeAlias = dict[str, Any]
