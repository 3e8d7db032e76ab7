from __future__ import annotations

from typing import Any, TypeAlias

ProjectEnvironments: TypeAlias = dict[str, Any]
""" A user-defined map of environments for this project (e.g., "production", "staging", "development"). Each environment
has its own variant of the tracking script. Experiences are typically configured to run in a specific environment.
The number of allowed environments depends on the account's subscription plan. KB: "The Environments Feature".

 """
