from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.data_source import DataSource


class GetDataSourceResponse(
    Model,
    rename={
        "data_source": "dataSource",
    },
):
    """
    Attributes:
        data_source (DataSource):
    """

    data_source: DataSource


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.data_source import DataSource
