package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Table}'s secondary indexes answer exactly what a scan answers, in table order, after any change. */
class TableTest {

    /** A row with any number of tags (the indexed field). */
    record Row(String id, List<String> tags) {
        static Row of(String id, String... tags) {
            return new Row(id, Arrays.asList(tags));
        }
    }

    private final Table<Row> table = new Table<>(new Object());
    private final TableIndex<Row> byTag = table.index(Row::tags);

    private void put(Row row) {
        table.put(row.id(), row);
    }

    private List<Row> scan(String tag) {
        return table.where(row -> row.tags().contains(tag));
    }

    @Test
    void findsRowsInInsertionOrderLikeAScan() {
        put(Row.of("a", "x"));
        put(Row.of("b", "y"));
        put(Row.of("c", "x"));

        assertThat(table.where(byTag, "x"))
                .containsExactly(Row.of("a", "x"), Row.of("c", "x"))
                .isEqualTo(scan("x"));
        assertThat(table.count(byTag, "x")).isEqualTo(2);
        assertThat(table.where(byTag, "y")).containsExactly(Row.of("b", "y"));
        assertThat(table.where(byTag, "z")).isEmpty();
        assertThat(table.count(byTag, "z")).isZero();
    }

    @Test
    void aReplacedRowKeepsItsPlace() {
        put(Row.of("a", "x"));
        put(Row.of("b", "x"));
        put(new Row("a", List.of("x", "extra")));

        assertThat(table.where(byTag, "x")).extracting(Row::id).containsExactly("a", "b");
        assertThat(table.where(byTag, "x").get(0).tags()).containsExactly("x", "extra");
        assertThat(table.where(byTag, "x")).isEqualTo(scan("x"));
    }

    @Test
    void aReplacedRowGainingAKeyTakesItsTablePlaceUnderThatKey() {
        put(Row.of("a", "x"));
        put(Row.of("b", "y"));
        put(Row.of("c", "y"));
        put(Row.of("a", "y"));

        assertThat(table.where(byTag, "y")).extracting(Row::id).containsExactly("a", "b", "c");
        assertThat(table.where(byTag, "y")).isEqualTo(scan("y"));
        assertThat(table.where(byTag, "x")).isEmpty();
        assertThat(table.count(byTag, "x")).isZero();
    }

    @Test
    void aRemovedThenReaddedRowGoesLast() {
        put(Row.of("a", "x"));
        put(Row.of("b", "x"));
        assertThat(table.remove("a")).isTrue();
        assertThat(table.remove("a")).isFalse();
        assertThat(table.where(byTag, "x")).extracting(Row::id).containsExactly("b");

        put(Row.of("a", "x"));

        assertThat(table.where(byTag, "x"))
                .extracting(Row::id)
                .containsExactly("b", "a")
                .hasSize(table.count(byTag, "x"));
    }

    @Test
    void removeWhereKeepsIndexesInStep() {
        put(Row.of("a", "x", "y"));
        put(Row.of("b", "x"));
        put(Row.of("c", "y"));

        assertThat(table.removeWhere(row -> row.id().equals("a"))).isEqualTo(1);
        assertThat(table.where(byTag, "x")).extracting(Row::id).containsExactly("b");
        assertThat(table.where(byTag, "y")).extracting(Row::id).containsExactly("c");

        assertThat(table.removeWhere(byTag, "y")).isEqualTo(1);
        assertThat(table.all()).extracting(Row::id).containsExactly("b");
        assertThat(table.count(byTag, "y")).isZero();
        assertThat(table.removeWhere(byTag, "nothing")).isZero();
    }

    @Test
    void clearEmptiesIndexesAndLaterRowsAreIndexedAgain() {
        put(Row.of("a", "x"));
        table.clear();
        assertThat(table.where(byTag, "x")).isEmpty();
        assertThat(table.count(byTag, "x")).isZero();

        put(Row.of("b", "x"));
        put(Row.of("a", "x"));

        assertThat(table.where(byTag, "x")).extracting(Row::id).containsExactly("b", "a");
    }

    @Test
    void multiValuedKeysFindARowOnceUnderEachOfItsKeys() {
        put(Row.of("a", "x", "y", "x"));
        put(Row.of("b", "y", "z"));

        assertThat(table.where(byTag, "x")).extracting(Row::id).containsExactly("a");
        assertThat(table.where(byTag, "y")).extracting(Row::id).containsExactly("a", "b");
        assertThat(table.count(byTag, "y")).isEqualTo(2);

        put(Row.of("a", "z"));

        assertThat(table.where(byTag, "x")).isEmpty();
        assertThat(table.where(byTag, "y")).extracting(Row::id).containsExactly("b");
        assertThat(table.where(byTag, "z")).extracting(Row::id).containsExactly("a", "b");
    }

    @Test
    void rowsWithoutKeysOrWithNullKeysAreNotIndexed() {
        TableIndex<Row> firstTag =
                table.indexBy(row -> row.tags().isEmpty() ? null : row.tags().get(0));
        put(Row.of("a"));
        put(Row.of("b", null, "x"));

        assertThat(table.where(firstTag, null)).isEmpty();
        assertThat(table.where(byTag, null)).isEmpty();
        assertThat(table.where(byTag, "x")).extracting(Row::id).containsExactly("b");
        assertThat(table.all()).hasSize(2);
    }

    @Test
    void anIndexAddedLaterCoversExistingRows() {
        put(Row.of("a", "x"));
        put(Row.of("b", "y"));
        put(Row.of("c", "x"));

        TableIndex<Row> byId = table.indexBy(Row::id);

        assertThat(table.where(byId, "b")).containsExactly(Row.of("b", "y"));
        assertThat(table.count(byId, "c")).isEqualTo(1);
    }

    @Test
    void lookupsAreCopiesTheCallerMayChange() {
        put(Row.of("a", "x"));
        put(Row.of("b", "x"));

        List<Row> found = table.where(byTag, "x");
        found.clear();

        assertThat(table.where(byTag, "x")).hasSize(2);
    }

    @Test
    void randomChangesNeverLetTheIndexDisagreeWithAScan() {
        Random random = new Random(42);
        List<String> tags = List.of("p", "q", "r", "s");
        for (int step = 0; step < 3000; step++) {
            String id = "row" + random.nextInt(40);
            int action = random.nextInt(10);
            if (action < 6) {
                List<String> rowTags = new ArrayList<>();
                tags.stream().filter(tag -> random.nextInt(3) == 0).forEach(rowTags::add);
                put(new Row(id, rowTags));
            } else if (action < 8) {
                table.remove(id);
            } else if (action < 9) {
                table.removeWhere(byTag, tags.get(random.nextInt(tags.size())));
            } else if (random.nextInt(20) == 0) {
                table.clear();
            } else {
                String tag = tags.get(random.nextInt(tags.size()));
                table.removeWhere(row -> row.tags().contains(tag) && random.nextBoolean());
            }
            for (String tag : tags) {
                assertThat(table.where(byTag, tag))
                        .as("step %d, tag %s", step, tag)
                        .isEqualTo(scan(tag));
                assertThat(table.count(byTag, tag)).isEqualTo(scan(tag).size());
            }
        }
    }
}
