package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyMemoryTest {

    @Test
    void aBodyCostsFourTimesItsSize_andWhatDoesNotFitIsRefusedWithoutTakingAnything() {
        var memory = new BodyMemory(4_000);

        assertThat(memory.largestBody()).isEqualTo(1_000);
        assertThat(memory.reserve(600)).isTrue();
        assertThat(memory.reserve(500)).isFalse();
        assertThat(memory.held()).isEqualTo(2_400);
        assertThat(memory.reserve(400)).isTrue();
        assertThat(memory.held()).isEqualTo(4_000);
    }

    @Test
    void released_bodiesMakeRoomAgain() {
        var memory = new BodyMemory(4_000);
        memory.reserve(1_000);

        memory.release(1_000);

        assertThat(memory.held()).isZero();
        assertThat(memory.reserve(1_000)).isTrue();
    }
}
