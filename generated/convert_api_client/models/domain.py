from __future__ import annotations

from ..types import Model


class Domain(
    Model,
):
    """This object describes one domain part of a Project. This only applies for Web type projects

    Attributes:
        id (int | Unset): Domain ID.
        url (str | Unset): Domain's homepage url
        code_installed (bool | Unset): Indicating whether code installed check passed sometimes in the past. Default:
            False.
    """

    id: int | None = None
    url: str | None = None
    code_installed: bool | None = None
