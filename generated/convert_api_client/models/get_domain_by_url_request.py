from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class GetDomainByUrlRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        url (str | Unset): URL by which to search the domain. The match can be an exact one or an wildcard one.
    """

    url: str | UnsetType = UNSET
