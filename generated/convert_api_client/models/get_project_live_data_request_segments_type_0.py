from __future__ import annotations

from typing import Any, TypeAlias

GetProjectLiveDataRequestSegmentsType0: TypeAlias = dict[str, Any]
""" A collection of filters used to segment experience report data based on various visitor attributes and traffic
sources. Applying these filters allows for deeper analysis of how different user groups interact with experience
variations. Knowledge Base: "Using Basic and Advanced Post segmentation".

 """
