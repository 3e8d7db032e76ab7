from __future__ import annotations

from typing import Any, TypeAlias

ExperienceIntegrationHeapanalytics: TypeAlias = dict[str, Any]
