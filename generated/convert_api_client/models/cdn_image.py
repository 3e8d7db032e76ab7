from __future__ import annotations

from ..types import Model


class CdnImage(
    Model,
):
    """
    Attributes:
        cdn_url (str | Unset): The publicly accessible URL of the image on the Content Delivery Network (CDN). This URL
            can be used directly in <img> tags or CSS.
        key (str | Unset): The unique key or path identifier for this image within Convert's CDN storage for the project
            (e.g., "project_images/my_hero_image.jpg"). This key is used for managing the image (e.g., deletion) and can be
            used for pagination (start_from).
    """

    cdn_url: str | None = None
    key: str | None = None
