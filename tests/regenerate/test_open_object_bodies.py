"""Templates: a request body that may be an open object (a ``dict[str, T]`` alias) is sent as is.

Convert's startPaymentSetup takes ``StartPaymentSetupRequestData`` (``type: [object, 'null']``,
no properties): the union's branch check must not call isinstance() on the alias, nor
``to_dict()`` on the dict. Found by scripts/check-against-mock convert.
"""

from __future__ import annotations

from typing import Any

import pytest
from convert_api_client.api.accounts import start_payment_setup


@pytest.mark.parametrize("body", [{}, {"returnUrl": "https://example.com/"}, None])
def test_an_open_object_body_is_sent_as_given(body: dict[str, Any] | None) -> None:
    kwargs = start_payment_setup._get_kwargs(7, body=body)
    assert kwargs["json"] == body
    assert kwargs["url"] == "/accounts/7/payment-setup"
