// Helpers shared by the interop tests.
#include "interop_test_support.hpp"

#include <string>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sqlite3.h>
#include <zip.h>

namespace retain::test {

// The process id keeps two tests of the same fixture apart when ctest runs them at once (-j).
TempDir::TempDir(const std::string& name)
    : m_path(std::filesystem::temp_directory_path() / ("retain-interop-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries) {
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (archive == nullptr) throw std::runtime_error("zip_open failed");
    for (const auto& [name, data] : entries) {
        zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
        if (zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) throw std::runtime_error("zip_file_add failed");
    }
    if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
}

std::string sqliteImage(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string error = message != nullptr ? message : "?";
        sqlite3_free(message);
        sqlite3_close(db);
        throw std::runtime_error("test SQL failed: " + error);
    }
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db, "main", &size, 0);
    std::string image(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    sqlite3_free(bytes);
    sqlite3_close(db);
    return image;
}

namespace {

struct SameAnswer {
    const AnswerSpec& other;
    template <typename T>
    bool operator()(const T& a) const {
        const T* b = std::get_if<T>(&other);
        return b != nullptr && equal(a, *b);
    }
    static bool equal(const ChoiceAnswer& a, const ChoiceAnswer& b) { return a.choices == b.choices && a.correct == b.correct && a.shuffle == b.shuffle; }
    static bool equal(const MultiAnswer& a, const MultiAnswer& b) { return a.choices == b.choices && a.correct == b.correct && a.shuffle == b.shuffle; }
    static bool equal(const TrueFalseAnswer& a, const TrueFalseAnswer& b) { return a.value == b.value; }
    static bool equal(const NumericAnswer& a, const NumericAnswer& b) {
        return a.value == b.value && a.unit == b.unit && a.unitAliases == b.unitAliases && a.absoluteTolerance == b.absoluteTolerance &&
               a.relativeTolerance == b.relativeTolerance;
    }
    static bool equal(const DateAnswer& a, const DateAnswer& b) { return a.from == b.from && a.to == b.to && a.precision == b.precision; }
    static bool equal(const TextAnswer& a, const TextAnswer& b) {
        return a.accepted == b.accepted && a.typos == b.typos && a.caseSensitive == b.caseSensitive && a.allowExtra == b.allowExtra;
    }
    static bool equal(const OrderingAnswer& a, const OrderingAnswer& b) { return a.items == b.items; }
    static bool equal(const MatchingAnswer& a, const MatchingAnswer& b) { return a.pairs == b.pairs; }
    static bool equal(const ClozeAnswer& a, const ClozeAnswer& b) {
        if (a.text != b.text || a.gaps.size() != b.gaps.size() || a.allowExtra != b.allowExtra) return false;
        for (std::size_t i = 0; i < a.gaps.size(); ++i) {
            if (a.gaps[i].accepted != b.gaps[i].accepted) return false;
        }
        return true;
    }
};

}  // namespace

bool sameAnswer(const AnswerSpec& a, const AnswerSpec& b) { return std::visit(SameAnswer{b}, a); }

std::string testData(const std::string& relative) { return std::string(RETAIN_TEST_DATA) + "/" + relative; }

}  // namespace retain::test
