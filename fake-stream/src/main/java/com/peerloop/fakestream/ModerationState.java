package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** Flags, the review queue they fill, and user blocks. */
public final class ModerationState {

    /**
     * What a second flag of the same entity by the same user does. Stream's docs do not say for Feeds (unverified),
     * so the gateway must work under each reading; {@link #REFUSE} is the default.
     */
    public enum RepeatedFlag {
        /** 400 / code 4; the queue item keeps one flag from that user. */
        REFUSE,
        /** Accepted without a second flag; the answer names the same review queue item. */
        ACCEPT
    }

    private final Table<StoredReviewItem> items;
    private final Table<StoredFlag> flags;
    private final TableIndex<StoredFlag> flagsByItem;
    private final Table<StoredBlock> blocks;
    private final TableIndex<StoredBlock> blocksByUser;
    private volatile RepeatedFlag repeatedFlags = RepeatedFlag.REFUSE;

    ModerationState(Object lock) {
        this.items = new Table<>(lock);
        this.flags = new Table<>(lock);
        this.flagsByItem = flags.indexBy(StoredFlag::itemId);
        this.blocks = new Table<>(lock);
        this.blocksByUser = blocks.indexBy(StoredBlock::userId);
    }

    /** The review queue item of an entity, if it was ever flagged. */
    public Optional<StoredReviewItem> item(String entityType, String entityId) {
        return items.get(StoredReviewItem.key(entityType, entityId));
    }

    /** Every review queue item, oldest first. */
    public List<StoredReviewItem> items() {
        return items.all();
    }

    /** The flags filed on a review queue item, oldest first. */
    public List<StoredFlag> flags(String itemId) {
        return flags.where(flagsByItem, itemId);
    }

    /** Every flag, oldest first. */
    public List<StoredFlag> allFlags() {
        return flags.all();
    }

    Optional<StoredFlag> flag(String itemId, String userId) {
        return flags.get(StoredFlag.key(itemId, userId));
    }

    void putItem(StoredReviewItem item) {
        items.put(StoredReviewItem.key(item.entityType(), item.entityId()), item);
    }

    void putFlag(StoredFlag flag) {
        flags.put(StoredFlag.key(flag.itemId(), flag.userId()), flag);
    }

    /** The users {@code userId} blocks, in the order the blocks were made. */
    public List<StoredBlock> blocksBy(String userId) {
        return blocks.where(blocksByUser, userId);
    }

    public boolean isBlocked(String userId, String blockedUserId) {
        return blocks.get(StoredBlock.key(userId, blockedUserId)).isPresent();
    }

    Optional<StoredBlock> block(String userId, String blockedUserId) {
        return blocks.get(StoredBlock.key(userId, blockedUserId));
    }

    /** Adds or replaces a block, e.g. to create drift in a test. */
    public void putBlock(StoredBlock block) {
        blocks.put(StoredBlock.key(block.userId(), block.blockedUserId()), block);
    }

    public boolean removeBlock(String userId, String blockedUserId) {
        return blocks.remove(StoredBlock.key(userId, blockedUserId));
    }

    public RepeatedFlag repeatedFlags() {
        return repeatedFlags;
    }

    /** Picks the reading of a repeated flag; {@link FakeStream#reset()} restores REFUSE. */
    public void repeatedFlags(RepeatedFlag reading) {
        repeatedFlags = reading;
    }

    void clear() {
        items.clear();
        flags.clear();
        blocks.clear();
        repeatedFlags = RepeatedFlag.REFUSE;
    }
}
