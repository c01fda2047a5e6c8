package com.peerloop.gateway.revocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of both revocation calls: why, for the audit log. */
record RevocationRequest(@NotBlank @Size(min = 1, max = 500) String reason) {}
