#include "core/draft/article_locator.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/interop/interop_text.hpp"

namespace retain::draft {

namespace fs = std::filesystem;

namespace {

// True when text[at] starts a blank: a space, a tab, a carriage return or a no-break space (C2 A0); its size in bytes.
std::size_t blankAt(const std::string& text, std::size_t at) {
    if (text[at] == ' ' || text[at] == '\t' || text[at] == '\r') return 1;
    const bool noBreak = at + 1 < text.size() && static_cast<unsigned char>(text[at]) == 0xC2 && static_cast<unsigned char>(text[at + 1]) == 0xA0;
    return noBreak ? 2 : 0;
}

// The first line of the file that is not blank once spaces, tabs and no-break spaces are trimmed.
std::string firstLine(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    for (int read = 0; read < 50 && std::getline(in, line); ++read) {
        std::size_t begin = 0;
        while (begin < line.size() && blankAt(line, begin) > 0) begin += blankAt(line, begin);
        std::size_t end = line.size();
        while (end > begin) {
            if (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r') {
                --end;
            } else if (end >= begin + 2 && blankAt(line, end - 2) == 2) {
                end -= 2;
            } else {
                break;
            }
        }
        if (end > begin) return line.substr(begin, end - begin);
    }
    return {};
}

std::vector<fs::path> textFiles(const std::string& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".txt" && it->is_regular_file(error)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

std::vector<std::string> articleFolders(const std::string& bankPath, const std::vector<std::string>& extraStarts) {
    std::vector<std::string> folders;
    std::vector<fs::path> starts = {fs::absolute(fs::path(bankPath)).parent_path()};
    for (const std::string& extra : extraStarts) {
        if (!extra.empty()) starts.push_back(fs::absolute(fs::path(extra)));
    }
    for (const fs::path& start : starts) {
        fs::path at = start.lexically_normal();
        for (int up = 0; up <= 3; ++up) {
            for (const fs::path& candidate : {at, at / "source", at / "shared" / "source"}) {
                std::error_code error;
                const std::string text = candidate.lexically_normal().string();
                if (fs::is_directory(candidate, error) && std::find(folders.begin(), folders.end(), text) == folders.end()) folders.push_back(text);
            }
            if (!at.has_parent_path() || at.parent_path() == at) break;
            at = at.parent_path();
        }
    }
    return folders;
}

std::string locateArticle(const std::string& bankPath, const std::string& sourceDoc, const std::string& sourceTitle,
                          const std::vector<std::string>& extraStarts) {
    if (sourceDoc.empty() && sourceTitle.empty()) return {};
    const std::vector<std::string> folders = articleFolders(bankPath, extraStarts);
    for (const std::string& folder : folders) {
        for (const fs::path& file : textFiles(folder)) {
            if (!sourceDoc.empty() && slugify(file.stem().string(), 60) == sourceDoc) return file.string();
        }
    }
    for (const std::string& folder : folders) {
        for (const fs::path& file : textFiles(folder)) {
            if (!sourceTitle.empty() && firstLine(file) == sourceTitle) return file.string();
        }
    }
    return {};
}

}  // namespace retain::draft
