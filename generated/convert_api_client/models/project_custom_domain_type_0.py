from __future__ import annotations

from typing import Any, TypeAlias

ProjectCustomDomainType0: TypeAlias = dict[str, Any]
""" Configuration for using a custom domain (CNAME) to serve the Convert tracking script and receive tracking data. This
can improve branding and potentially reduce issues with ad blockers or third-party cookie restrictions. Requires DNS
setup.

 """
