from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class CheckCodeDomainRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        url (str | Unset): URL on which to check the tracking code installed. The given URL needs to be under the domain
            passes as parameter or otherwise an error would be returned.
    """

    url: str | UnsetType = UNSET
