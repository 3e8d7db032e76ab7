from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationPiwik: TypeAlias = dict[str, Any]
