// In-memory SQLite for the .apkg reader and writer.
#include "core/interop/sqlite_memory.hpp"

#include <sqlite3.h>

namespace retain {

namespace {

constexpr int kProgressSteps = 10000;          // VM instructions between progress callbacks
constexpr int kMaxProgressCallbacks = 20000;   // 2e8 instructions per statement at most: a hostile view cannot hang us

int stopRunawayQuery(void* counter) {
    int& calls = *static_cast<int*>(counter);
    return ++calls > kMaxProgressCallbacks ? 1 : 0;
}

thread_local int t_progressCalls = 0;  // callbacks since the last statement began

}  // namespace

MemoryDatabase::~MemoryDatabase() {
    if (m_db != nullptr) sqlite3_close(m_db);
}

bool MemoryDatabase::openEmpty(std::string& error) {
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        error = "cannot open an in-memory database: " + lastError();
        return false;
    }
    return true;
}

bool MemoryDatabase::openImage(const std::string& image, std::string& error) {
    if (!openEmpty(error)) return false;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_progress_handler(m_db, kProgressSteps, stopRunawayQuery, &t_progressCalls);
    auto* bytes = reinterpret_cast<unsigned char*>(const_cast<char*>(image.data()));
    const auto size = static_cast<sqlite3_int64>(image.size());
    if (sqlite3_deserialize(m_db, "main", bytes, size, size, SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
        error = "cannot open the collection database: " + lastError();
        return false;
    }
    return true;
}

bool MemoryDatabase::exec(const char* sql, std::string& error) {
    char* message = nullptr;
    t_progressCalls = 0;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        error = message != nullptr ? message : "SQL error";
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::string MemoryDatabase::serialize() {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(m_db, "main", &size, 0);
    if (bytes == nullptr) return {};
    std::string image(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    sqlite3_free(bytes);
    return image;
}

std::string MemoryDatabase::lastError() const {
    return m_db != nullptr ? sqlite3_errmsg(m_db) : "no database";
}

Statement::Statement(const MemoryDatabase& db, const char* sql) {
    t_progressCalls = 0;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::bind(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }

void Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

bool Statement::step() {
    const int code = sqlite3_step(m_stmt);
    m_failed = code != SQLITE_ROW && code != SQLITE_DONE;
    return code == SQLITE_ROW;
}

bool Statement::run() {
    t_progressCalls = 0;
    const int code = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return code == SQLITE_DONE;
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string Statement::columnText(int column) const {
    const unsigned char* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text != nullptr ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)) : std::string();
}

}  // namespace retain
