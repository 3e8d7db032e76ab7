from __future__ import annotations

from ..types import Model


class CreateDomainRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        url (str): Domain's homepage url
        code_installed (bool | Unset): Indicating whether code installed check passed sometimes in the past. Default:
            False.
    """

    url: str
    code_installed: bool = False
