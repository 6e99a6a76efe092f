// RAII over the sqlite3 C API for Retain's own database file: Database (a connection), Statement (a
// prepared statement with typed binds and columns) and Transaction (BEGIN IMMEDIATE ... COMMIT, rolled
// back when left without commit). Errors throw StorageError, so one failed step aborts the whole
// transaction. The interop module has its own in-memory wrapper; these live in retain::sql to stay apart.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace retain::sql {

// A failed SQLite call; what() names the operation and carries SQLite's message. code() is SQLite's
// primary result code (SQLITE_BUSY, SQLITE_CORRUPT, ...).
class StorageError : public std::runtime_error {
public:
    StorageError(const std::string& message, int code) : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

// How to open a database file.
// ReadOnlyImmutable reads a file no connection is writing (no -wal beside it) without creating -wal or
// -shm files: a report must leave nothing behind, least of all sidecars owned by another user.
enum class OpenMode { ReadOnly, ReadOnlyImmutable, ReadWrite, ReadWriteCreate };

class Database {
public:
    Database() = default;
    // Opens path in mode; throws StorageError when SQLite cannot open it.
    Database(const std::string& path, OpenMode mode);
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    bool isOpen() const { return m_db != nullptr; }
    // Closes the connection now (the destructor does the same). Safe to call twice.
    void close();
    // Runs one or more statements without results; throws StorageError on failure.
    void exec(std::string_view sqlText);
    // Runs a query whose first row's first column is an integer (e.g. a PRAGMA); nullopt if no row.
    std::optional<std::int64_t> queryInt(std::string_view sqlText);
    // Runs a query whose first row's first column is text; nullopt if no row.
    std::optional<std::string> queryText(std::string_view sqlText);
    // Returns the rowid of the last insert on this connection.
    std::int64_t lastInsertId() const;
    // Returns the rows changed by the last insert, update or delete.
    int changes() const;
    // Returns true when SQLite opened the main database read-only (file or folder permissions).
    bool isReadOnly() const;
    // Returns the path the connection was opened with.
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

class Statement {
public:
    // Prepares sqlText on db; throws StorageError if it does not compile.
    Statement(Database& db, std::string_view sqlText);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds parameter index (1-based). Returns *this so binds chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindNull(int index);
    // Steps once: true while a row is available, false when done; throws StorageError on failure.
    bool step();
    // Steps to the end (an insert, update or delete); throws StorageError on failure.
    void run();
    // Resets the statement and clears bindings so it can run again.
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction (the write lock is taken at once, so a busy database fails here and
// not halfway through); ROLLBACK in the destructor unless commit() ran. Inside another transaction it is a
// SAVEPOINT instead, so functions that keep their own writes atomic can run inside a caller's transaction.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    // Commits; throws StorageError on failure (the destructor then rolls back).
    void commit();

private:
    Database& m_db;
    bool m_nested = false;  // opened inside another transaction: a SAVEPOINT, released on commit
    bool m_done = false;
};

}  // namespace retain::sql
