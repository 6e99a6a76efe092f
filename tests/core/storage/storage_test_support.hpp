// Helpers for storage and session tests: a temporary folder removed at the end, and a file snapshot
// (bytes + modification time) to prove a file was left untouched.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <stdlib.h>

namespace retain::storage_test {

// A fresh folder under $TMPDIR, deleted (with its contents) by the destructor.
class TempDir {
public:
    TempDir() {
        const std::filesystem::path base = std::filesystem::temp_directory_path() / "retain-test-XXXXXX";
        std::string pattern = base.string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ec;
        // Restore write permission first, so read-only test files can be removed.
        for (const auto& entry : std::filesystem::recursive_directory_iterator(m_path, ec)) {
            std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
        }
        std::filesystem::remove_all(m_path, ec);
    }
    const std::string& path() const { return m_path; }
    // Returns path()/name.
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// Returns the whole file as bytes ("" when missing).
inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Writes bytes to path, replacing it.
inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// The content and modification time of a file, to compare before and after.
struct FileSnapshot {
    std::string bytes;
    std::filesystem::file_time_type modified;
    bool operator==(const FileSnapshot&) const = default;
};

inline FileSnapshot snapshot(const std::string& path) {
    return FileSnapshot{readBytes(path), std::filesystem::last_write_time(path)};
}

}  // namespace retain::storage_test
