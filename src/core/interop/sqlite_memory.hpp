// Minimal RAII over the sqlite3 C API for in-memory databases: the Anki collection inside an .apkg is
// read from (and written to) memory, never from a path taken from the archive.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace retain {

class MemoryDatabase {
public:
    MemoryDatabase() = default;
    MemoryDatabase(const MemoryDatabase&) = delete;
    MemoryDatabase& operator=(const MemoryDatabase&) = delete;
    ~MemoryDatabase();

    // Opens an empty writable in-memory database. Returns false with a message.
    bool openEmpty(std::string& error);
    // Opens image (the bytes of an SQLite file) read-only, hardened for untrusted files (defensive mode,
    // untrusted schema, a cap on work per statement; Anki's "unicase" collation defined). image must outlive this object.
    bool openImage(const std::string& image, std::string& error);
    // Runs SQL without results. Returns false with a message.
    bool exec(const char* sql, std::string& error);
    // Returns the database as the bytes of an SQLite file (empty on failure).
    std::string serialize();

    sqlite3* handle() const { return m_db; }
    // Returns the last error message of the connection.
    std::string lastError() const;

private:
    sqlite3* m_db = nullptr;
};

class Statement {
public:
    // Prepares sql on db; check ok() before use.
    Statement(const MemoryDatabase& db, const char* sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool ok() const { return m_stmt != nullptr; }
    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view text);
    // Steps once: true while a row is available; false at the end or on error (see failed()).
    bool step();
    bool failed() const { return m_failed; }
    // Runs an insert or update to completion and resets for the next binding. Returns false on error.
    bool run();

    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;  // the last step ended in an error
};

}  // namespace retain
