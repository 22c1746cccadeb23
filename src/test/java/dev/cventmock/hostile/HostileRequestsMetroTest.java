package dev.cventmock.hostile;

import dev.cventmock.http.RequestLimits;
import dev.cventmock.junit.CventMockExtension;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.soap.SoapEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same hostile corpus against a server whose every SOAP call goes through Metro. */
class HostileRequestsMetroTest extends HostileRequestsTest {
    @RegisterExtension
    static CventMockExtension metro = CventMockExtension.create(b -> b.soapEngine(SoapEngine.METRO)
            .limits(new RequestLimits(BODY_LIMIT, 100, 200, 65_536, 1_048_576)));

    @Override
    CventMockServer server() {
        return metro.server();
    }
}
