// Helpers shared by the interop tests: temporary files, zip archives built with libzip, answer equality.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/bank/question.hpp"

namespace retain::test {

// A fresh empty folder under the system temp folder, removed when the object goes away.
class TempDir {
public:
    explicit TempDir(const std::string& name);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    // Returns the path of name inside the folder.
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

void writeFile(const std::string& path, const std::string& bytes);
std::string readFile(const std::string& path);

// Writes a zip at path with these (name, bytes) entries, stored as given, through libzip.
void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries);

// The bytes of an SQLite database made by running sql on an empty in-memory database.
std::string sqliteImage(const std::string& sql);

// True when both answers are the same alternative with the same values.
bool sameAnswer(const AnswerSpec& a, const AnswerSpec& b);

// The path of a file under tests/data.
std::string testData(const std::string& relative);

}  // namespace retain::test
