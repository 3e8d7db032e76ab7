"""Facts of specs/growthbook.yaml no generator template receives (scripts/regenerate)."""

#: The document's server URLs in order, variables as written (e.g. ``{apiHost}/api``).
SERVERS: tuple[str, ...] = ("https://api.growthbook.io/api/v1", "{apiHost}/api/v1")
#: Default values of the server variables.
SERVER_VARIABLES: dict[str, str] = {"apiHost": "http://localhost:3100"}
#: Each operation's operationId as the spec writes it, by ``METHOD path``.
OPERATION_IDS: dict[str, str] = {
    "GET /projects": "listProjects",
    "GET /projects/{id}": "getProject",
    "GET /features": "listFeatures",
    "GET /features/{id}": "getFeature",
    "POST /features/{id}/toggle": "toggleFeature",
    "GET /data-sources": "listDataSources",
    "GET /data-sources/{id}": "getDataSource",
    "GET /metrics": "listMetrics",
    "GET /metrics/{id}": "getMetric",
    "GET /experiments": "listExperiments",
    "GET /experiments/{id}": "getExperiment",
    "GET /experiments/{id}/results": "getExperimentResults",
    "GET /experiments/{id}/visual-changesets": "listVisualChangesets",
    "GET /dimensions": "listDimensions",
    "GET /dimensions/{id}": "getDimension",
    "GET /segments": "listSegments",
    "GET /segments/{id}": "getSegment",
    "GET /sdk-connections": "listSdkConnections",
    "GET /sdk-connections/{id}": "getSdkConnection",
    "GET /visual-changesets/{id}": "getVisualChangeset",
}
