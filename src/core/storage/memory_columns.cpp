// CardMemory <-> columns (see memory_columns.hpp).
#include "core/storage/memory_columns.hpp"

namespace retain {

void bindMemory(sql::Statement& statement, int firstIndex, const CardMemory& memory) {
    const int i = firstIndex;
    statement.bind(i, static_cast<int>(memory.phase));
    statement.bind(i + 1, memory.stability);
    statement.bind(i + 2, memory.difficulty);
    statement.bind(i + 3, memory.ease);
    statement.bind(i + 4, memory.intervalDays);
    statement.bind(i + 5, memory.box);
    statement.bind(i + 6, memory.step);
    statement.bind(i + 7, memory.reps);
    statement.bind(i + 8, memory.lapses);
    statement.bind(i + 9, static_cast<std::int64_t>(memory.dueMs));
    statement.bind(i + 10, static_cast<std::int64_t>(memory.lastReviewMs));
}

CardMemory readMemory(const sql::Statement& statement, int firstColumn) {
    int c = firstColumn;
    CardMemory memory;
    const auto phase = statement.columnInt(c++);
    memory.phase = (phase >= 0 && phase <= 3) ? static_cast<CardPhase>(phase) : CardPhase::New;
    memory.stability = statement.columnDouble(c++);
    memory.difficulty = statement.columnDouble(c++);
    memory.ease = statement.columnDouble(c++);
    memory.intervalDays = statement.columnDouble(c++);
    memory.box = static_cast<int>(statement.columnInt(c++));
    memory.step = static_cast<int>(statement.columnInt(c++));
    memory.reps = static_cast<int>(statement.columnInt(c++));
    memory.lapses = static_cast<int>(statement.columnInt(c++));
    memory.dueMs = statement.columnInt(c++);
    memory.lastReviewMs = statement.columnInt(c++);
    return memory;
}

}  // namespace retain
