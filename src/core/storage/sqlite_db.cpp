// RAII over the sqlite3 C API (see sqlite_db.hpp).
#include "core/storage/sqlite_db.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace retain::sql {

namespace {

// For a full disk, which folder is full and what became of the data, after SQLite's own words.
std::string diskFullNote(const std::string& databasePath, int code) {
    if ((code & 0xff) != SQLITE_FULL) return "";
    const std::filesystem::path folder = std::filesystem::path(databasePath).parent_path();
    return ": the disk holding " + (folder.empty() ? std::string(".") : folder.string()) +
           " is full. This change was not saved; nothing saved before it is lost. Free some space there and try again.";
}

[[noreturn]] void fail(sqlite3* db, const std::string& what, int code) {
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    throw StorageError(what + ": " + (message ? message : "unknown error") + diskFullNote(file ? file : "", code), code & 0xff);
}

int openFlags(OpenMode mode) {
    switch (mode) {
        case OpenMode::ReadOnly: return SQLITE_OPEN_READONLY;
        case OpenMode::ReadOnlyImmutable: return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        case OpenMode::ReadWrite: return SQLITE_OPEN_READWRITE;
        case OpenMode::ReadWriteCreate: return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

// Returns path as an SQLite URI filename with immutable=1 ('%', '?' and '#' escaped).
std::string immutableUri(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[static_cast<unsigned char>(c) >> 4];
            uri += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

}  // namespace

// [SECTION] Database

Database::Database(const std::string& path, OpenMode mode) : m_path(path) {
    // NOMUTEX: one connection is used by one thread; extended codes keep SQLITE_READONLY_* apart.
    const std::string name = mode == OpenMode::ReadOnlyImmutable ? immutableUri(path) : path;
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError("cannot open " + path + ": " + message, rc & 0xff);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close() {
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::exec(std::string_view sqlText) {
    const std::string text(sqlText);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string detail = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StorageError(m_path + ": " + detail + diskFullNote(m_path, rc), rc & 0xff);
    }
}

std::optional<std::int64_t> Database::queryInt(std::string_view sqlText) {
    Statement statement(*this, sqlText);
    if (!statement.step()) return std::nullopt;
    return statement.columnInt(0);
}

std::optional<std::string> Database::queryText(std::string_view sqlText) {
    Statement statement(*this, sqlText);
    if (!statement.step()) return std::nullopt;
    return statement.columnText(0);
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

bool Database::isReadOnly() const { return sqlite3_db_readonly(m_db, "main") == 1; }

// [SECTION] Statement

Statement::Statement(Database& db, std::string_view sqlText) : m_db(db) {
    const int rc = sqlite3_prepare_v2(db.handle(), sqlText.data(), static_cast<int>(sqlText.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) fail(db.handle(), db.path() + ": cannot prepare statement", rc);
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK) fail(m_db.handle(), m_db.path() + ": bind", rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK) fail(m_db.handle(), m_db.path() + ": bind", rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(m_db.handle(), m_db.path() + ": bind", rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK) fail(m_db.handle(), m_db.path() + ": bind", rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(m_db.handle(), m_db.path(), rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

// [SECTION] Transaction

// Inside an open transaction (a migration step, a check stored with its reviews) a Transaction is a
// savepoint of it: its writes land or go with the outer one, and rolling it back undoes only its own.
Transaction::Transaction(Database& db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0) {
    m_db.exec(m_nested ? "SAVEPOINT retain_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) return;
    // A failed COMMIT may already have ended the transaction; ROLLBACK then fails harmlessly.
    const char* undo = m_nested ? "ROLLBACK TO retain_nested; RELEASE retain_nested" : "ROLLBACK";
    sqlite3_exec(m_db.handle(), undo, nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec(m_nested ? "RELEASE retain_nested" : "COMMIT");
    m_done = true;
}

}  // namespace retain::sql
