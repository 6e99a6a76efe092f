// Binding and reading the eleven CardMemory columns, in the order the SQL of storage_sql.hpp lists them:
// phase, stability, difficulty, ease, interval_days, box, step, reps, lapses, due_ms, last_review_ms.
// Internal to src/core/storage.
#pragma once

#include "core/storage/sqlite_db.hpp"
#include "core/types.hpp"

namespace retain {

// Number of columns a CardMemory takes.
constexpr int kMemoryColumnCount = 11;

// Binds memory to parameters firstIndex .. firstIndex + 10 (1-based).
void bindMemory(sql::Statement& statement, int firstIndex, const CardMemory& memory);
// Reads a CardMemory from columns firstColumn .. firstColumn + 10 (0-based).
CardMemory readMemory(const sql::Statement& statement, int firstColumn);

}  // namespace retain
