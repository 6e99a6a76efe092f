// Pictures of an import, written beside the bank and checked like the loader checks them.
#include "core/interop/imported_files.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "core/bank/question_image.hpp"

namespace retain {

namespace fs = std::filesystem;

void removeImportedFiles(const std::vector<std::string>& written) {
    std::error_code code;
    std::set<fs::path> folders;
    for (const std::string& file : written) {
        fs::remove(file, code);
        folders.insert(fs::path(file).parent_path());
    }
    for (const fs::path& folder : folders) {
        if (fs::is_empty(folder, code)) fs::remove(folder, code);
    }
}

bool writeImportedFiles(ImportResult& result, const std::string& bankPath, std::vector<std::string>& written, std::string& error) {
    const fs::path folder = fs::path(bankPath).parent_path();
    std::error_code code;
    // Files already there are never overwritten nor removed: the same bytes are used as they are, other
    // bytes under the same name stop the import before anything is written (another bank may show them).
    std::set<std::string> present;
    for (const ImportedFile& file : result.files) {
        const fs::path target = folder / file.path;
        if (!fs::exists(target, code)) continue;
        std::ifstream in(target, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes != file.bytes) {
            error = target.string() + " already exists with other contents; move it away or import into another folder";
            return false;
        }
        present.insert(target.string());
    }
    for (const ImportedFile& file : result.files) {
        const fs::path target = folder / file.path;
        if (present.count(target.string()) != 0) continue;
        fs::create_directories(target.parent_path(), code);
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out << file.bytes;
        out.close();
        if (!out) {
            error = "cannot write " + target.string();
            removeImportedFiles(written);
            written.clear();
            return false;
        }
        written.push_back(target.string());
    }
    result.files.clear();
    std::set<std::string> unusable;
    for (Question& question : result.bank.questions) {
        for (QuestionImage* image : questionImages(question)) {
            image->resolved = (folder / image->path).string();
            const std::string problem = imageFileProblem(*image);
            if (problem.empty()) continue;
            addImportProblem(result.problems, question.file, 0,
                             "question " + question.id + ": picture " + image->path + " left out: " + problem, Severity::Warning);
            unusable.insert(image->resolved);
            // The text says what was there, beside what it belonged to.
            std::string& text = image == &question.explanationImage ? question.explanation : question.prompt;
            text += " [picture left out: " + image->alt + "]";
            *image = QuestionImage{};
        }
    }
    // The check depends on the file alone, so every question sharing a dropped file has lost it too.
    std::vector<std::string> kept;
    std::vector<std::string> dropped;
    for (const std::string& file : written) (unusable.count(file) != 0 ? dropped : kept).push_back(file);
    removeImportedFiles(dropped);
    written = kept;
    return true;
}

}  // namespace retain
