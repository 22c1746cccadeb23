package dev.cventmock.cvent.guests;

import java.util.Map;

/**
 * The attributes of a Cvent event ({@code s1:Event}, after CvObject's Id), in the contract's order, each with its
 * wire name and value kind. The order is the order in which events are written out.
 */
public enum EventField implements WireField {
    EVENT_TITLE("EventTitle", FieldKind.TEXT),
    EVENT_CODE("EventCode", FieldKind.TEXT),
    EVENT_START_DATE("EventStartDate", FieldKind.DATE_TIME),
    EVENT_END_DATE("EventEndDate", FieldKind.DATE_TIME),
    EVENT_LAUNCH_DATE("EventLaunchDate", FieldKind.DATE_TIME),
    TIMEZONE("Timezone", FieldKind.TEXT),
    EVENT_DESCRIPTION("EventDescription", FieldKind.TEXT),
    INTERNAL_NOTE("InternalNote", FieldKind.TEXT),
    EVENT_STATUS("EventStatus", FieldKind.TEXT),
    CAPACITY("Capacity", FieldKind.INTEGER),
    CATEGORY("Category", FieldKind.TEXT),
    MEETING_REQUEST_ID("MeetingRequestId", FieldKind.TEXT),
    CURRENCY("Currency", FieldKind.TEXT),
    PLANNING_STATUS("PlanningStatus", FieldKind.TEXT),
    HIDDEN("Hidden", FieldKind.BOOLEAN),
    LOCATION("Location", FieldKind.TEXT),
    STREET_ADDRESS1("StreetAddress1", FieldKind.TEXT),
    STREET_ADDRESS2("StreetAddress2", FieldKind.TEXT),
    STREET_ADDRESS3("StreetAddress3", FieldKind.TEXT),
    CITY("City", FieldKind.TEXT),
    STATE("State", FieldKind.TEXT),
    STATE_CODE("StateCode", FieldKind.TEXT),
    POSTAL_CODE("PostalCode", FieldKind.TEXT),
    COUNTRY("Country", FieldKind.TEXT),
    COUNTRY_CODE("CountryCode", FieldKind.TEXT),
    PHONE_NUMBER("PhoneNumber", FieldKind.TEXT),
    PLANNER_FIRST_NAME("PlannerFirstName", FieldKind.TEXT),
    PLANNER_LAST_NAME("PlannerLastName", FieldKind.TEXT),
    PLANNER_EMAIL_ADDRESS("PlannerEmailAddress", FieldKind.TEXT),
    PLANNER_PREFIX("PlannerPrefix", FieldKind.TEXT),
    PLANNER_COMPANY("PlannerCompany", FieldKind.TEXT),
    PLANNER_TITLE("PlannerTitle", FieldKind.TEXT),
    LAST_MODIFIED_DATE("LastModifiedDate", FieldKind.DATE_TIME),
    RSVP_BY_DATE("RSVPbyDate", FieldKind.DATE_TIME),
    ARCHIVE_DATE("ArchiveDate", FieldKind.DATE_TIME),
    CLOSED_BY("ClosedBy", FieldKind.TEXT),
    EXTERNAL_AUTHENTICATION("ExternalAuthentication", FieldKind.BOOLEAN),
    STAKEHOLDER_FIRST_NAME("StakeholderFirstName", FieldKind.TEXT),
    STAKEHOLDER_LAST_NAME("StakeholderLastName", FieldKind.TEXT),
    STAKEHOLDER_EMAIL_ADDRESS("StakeholderEmailAddress", FieldKind.TEXT),
    STAKEHOLDER_TITLE("StakeholderTitle", FieldKind.TEXT),
    STAKEHOLDER_COMPANY("StakeholderCompany", FieldKind.TEXT),
    STAKEHOLDER_WORK_PHONE("StakeholderWorkPhone", FieldKind.TEXT),
    STAKEHOLDER_HOME_PHONE("StakeholderHomePhone", FieldKind.TEXT),
    STAKEHOLDER_WORK_FAX("StakeholderWorkFax", FieldKind.TEXT),
    STAKEHOLDER_MOBILE_PHONE("StakeholderMobilePhone", FieldKind.TEXT),
    STAKEHOLDER_ADDRESS1("StakeholderAddress1", FieldKind.TEXT),
    STAKEHOLDER_ADDRESS2("StakeholderAddress2", FieldKind.TEXT),
    STAKEHOLDER_ADDRESS3("StakeholderAddress3", FieldKind.TEXT),
    STAKEHOLDER_CITY("StakeholderCity", FieldKind.TEXT),
    STAKEHOLDER_STATE_CODE("StakeholderStateCode", FieldKind.TEXT),
    STAKEHOLDER_POSTAL_CODE("StakeholderPostalCode", FieldKind.TEXT),
    STAKEHOLDER_COUNTRY_CODE("StakeholderCountryCode", FieldKind.TEXT),
    MERCHANT_ACCOUNT("MerchantAccount", FieldKind.TEXT),
    MERCHANT_ACCOUNT_ID("MerchantAccountId", FieldKind.TEXT),
    CREATED_BY("CreatedBy", FieldKind.TEXT),
    EVENT_CALENDAR_LINK_TEXT("EventCalendarLinkText", FieldKind.TEXT),
    EVENT_CALENDAR_ALTERNATE_URL("EventCalendarAlternateURL", FieldKind.TEXT),
    EVENT_CALENDAR_COMPLETED_URL("EventCalendarCompletedURL", FieldKind.TEXT);

    private static final Map<String, EventField> BY_NAME = WireField.index(values());

    private final String wireName;
    private final FieldKind kind;

    EventField(String wireName, FieldKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    /** The field with that wire name (case-insensitive), or null. */
    public static EventField byWireName(String name) {
        return WireField.find(BY_NAME, name);
    }
}
