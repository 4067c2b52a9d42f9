package org.conflictmap.features;

import java.util.List;

/** The OGC API vocabulary in one place: media types, link relations, parameter names, conformance classes. */
final class Ogc {

    static final String GEOJSON = "application/geo+json";
    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String OPENAPI_JSON = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA_JSON = "application/schema+json";

    static final String REL_SELF = "self";
    static final String REL_ALTERNATE = "alternate";
    static final String REL_NEXT = "next";
    static final String REL_PREV = "prev";
    static final String REL_ITEMS = "items";
    static final String REL_COLLECTION = "collection";
    static final String REL_DATA = "data";
    static final String REL_CONFORMANCE = "conformance";
    static final String REL_SERVICE_DESC = "service-desc";
    static final String REL_SERVICE_DOC = "service-doc";
    static final String REL_QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    static final String P_FORMAT = "f";
    static final String P_DATETIME = "datetime";
    static final String P_BBOX = "bbox";
    static final String P_BBOX_CRS = "bbox-crs";
    static final String P_LIMIT = "limit";
    static final String P_OFFSET = "offset";
    static final String P_FACTION = "faction";
    static final String P_TYPE = "type";
    static final String P_KNOWN_AT = "known_at";
    static final String P_FILTER = "filter";
    static final String P_FILTER_LANG = "filter-lang";

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String FILTER_LANG_CQL2_TEXT = "cql2-text";

    static final String CONF_CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String CONF_GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String CONF_HTML = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html";
    static final String CONF_OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";
    static final String CONF_QUERYABLES = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables";
    static final String CONF_FILTER = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter";
    static final String CONF_FEATURES_FILTER = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter";
    static final String CONF_CQL2_TEXT = "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text";
    static final String CONF_BASIC_CQL2 = "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2";

    static final List<String> CONFORMANCE = List.of(CONF_CORE, CONF_GEOJSON, CONF_HTML, CONF_OAS30,
            CONF_QUERYABLES, CONF_FILTER, CONF_FEATURES_FILTER, CONF_CQL2_TEXT, CONF_BASIC_CQL2);

    private Ogc() {
    }
}
