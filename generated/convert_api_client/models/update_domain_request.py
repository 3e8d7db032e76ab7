from __future__ import annotations

from ..types import UNSET, Model, UnsetType


class UpdateDomainRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        url (str | Unset): Domain's homepage url
        code_installed (bool | Unset): Indicating whether code installed check passed sometimes in the past. Default:
            False.
    """

    url: str | UnsetType = UNSET
    code_installed: bool = False
