from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.data_source_assignment_query import DataSourceAssignmentQuery
    from ..models.data_source_identifier_join_query import DataSourceIdentifierJoinQuery
    from ..models.data_source_identifier_type import DataSourceIdentifierType
    from ..models.data_source_mixpanel_settings import DataSourceMixpanelSettings


class DataSource(
    Model,
    rename={
        "date_created": "dateCreated",
        "date_updated": "dateUpdated",
        "type_": "type",
        "project_ids": "projectIds",
        "event_tracker": "eventTracker",
        "identifier_types": "identifierTypes",
        "assignment_queries": "assignmentQueries",
        "identifier_join_queries": "identifierJoinQueries",
        "mixpanel_settings": "mixpanelSettings",
    },
):
    """
    Attributes:
        id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        type_ (str):
        name (str):
        description (str):
        project_ids (list[str]):
        event_tracker (str):
        identifier_types (list[DataSourceIdentifierType]):
        assignment_queries (list[DataSourceAssignmentQuery]):
        identifier_join_queries (list[DataSourceIdentifierJoinQuery]):
        mixpanel_settings (DataSourceMixpanelSettings | Unset):
    """

    id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: str
    name: str
    description: str
    project_ids: list[str]
    event_tracker: str
    identifier_types: list[DataSourceIdentifierType]
    assignment_queries: list[DataSourceAssignmentQuery]
    identifier_join_queries: list[DataSourceIdentifierJoinQuery]
    mixpanel_settings: DataSourceMixpanelSettings | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.data_source_assignment_query import DataSourceAssignmentQuery
from ..models.data_source_identifier_join_query import DataSourceIdentifierJoinQuery
from ..models.data_source_identifier_type import DataSourceIdentifierType
from ..models.data_source_mixpanel_settings import DataSourceMixpanelSettings
