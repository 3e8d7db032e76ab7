from __future__ import annotations

from typing import Any, TypeAlias

UpdateExperienceRequestSiteAreaType0: TypeAlias = dict[str, Any]
""" (Deprecated) The legacy way to define on which pages the experience should run, using a set of include/exclude rules
based on URL components or page tags. Modern experiences should use the locations array instead for more flexible
targeting.

 """
