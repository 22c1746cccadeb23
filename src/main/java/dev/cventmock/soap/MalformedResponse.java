package dev.cventmock.soap;

import java.nio.charset.StandardCharsets;

/** A response cut off mid-envelope: complete HTTP, broken XML, to test a client's parse-error handling. */
final class MalformedResponse {
    private MalformedResponse() {
    }

    static byte[] truncated(SoapVersion version, String operation) {
        String prefix = version == SoapVersion.SOAP_11 ? "soap" : "soap12";
        String op = operation == null ? "UpdateGuestInfo" : operation;
        String result = switch (op) {
            case "Login" -> "<LoginResult xmlns=\"" + SoapOperation.SCHEMA_NAMESPACE + "\" LoginSucc";
            case "UpdateGuestInfo" -> "<UpdateGuestInfoResult xmlns=\"" + SoapOperation.SCHEMA_NAMESPACE + "\"><UpdateGuestResult Id=\"";
            default -> "<" + op + "Result xmlns=\"" + SoapOperation.SCHEMA_NAMESPACE + "\"><";
        };
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><" + prefix + ":Envelope xmlns:" + prefix + "=\""
                + version.envelopeNamespace() + "\"><" + prefix + ":Body><" + op + "Response xmlns=\""
                + SoapOperation.API_NAMESPACE + "\">" + result).getBytes(StandardCharsets.UTF_8);
    }
}
