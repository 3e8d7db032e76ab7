from __future__ import annotations

import datetime

from ..types import Model


class SdkConnection(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
        "encrypt_payload": "encryptPayload",
        "encryption_key": "encryptionKey",
        "proxy_enabled": "proxyEnabled",
        "proxy_host": "proxyHost",
        "proxy_signing_key": "proxySigningKey",
    },
):
    """
    Attributes:
        id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        name (str):
        languages (list[str]):
        environment (str):
        project (str):
        encrypt_payload (bool):
        encryption_key (str):
        key (str):
        proxy_enabled (bool):
        proxy_host (str):
        proxy_signing_key (str):
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    name: str
    languages: list[str]
    environment: str
    project: str
    encrypt_payload: bool
    encryption_key: str
    key: str
    proxy_enabled: bool
    proxy_host: str
    proxy_signing_key: str
