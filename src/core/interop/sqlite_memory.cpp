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

// Anki's schema-18 collections declare columns `COLLATE unicase` (its own case-insensitive order); a
// query that compares them fails without a collation of that name. ASCII case folding is enough here:
// the import only reads rows, it never relies on that order.
int compareUnicase(void*, int leftSize, const void* left, int rightSize, const void* right) {
    const auto* a = static_cast<const unsigned char*>(left);
    const auto* b = static_cast<const unsigned char*>(right);
    const int common = leftSize < rightSize ? leftSize : rightSize;
    for (int i = 0; i < common; ++i) {
        const int x = (a[i] >= 'A' && a[i] <= 'Z') ? a[i] + 32 : a[i];
        const int y = (b[i] >= 'A' && b[i] <= 'Z') ? b[i] + 32 : b[i];
        if (x != y) return x < y ? -1 : 1;
    }
    return leftSize == rightSize ? 0 : (leftSize < rightSize ? -1 : 1);
}

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
    sqlite3_create_collation(m_db, "unicase", SQLITE_UTF8, nullptr, compareUnicase);
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
