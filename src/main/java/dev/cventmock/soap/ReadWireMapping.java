package dev.cventmock.soap;

import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.reads.ObjectCatalog;
import dev.cventmock.cvent.reads.ObjectField;
import dev.cventmock.cvent.reads.SearchFilter;
import dev.cventmock.wsdl.schemas.CustomFieldDetail;
import dev.cventmock.wsdl.schemas.CvObject;
import dev.cventmock.wsdl.schemas.CvSearch;
import dev.cventmock.wsdl.schemas.DescribeCvObjectResult;
import dev.cventmock.wsdl.schemas.Event;
import dev.cventmock.wsdl.schemas.Field;
import dev.cventmock.wsdl.schemas.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Translation between the read side's model and the generated JAXB types (attributes through {@link WireAccessors}). */
final class ReadWireMapping {
    private static final Map<GuestField, BiConsumer<dev.cventmock.wsdl.schemas.Guest, String>> GUEST_SETTERS =
            WireAccessors.setters(dev.cventmock.wsdl.schemas.Guest.class, GuestField.class);
    private static final Map<EventField, BiConsumer<Event, String>> EVENT_SETTERS = WireAccessors.setters(Event.class, EventField.class);

    private ReadWireMapping() {
    }

    /** The filters of a CvSearchObject as the model takes them (raw text; the search checks them). */
    static List<SearchFilter> filters(CvSearch search) {
        if (search == null) {
            return List.of();
        }
        List<SearchFilter> out = new ArrayList<>(search.getFilter().size());
        for (Filter f : search.getFilter()) {
            if (f != null) {
                out.add(new SearchFilter(f.getField(), f.getOperator(), f.getValue(),
                        f.getValueArray() == null ? null : f.getValueArray().getValue()));
            }
        }
        return out;
    }

    /** A retrieved object: a Guest or an Event, which JAXB writes as {@code CvObject} with its {@code xsi:type}. */
    static CvObject toWire(Object stored) {
        if (stored instanceof Guest g) {
            dev.cventmock.wsdl.schemas.Guest w = new dev.cventmock.wsdl.schemas.Guest();
            w.setId(g.id());
            g.fields().forEach((f, v) -> GUEST_SETTERS.get(f).accept(w, v));
            g.customFields().forEach(c -> w.getCustomFieldDetail().add(detail(c)));
            return w;
        }
        CventEvent e = (CventEvent) stored;
        Event w = new Event();
        w.setId(e.id());
        e.fields().forEach((f, v) -> EVENT_SETTERS.get(f).accept(w, v));
        e.customFields().forEach(c -> w.getCustomFieldDetail().add(detail(c)));
        return w;
    }

    private static CustomFieldDetail detail(CustomField c) {
        CustomFieldDetail d = new CustomFieldDetail();
        d.setFieldName(c.fieldName());
        d.setFieldType(c.fieldType());
        d.setFieldValue(c.fieldValue());
        d.setFieldId(c.fieldId());
        return d;
    }

    /** One DescribeCvObjectResult: the object's flags, then a Field per attribute and custom-field member. */
    static DescribeCvObjectResult describe(ObjectCatalog<?> catalog) {
        DescribeCvObjectResult r = new DescribeCvObjectResult();
        ObjectCatalog.Flags flags = catalog.flags();
        r.setName(catalog.name());
        r.setCreatable(Boolean.toString(flags.creatable()));
        r.setUpdateable(Boolean.toString(flags.updateable()));
        r.setDeletable(Boolean.toString(flags.deletable()));
        r.setReplicateable(Boolean.toString(flags.replicateable()));
        r.setRetrieveable(Boolean.toString(flags.retrieveable()));
        r.setSearchable(Boolean.toString(flags.searchable()));
        for (ObjectField<?> f : catalog.fields()) {
            Field w = new Field();
            w.setName(f.name());
            w.setObjectLocation(f.location());
            w.setDataType(f.dataType());
            w.setMaxLength(f.maxLength());
            w.setSearchable(Boolean.toString(f.searchable()));
            w.setRequired(Boolean.toString(f.required()));
            w.setReadOnly(Boolean.toString(f.readOnly()));
            w.setDefaultValue("");
            w.setDefaultSearchValue("");
            r.getField().add(w);
        }
        return r;
    }
}
