package dev.cventmock.soap;

import dev.cventmock.wsdl.api.ArrayOfGuest;
import dev.cventmock.wsdl.schemas.ArrayOfError;
import dev.cventmock.wsdl.schemas.CustomFieldDetail;
import dev.cventmock.wsdl.schemas.Error;
import dev.cventmock.wsdl.schemas.Guest;
import dev.cventmock.wsdl.schemas.UpdateGuestResult;
import dev.cventmock.wsdl.schemas.UpdateGuestResultArray;
import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.GuestChange;
import dev.cventmock.cvent.guests.GuestError;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.GuestResult;
import dev.cventmock.cvent.guests.InvalidFieldValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Translation between the generated JAXB types of UpdateGuestInfo and the guest model. */
final class GuestWireMapping {
    private static final Map<GuestField, Function<Guest, String>> GETTERS = WireAccessors.getters(Guest.class, GuestField.class);

    private GuestWireMapping() {
    }

    /**
     * The guests of a request as changes; nil Guest elements stay null.
     *
     * @throws CventException INVALID_SOAP_REQUEST naming the guest, attribute and value that is not of its type
     */
    static List<GuestChange> toChanges(ArrayOfGuest guests) {
        if (guests == null) {
            return List.of();
        }
        List<Guest> wire = guests.getGuest();
        List<GuestChange> changes = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            Guest g = wire.get(i);
            try {
                changes.add(g == null ? null : toChange(g));
            } catch (InvalidFieldValueException e) {
                throw invalidValue(i + 1, e);
            }
        }
        return changes;
    }

    /** The whole-call fault for a guest attribute that is not of its type, naming guest, attribute and value. */
    static CventException invalidValue(int guestNumber, InvalidFieldValueException e) {
        return new CventException(CventError.INVALID_SOAP_REQUEST, "Guest[" + guestNumber + "]: " + e.getMessage());
    }

    private static GuestChange toChange(Guest g) {
        GuestChange.Builder b = GuestChange.builder().id(g.getId()).messageId(g.getMessageId());
        for (Map.Entry<GuestField, Function<Guest, String>> e : GETTERS.entrySet()) {
            String v = e.getValue().apply(g);
            if (v != null) {
                b.set(e.getKey(), v);
            }
        }
        for (CustomFieldDetail d : g.getCustomFieldDetail()) {
            if (d != null) {
                b.customField(new CustomField(d.getFieldId(), d.getFieldName(), d.getFieldType(), d.getFieldValue()));
            }
        }
        return b.build();
    }

    /** Results on the wire: no Errors element on success (clients test for the presence of Errors/Error). */
    static UpdateGuestResultArray toWire(List<GuestResult> results) {
        UpdateGuestResultArray out = new UpdateGuestResultArray();
        List<UpdateGuestResult> list = out.getUpdateGuestResult();
        for (GuestResult r : results) {
            UpdateGuestResult w = new UpdateGuestResult();
            w.setId(r.id());
            w.setReferenceId(r.referenceId());
            w.setSuccess(r.success() ? "true" : "false");
            if (!r.success()) {
                ArrayOfError errors = new ArrayOfError();
                for (GuestError e : r.errors()) {
                    Error we = new Error();
                    we.setCode(e.code());
                    we.setDescription(e.description());
                    errors.getError().add(we);
                }
                w.setErrors(errors);
            }
            list.add(w);
        }
        return out;
    }
}
