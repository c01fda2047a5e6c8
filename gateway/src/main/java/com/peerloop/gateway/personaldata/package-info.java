/**
 * The one contract for personal data: every module that keeps something about a user implements
 * {@link com.peerloop.gateway.personaldata.PersonalData}, and the erasure and export jobs (module
 * {@code privacy}) call every implementation. Depends on nothing, so that any module can implement it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.peerloop.gateway.personaldata;
