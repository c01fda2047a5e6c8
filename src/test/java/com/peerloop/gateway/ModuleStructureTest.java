package com.peerloop.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void packagesFormAcyclicModulesThatUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(GatewayApplication.class).verify();
    }
}
