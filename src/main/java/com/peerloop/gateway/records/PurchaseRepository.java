package com.peerloop.gateway.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseRepository extends JpaRepository<Purchase, String> {

    @Query("""
            select count(p) > 0 from Purchase p
            where p.userId = :userId and p.creatorId = :creatorId and p.refundedAt is null""")
    boolean hasActivePurchase(String userId, String creatorId);

    @Query("select distinct p.creatorId from Purchase p where p.userId = :userId and p.refundedAt is null")
    List<String> creatorsPurchasedFrom(String userId);

    @Query("select distinct p.userId from Purchase p where p.creatorId = :creatorId and p.refundedAt is null")
    List<String> activePurchaserIds(String creatorId);
}
