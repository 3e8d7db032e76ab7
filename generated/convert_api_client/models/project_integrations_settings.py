from __future__ import annotations

from typing import Any, TypeAlias

ProjectIntegrationsSettings: TypeAlias = dict[str, Any]
""" Project-wide settings for various third-party integrations (e.g., Google Analytics, Crazy Egg, Hotjar). Experience-
level settings can sometimes override these.

 """
